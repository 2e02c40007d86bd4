using Certification.Web.Data;
using Certification.Web.Domain.Mail;
using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Infrastructure.Mail;
using Certification.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Infrastructure.Mail;

/// <summary>Queues mail and runs the delivery the way the app does, each in its own DI scope.</summary>
internal static class MailArrange
{
    /// <summary>Creates <paramref name="count"/> users of one new organisation and queues an invitation to each.</summary>
    /// <param name="provinceId">The province of the users' Management Board; a new province when null.</param>
    public static async Task<IReadOnlyList<TestWorld.TestUser>> InvitedUsersAsync(TestApp app, int count, string culture = "vi", Guid? provinceId = null)
    {
        provinceId ??= (await app.World().ProvinceAsync()).Id;
        var board = await app.World().OrganisationAsync(OrganisationKind.ManagementBoard, provinceId);
        var users = new List<TestWorld.TestUser>();
        for (var i = 0; i < count; i++)
            users.Add(await app.World().UserAsync(Roles.Board, board.Id, culture: culture));
        await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CertificationDbContext>();
            var accounts = services.GetRequiredService<UserManager<AppUser>>();
            var invitation = services.GetRequiredService<InvitationMail>();
            foreach (var user in users)
                await invitation.QueueAsync((await accounts.FindByIdAsync(user.Id.ToString()))!, "Cán bộ Ban Quản lý", board.Name, CancellationToken.None);
            await db.SaveChangesAsync();
        });
        return users;
    }

    public static Task<OutboxDelivery.Run> DeliverDueAsync(TestApp app) =>
        app.InScopeAsync(services => services.GetRequiredService<OutboxDelivery>().DeliverDueAsync(CancellationToken.None));

    public static async Task<long> CountAsync(TestApp app, OutboxStatus status) =>
        await app.Database.ScalarAsync<long>($"SELECT count(*) FROM \"OutboxMessages\" WHERE \"Status\" = '{status}'");
}
