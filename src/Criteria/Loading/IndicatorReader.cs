using System.Text.Json;
using System.Text.RegularExpressions;
using Certification.Criteria.Indicators;
using Certification.Criteria.Inputs;

namespace Certification.Criteria.Loading;

/// <summary>
/// Validates one element of <c>indicators</c> and builds the <see cref="Indicator"/> when it has no problem.
/// Kind-specific properties are checked against the kind; if you add a property, add it to the schema too.
/// </summary>
internal sealed partial class IndicatorReader(ProblemLog log, SubjectKind? subjectKind)
{
    internal static readonly string[] IndicatorProperties =
    [
        "code", "title", "group", "kind", "attribute", "population", "symbiosisFilter", "unit", "comparison", "threshold",
        "mandatory", "applicability", "reviewingBody", "evidenceTypes", "legalReference", "provenance",
    ];

    internal static readonly string[] PopulationProperties = ["field", "operator", "value"];

    internal static readonly string[] SymbiosisFilterProperties = ["partnerLocations", "types"];

    /// <summary>Reads one indicator; returns it (null on any problem) and its code when the code itself is valid, for the duplicate check.</summary>
    public (Indicator? Indicator, string? Code) Read(JsonElement element, string path)
    {
        var before = log.Count;
        var fields = JsonObjectFields.Read(element, path, IndicatorProperties, log);
        if (fields is null)
        {
            return (null, null);
        }

        var code = fields.String("code", required: true);
        if (code is not null && !CodePattern().IsMatch(code))
        {
            log.Add(fields.PathOf("code"), ValidationProblemKind.InvalidCode, $"'{code}' is not an indicator code such as 'ENV.1' (upper-case prefix, a dot, a number).");
            code = null;
        }

        var title = IndicatorSetReader.ReadTitle(fields, "title", log);
        var group = fields.Enum<IndicatorGroup>("group", required: true, ValidationProblemKind.UnknownGroup);
        var kind = ReadKind(fields);
        var attribute = ReadIfAllowed(fields, "attribute", kind, required: true, IndicatorKind.Ratio, IndicatorKind.Attribute)
            ? fields.Enum<EnterpriseAttribute>("attribute", required: true, ValidationProblemKind.UnknownEnterpriseAttribute)
            : null;
        var population = ReadIfAllowed(fields, "population", kind, required: false, IndicatorKind.Ratio, IndicatorKind.Attribute)
            ? ReadPopulation(fields)
            : null;
        var symbiosisFilter = ReadIfAllowed(fields, "symbiosisFilter", kind, required: false, IndicatorKind.Count)
            ? ReadSymbiosisFilter(fields)
            : null;
        var unit = ReadIfAllowed(fields, "unit", kind, required: true, IndicatorKind.Number, IndicatorKind.QuantityRatio)
            ? fields.String("unit", required: true, ValidationProblemKind.EmptyText)
            : null;
        var threshold = ReadThreshold(fields, kind);
        var mandatory = fields.Boolean("mandatory", required: true);
        var applicability = ReadApplicability(fields);
        var reviewingBody = fields.Enum<ReviewingBody>("reviewingBody", required: true, ValidationProblemKind.UnknownReviewingBody);
        var evidenceTypes = ReadEvidenceTypes(fields);
        var legalReference = fields.String("legalReference", required: true, ValidationProblemKind.EmptyText);
        var provenance = fields.Enum<Provenance>("provenance", required: true, ValidationProblemKind.UnknownProvenance);

        if (log.Count > before)
        {
            return (null, code);
        }

        var indicator = new Indicator
        {
            Code = code!,
            Title = title!,
            Group = group!.Value,
            Kind = kind!.Value,
            Attribute = attribute,
            Population = population,
            SymbiosisFilter = kind == IndicatorKind.Count ? symbiosisFilter ?? SymbiosisFilter.Any : null,
            Unit = unit,
            Threshold = threshold,
            IsMandatory = mandatory!.Value,
            Applicability = applicability!.Value,
            ReviewingBody = reviewingBody!.Value,
            EvidenceTypes = evidenceTypes!,
            LegalReference = legalReference!,
            Provenance = provenance!.Value,
        };
        return (indicator, code);
    }

    private IndicatorKind? ReadKind(JsonObjectFields fields)
    {
        var kind = fields.Enum<IndicatorKind>("kind", required: true, ValidationProblemKind.UnknownKind);
        var notAllowed = (kind, subjectKind) switch
        {
            (IndicatorKind.Ratio, SubjectKind.Enterprise) => "A ratio over the park's enterprises cannot be used in an enterprise set; use kind 'attribute'.",
            (IndicatorKind.Attribute, SubjectKind.Park) => "An attribute of the applying enterprise cannot be used in a park set; use kind 'ratio'.",
            _ => null,
        };
        if (notAllowed is not null)
        {
            log.Add(fields.PathOf("kind"), ValidationProblemKind.NotAllowedForSubjectKind, notAllowed);
            return null;
        }

        return kind;
    }

    /// <summary>
    /// Whether a kind-specific property should be read: reports it when present on a kind that does not use it,
    /// and when missing on a kind that requires it. With an unknown kind the property is still checked on its own.
    /// </summary>
    private bool ReadIfAllowed(JsonObjectFields fields, string name, IndicatorKind? kind, bool required, params IndicatorKind[] usedBy)
    {
        if (kind is not { } known)
        {
            return fields.Has(name);
        }

        if (!usedBy.Contains(known))
        {
            if (fields.Has(name))
            {
                log.Add(fields.PathOf(name), ValidationProblemKind.NotAllowedForKind, $"'{name}' is not used by kind '{IndicatorVocabulary.NameOf(known)}'.");
            }

            return false;
        }

        return required || fields.Has(name);
    }

    private PopulationFilter? ReadPopulation(JsonObjectFields fields)
    {
        fields.TryGet("population", required: true, out var element);
        var population = JsonObjectFields.Read(element, fields.PathOf("population"), PopulationProperties, log);
        if (population is null)
        {
            return null;
        }

        var field = population.Enum<PopulationField>("field", required: true, ValidationProblemKind.UnknownPopulationField);
        var op = population.Enum<ComparisonOperator>("operator", required: true, ValidationProblemKind.UnknownComparison);
        var value = population.Number("value", required: true);
        if (value is not null && (value < 0m || value != decimal.Truncate(value.Value) || value > int.MaxValue))
        {
            log.Add(population.PathOf("value"), ValidationProblemKind.InvalidPopulationValue, $"The population value must be a whole number of at least 0, found {value}.");
            return null;
        }

        return field is null || op is null || value is null ? null : new PopulationFilter(field.Value, op.Value, (int)value.Value);
    }

    private SymbiosisFilter? ReadSymbiosisFilter(JsonObjectFields fields)
    {
        fields.TryGet("symbiosisFilter", required: true, out var element);
        var filter = JsonObjectFields.Read(element, fields.PathOf("symbiosisFilter"), SymbiosisFilterProperties, log);
        if (filter is null)
        {
            return null;
        }

        var locations = ParseAll<PartnerLocation>(filter.Strings("partnerLocations", required: false), ValidationProblemKind.UnknownPartnerLocation);
        var types = ParseAll<SymbiosisType>(filter.Strings("types", required: false), ValidationProblemKind.UnknownSymbiosisType);
        return new SymbiosisFilter(locations, types);
    }

    private List<TEnum> ParseAll<TEnum>(IReadOnlyList<(string Text, string Path)>? items, ValidationProblemKind unknownKind)
        where TEnum : struct, Enum
    {
        var values = new List<TEnum>();
        foreach (var (text, path) in items ?? [])
        {
            if (JsonObjectFields.Parse<TEnum>(text, path, unknownKind, log) is { } value && !values.Contains(value))
            {
                values.Add(value);
            }
        }

        return values;
    }

    private Threshold? ReadThreshold(JsonObjectFields fields, IndicatorKind? kind)
    {
        var usesThreshold = kind is not (IndicatorKind.YesNo or IndicatorKind.Attribute);
        var readComparison = ReadIfAllowed(fields, "comparison", kind, required: false, IndicatorKind.Count, IndicatorKind.Ratio, IndicatorKind.QuantityRatio, IndicatorKind.Number);
        var readValue = ReadIfAllowed(fields, "threshold", kind, required: false, IndicatorKind.Count, IndicatorKind.Ratio, IndicatorKind.QuantityRatio, IndicatorKind.Number);
        if (!usesThreshold || (!readComparison && !readValue))
        {
            return null;
        }

        if (readComparison != readValue)
        {
            var missing = readComparison ? "threshold" : "comparison";
            log.Add(fields.PathOf(missing), ValidationProblemKind.IncompleteThreshold, $"'comparison' and 'threshold' go together; '{missing}' is missing. Leave both out for an indicator that only has to be reported.");
            return null;
        }

        var op = fields.Enum<ComparisonOperator>("comparison", required: true, ValidationProblemKind.UnknownComparison);
        var value = fields.Number("threshold", required: true);
        if (value is { } number)
        {
            var outOfRange = kind switch
            {
                IndicatorKind.Ratio or IndicatorKind.QuantityRatio when number is < 0m or > 100m => $"A ratio threshold is a percent from 0 to 100, found {number}.",
                IndicatorKind.Count when number < 0m || number != decimal.Truncate(number) => $"A count threshold is a whole number of at least 0, found {number}.",
                _ => null,
            };
            if (outOfRange is not null)
            {
                log.Add(fields.PathOf("threshold"), ValidationProblemKind.ThresholdOutOfRange, outOfRange);
                return null;
            }
        }

        return op is null || value is null ? null : new Threshold(op.Value, value.Value);
    }

    private Applicability? ReadApplicability(JsonObjectFields fields)
    {
        if (!fields.Has("applicability"))
        {
            return Applicability.Always;
        }

        var applicability = fields.Enum<Applicability>("applicability", required: true, ValidationProblemKind.UnknownApplicability);
        if (applicability is not (null or Applicability.Always) && subjectKind == SubjectKind.Enterprise)
        {
            log.Add(fields.PathOf("applicability"), ValidationProblemKind.NotAllowedForSubjectKind, $"'{IndicatorVocabulary.NameOf(applicability.Value)}' depends on the park's stage; enterprise sets use 'always'.");
            return null;
        }

        return applicability;
    }

    private List<string>? ReadEvidenceTypes(JsonObjectFields fields)
    {
        var items = fields.Strings("evidenceTypes", required: true);
        if (items is null)
        {
            return null;
        }

        var types = new List<string>();
        foreach (var (text, path) in items)
        {
            if (!EvidenceTypePattern().IsMatch(text))
            {
                log.Add(path, ValidationProblemKind.InvalidEvidenceType, $"'{text}' is not a lower-case kebab-case evidence type code such as 'recp-assessment-report'.");
            }
            else if (types.Contains(text))
            {
                log.Add(path, ValidationProblemKind.InvalidEvidenceType, $"Evidence type '{text}' is listed twice.");
            }
            else
            {
                types.Add(text);
            }
        }

        return types;
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]{0,9}\\.[0-9]{1,3}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex EvidenceTypePattern();
}
