using System.Globalization;
using System.Text.Json.Nodes;
using Certification.Criteria.Indicators;
using Certification.Criteria.Wording;
using Certification.Web.Data;
using Certification.Web.Domain.Applications;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Assessment;
using Certification.Web.Infrastructure.Workflows;
using Certification.Web.Pages.Criteria;
using Certification.Web.Resources;
using Certification.Workflows.Clocks;
using Certification.Workflows.Processes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ids = Certification.Workflows.Processes.EcoIndustrialParkProcess.ActivityIds;

namespace Certification.Web.Pages.Tasks;

/// <summary>
/// The page of one open step for the person who must act: the applicant's submit, resubmit and supplement; the Board's
/// completeness check, routing and evaluation; a reviewing body's review of one indicator; the Committee's decision.
/// What the step needs to show is gathered by <see cref="TaskForm"/>; the decision goes through <see cref="WorkflowHost"/>.
/// </summary>
public sealed class TaskModel(AccessPolicy access, ApplicationReader reader, WorkflowHost host, TaskForm form, IStringLocalizer<SharedResource> l)
    : PageModel
{
    public ApplicationView View { get; private set; } = null!;
    public StepView? Step { get; private set; }
    public TaskForm.Content Shown { get; private set; } = TaskForm.Content.Empty;

    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public string? MissingItems { get; set; }
    [BindProperty] public string? SupplementRequest { get; set; }
    [BindProperty] public string? RefusalReasons { get; set; }
    [BindProperty] public Guid? SupplementFileId { get; set; }
    [BindProperty] public Dictionary<string, Guid?> Routes { get; set; } = [];
    [BindProperty] public List<Guid> Departments { get; set; } = [];

    public Language Language => CriteriaText.CurrentLanguage;

    public async Task<IActionResult> OnGetAsync(Guid applicationId, Guid taskId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(applicationId, taskId, cancellationToken))
            return NotFound();
        if (Step is null)
            ModelState.AddModelError("", l[TaskResult.AlreadyDoneMessage]);
        else if (!Step.CanAct)
            return Forbid();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid applicationId, Guid taskId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(applicationId, taskId, cancellationToken))
            return NotFound();
        if (Step is { CanAct: false })
            return Forbid();
        var result = Step is null
            ? new TaskResult(TaskRefusal.AlreadyDone, TaskResult.AlreadyDoneMessage)
            : await CompleteAsync(applicationId, taskId, cancellationToken);
        switch (result.Refusal)
        {
            case null:
                return Redirect($"/Applications/Details/{applicationId}");
            case TaskRefusal.NotFound:
                return NotFound();
            case TaskRefusal.NotInGroup:
                return Forbid();
        }
        ModelState.AddModelError(FieldOf(result.Field), l[result.Message, result.Arguments]);
        await LoadAsync(applicationId, taskId, cancellationToken); // show the state as it is now (e.g. after someone else acted)
        return Page();
    }

    private async Task<TaskResult> CompleteAsync(Guid applicationId, Guid taskId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Outcome))
            return new TaskResult(TaskRefusal.Invalid, "Vui lòng chọn {0}.", "outcome", l["Quyết định"].Value);
        var data = new JsonObject();
        Put(data, ProcessDataKeys.MissingItems, MissingItems);
        Put(data, ProcessDataKeys.SupplementRequest, SupplementRequest);
        Put(data, ProcessDataKeys.RefusalReasons, RefusalReasons);
        Put(data, "comment", Comment);
        Action<CertificationApplication>? change = null;
        switch (Step!.ActivityId)
        {
            case Ids.Route:
                data[ProcessDataKeys.RoutedIndicators] = new JsonArray(Routes.Where(r => r.Value is not null).OrderBy(r => r.Key)
                    .Select(r => (JsonNode)new JsonObject { ["indicator"] = r.Key, ["reviewingBody"] = r.Value!.ToString() }).ToArray());
                break;
            case Certification.Workflows.Processes.EcoEnterpriseProcess.ActivityIds.Forward:
                data[ProcessDataKeys.ConsultedDepartments] = new JsonArray(Departments.Where(d => Shown.Bodies.Any(b => b.Id == d)).Distinct()
                    .Select(d => (JsonNode)new JsonObject { [ProcessDataKeys.Department] = d.ToString() }).ToArray());
                break;
            case Ids.Evaluation when Shown.Criteria is { } evaluation:
                // The decision records the indicator set (id and version) whose result the Board had in front of it.
                data["criteriaSetId"] = evaluation.SetId;
                data["criteriaSetVersion"] = evaluation.SetVersion.ToString(CultureInfo.InvariantCulture);
                break;
            case Ids.Supplement when SupplementFileId is { } fileId:
                if (!Shown.OwnFiles.Any(f => f.Id == fileId))
                    return new TaskResult(TaskRefusal.Invalid, "Vui lòng chọn {0}.", "supplementFileId", l["Tệp"].Value);
                var item = Step.ItemKey;
                change = application => application.AttachDocument(DossierDocumentKind.Supplement, fileId, item, DateTimeOffset.UtcNow);
                break;
        }
        return await host.CompleteTaskAsync(access, applicationId, taskId, Outcome, data, change, cancellationToken);
    }

    private async Task<bool> LoadAsync(Guid applicationId, Guid taskId, CancellationToken cancellationToken)
    {
        if (await reader.ReadAsync(access, applicationId, cancellationToken) is not { } view)
            return false;
        View = view;
        Step = view.OpenSteps.SingleOrDefault(s => s.TaskId == taskId);
        if (Step is not null)
            Shown = await form.LoadAsync(access, view, Step, Language, cancellationToken);
        return true;
    }

    private static void Put(JsonObject data, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            data[key] = value.Trim();
    }

    private static string FieldOf(string? dataKey) => dataKey switch
    {
        ProcessDataKeys.MissingItems => nameof(MissingItems),
        ProcessDataKeys.SupplementRequest => nameof(SupplementRequest),
        ProcessDataKeys.RefusalReasons => nameof(RefusalReasons),
        ProcessDataKeys.RoutedIndicators => nameof(Routes),
        ProcessDataKeys.ConsultedDepartments => nameof(Departments),
        "outcome" => nameof(Outcome),
        "supplementFileId" => nameof(SupplementFileId),
        _ => "",
    };
}
