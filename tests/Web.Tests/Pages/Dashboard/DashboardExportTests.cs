using System.Globalization;
using System.Net;
using System.Text;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Certification.Web.Tests.Pages.Dashboard;

/// <summary>The exports for the yearly report, parsed back and compared with the hand counts of the worlds.</summary>
public sealed class DashboardExportTests
{
    // Year, enterprises, RECP, RECP %, RECP target, parks, reached, reached %, target, links by type (input/output, shared
    // infrastructure, shared services, other park, other), links total, kWh, m³, t CO₂, VND — see IndicatorWorld.
    private static readonly decimal[][] Indicators =
    [
        [2024, 5, 1, 20, 10, 3, 1, 33.3m, 90, 2, 0, 1, 0, 0, 3, 1_000, 80, 1.5m, 2_000_000],
        [2025, 5, 3, 60, 10, 3, 2, 66.7m, 90, 1, 0, 1, 0, 0, 2, 2_000, 120, 3, 5_000_000],
    ];

    [Fact]
    public async Task Export_IndicatorsAsCsv_IsUtf8WithBomCrlfAndTheHandCountedRows()
    {
        await using var app = await TestApp.StartAsync();
        var world = await IndicatorWorld.ArrangeAsync(app);
        var client = await SignedInClient.SignInAsync(app, world.BoardUser);

        var response = await client.GetAsync("/Dashboard/Export?what=indicators&format=csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.StartsWith("Năm,Số doanh nghiệp trong KCN,Doanh nghiệp áp dụng SXSH có kết quả,Tỷ lệ áp dụng SXSH (%)", lines[0]);
        Assert.Contains("Cộng sinh: ", lines[0]);
        Assert.Equal(3, lines.Length);
        for (var row = 0; row < 2; row++)
            Assert.Equal(Indicators[row], lines[row + 1].Split(',').Select(c => decimal.Parse(c, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Export_IndicatorsAsXlsx_HasNumberCellsWithTheHandCountedRows()
    {
        await using var app = await TestApp.StartAsync();
        var world = await IndicatorWorld.ArrangeAsync(app, culture: "en");
        var client = await SignedInClient.SignInAsync(app, world.BoardUser);

        var response = await client.GetAsync("/Dashboard/Export?what=indicators&format=xlsx");
        var rows = Sheet(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Year", "Enterprises in parks", "Enterprises applying RECP with results", "RECP share (%)"], rows[0].Take(4).Select(c => c.Text));
        Assert.Equal(3, rows.Count);
        for (var row = 0; row < 2; row++)
        {
            Assert.All(rows[row + 1], cell => Assert.True(cell.IsNumber, $"{cell.Text} is not a number cell"));
            Assert.Equal(Indicators[row], rows[row + 1].Select(c => decimal.Parse(c.Text, CultureInfo.InvariantCulture)));
        }
    }

    [Fact]
    public async Task Export_PipelineAsXlsx_ListsParksFurthestFirstWithTheHandCountedDatesAndBlockers()
    {
        var clock = PipelineWorld.Clock();
        await using var app = await TestApp.StartAsync(clock: clock);
        var world = await PipelineWorld.ArrangeAsync(app, clock);
        var board = await app.World().UserAsync(Roles.Board, world.BoardOrganisation.Id);
        var client = await SignedInClient.SignInAsync(app, board);

        var response = await client.GetAsync("/Dashboard/Export?what=pipeline&format=xlsx");
        var rows = Sheet(await response.Content.ReadAsByteArrayAsync());
        string Cell(int row, string header) => rows[row].ElementAtOrDefault(rows[0].FindIndex(h => h.Text == header)).Text ?? "";

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Khu công nghiệp", rows[0][0].Text);
        Assert.Equal([PipelineWorld.F, PipelineWorld.E, PipelineWorld.D, PipelineWorld.C, PipelineWorld.B, PipelineWorld.A],
            rows.Skip(1).Select(r => r[0].Text));
        Assert.Equal(["Đã được chứng nhận", "Trình UBND tỉnh", "Đang thẩm định", "Đã nộp hồ sơ", "Đang tự đánh giá", "Chưa bắt đầu"],
            Enumerable.Range(1, 6).Select(r => Cell(r, "Giai đoạn")));
        Assert.Equal(["2026-10-08", "2026-11-16", "2026-12-14", "2027-01-19"], Enumerable.Range(1, 4).Select(r => Cell(r, "Ngày quyết định dự kiến")));
        Assert.Equal(["0", "5", "5", "5", "4", "5"], Enumerable.Range(1, 6).Select(r => Cell(r, "Số tiêu chí bắt buộc chưa đạt")));
        Assert.Contains($"{world.Moit.Name}: quá hạn 10 ngày làm việc", Cell(3, "Bước quá hạn"));
        Assert.Equal("", Cell(2, "Bước quá hạn"));
    }

    [Theory]
    [InlineData("what=parks&format=csv")]
    [InlineData("what=pipeline&format=pdf")]
    [InlineData("")]
    public async Task Export_UnknownTableOrFormat_Is400NamingTheAcceptedValues(string query)
    {
        await using var app = await TestApp.StartAsync();
        var world = await IndicatorWorld.ArrangeAsync(app);
        var client = await SignedInClient.SignInAsync(app, world.BoardUser);

        var response = await client.GetAsync("/Dashboard/Export?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("pipeline hoặc indicators", await response.Content.ReadAsStringAsync());
    }

    /// <summary>The first sheet's rows as (text, is a number cell), each cell at its column (empty cells are left out of the file).</summary>
    internal static List<List<(string Text, bool IsNumber)>> Sheet(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var part = document.WorkbookPart!.WorksheetParts.Single();
        return part.Worksheet.Descendants<Row>().Select(r =>
        {
            var cells = r.Elements<Cell>().ToDictionary(c => Column(c.CellReference!.Value!),
                c => c.DataType?.Value == CellValues.InlineString ? (c.InlineString!.InnerText, false) : (c.CellValue!.Text, true));
            return Enumerable.Range(0, cells.Count == 0 ? 0 : cells.Keys.Max() + 1).Select(i => cells.GetValueOrDefault(i, ("", false))).ToList();
        }).ToList();
    }

    private static int Column(string reference) =>
        reference.TakeWhile(char.IsLetter).Aggregate(0, (n, letter) => n * 26 + letter - 'A' + 1) - 1;
}
