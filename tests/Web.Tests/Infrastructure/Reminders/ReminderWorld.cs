using Certification.Web.Data;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Infrastructure.Reminders;
using Certification.Workflows.Clocks;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Infrastructure.Reminders;

/// <summary>
/// A review task of a reviewing body (MAE) for a park's dossier, with an English-speaking reviewer, a Board officer,
/// the applicant's developer and the body's head (configured by e-mail), and the task's reminders scheduled.
/// </summary>
internal sealed record ReminderWorld(ReminderTask Task, TestWorld.TestUser Reviewer, TestWorld.TestUser BoardOfficer,
    TestWorld.TestUser Developer, TestWorld.TestUser Head)
{
    public static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.From(VietnamesePublicHolidaySeed.Holidays);

    public static async Task<ReminderWorld> CreateAsync(TestApp app, DateOnly dueOn, string headEmail)
    {
        var world = app.World();
        var province = await world.ProvinceAsync();
        var body = await world.OrganisationAsync(OrganisationKind.ReviewingBody, null, "MAE");
        var board = await world.OrganisationAsync(OrganisationKind.ManagementBoard, province.Id);
        var investor = await world.OrganisationAsync(OrganisationKind.ParkInvestor, province.Id);
        var park = await world.ParkAsync(province.Id, investor.Id);
        var reviewer = await world.UserAsync(Roles.Reviewer, body.Id, culture: "en");
        var head = await world.UserAsync(Roles.Reviewer, body.Id);
        await app.Database.ExecuteAsync($"UPDATE \"AspNetUsers\" SET \"Email\" = '{headEmail}', \"NormalizedEmail\" = '{headEmail.ToUpperInvariant()}' WHERE \"Id\" = '{head.Id}'");
        var officer = await world.UserAsync(Roles.Board, board.Id);
        var developer = await world.UserAsync(Roles.ParkDeveloper, investor.Id);
        var taskId = Guid.NewGuid();
        var task = new ReminderTask(taskId, "review", dueOn, park.Name, $"/Tasks/{taskId}", $"/Applications/{taskId}",
            body.Id, [Roles.Reviewer], investor.Id, board.Id);
        return new ReminderWorld(task, reviewer, officer, developer, head with { Email = headEmail });
    }

    public Task<int> ScheduleAsync(TestApp app) => app.InScopeAsync(async services =>
    {
        var queued = await services.GetRequiredService<TaskReminders>().ScheduleAsync(Task, Calendar, CancellationToken.None);
        await services.GetRequiredService<CertificationDbContext>().SaveChangesAsync();
        return queued;
    });

    public Task<int> CancelAsync(TestApp app) => app.InScopeAsync(async services =>
    {
        var cancelled = await services.GetRequiredService<TaskReminders>().CancelAsync(Task.TaskId, CancellationToken.None);
        await services.GetRequiredService<CertificationDbContext>().SaveChangesAsync();
        return cancelled;
    });
}
