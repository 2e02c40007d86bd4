using System.Globalization;
using System.Text;
using Certification.Web.Domain.Certificates;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;
using QRCoder;

namespace Certification.Web.Infrastructure.Certificates;

/// <summary>
/// Draws a certificate as an A4 landscape PDF in Vietnamese: national heading, issuer, number and date, the park or
/// enterprise, the legal basis, and a QR code (drawn as vector squares) for the public verification address.
/// </summary>
internal static class CertificatePdf
{
    // The whole font file, not a subset: DejaVu builds letters such as "ộ" and "ạ" from component glyphs, and
    // PDFsharp's subset drops the components, so the marks vanished on screen while the text layer stayed right.
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode, PdfFontEmbedding.EmbedCompleteFontFile);
    private static readonly XColor Green = XColor.FromArgb(0x1f, 0x5f, 0x3b);

    public static byte[] Render(Certificate certificate, Uri verificationAddress, string? pdfLicenseKey)
    {
        SystemFontResolver.EnsureInstalled(pdfLicenseKey);
        using var document = new PdfDocument();
        // The embedded font is most of the file; compressing it for speed keeps the Committee's approval step short
        // for a few percent more bytes, stored once.
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        document.Info.Title = Nfc($"Giấy chứng nhận {certificate.Number}");
        document.Info.Author = Nfc(certificate.IssuerName);
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        page.Orientation = PdfSharp.PageOrientation.Landscape;
        using (var graphics = XGraphics.FromPdfPage(page))
            Draw(graphics, page.Width.Point, page.Height.Point, certificate, verificationAddress);
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void Draw(XGraphics g, double width, double height, Certificate c, Uri verificationAddress)
    {
        var border = new XPen(Green, 3);
        g.DrawRectangle(border, 24, 24, width - 48, height - 48);
        g.DrawRectangle(new XPen(Green, 0.8), 32, 32, width - 64, height - 64);

        var y = 60.0;
        Centred(g, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Font(13, bold: true), width, ref y, 18);
        Centred(g, "Độc lập - Tự do - Hạnh phúc", Font(12, bold: true), width, ref y, 30);
        Centred(g, c.IssuerName.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), Font(12, bold: true), width, ref y, 34);
        Centred(g, "GIẤY CHỨNG NHẬN", Font(26, bold: true), width, ref y, 32, new XSolidBrush(Green));
        Centred(g, Title(c.Kind), Font(16, bold: true), width, ref y, 40, new XSolidBrush(Green));
        Centred(g, $"Số: {c.Number}", Font(13), width, ref y, 34);
        Centred(g, "Chứng nhận", Font(13), width, ref y, 26);
        Centred(g, c.SubjectName, Font(20, bold: true), width, ref y, 36);
        Centred(g, $"đạt tiêu chí {Subject(c.Kind)}", Font(13), width, ref y, 30);

        var formatter = new XTextFormatter(g) { Alignment = XParagraphAlignment.Left };
        formatter.DrawString(Nfc("Căn cứ: " + c.LegalBasis), Font(11), XBrushes.Black, new XRect(80, y, width - 340, 60));

        var dates = $"Ngày cấp: {c.IssuedOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}"
            + (c.ValidUntil is { } until ? $" · Có hiệu lực đến: {until.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}" : "");
        g.DrawString(Nfc(dates), Font(11), XBrushes.Black, new XPoint(80, height - 92));
        g.DrawString(Nfc("Tra cứu tính hợp lệ: quét mã QR hoặc mở"), Font(9), XBrushes.Black, new XPoint(80, height - 74));
        g.DrawString(verificationAddress.ToString(), Font(9), XBrushes.Black, new XPoint(80, height - 62));

        DrawQrCode(g, verificationAddress.ToString(), x: width - 220, y: height - 230, size: 160);
    }

    private static void Centred(XGraphics g, string text, XFont font, double width, ref double y, double advance, XBrush? brush = null)
    {
        g.DrawString(Nfc(text), font, brush ?? XBrushes.Black, new XRect(0, y, width, advance), XStringFormats.TopCenter);
        y += advance;
    }

    /// <summary>Draws the code's dark modules as filled squares: sharp at any zoom and readable by scanners.</summary>
    private static void DrawQrCode(XGraphics g, string content, double x, double y, double size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var cell = size / modules.Count;
        g.DrawRectangle(XBrushes.White, x, y, size, size);
        for (var row = 0; row < modules.Count; row++)
            for (var column = 0; column < modules.Count; column++)
                if (modules[row][column])
                    g.DrawRectangle(XBrushes.Black, x + column * cell, y + row * cell, cell, cell);
    }

    private static string Title(CertificateKind kind) => kind switch
    {
        CertificateKind.EcoIndustrialPark => "KHU CÔNG NGHIỆP SINH THÁI",
        CertificateKind.EcoEnterprise => "DOANH NGHIỆP SINH THÁI",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string Subject(CertificateKind kind) => kind switch
    {
        CertificateKind.EcoIndustrialPark => "khu công nghiệp sinh thái theo Nghị định số 35/2022/NĐ-CP",
        CertificateKind.EcoEnterprise => "doanh nghiệp sinh thái theo Nghị định số 35/2022/NĐ-CP",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static XFont Font(double size, bool bold = false) =>
        new(SystemFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);

    // Vietnamese typed on some keyboards arrives decomposed (e + combining marks); the font has the composed letters.
    private static string Nfc(string text) => text.Normalize(NormalizationForm.FormC);
}
