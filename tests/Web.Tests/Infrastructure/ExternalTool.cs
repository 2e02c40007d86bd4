using System.Diagnostics;

namespace Certification.Web.Tests.Infrastructure;

/// <summary>
/// Runs a Debian command-line tool the test run installs (pdftotext, pdftoppm from poppler-utils; zbarimg from
/// zbar-tools) and returns its standard output; a non-zero exit fails with the tool's error text.
/// </summary>
public static class ExternalTool
{
    public static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}");
        return await output;
    }

    /// <summary>The text of a PDF, laid out roughly as printed.</summary>
    public static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try { return await RunAsync("pdftotext", "-enc", "UTF-8", path, "-"); }
        finally { File.Delete(path); }
    }

    /// <summary>
    /// Renders the PDF's first page to an image and returns every QR code zbarimg finds in it. With
    /// <paramref name="keepImageAs"/>, the image is also kept in the test output's screenshots folder for people to look at.
    /// </summary>
    public static async Task<IReadOnlyList<string>> PdfQrCodesAsync(byte[] pdf, string? keepImageAs = null)
    {
        var stem = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));
        await File.WriteAllBytesAsync(stem + ".pdf", pdf);
        try
        {
            await RunAsync("pdftoppm", "-r", "150", "-png", "-singlefile", "-f", "1", stem + ".pdf", stem);
            if (keepImageAs is not null)
            {
                var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
                Directory.CreateDirectory(folder);
                File.Copy(stem + ".png", Path.Combine(folder, keepImageAs + ".png"), overwrite: true);
            }
            var output = await RunAsync("zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", stem + ".png");
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        finally
        {
            File.Delete(stem + ".pdf");
            File.Delete(stem + ".png");
        }
    }
}
