using System.Text;

namespace Certification.Web.Infrastructure.EnterpriseImport;

/// <summary>
/// Splits CSV text into records (RFC 4180: fields may be quoted, "" is a quote inside quotes, quoted fields may hold
/// separators and line breaks). Row numbers count lines as a spreadsheet shows them: a record spanning two lines
/// advances the count by two. An unclosed quote runs to the end of the text.
/// </summary>
public static class CsvRecords
{
    public static IEnumerable<(int Row, string?[] Cells)> Split(string text, char separator)
    {
        var cells = new List<string?>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        var recordLine = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else { if (ch == '\n') line++; field.Append(ch); }
                continue;
            }
            if (ch == '"') quoted = true;
            else if (ch == separator) { cells.Add(field.ToString()); field.Clear(); }
            else if (ch == '\r') { }
            else if (ch == '\n')
            {
                cells.Add(field.ToString());
                field.Clear();
                yield return (recordLine, cells.ToArray());
                cells.Clear();
                recordLine = ++line;
            }
            else field.Append(ch);
        }
        if (field.Length > 0 || cells.Count > 0)
        {
            cells.Add(field.ToString());
            yield return (recordLine, cells.ToArray());
        }
    }
}
