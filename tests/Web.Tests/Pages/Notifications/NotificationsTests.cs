using System.Net;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using Certification.Web.Tests.Infrastructure.Mail;

namespace Certification.Web.Tests.Pages.Notifications;

public sealed class NotificationsTests
{
    [Fact]
    public async Task Header_UserWithQueuedMail_ShowsUnreadCountUntilOpened()
    {
        await using var app = await TestApp.StartAsync();
        var user = Assert.Single(await MailArrange.InvitedUsersAsync(app, 1));
        var client = await SignedInClient.SignInAsync(app, user);

        var before = await (await client.GetAsync("/")).Content.ReadAsStringAsync();
        var list = await (await client.GetAsync("/Notifications")).Content.ReadAsStringAsync();
        var id = await app.Database.ScalarAsync<Guid>($"SELECT \"Id\" FROM \"Notifications\" WHERE \"UserId\" = '{user.Id}'");
        var open = await SignedInClient.PostFormAsync(client, $"/Notifications?handler=Open&id={id}", new(), "/Notifications");
        var after = await (await client.GetAsync("/")).Content.ReadAsStringAsync();

        Assert.Equal("1", PageHtml.TextOf(before, "unread-count"));
        Assert.Contains("Mời tham gia hệ thống chứng nhận KCN sinh thái", list);
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        Assert.StartsWith($"/Account/SetPassword?userId={user.Id}", open.Headers.Location!.OriginalString);
        Assert.DoesNotContain("unread-count", after);
    }

    [Fact]
    public async Task OnPostOpen_AnotherUsersNotification_IsNotFoundAndStaysUnread()
    {
        await using var app = await TestApp.StartAsync();
        var owner = Assert.Single(await MailArrange.InvitedUsersAsync(app, 1));
        var other = await RoleSession.StartAsync(app, Roles.Board);
        var id = await app.Database.ScalarAsync<Guid>($"SELECT \"Id\" FROM \"Notifications\" WHERE \"UserId\" = '{owner.Id}'");

        var response = await SignedInClient.PostFormAsync(other.Client, $"/Notifications?handler=Open&id={id}", new(), "/Notifications");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0L, await app.Database.ScalarAsync<long>($"SELECT count(*) FROM \"Notifications\" WHERE \"ReadAt\" IS NOT NULL"));
    }
}
