using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Certification.Web.Data.Configuration;

/// <summary>
/// Maps a property to a jsonb column through System.Text.Json (camelCase, enums as text, like the workflow project's own
/// JSON). The comparer compares the serialised text, so a change inside a list or object is detected and saved.
/// </summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static PropertyBuilder<T> IsJson<T>(this PropertyBuilder<T> property) where T : class =>
        property.HasColumnType("jsonb").UsePropertyAccessMode(PropertyAccessMode.Property).HasConversion(
            new Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<T, string>(
                value => JsonSerializer.Serialize(value, Options),
                text => JsonSerializer.Deserialize<T>(text, Options)!),
            new ValueComparer<T>(
                (left, right) => JsonSerializer.Serialize(left, Options) == JsonSerializer.Serialize(right, Options),
                value => JsonSerializer.Serialize(value, Options).GetHashCode(StringComparison.Ordinal),
                value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)!));

    /// <summary>
    /// Maps an append-only list of immutable entries (the workflow journal) to a jsonb column. Its change is found by
    /// count and reference instead of by serialising the whole list on every check, and the audit trail records the
    /// entries appended by a save rather than the whole list before and after (<see cref="AppendOnlyAnnotation"/>).
    /// </summary>
    public static PropertyBuilder<IReadOnlyList<T>> IsAppendOnlyJson<T>(this PropertyBuilder<IReadOnlyList<T>> property) where T : class =>
        property.HasColumnType("jsonb").UsePropertyAccessMode(PropertyAccessMode.Property).HasAnnotation(AppendOnlyAnnotation, true).HasConversion(
            new Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<IReadOnlyList<T>, string>(
                value => JsonSerializer.Serialize(value, Options),
                text => JsonSerializer.Deserialize<List<T>>(text, Options)!),
            new ValueComparer<IReadOnlyList<T>>(
                (left, right) => left!.Count == right!.Count && left.SequenceEqual(right, ReferenceEqualityComparer.Instance),
                value => value.Count,
                value => value.ToList()));

    /// <summary>Marks a column whose list only grows: audited as the appended entries (see <see cref="IsAppendOnlyJson"/>).</summary>
    public const string AppendOnlyAnnotation = "Certification:AppendOnly";

    public static PropertyBuilder<JsonObject> IsJsonObject(this PropertyBuilder<JsonObject> property) =>
        property.HasColumnType("jsonb").UsePropertyAccessMode(PropertyAccessMode.Property).HasConversion(
            new Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<JsonObject, string>(
                value => value.ToJsonString((JsonSerializerOptions?)null),
                text => JsonNode.Parse(text, null, default)!.AsObject()),
            new ValueComparer<JsonObject>(
                (left, right) => left!.ToJsonString((JsonSerializerOptions?)null) == right!.ToJsonString((JsonSerializerOptions?)null),
                value => value.ToJsonString((JsonSerializerOptions?)null).GetHashCode(StringComparison.Ordinal),
                value => JsonNode.Parse(value.ToJsonString((JsonSerializerOptions?)null), null, default)!.AsObject()));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }
}
