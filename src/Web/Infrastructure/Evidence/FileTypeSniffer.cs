using System.Text;

namespace Certification.Web.Infrastructure.Evidence;

/// <summary>
/// Decides a file's type from its first bytes, never from its name. Only the evidence types a dossier needs are
/// allowed: PDF, PNG, JPEG, and Office Open XML (DOCX/XLSX, which are ZIP containers). Anything else — including
/// executables renamed to .pdf and empty files — is refused.
/// </summary>
public static class FileTypeSniffer
{
    public const int HeaderLength = 8;

    public static string? ContentTypeOf(ReadOnlySpan<byte> header, string originalName)
    {
        if (header.StartsWith("%PDF-"u8))
            return "application/pdf";
        if (header.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
            return "image/png";
        if (header.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
            return "image/jpeg";
        if (header.StartsWith("PK\u0003\u0004"u8))
        {
            // A ZIP is only accepted as the Office document its extension claims; the content check stays the ZIP signature.
            var extension = Path.GetExtension(originalName).ToLowerInvariant();
            return extension switch
            {
                ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                _ => null,
            };
        }
        return null;
    }

    /// <summary>Keeps only the final name part of what the browser sent, without control characters, at most 255 characters.</summary>
    public static string CleanDisplayName(string originalName)
    {
        var name = originalName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
            if (!char.IsControl(c))
                builder.Append(c);
        var cleaned = builder.ToString().Trim().TrimStart('.');
        return cleaned.Length > 255 ? cleaned[..255] : cleaned;
    }
}
