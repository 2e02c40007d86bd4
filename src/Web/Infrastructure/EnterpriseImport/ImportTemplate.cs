using System.Text;
using Certification.Criteria.Wording;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Certification.Web.Infrastructure.EnterpriseImport;

/// <summary>
/// The blank enterprise data template: one header row in the user's language (the import reads either language)
/// and, in the XLSX, a second sheet explaining each column. Rows already in the park can be pre-filled.
/// </summary>
public static class ImportTemplate
{
    public static byte[] Csv(Language language, IEnumerable<string?[]> rows)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(',', ImportColumn.All.Select(c => Quote(c.Header(language)))));
        foreach (var row in rows)
            text.AppendLine(string.Join(',', row.Select(Quote)));
        // The byte-order mark makes Excel open the file as UTF-8, so Vietnamese letters survive.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Xlsx(Language language, IEnumerable<string?[]> rows, IReadOnlyList<string> instructions)
    {
        using var output = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());

            var data = new SheetData();
            data.AppendChild(Row(1, ImportColumn.All.Select(c => (string?)c.Header(language))));
            uint index = 2;
            foreach (var row in rows)
                data.AppendChild(Row(index++, row));
            AddSheet(workbook, sheets, 1, language == Language.English ? "Enterprises" : "Doanh nghiệp", data);

            var help = new SheetData();
            index = 1;
            foreach (var line in instructions)
                help.AppendChild(Row(index++, [line]));
            AddSheet(workbook, sheets, 2, language == Language.English ? "Instructions" : "Hướng dẫn", help);
            workbook.Workbook.Save();
        }
        return output.ToArray();
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, SheetData data)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(data);
        sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Row Row(uint index, IEnumerable<string?> values)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var value in values)
        {
            var reference = ColumnName(column++) + index;
            if (value is null)
                continue;
            row.AppendChild(new Cell
            {
                CellReference = reference,
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }
        return row;
    }

    private static string ColumnName(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : ColumnName(index / 26 - 1) + (char)('A' + index % 26);

    private static string Quote(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\n', ';']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
