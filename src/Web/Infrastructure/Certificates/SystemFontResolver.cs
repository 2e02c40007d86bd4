using PdfSharp.Fonts;

namespace Certification.Web.Infrastructure.Certificates;

/// <summary>
/// PDFsharp finds no fonts by itself on Linux. This resolves the certificate's one family, DejaVu Serif (Debian's
/// fonts-dejavu-core, installed by scripts/run.sh and scripts/test.sh), which has every Vietnamese letter.
/// Set CERTIFICATION_FONT_FOLDER to read the .ttf files from another folder.
/// </summary>
internal sealed class SystemFontResolver : IFontResolver
{
    public const string Family = "DejaVu Serif";
    private const string Regular = "DejaVuSerif";
    private const string Bold = "DejaVuSerif-Bold";

    private static readonly string[] Folders =
    [
        Environment.GetEnvironmentVariable("CERTIFICATION_FONT_FOLDER") ?? "",
        "/usr/share/fonts/truetype/dejavu",
    ];

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        familyName.Equals(Family, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(bold ? Bold : Regular, false, italic)
            : null;

    public byte[]? GetFont(string faceName)
    {
        foreach (var folder in Folders.Where(f => f.Length > 0))
        {
            var path = Path.Combine(folder, faceName + ".ttf");
            if (File.Exists(path))
                return File.ReadAllBytes(path);
        }
        throw new InvalidOperationException(
            $"Font {faceName}.ttf not found in {string.Join(", ", Folders.Where(f => f.Length > 0))}. Install Debian's fonts-dejavu-core.");
    }

    private static readonly Lock Gate = new();
    private static bool _licensed;

    /// <summary>
    /// Installs the resolver and PDFsharp's licence once per process (PDFsharp keeps both in statics).
    /// PDFsharp 6.5.0, the only version on this project's registry, is licensed AGPL-3.0 unless a commercial key
    /// is loaded: with <paramref name="commercialLicenseKey"/> (setting "Certificates:PdfSharpLicenseKey") that
    /// key is used, otherwise the AGPL terms are accepted. See README, "Licences".
    /// </summary>
    public static void EnsureInstalled(string? commercialLicenseKey)
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not SystemFontResolver)
                GlobalFontSettings.FontResolver = new SystemFontResolver();
            if (_licensed)
                return;
            if (string.IsNullOrWhiteSpace(commercialLicenseKey))
                PdfSharp.PdfSharpLicense.SetAgplLicense();
            else
                PdfSharp.PdfSharpLicense.LoadLicense(commercialLicenseKey);
            _licensed = true;
        }
    }
}
