using System.Globalization;

namespace Certification.Web.Pages.Evidence;

/// <summary>How an evidence file's size and type read on screen.</summary>
public static class FileDisplay
{
    /// <summary>Bytes, KB or MB with 1 KB = 1024 bytes, in the current culture's number format.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Format(CultureInfo.CurrentCulture, "{0:N0} B", bytes),
        < 1024 * 1024 => string.Format(CultureInfo.CurrentCulture, "{0:0.#} KB", bytes / 1024d),
        _ => string.Format(CultureInfo.CurrentCulture, "{0:0.#} MB", bytes / 1024d / 1024d),
    };

    /// <summary>The short name people know a type by; the content types are those FileTypeSniffer accepts.</summary>
    public static string Type(string contentType) => contentType switch
    {
        "application/pdf" => "PDF",
        "image/png" => "PNG",
        "image/jpeg" => "JPEG",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => "DOCX",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => "XLSX",
        _ => contentType,
    };

    /// <summary>An instant as Vietnamese clocks show it: UTC+7 all year (no daylight saving), short date and time.</summary>
    public static string Time(DateTimeOffset instant) =>
        instant.ToOffset(TimeSpan.FromHours(7)).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>Types a browser shows itself; the others download.</summary>
    public static bool OpensInBrowser(string contentType) => contentType is "application/pdf" or "image/png" or "image/jpeg";
}
