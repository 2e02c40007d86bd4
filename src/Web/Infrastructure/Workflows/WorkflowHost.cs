using System.Text.Json.Nodes;
using Certification.Web.Data;
using Certification.Web.Domain;
using Certification.Web.Domain.Applications;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Reminders;
using Certification.Workflows.Clocks;
using Certification.Workflows.Definitions;
using Certification.Workflows.Processes;
using Certification.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Workflows;

/// <summary>
/// Runs the certification processes for one request scope: loads the application and its instance, checks the user
/// belongs to the task's candidate group, applies the domain change (<see cref="StepEffects"/>), resumes the runner
/// (which runs every following automatic step, including the certificate action, on the same DbContext) and saves
/// application, instance and task rows in ONE SaveChangesAsync. A crash before the commit loses nothing and repeats
/// nothing: the bookmark is still open and can be completed again.
/// </summary>
public sealed class WorkflowHost(CertificationDbContext db, WorkflowRunners runners, WorkflowTaskReminders reminders, TimeProvider clock,
    ILogger<WorkflowHost> logger)
{
    public static string ProcessOf(ApplicationKind kind) => kind switch
    {
        ApplicationKind.EcoIndustrialPark => EcoIndustrialParkProcess.Name,
        ApplicationKind.EcoEnterprise => EcoEnterpriseProcess.Name,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No process for this kind."),
    };

    public Task<WorkflowDefinitionRegistry> RegistryAsync(CancellationToken cancellationToken) => runners.RegistryAsync(cancellationToken);

    /// <summary>The working-day calendar from the administrators' holiday table.</summary>
    public Task<WorkingDayCalendar> CalendarAsync(CancellationToken cancellationToken) => runners.CalendarAsync(cancellationToken);

    /// <summary>Adds <paramref name="application"/>, starts its process at the draft step and saves both.</summary>
    public async Task StartAsync(CertificationApplication application, string actor, CancellationToken cancellationToken)
    {
        db.Applications.Add(application);
        var data = new JsonObject
        {
            [ProcessDataKeys.ApplicantOrganisation] = application.ApplicantOrganisationId.ToString(),
            [ProcessDataKeys.BoardOrganisation] = application.BoardOrganisationId.ToString(),
        };
        if (application.CommitteeOrganisationId is { } committee)
            data[ProcessDataKeys.CommitteeOrganisation] = committee.ToString();
        var instance = await StartInstanceAsync(ProcessOf(application.Kind), actor, data, application.Id, cancellationToken);
        application.LinkInstance(instance);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Starts an instance of any registered definition and tracks it (with its task rows); the caller saves.</summary>
    public async Task<WorkflowInstance> StartInstanceAsync(string definitionName, string actor, JsonObject data, Guid? applicationId,
        CancellationToken cancellationToken)
    {
        var runner = await runners.CreateAsync(clock, Guid.Empty, cancellationToken);
        var instance = await runner.StartAsync(definitionName, actor, data, applicationId?.ToString(), cancellationToken);
        db.WorkflowInstances.Add(instance);
        await SyncTasksAsync(instance, applicationId, cancellationToken);
        return instance;
    }

    /// <summary>Completes task <paramref name="taskId"/> of the application with <paramref name="outcome"/> as the signed-in user.</summary>
    public Task<TaskResult> CompleteTaskAsync(AccessPolicy access, Guid applicationId, Guid taskId, string outcome, JsonObject? data,
        CancellationToken cancellationToken) =>
        CompleteTaskAsync(access, applicationId, taskId, outcome, data, change: null, cancellationToken);

    /// <summary>As above, with a further change to the application (e.g. the applicant's supplement file) saved in the same transaction.</summary>
    public async Task<TaskResult> CompleteTaskAsync(AccessPolicy access, Guid applicationId, Guid taskId, string outcome, JsonObject? data,
        Action<CertificationApplication>? change, CancellationToken cancellationToken)
    {
        data ??= [];
        var application = await access.VisibleApplications(db.Applications).Include(a => a.Documents).Include(a => a.Routes)
            .SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application?.WorkflowInstanceId is not { } instanceId)
            return new TaskResult(TaskRefusal.NotFound, TaskResult.NotFoundMessage);
        var instance = await db.WorkflowInstances.SingleAsync(i => i.Id == instanceId, cancellationToken);
        var task = instance.FindBookmark(taskId);
        if (task is null)
            return new TaskResult(TaskRefusal.AlreadyDone, TaskResult.AlreadyDoneMessage);
        if (task.CandidateGroup is not { } group || !access.CanComplete(group))
            return new TaskResult(TaskRefusal.NotInGroup, TaskResult.NotInGroupMessage);
        // One transaction from the first write on: automatic steps that run inside the resume (the certificate number)
        // take database locks that must hold until the step commits.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            change?.Invoke(application);
            await StepEffects.ApplyAsync(db, application, task, outcome, data, clock.GetUtcNow(), cancellationToken);
            var runner = await runners.CreateAsync(clock, access.User.UserId, cancellationToken);
            await runner.ResumeAsync(instance, taskId, outcome, access.User.UserId.ToString(), data, cancellationToken);
            application.Follow(instance);
            await SyncTasksAsync(instance, application.Id, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return TaskResult.Done;
        }
        catch (Exception e) when (Refusal(e) is { } refusal)
        {
            db.ChangeTracker.Clear(); // the in-memory instance may be half changed: discard it, nothing was saved
            logger.LogInformation("Task {TaskId} of application {ApplicationId} refused: {Refusal}", taskId, applicationId, refusal.Refusal);
            return refusal;
        }
    }

    /// <summary>An administrator of the application's province re-runs the failed step of an open incident.</summary>
    public async Task<TaskResult> RetryIncidentAsync(AccessPolicy access, Guid applicationId, Guid incidentId, CancellationToken cancellationToken)
    {
        var application = await access.ApplicationsWithIncidentsToRetry(db.Applications)
            .SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application?.WorkflowInstanceId is not { } instanceId)
            return new TaskResult(TaskRefusal.NotFound, TaskResult.NotFoundMessage);
        var instance = await db.WorkflowInstances.SingleAsync(i => i.Id == instanceId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var runner = await runners.CreateAsync(clock, access.User.UserId, cancellationToken);
            await runner.RetryAsync(instance, incidentId, access.User.UserId.ToString(), cancellationToken);
            application.Follow(instance);
            await SyncTasksAsync(instance, application.Id, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return TaskResult.Done;
        }
        catch (IncidentNotFoundException)
        {
            db.ChangeTracker.Clear();
            return new TaskResult(TaskRefusal.AlreadyDone, TaskResult.AlreadyDoneMessage);
        }
        catch (Exception e) when (Refusal(e) is { } refusal)
        {
            db.ChangeTracker.Clear();
            return refusal;
        }
    }

    /// <summary>
    /// Fires every timer due at <paramref name="now"/>, one instance per save; the scheduler job calls this. A timer
    /// another worker fired first, or an instance changed meanwhile, is skipped (the next run sees the truth).
    /// </summary>
    /// <returns>The number of timers fired.</returns>
    public async Task<int> FireDueTimersAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = await db.WorkflowTasks.AsNoTracking()
            .Where(t => t.Kind == BookmarkKind.Timer && t.FireAt <= now)
            .OrderBy(t => t.FireAt).Select(t => new { t.Id, t.InstanceId, t.ApplicationId }).ToListAsync(cancellationToken);
        var fired = 0;
        foreach (var timer in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var instance = await db.WorkflowInstances.SingleAsync(i => i.Id == timer.InstanceId, cancellationToken);
                var runner = await runners.CreateAsync(new FixedClock(now), Guid.Empty, cancellationToken);
                await runner.FireTimerAsync(instance, timer.Id, cancellationToken);
                if (timer.ApplicationId is { } applicationId)
                    (await db.Applications.SingleAsync(a => a.Id == applicationId, cancellationToken)).Follow(instance);
                await SyncTasksAsync(instance, timer.ApplicationId, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                fired++;
            }
            catch (Exception e) when (e is BookmarkNotFoundException or DbUpdateConcurrencyException or WorkflowStateException)
            {
                logger.LogInformation("Timer {TimerId} skipped: {Reason}", timer.Id, e.Message);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
        return fired;
    }

    /// <summary>
    /// Rewrites the instance's task rows, then queues the reminder ladder of each task that opened and cancels the
    /// pending reminders of each that closed, all tracked for the caller's one save.
    /// </summary>
    private async Task SyncTasksAsync(WorkflowInstance instance, Guid? applicationId, CancellationToken cancellationToken)
    {
        await TaskProjection.SyncAsync(db, instance, applicationId, cancellationToken);
        await reminders.SyncTrackedTasksAsync(cancellationToken);
    }

    private static TaskResult? Refusal(Exception e) => e switch
    {
        BookmarkNotFoundException => new TaskResult(TaskRefusal.AlreadyDone, TaskResult.AlreadyDoneMessage),
        DbUpdateConcurrencyException => new TaskResult(TaskRefusal.Reload, TaskResult.ReloadMessage),
        OutcomeNotAllowedException => new TaskResult(TaskRefusal.Invalid, TaskResult.OutcomeNotAllowedMessage, "outcome"),
        OutcomeDataMissingException missing => new TaskResult(TaskRefusal.Invalid, TaskResult.MissingDataMessage(missing.MissingKeys[0]), missing.MissingKeys[0]),
        WorkflowStateException => new TaskResult(TaskRefusal.Faulted, TaskResult.FaultedMessage),
        DomainException domain => new TaskResult(TaskRefusal.Invalid, domain.Message, FieldOf(domain.Code)),
        _ => null,
    };

    /// <summary>The data key a broken rule is about, so forms put the message beside the field.</summary>
    private static string? FieldOf(string code) => code switch
    {
        "Application.ReasonsRequired" => ProcessDataKeys.RefusalReasons,
        "Application.NoRoutes" or "Application.RouteTwice" or "Application.RouteInvalid" or "Application.RouteUnknownBody" => ProcessDataKeys.RoutedIndicators,
        _ => null,
    };

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
