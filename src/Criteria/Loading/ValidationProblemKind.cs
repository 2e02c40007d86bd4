namespace Certification.Criteria.Loading;

/// <summary>What is wrong with an indicator-set file. One kind per check, so the web layer can word each in Vietnamese.</summary>
public enum ValidationProblemKind
{
    /// <summary>The file is not well-formed JSON; the problem carries the line number.</summary>
    MalformedJson,

    /// <summary>A value has the wrong JSON type (e.g. a string where a number is expected).</summary>
    WrongType,

    /// <summary>A required property is missing.</summary>
    MissingField,

    /// <summary>A property the format does not define (often a typo).</summary>
    UnknownProperty,

    /// <summary>The same property appears twice in one object.</summary>
    DuplicateProperty,

    /// <summary>The set id is not lower-case kebab-case (e.g. <c>vn-eip-national</c>).</summary>
    InvalidSetId,

    /// <summary>The version is not a whole number of at least 1.</summary>
    InvalidVersion,

    /// <summary>A date is not an ISO calendar date (<c>yyyy-MM-dd</c>).</summary>
    InvalidDate,

    /// <summary>A required text (legal basis, legal reference, unit) is empty or blank.</summary>
    EmptyText,

    /// <summary>A title has no Vietnamese text.</summary>
    MissingVietnameseTitle,

    /// <summary>A title has no English text.</summary>
    MissingEnglishTitle,

    /// <summary>The subject kind is not <c>park</c> or <c>enterprise</c>.</summary>
    UnknownSubjectKind,

    /// <summary>The set has no indicators.</summary>
    EmptyIndicatorList,

    /// <summary>An indicator code does not look like <c>ENV.1</c> (upper-case prefix, dot, number).</summary>
    InvalidCode,

    /// <summary>Two indicators of the set share a code.</summary>
    DuplicateCode,

    /// <summary>The group is not in the fixed vocabulary.</summary>
    UnknownGroup,

    /// <summary>The kind is not in the fixed vocabulary.</summary>
    UnknownKind,

    /// <summary>The kind or applicability cannot be used for the set's subject kind (e.g. a ratio in an enterprise set).</summary>
    NotAllowedForSubjectKind,

    /// <summary>A property is not used by the indicator's kind (e.g. a threshold on a yes/no indicator).</summary>
    NotAllowedForKind,

    /// <summary>The enterprise attribute is not in the fixed vocabulary.</summary>
    UnknownEnterpriseAttribute,

    /// <summary>The population filter field is not in the fixed vocabulary.</summary>
    UnknownPopulationField,

    /// <summary>The population filter value is not a whole number of at least 0.</summary>
    InvalidPopulationValue,

    /// <summary>A comparison operator is not one of <c>&gt;=</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&lt;</c>, <c>==</c>.</summary>
    UnknownComparison,

    /// <summary>Only one of <c>comparison</c> and <c>threshold</c> is given; both or neither are needed.</summary>
    IncompleteThreshold,

    /// <summary>The threshold is outside the range of its kind (ratio: 0–100 %; count: whole number ≥ 0).</summary>
    ThresholdOutOfRange,

    /// <summary>The applicability is not in the fixed vocabulary.</summary>
    UnknownApplicability,

    /// <summary>The reviewing body code is not in the fixed vocabulary.</summary>
    UnknownReviewingBody,

    /// <summary>An evidence type code is not lower-case kebab-case, or is listed twice.</summary>
    InvalidEvidenceType,

    /// <summary>The provenance tag is not <c>L</c>, <c>F</c> or <c>D</c>.</summary>
    UnknownProvenance,

    /// <summary>A symbiosis type in a count filter is not in the fixed vocabulary.</summary>
    UnknownSymbiosisType,

    /// <summary>A partner location in a count filter is not in the fixed vocabulary.</summary>
    UnknownPartnerLocation,

    /// <summary>The catalogue already holds this set id and version; published versions never change.</summary>
    VersionAlreadyPublished,
}
