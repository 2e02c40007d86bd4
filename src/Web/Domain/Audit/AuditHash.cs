using System.Security.Cryptography;
using System.Text;

namespace Certification.Web.Domain.Audit;

public static class AuditHash
{
    /// <summary>The hash the first row links to.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>
    /// Hex SHA-256 over every field except <see cref="AuditEntry.Hash"/>, joined with a unit separator.
    /// Timestamps are hashed as UTC ticks so the value survives the database round trip (microsecond precision).
    /// </summary>
    public static string Compute(AuditEntry entry)
    {
        var canonical = string.Join('\u001f',
            entry.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            (entry.At.UtcTicks / 10 * 10).ToString(System.Globalization.CultureInfo.InvariantCulture),
            entry.ActorUserId?.ToString() ?? "",
            entry.ActorName, entry.Action, entry.EntityType, entry.EntityId,
            entry.Before ?? "\u0000", entry.After ?? "\u0000", entry.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
