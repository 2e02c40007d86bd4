namespace Certification.Web.Pages.Parks;

/// <summary>One park-level answer as typed on the self-assessment page; numbers are text so a bad value comes back as typed.</summary>
public sealed class AnswerInput
{
    public string? Code { get; set; }

    /// <summary>"yes" or "no" for yes/no indicators.</summary>
    public string? YesNo { get; set; }
    public string? Number { get; set; }
    public string? Part { get; set; }
    public string? Whole { get; set; }
    public string? Note { get; set; }

    /// <summary>Evidence files of the park investor to keep attached (those not listed are detached).</summary>
    public List<Guid> EvidenceFileIds { get; set; } = [];
    public IFormFile? Upload { get; set; }
}
