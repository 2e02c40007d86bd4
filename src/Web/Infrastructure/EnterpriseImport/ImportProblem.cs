namespace Certification.Web.Infrastructure.EnterpriseImport;

/// <summary>
/// One thing wrong in an uploaded file: the spreadsheet row (1 = header row), the column's key (null for the whole row
/// or file), the Vietnamese message with {0}-style placeholders (the localisation key) and its arguments. Stored as
/// data, worded when shown, so each reader sees it in their own language.
/// </summary>
public sealed record ImportProblem(int Row, string? Column, string Message, string[] Arguments)
{
    public static ImportProblem InFile(string message, params string[] arguments) => new(0, null, message, arguments);
}
