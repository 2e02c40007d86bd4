using Certification.Web.Data;
using Certification.Web.Infrastructure.Certificates;
using Certification.Workflows.Clocks;
using Certification.Workflows.Definitions;
using Certification.Workflows.Processes;
using Certification.Workflows.Runtime;

namespace Certification.Web.Infrastructure.Workflows;

/// <summary>
/// Builds the runner a request's steps run on: the registered process definitions, the working-day calendar of the
/// holiday table, and the host's action bindings (the certificate action) on the request's DbContext, so what the
/// actions write commits with the step.
/// </summary>
public sealed class WorkflowRunners(CertificationDbContext db, WorkflowDefinitions definitions, HolidayCalendar holidays, CertificateIssuer certificates)
{
    public Task<WorkflowDefinitionRegistry> RegistryAsync(CancellationToken cancellationToken) => definitions.RegistryAsync(cancellationToken);

    /// <summary>The working-day calendar from the administrators' holiday table.</summary>
    public Task<WorkingDayCalendar> CalendarAsync(CancellationToken cancellationToken) => holidays.GetAsync(db, cancellationToken);

    /// <param name="time">The clock the steps read (a timer job passes the instant it fires at).</param>
    /// <param name="actorUserId">The user whose action runs the steps (recorded as the certificate's issuer); empty for the system.</param>
    public async Task<WorkflowRunner> CreateAsync(TimeProvider time, Guid actorUserId, CancellationToken cancellationToken)
    {
        var certificate = new CertificateIssue(db, certificates, time, actorUserId);
        var bindings = new HostBindings().AddAction(ProcessOutcomes.CertificateIssueAction, certificate.RunAsync);
        return new WorkflowRunner(await RegistryAsync(cancellationToken), bindings, await CalendarAsync(cancellationToken), time);
    }
}
