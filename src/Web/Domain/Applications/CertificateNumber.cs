using System.Globalization;

namespace Certification.Web.Domain.Applications;

/// <summary>
/// The number printed on a certificate: "{sequence:00}/{year}/GCN-{symbol}-{province code}", e.g. "01/2026/GCN-KCNST-DNI"
/// (GCN = giấy chứng nhận; KCNST = khu công nghiệp sinh thái; DNST = doanh nghiệp sinh thái). The sequence restarts
/// at 1 every calendar year, per province and kind (<see cref="CertificateCounter"/>); the year is the Viet Nam date of issue.
/// </summary>
public static class CertificateNumber
{
    public static string SymbolOf(ApplicationKind kind) => kind switch
    {
        ApplicationKind.EcoIndustrialPark => "KCNST",
        ApplicationKind.EcoEnterprise => "DNST",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No certificate symbol for this kind."),
    };

    public static string Format(int sequence, int year, ApplicationKind kind, string provinceCode) =>
        string.Create(CultureInfo.InvariantCulture, $"{sequence:00}/{year}/GCN-{SymbolOf(kind)}-{provinceCode.Trim().ToUpperInvariant()}");
}
