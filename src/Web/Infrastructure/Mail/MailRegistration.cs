namespace Certification.Web.Infrastructure.Mail;

public static class MailRegistration
{
    public static void AddMail(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<SmtpOptions>(builder.Configuration.GetSection("Smtp"));
        builder.Services.Configure<OutboxOptions>(builder.Configuration.GetSection("Outbox"));
        builder.Services.AddSingleton<EmailTemplates>();
        builder.Services.AddSingleton<IEmailSender, SmtpEmailSender>();
        builder.Services.AddScoped<MailOutbox>();
        builder.Services.AddScoped<OutboxDelivery>();
        builder.Services.AddScoped<InvitationMail>();
        builder.Services.AddScoped<Pages.Notifications.UnreadCount>();
        // The invitation link carries a password-reset token from the default token provider; its lifetime is the link's.
        builder.Services.Configure<Microsoft.AspNetCore.Identity.DataProtectionTokenProviderOptions>(options =>
            options.TokenLifespan = TimeSpan.FromHours(builder.Configuration.GetValue("Outbox:InvitationLinkHours", 72)));
    }
}
