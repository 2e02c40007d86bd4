namespace Certification.Web.Infrastructure.Dashboard;

/// <summary>
/// Where a park stands on its way to the eco-industrial park certificate, derived from stored data (never entered):
/// see <see cref="PipelineReader.StageOf"/>. Ordered: a later stage is further along.
/// </summary>
/// <remarks>If you add a stage, give it words in Pages/Dashboard/DashboardText and its English.</remarks>
public enum PipelineStage
{
    /// <summary>No self-assessment answer, snapshot or open application.</summary>
    NotStarted,

    /// <summary>The developer answers indicators or keeps snapshots, or prepares a dossier not yet submitted (or refused).</summary>
    SelfAssessing,

    /// <summary>Dossier submitted: the Board checks completeness, waits for the applicant to complete it, or routes it.</summary>
    Submitted,

    /// <summary>Reviewing bodies comment (or wait on a supplement), or the Board evaluates.</summary>
    UnderReview,

    /// <summary>The Board proposed; the People's Committee decides (or the certificate is being issued).</summary>
    WithCommittee,

    /// <summary>The park holds a valid eco-industrial park certificate.</summary>
    Certified,
}
