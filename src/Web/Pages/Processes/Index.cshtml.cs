using Certification.Web.Infrastructure.Workflows;
using Certification.Workflows.Definitions;
using Certification.Workflows.Rendering;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Certification.Web.Pages.Processes;

/// <summary>The certification processes as diagrams (latest version of each), for everyone who takes part in them.</summary>
public sealed class IndexModel(WorkflowHost host) : PageModel
{
    public IReadOnlyList<(WorkflowDefinition Definition, string Svg)> Processes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Processes = (await host.RegistryAsync(cancellationToken)).Latest().OrderBy(d => d.Name)
            .Select(d => (d, WorkflowDiagram.Render(d))).ToList();

    /// <summary>Razor Pages would render this page without data for a verb it has no handler for.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
            context.Result = NotFound();
    }
}
