using System.Text.Json.Nodes;
using Certification.Web.Data;
using Certification.Web.Domain;
using Certification.Web.Domain.Applications;
using Certification.Web.Domain.Organisations;
using Certification.Workflows.Clocks;
using Certification.Workflows.Processes;
using Certification.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using static Certification.Workflows.Processes.ProcessOutcomes;

namespace Certification.Web.Infrastructure.Workflows;

/// <summary>
/// The domain change each task outcome makes to the application, applied in memory just before the runner resumes the
/// task, so both are saved together. If a process gains a task whose outcome changes business facts, add it here.
/// </summary>
internal static class StepEffects
{
    /// <summary>Instance-data key of a reviewer's free-text comment (optional with approve and reject).</summary>
    public const string Comment = "comment";

    public static async Task ApplyAsync(CertificationDbContext db, CertificationApplication application, Bookmark task, string outcome,
        JsonObject data, DateTimeOffset now, CancellationToken cancellationToken)
    {
        switch (task.ActivityId, outcome)
        {
            case (DossierIntake.Draft, Submit) or (DossierIntake.Resubmit, ProcessOutcomes.Resubmit):
                application.Submit(now);
                await LockDossierFilesAsync(db, application, now, cancellationToken);
                break;
            case (EcoIndustrialParkProcess.ActivityIds.Supplement, Supplied):
                await LockDossierFilesAsync(db, application, now, cancellationToken);
                break;
            case (DossierIntake.CompletenessCheck, Incomplete) when Text(data, ProcessDataKeys.MissingItems) is { } missing:
                application.FindIncomplete(missing);
                break;
            case (DossierIntake.CompletenessCheck, Complete):
                application.FindComplete(VietnamTime.DateOf(now));
                break;
            case (EcoIndustrialParkProcess.ActivityIds.Route, Routed):
                application.Route(await RoutesAsync(db, data, ProcessDataKeys.RoutedIndicators, ProcessDataKeys.Indicator, ProcessDataKeys.ReviewingBody, cancellationToken));
                break;
            case (EcoEnterpriseProcess.ActivityIds.Forward, Routed):
                application.Route(await RoutesAsync(db, data, ProcessDataKeys.ConsultedDepartments, ProcessDataKeys.Department, ProcessDataKeys.Department, cancellationToken));
                break;
            case (EcoIndustrialParkProcess.ActivityIds.Review or EcoEnterpriseProcess.ActivityIds.Comment, Approve or Reject):
                application.RecordReview(task.ItemKey ?? "", outcome, Text(data, Comment), now);
                break;
            case (EcoIndustrialParkProcess.ActivityIds.Evaluation, Propose or Refuse):
            case (EcoEnterpriseProcess.ActivityIds.Evaluation, Approve or Refuse):
                application.RecordEvaluation(outcome == Refuse, Text(data, ProcessDataKeys.RefusalReasons),
                    Text(data, CriteriaSetIdKey), Text(data, CriteriaSetVersionKey), now);
                if (outcome == Approve)
                    application.Approve(now);
                break;
            case (EcoIndustrialParkProcess.ActivityIds.CommitteeDecision, Approve):
                application.Approve(now);
                break;
            case (EcoIndustrialParkProcess.ActivityIds.CommitteeDecision, Refuse):
                application.Refuse(Text(data, ProcessDataKeys.RefusalReasons), now);
                break;
        }
    }

    /// <summary>Instance-data keys the evaluation records: which indicator set (id, version) the Board's result came from.</summary>
    public const string CriteriaSetIdKey = "criteriaSetId";
    public const string CriteriaSetVersionKey = "criteriaSetVersion";

    public static string? Text(JsonObject? data, string key) =>
        data?[key] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    /// <summary>Files handed to the Board can no longer be deleted by the applicant (the 0002 guard enforces it in the database).</summary>
    private static async Task LockDossierFilesAsync(CertificationDbContext db, CertificationApplication application, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var ids = application.Documents.Select(d => d.EvidenceFileId).ToList();
        foreach (var file in await db.EvidenceFiles.Where(f => ids.Contains(f.Id) && f.LockedAt == null).ToListAsync(cancellationToken))
            file.LockForSubmission(now);
    }

    private static async Task<List<(string, Guid)>> RoutesAsync(CertificationDbContext db, JsonObject data, string collection, string keyField,
        string bodyField, CancellationToken cancellationToken)
    {
        var routes = new List<(string, Guid)>();
        foreach (var item in data[collection] as JsonArray ?? [])
        {
            var key = Text(item as JsonObject, keyField);
            if (key is null || !Guid.TryParse(Text(item as JsonObject, bodyField), out var bodyId))
                throw new DomainException("Application.RouteInvalid", "Mỗi chỉ tiêu phải có mã và cơ quan thẩm định.");
            routes.Add((key, bodyId));
        }
        var ids = routes.Select(r => r.Item2).Distinct().ToList();
        var known = await db.Organisations.CountAsync(o => ids.Contains(o.Id) && o.Kind == OrganisationKind.ReviewingBody, cancellationToken);
        if (known != ids.Count)
            throw new DomainException("Application.RouteUnknownBody", "Cơ quan thẩm định được chọn không tồn tại.");
        return routes;
    }
}
