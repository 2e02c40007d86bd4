using Certification.Criteria.Evaluation;
using Certification.Web.Data;
using Certification.Web.Domain.Applications;
using Certification.Web.Domain.Certificates;
using Certification.Web.Domain.Parks;
using Certification.Workflows.Clocks;
using Certification.Workflows.Definitions;
using Certification.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Dashboard;

/// <summary>
/// The province's parks on their way to the eco-industrial park certificate: each park's stage from its stored rows, the
/// expected decision date of its open dossier (<see cref="DecisionForecast"/>) and what blocks it (gaps, overdue steps).
/// </summary>
internal static class PipelineReader
{
    /// <summary>
    /// A valid park certificate makes the park Certified; otherwise the open (not finished) application's status decides;
    /// without one, any answer or snapshot of the self-assessment makes it SelfAssessing.
    /// </summary>
    public static PipelineStage StageOf(bool certified, string? openApplicationStatus, bool selfAssessed) =>
        certified ? PipelineStage.Certified
        : openApplicationStatus switch
        {
            ApplicationStatus.Submitted or ApplicationStatus.Incomplete or ApplicationStatus.Routing => PipelineStage.Submitted,
            ApplicationStatus.UnderReview or ApplicationStatus.Evaluation => PipelineStage.UnderReview,
            ApplicationStatus.Proposed or ApplicationStatus.CertificatePending => PipelineStage.WithCommittee,
            ApplicationStatus.Draft => PipelineStage.SelfAssessing,
            _ => selfAssessed ? PipelineStage.SelfAssessing : PipelineStage.NotStarted,
        };

    public static async Task<IReadOnlyList<PipelineRow>> ReadAsync(CertificationDbContext db, IReadOnlyList<Park> parks,
        IReadOnlyDictionary<Guid, SetEvaluation> evaluations, WorkflowDefinitionRegistry registry, WorkingDayCalendar calendar,
        DateOnly today, CancellationToken ct)
    {
        var parkIds = parks.Select(p => p.Id).ToList();
        var certificates = (await db.Certificates.AsNoTracking()
            .Where(c => c.Kind == CertificateKind.EcoIndustrialPark && c.ParkId != null && parkIds.Contains(c.ParkId.Value)).ToListAsync(ct))
            .Where(c => c.StatusOn(today) == CertificateStatus.Valid)
            .GroupBy(c => c.ParkId!.Value).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.IssuedOn).First());
        var open = (await db.Applications.AsNoTracking()
            .Where(a => a.Kind == ApplicationKind.EcoIndustrialPark && parkIds.Contains(a.ParkId) && !ApplicationStatus.Finished.Contains(a.Status))
            .ToListAsync(ct))
            .GroupBy(a => a.ParkId).ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.CreatedAt).First());
        var instanceIds = open.Values.Select(a => a.WorkflowInstanceId).OfType<Guid>().ToList();
        var instances = await db.WorkflowInstances.AsNoTracking().Where(i => instanceIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var assessed = (await db.ParkAnswers.Where(a => parkIds.Contains(a.ParkId)).Select(a => a.ParkId)
            .Union(db.ParkAssessmentRecords.Where(r => parkIds.Contains(r.ParkId)).Select(r => r.ParkId)).ToListAsync(ct)).ToHashSet();
        var holders = await HolderNamesAsync(db, instances.Values, ct);

        return parks.Select(park =>
        {
            var application = open.GetValueOrDefault(park.Id);
            var instance = application?.WorkflowInstanceId is { } id ? instances.GetValueOrDefault(id) : null;
            var certificate = certificates.GetValueOrDefault(park.Id);
            var evaluation = evaluations.GetValueOrDefault(park.Id);
            var stage = StageOf(certificate is not null, application?.Status, assessed.Contains(park.Id));
            var expected = stage == PipelineStage.Certified ? certificate!.IssuedOn
                : instance is null ? (DateOnly?)null
                : DecisionForecast.ExpectedOn(instance, registry.Get(instance.DefinitionName, instance.DefinitionVersion), calendar, today);
            var gaps = stage == PipelineStage.Certified || evaluation is null ? []
                : evaluation.Gaps.Select(g => new PipelineGap(g.Code, g.Title, g.Outcome, g.Sentence)).ToList();
            return new PipelineRow(park.Id, park.Name, park.IsDemo, stage, application?.Id, application?.Status,
                application?.SubmittedAt is { } submitted ? VietnamTime.DateOf(submitted) : null, expected, certificate?.Number,
                evaluation?.CompliancePercent, gaps, instance is null ? [] : Overdue(instance, holders, calendar, today));
        }).ToList();
    }

    private static List<OverdueTask> Overdue(WorkflowInstance instance, IReadOnlyDictionary<string, string> holders,
        WorkingDayCalendar calendar, DateOnly today) =>
        instance.Bookmarks.Where(b => b.Kind == BookmarkKind.HumanTask)
            .Select(b => (Step: b, Deadline: instance.DeadlineOf(b, calendar, today)))
            .Where(s => s.Deadline is { Status: DeadlineStatus.Overdue, IsPaused: false })
            .OrderByDescending(s => s.Deadline!.WorkingDaysOverdue).ThenBy(s => s.Step.ItemKey)
            .Select(s => new OverdueTask(s.Step.ActivityId, s.Step.ItemKey, holders.GetValueOrDefault(s.Step.CandidateGroup?.OrganisationId ?? "") ?? "",
                s.Deadline!.DueOn, s.Deadline.WorkingDaysOverdue))
            .ToList();

    /// <summary>Organisation names of the candidate groups of the open steps, by organisation id as text.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> HolderNamesAsync(CertificationDbContext db,
        IEnumerable<WorkflowInstance> instances, CancellationToken ct)
    {
        var ids = instances.SelectMany(i => i.Bookmarks).Select(b => Guid.TryParse(b.CandidateGroup?.OrganisationId, out var g) ? g : Guid.Empty)
            .Where(g => g != Guid.Empty).Distinct().ToList();
        return await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id.ToString(), o => o.Name, ct);
    }
}
