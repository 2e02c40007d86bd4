using System.Text.Json;
using System.Text.RegularExpressions;
using Certification.Criteria.Indicators;

namespace Certification.Criteria.Loading;

/// <summary>
/// Validates the root of a parsed indicator-set document and builds the <see cref="IndicatorSet"/> when, and only
/// when, no problem was found anywhere. If you add a property here, add it to <c>Sets/indicator-set.schema.json</c>.
/// </summary>
internal sealed partial class IndicatorSetReader(ProblemLog log)
{
    internal static readonly string[] RootProperties =
        ["$schema", "setId", "version", "effectiveDate", "legalBasis", "title", "subjectKind", "indicators"];

    internal static readonly string[] TitleProperties = ["vi", "en"];

    public IndicatorSet? Read(JsonElement root)
    {
        var fields = JsonObjectFields.Read(root, JsonPaths.Root, RootProperties, log);
        if (fields is null)
        {
            return null;
        }

        var setId = fields.String("setId", required: true);
        if (setId is not null && !SetIdPattern().IsMatch(setId))
        {
            log.Add(fields.PathOf("setId"), ValidationProblemKind.InvalidSetId, $"'{setId}' is not a lower-case kebab-case id such as 'vn-eip-national'.");
            setId = null;
        }

        var version = ReadVersion(fields);
        var effectiveDate = fields.Date("effectiveDate", required: true);
        var legalBasis = fields.String("legalBasis", required: true, ValidationProblemKind.EmptyText);
        var title = ReadTitle(fields, "title", log);
        var subjectKind = fields.Enum<SubjectKind>("subjectKind", required: true, ValidationProblemKind.UnknownSubjectKind);
        var indicators = ReadIndicators(fields, subjectKind);

        if (log.Count > 0)
        {
            return null;
        }

        return new IndicatorSet(setId!, version!.Value, effectiveDate!.Value, legalBasis!, title!, subjectKind!.Value, indicators!);
    }

    /// <summary>Reads a <c>{ "vi": …, "en": … }</c> title; both texts are required and non-blank.</summary>
    internal static LocalizedText? ReadTitle(JsonObjectFields parent, string name, ProblemLog log)
    {
        if (!parent.TryGet(name, required: true, out var element))
        {
            return null;
        }

        var fields = JsonObjectFields.Read(element, parent.PathOf(name), TitleProperties, log);
        if (fields is null)
        {
            return null;
        }

        var vietnamese = ReadTitleText(fields, "vi", ValidationProblemKind.MissingVietnameseTitle, "Vietnamese", log);
        var english = ReadTitleText(fields, "en", ValidationProblemKind.MissingEnglishTitle, "English", log);
        return vietnamese is null || english is null ? null : new LocalizedText(vietnamese, english);
    }

    private static string? ReadTitleText(JsonObjectFields fields, string name, ValidationProblemKind missingKind, string language, ProblemLog log)
    {
        if (!fields.Has(name))
        {
            log.Add(fields.PathOf(name), missingKind, $"The {language} title is required.");
            return null;
        }

        return fields.String(name, required: true, missingKind);
    }

    private int? ReadVersion(JsonObjectFields fields)
    {
        var number = fields.Number("version", required: true);
        if (number is null)
        {
            return null;
        }

        if (number < 1m || number != decimal.Truncate(number.Value) || number > int.MaxValue)
        {
            log.Add(fields.PathOf("version"), ValidationProblemKind.InvalidVersion, $"The version must be a whole number of at least 1, found {number}.");
            return null;
        }

        return (int)number.Value;
    }

    private List<Indicator>? ReadIndicators(JsonObjectFields fields, SubjectKind? subjectKind)
    {
        if (!fields.TryGet("indicators", required: true, out var array))
        {
            return null;
        }

        var path = fields.PathOf("indicators");
        if (array.ValueKind != JsonValueKind.Array)
        {
            log.Add(path, ValidationProblemKind.WrongType, $"'indicators' must be an array, found {JsonObjectFields.Describe(array)}.");
            return null;
        }

        if (array.GetArrayLength() == 0)
        {
            log.Add(path, ValidationProblemKind.EmptyIndicatorList, "A set needs at least one indicator.");
            return null;
        }

        var indicators = new List<Indicator>();
        var firstPathOfCode = new Dictionary<string, string>(StringComparer.Ordinal);
        var reader = new IndicatorReader(log, subjectKind);
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var indicatorPath = JsonPaths.Index(path, index++);
            var (indicator, code) = reader.Read(element, indicatorPath);
            if (code is not null && !firstPathOfCode.TryAdd(code, indicatorPath))
            {
                log.Add(JsonPaths.Property(indicatorPath, "code"), ValidationProblemKind.DuplicateCode, $"Code '{code}' is already used by {firstPathOfCode[code]}.");
            }

            if (indicator is not null)
            {
                indicators.Add(indicator);
            }
        }

        return indicators;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SetIdPattern();
}
