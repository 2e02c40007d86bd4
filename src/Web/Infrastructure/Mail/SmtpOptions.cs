namespace Certification.Web.Infrastructure.Mail;

/// <summary>The SMTP server mail is delivered through (section "Smtp" of appsettings.json).</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "127.0.0.1";
    public int Port { get; set; } = 2525;

    /// <summary>STARTTLS before authenticating; required by any real relay, off for the local sink.</summary>
    public bool EnableTls { get; set; }

    /// <summary>Empty for a server that needs no login.</summary>
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
    public string SenderAddress { get; set; } = "no-reply@certification.local";
    public string SenderName { get; set; } = "Chứng nhận KCN sinh thái";

    /// <summary>Gives up on an unresponsive server after this many seconds (the attempt then counts as failed).</summary>
    public int TimeoutSeconds { get; set; } = 30;
}
