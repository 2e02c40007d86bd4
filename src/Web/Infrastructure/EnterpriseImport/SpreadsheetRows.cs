using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Certification.Web.Domain.Enterprises;

namespace Certification.Web.Infrastructure.EnterpriseImport;

/// <summary>
/// Reads the rows of an uploaded XLSX (first worksheet) or CSV (UTF-8, "," or ";" separated) as text cells; row 1 is
/// the header. Empty rows are skipped but keep their numbers, so a reported row number is the one Excel shows.
/// </summary>
public static class SpreadsheetRows
{
    public static IEnumerable<(int Row, string?[] Cells)> Read(byte[] content, ImportFormat format) =>
        format == ImportFormat.Xlsx ? ReadXlsx(content) : ReadCsv(content);

    private static IEnumerable<(int, string?[])> ReadXlsx(byte[] content)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(content), isEditable: false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("no sheet");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var cells = new List<string?>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                while (cells.Count < column)
                    cells.Add(null);
                cells.Add(Text(cell, shared));
            }
            if (cells.Any(c => !string.IsNullOrWhiteSpace(c)))
                yield return ((int)(row.RowIndex?.Value ?? 0), cells.ToArray());
        }
    }

    private static string? Text(Cell cell, string[] shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
            return cell.InlineString?.InnerText;
        var raw = cell.CellValue?.Text;
        if (raw is null)
            return null;
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(raw, out var index) && index < shared.Length ? shared[index] : null;
        if (cell.DataType?.Value == CellValues.Boolean)
            return raw == "1" ? "có" : "không";
        return raw; // numbers are stored invariant ("1234.5"), which FormNumber reads
    }

    /// <summary>0-based column of a reference such as "C7".</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
            return null;
        var index = 0;
        foreach (var ch in reference.TakeWhile(char.IsLetter))
            index = index * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
        return index - 1;
    }

    private static IEnumerable<(int, string?[])> ReadCsv(byte[] content)
    {
        var text = new StreamReader(new MemoryStream(content), new UTF8Encoding(false, throwOnInvalidBytes: true),
            detectEncodingFromByteOrderMarks: true).ReadToEnd();
        var firstLine = text.Split('\n', 2)[0];
        // Excel in a Vietnamese locale saves with ";" because "," is its decimal mark.
        var separator = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
        return CsvRecords.Split(text, separator).Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c)));
    }
}
