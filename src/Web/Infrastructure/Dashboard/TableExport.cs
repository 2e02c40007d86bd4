using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Certification.Web.Infrastructure.Dashboard;

/// <summary>
/// A table (one header row, then rows of cells) as a file for the yearly report: CSV per RFC 4180 (comma, CRLF, quotes
/// doubled, UTF-8 with a byte-order mark so Excel shows Vietnamese) or XLSX (one sheet, numbers as numbers, the header
/// row frozen). Cells are text, numbers (int, decimal) or dates (written yyyy-MM-dd); null is an empty cell.
/// </summary>
public static class TableExport
{
    public static byte[] Csv(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', headers.Select(Quote))).Append("\r\n");
        foreach (var row in rows)
            text.Append(string.Join(',', row.Select(cell => Quote(Written(cell))))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Xlsx(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var output = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var data = new SheetData();
            data.AppendChild(Row(1, headers));
            uint index = 2;
            foreach (var row in rows)
                data.AppendChild(Row(index++, row));
            var part = workbook.AddNewPart<WorksheetPart>();
            var frozenHeader = new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            }) { WorkbookViewId = 0 });
            part.Worksheet = new Worksheet(frozenHeader, data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            // Excel refuses sheet names over 31 characters or with []:*?/\ in them.
            var name = new string(sheetName.Where(c => !"[]:*?/\\".Contains(c)).Take(31).ToArray());
            sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = name });
            workbook.Workbook.Save();
        }
        return output.ToArray();
    }

    private static Row Row(uint index, IEnumerable<object?> values)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var value in values)
        {
            var reference = ColumnName(column++) + index;
            Cell? cell = value switch
            {
                null => null,
                int or long or decimal or double => new Cell
                {
                    CellReference = reference, DataType = CellValues.Number,
                    CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!),
                },
                _ => new Cell
                {
                    CellReference = reference, DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(Written(value)) { Space = SpaceProcessingModeValues.Preserve }),
                },
            };
            if (cell is not null)
                row.AppendChild(cell);
        }
        return row;
    }

    /// <summary>The cell as CSV text: numbers with a point (the file is read by machines too), dates as yyyy-MM-dd.</summary>
    private static string Written(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string ColumnName(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : ColumnName(index / 26 - 1) + (char)('A' + index % 26);

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
