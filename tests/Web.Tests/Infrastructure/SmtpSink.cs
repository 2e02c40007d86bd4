using System.Diagnostics;
using System.Net.Sockets;
using System.Text.Json;

namespace Certification.Web.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on loopback: aiosmtpd (Debian's python3-aiosmtpd, run by /usr/bin/python3 because the
/// python3 on PATH may lack it) with tests/Web.Tests/Infrastructure/smtp_sink.py, which writes each received
/// message as JSON into its own folder. <see cref="StopAsync"/> takes the server down; <see cref="StartAgainAsync"/>
/// brings it back on the same port.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private Process? _process;

    public int Port { get; }
    public string Folder { get; }

    private SmtpSink(int port, string folder)
    {
        Port = port;
        Folder = folder;
    }

    public static async Task<SmtpSink> StartAsync()
    {
        var sink = new SmtpSink(FreePort(), Path.Combine(Path.GetTempPath(), "certification-mail-" + Guid.NewGuid().ToString("N")));
        await sink.StartAgainAsync();
        return sink;
    }

    /// <summary>The app settings that send mail to this server.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = Port.ToString(),
        ["Smtp:EnableTls"] = "false",
        ["Smtp:TimeoutSeconds"] = "20",
    };

    public async Task StartAgainAsync()
    {
        var python = Environment.GetEnvironmentVariable("CERTIFICATION_TEST_PYTHON") ?? "/usr/bin/python3";
        var script = Path.Combine(AppContext.BaseDirectory, "Infrastructure", "smtp_sink.py");
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(Port.ToString());
        start.ArgumentList.Add(Folder);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{python} did not start.");
        var first = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        if (first != "listening")
        {
            var error = await process.StandardError.ReadToEndAsync();
            throw new InvalidOperationException($"The SMTP sink did not start ({python} {script}; is python3-aiosmtpd installed?): {first} {error}");
        }
        _process = process;
    }

    /// <summary>Kills the server: from now on connections to its port are refused.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
            return;
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public IReadOnlyList<ReceivedMail> Received()
    {
        if (!Directory.Exists(Folder))
            return [];
        return Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal)
            .Select(file => JsonSerializer.Deserialize<ReceivedMail>(File.ReadAllText(file), JsonOptions)!)
            .ToList();
    }

    /// <summary>Waits until at least <paramref name="count"/> messages have arrived (or the generous limit passes) and returns all.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForAsync(int count, int limitSeconds = 90)
    {
        var deadline = DateTime.UtcNow.AddSeconds(limitSeconds);
        while (Received().Count < count && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        return Received();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Directory.Exists(Folder))
            Directory.Delete(Folder, recursive: true);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>One message as the SMTP sink received it.</summary>
public sealed record ReceivedMail(string[] EnvelopeTo, string To, string From, string Subject, string Key, string Language, string Text, string Html);
