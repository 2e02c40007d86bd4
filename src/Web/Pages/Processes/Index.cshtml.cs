using Certification.Web.Infrastructure.Workflows;
using Certification.Web.Pages.Applications;
using Certification.Web.Resources;
using Certification.Workflows.Definitions;
using Certification.Workflows.Rendering;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Pages.Processes;

/// <summary>The certification processes as diagrams (latest version of each), for everyone who takes part in them.</summary>
public sealed class IndexModel(WorkflowHost host, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<(WorkflowDefinition Definition, string Svg)> Processes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Processes = (await host.RegistryAsync(cancellationToken)).Latest().OrderBy(d => d.Name)
            .Select(d => (d, WorkflowDiagram.Render(d, new DiagramOptions
            {
                ActivityName = id => l[ProcessLabels.Step(id)],
            ActivityDetail = activity => ProcessLabels.Detail(activity, l),
                OutcomeName = outcome => l[ProcessLabels.Outcome(outcome)],
            }))).ToList();

    /// <summary>Razor Pages would render this page without data for a verb it has no handler for.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
            context.Result = NotFound();
    }
}
