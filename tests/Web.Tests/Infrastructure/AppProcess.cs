using System.Diagnostics;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace Certification.Web.Tests.Infrastructure;

/// <summary>
/// The built app as a separate operating-system process, for what an in-memory host cannot show:
/// loading settings from disk, being killed hard and started again.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public Uri BaseAddress { get; }
    public string Output { get { lock (_output) return _output.ToString(); } }

    private AppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
    }

    /// <summary>The folder with the built Certification.Web.dll of the same configuration as the tests.</summary>
    public static string BuiltAppFolder()
    {
        var configuration = typeof(AppProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var folder = Path.Combine(RepositoryRoot(), "src", "Web", "bin", configuration, "net10.0");
        return File.Exists(Path.Combine(folder, "Certification.Web.dll"))
            ? folder
            : throw new InvalidOperationException($"Build the app first: {folder} has no Certification.Web.dll.");
    }

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Certification.sln")))
                return folder.FullName;
        throw new InvalidOperationException("Certification.sln not found above the test folder.");
    }

    /// <summary>Starts <c>dotnet Certification.Web.dll</c> from <paramref name="appFolder"/> and waits until /health answers.</summary>
    public static async Task<AppProcess> StartAsync(string appFolder, string workingDirectory, IDictionary<string, string> environment, params string[] arguments)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(appFolder, "Certification.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment.Remove("CERTIFICATION_SETTINGS");
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var app = new AppProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
        return app;
    }

    private async Task WaitUntilHealthyAsync(TimeSpan limit)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The app exited with {_process.ExitCode}:\n{Output}");
            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet, or still starting on a busy machine
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The app did not become healthy within {limit}:\n{Output}");
    }

    /// <summary>Kills the process at once (SIGKILL), as a crash or power cut would.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
