using System.Text;
using Certification.Web.Infrastructure.Dashboard;
using Certification.Web.Tests.Pages.Dashboard;

namespace Certification.Web.Tests.Infrastructure.Dashboard;

/// <summary>The report files: CSV by RFC 4180 with a byte-order mark; XLSX with number cells and valid sheet names.</summary>
public sealed class TableExportTests
{
    [Fact]
    public void Csv_CellsWithCommasQuotesAndLineBreaks_AreQuotedAndRowsEndInCrlf()
    {
        var bytes = TableExport.Csv(["Tên", "Ghi chú"], [["KCN \"Amata\", Biên Hòa", "dòng 1\ndòng 2"], [12.5m, new DateOnly(2026, 12, 10)], [null, 3]]);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("Tên,Ghi chú\r\n\"KCN \"\"Amata\"\", Biên Hòa\",\"dòng 1\ndòng 2\"\r\n12.5,2026-12-10\r\n,3\r\n",
            Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Xlsx_SheetNameWithForbiddenCharacters_OpensWithNumbersAsNumbers()
    {
        var bytes = TableExport.Xlsx("Chỉ số [2025]: tỉnh/thành phố rất dài quá 31 ký tự", ["Năm", "Tỷ lệ"], [[2025, 66.7m], ["x", null]]);
        var rows = DashboardExportTests.Sheet(bytes);

        Assert.Equal([("Năm", false), ("Tỷ lệ", false)], rows[0]);
        Assert.Equal([("2025", true), ("66.7", true)], rows[1]);
        Assert.Equal([("x", false)], rows[2]);
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var name = document.WorkbookPart!.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single().Name!.Value!;
        Assert.Equal("Chỉ số 2025 tỉnhthành phố rất d", name);
    }
}
