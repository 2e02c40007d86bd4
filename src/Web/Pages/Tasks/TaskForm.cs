using Certification.Criteria.Indicators;
using Certification.Criteria.Wording;
using Certification.Web.Data;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Assessment;
using Certification.Web.Infrastructure.Workflows;
using Certification.Workflows.Clocks;
using Microsoft.EntityFrameworkCore;
using EnterpriseIds = Certification.Workflows.Processes.EcoEnterpriseProcess.ActivityIds;
using Ids = Certification.Workflows.Processes.EcoIndustrialParkProcess.ActivityIds;

namespace Certification.Web.Pages.Tasks;

/// <summary>
/// What a step's page shows besides the application: the indicator under review, the routing table with each indicator's
/// reviewing body by law preselected, the criteria result for the Board's evaluation, the applicant's own files.
/// </summary>
public sealed class TaskForm(CertificationDbContext db, IndicatorSetVersions sets, ParkEvaluator evaluator, EnterpriseEvaluator enterprises,
    TimeProvider clock)
{
    public sealed record Content(Indicator? Indicator, IReadOnlyList<RouteRow> RouteRows, IReadOnlyList<Body> Bodies,
        CriteriaResult? Criteria, string? Problem, IReadOnlyList<OwnFile> OwnFiles, RecertificationRecord? Recertification = null)
    {
        public static readonly Content Empty = new(null, [], [], null, null, []);
    }

    public sealed record RouteRow(string Code, string Title, bool IsMandatory, Guid? DefaultBodyId);
    public sealed record Body(Guid Id, string Name, string? Code);
    public sealed record OwnFile(Guid Id, string Name);

    public async Task<Content> LoadAsync(AccessPolicy access, ApplicationView view, StepView step, Language language, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var set = await sets.CurrentAsync(ParkEvaluator.ParkSetId, today, cancellationToken);
        var content = Content.Empty;
        switch (step.ActivityId)
        {
            case Ids.Review or Ids.Supplement:
                content = content with { Indicator = step.ItemKey is null ? null : set?.Find(step.ItemKey) };
                break;
            case Ids.Route when set is null:
                content = content with { Problem = "Chưa có bộ tiêu chí KCN sinh thái nào có hiệu lực." };
                break;
            case Ids.Route:
                var bodies = await db.Organisations
                    .Where(o => o.Kind == OrganisationKind.ReviewingBody && (o.ProvinceId == null || o.ProvinceId == view.ProvinceId))
                    .OrderBy(o => o.ProvinceId != null).ThenBy(o => o.Name)
                    .Select(o => new Body(o.Id, o.Name, o.ReviewingBodyCode)).ToListAsync(cancellationToken);
                var rows = set.Indicators.Select(i => new RouteRow(i.Code, i.Title.In(language), i.IsMandatory,
                    bodies.FirstOrDefault(b => b.Code == IndicatorVocabulary.NameOf(i.ReviewingBody))?.Id)).ToList();
                content = content with { RouteRows = rows, Bodies = bodies };
                break;
            case EnterpriseIds.Forward:
                // Art 42: the provincial departments comment on an eco-enterprise dossier.
                content = content with
                {
                    Bodies = await db.Organisations.Where(o => o.Kind == OrganisationKind.ReviewingBody && o.ProvinceId == view.ProvinceId)
                        .OrderBy(o => o.Name).Select(o => new Body(o.Id, o.Name, o.ReviewingBodyCode)).ToListAsync(cancellationToken),
                };
                break;
            case Ids.Evaluation when view.EnterpriseId is { } enterpriseId:
                try
                {
                    // The departments' opinions answer LEGAL.1 (legal compliance); see EnterpriseEvaluationInputs.
                    var opinions = view.Routes.Select(r => r.Decision).ToList();
                    content = content with { Criteria = CriteriaResult.From(await enterprises.EvaluateAsync(enterpriseId, today, opinions, language, cancellationToken)) };
                }
                catch (InvalidOperationException)
                {
                    content = content with { Problem = "Chưa có bộ tiêu chí doanh nghiệp sinh thái nào có hiệu lực." };
                }
                break;
            case Ids.Evaluation:
                try
                {
                    content = content with { Criteria = CriteriaResult.From(await evaluator.EvaluateAsync(view.ParkId, today, language, cancellationToken)) };
                }
                catch (InvalidOperationException)
                {
                    content = content with { Problem = "Chưa có bộ tiêu chí KCN sinh thái nào có hiệu lực." };
                }
                break;
        }
        if (step.ActivityId is Ids.Evaluation or Ids.CommitteeDecision)
            content = content with { Recertification = await RecertificationRecord.LoadAsync(db, view, cancellationToken) };
        if (step.ActivityId == Ids.Supplement)
            content = content with
            {
                OwnFiles = await db.EvidenceFiles.Where(f => f.OwnerOrganisationId == access.User.OrganisationId).OrderBy(f => f.OriginalName)
                    .Select(f => new OwnFile(f.Id, f.OriginalName)).ToListAsync(cancellationToken),
            };
        return content;
    }
}
