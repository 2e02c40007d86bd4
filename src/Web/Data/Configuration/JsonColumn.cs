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
