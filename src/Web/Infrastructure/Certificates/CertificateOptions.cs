namespace Certification.Web.Infrastructure.Certificates;

/// <summary>
/// Settings "Site:PublicBaseUrl" (where the public verification page is reachable; printed in the QR code) and
/// "Certificates:ValidityYears" (0 = no expiry, the default: Decree 35 fixes none) and
/// "Certificates:PdfSharpLicenseKey" (a commercial PDFsharp key; empty = PDFsharp under AGPL-3.0).
/// </summary>
public sealed record CertificateOptions(Uri PublicBaseUrl, int ValidityYears, string? PdfSharpLicenseKey);
