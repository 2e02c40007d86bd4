using System.Collections;
using System.Text.Json;
using Certification.Web.Data.Configuration;
using Certification.Web.Domain.Audit;
using Certification.Web.Domain.Mail;
using Certification.Web.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Certification.Web.Infrastructure.Audit;

/// <summary>One tracked change, captured before the save so that the original values are still known.</summary>
internal sealed record CapturedChange(EntityEntry Entry, string Action, string EntityType, string? Before, string? After);

internal static class AuditCapture
{
    // Secrets never enter the audit trail; their change is recorded, their value is not.
    private static readonly HashSet<string> Redacted =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Value", "TokenValue", "AuthenticatorKey"];

    // Operational records whose cause is audited already, and which hold secrets (set-password links) or churn
    // (delivery attempts): the mail outbox and the in-app copies of its mails.
    private static readonly HashSet<Type> NotAudited = [typeof(OutboxMessage), typeof(Notification)];

    public static List<CapturedChange> Capture(ChangeTracker tracker)
    {
        tracker.DetectChanges();
        var changes = new List<CapturedChange>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is AuditEntry || entry.State is EntityState.Unchanged or EntityState.Detached
                || NotAudited.Contains(entry.Metadata.ClrType))
                continue;
            var type = entry.Metadata.ClrType.Name;
            switch (entry.State)
            {
                case EntityState.Added:
                    changes.Add(new(entry, "Added", type, null, Serialise(entry.Properties, p => p.CurrentValue)));
                    break;
                case EntityState.Deleted:
                    changes.Add(new(entry, "Deleted", type, Serialise(entry.Properties, p => p.OriginalValue), null));
                    break;
                case EntityState.Modified:
                    var modified = entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList();
                    if (modified.Count > 0)
                        changes.Add(new(entry, "Modified", type, Serialise(modified, p => Recorded(p, before: true)), Serialise(modified, p => Recorded(p, before: false))));
                    break;
            }
        }
        return changes;
    }

    /// <summary>
    /// A modified value as the trail records it: an append-only list (<see cref="JsonColumn.AppendOnlyAnnotation"/>) as
    /// its length before and the entries appended after, so a step of a long process does not copy its whole journal twice.
    /// </summary>
    private static object? Recorded(PropertyEntry property, bool before)
    {
        if (property.Metadata.FindAnnotation(JsonColumn.AppendOnlyAnnotation) is null
            || property.OriginalValue is not IList original || property.CurrentValue is not IList current)
            return before ? property.OriginalValue : property.CurrentValue;
        return before ? $"[{original.Count} entries]" : current.Cast<object>().Skip(original.Count).ToList();
    }

    public static string KeyOf(EntityEntry entry) =>
        string.Join("|", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString() ?? ""));

    private static string Serialise(IEnumerable<PropertyEntry> properties, Func<PropertyEntry, object?> value)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in properties)
            values[property.Metadata.Name] = Redacted.Contains(property.Metadata.Name) ? "[redacted]"
                // File contents (e.g. an uploaded import) are recorded by size and hash, not copied into every audit row.
                : value(property) is byte[] bytes ? $"[{bytes.Length} bytes, sha256 {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))}]"
                : value(property);
        return JsonSerializer.Serialize(values);
    }
}
