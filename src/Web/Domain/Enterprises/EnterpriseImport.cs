namespace Certification.Web.Domain.Enterprises;

/// <summary>Where an import is. Stored as text.</summary>
public enum EnterpriseImportStatus
{
    /// <summary>Uploaded, waiting for the worker.</summary>
    Pending,

    /// <summary>Being read; <see cref="EnterpriseImport.ProcessedRows"/> grows.</summary>
    Running,

    /// <summary>Every row was valid and all were saved in one transaction.</summary>
    Succeeded,

    /// <summary>At least one problem; nothing was saved.</summary>
    Failed,
}

/// <summary>
/// An uploaded enterprise data file for one park and reporting year, processed in the background. All or nothing:
/// either every row is valid and all enterprises and facts are saved together, or nothing is saved and
/// <see cref="ProblemsJson"/> lists every problem row by row. The file is kept in the row, so a restart loses nothing.
/// </summary>
public sealed class EnterpriseImport
{
    /// <summary>Largest accepted upload; 10 MB holds far more rows than any park has enterprises.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    public Guid Id { get; private set; } = Guid.NewGuid();
    public Guid ParkId { get; private set; }
    public int Year { get; private set; }
    public string FileName { get; private set; } = "";
    public ImportFormat Format { get; private set; }
    public byte[] Content { get; private set; } = [];
    public EnterpriseImportStatus Status { get; private set; }
    public int TotalRows { get; private set; }
    public int ProcessedRows { get; private set; }
    public int CreatedEnterprises { get; private set; }
    public int UpdatedEnterprises { get; private set; }

    /// <summary>JSON array of problems (row, column, Vietnamese message key, arguments); null until processed.</summary>
    public string? ProblemsJson { get; private set; }
    public Guid UploadedByUserId { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>How many times a worker has started on it; above 1 means a restart picked it up again.</summary>
    public int Attempts { get; private set; }

    private EnterpriseImport() { }

    /// <exception cref="DomainException">Empty or oversized file, or a year outside 2000–2100.</exception>
    public EnterpriseImport(Guid parkId, int year, string fileName, ImportFormat format, byte[] content, Guid uploadedBy, DateTimeOffset at)
    {
        if (content.Length == 0)
            throw new DomainException("EnterpriseImport.Empty", "Tệp tải lên trống.");
        if (content.Length > MaxBytes)
            throw new DomainException("EnterpriseImport.TooLarge", "Tệp vượt quá 10 MB.");
        if (year is < 2000 or > 2100)
            throw new DomainException("EnterpriseFacts.YearOutOfRange", "Năm báo cáo phải từ 2000 đến 2100.");
        ParkId = parkId;
        Year = year;
        FileName = Path.GetFileName(fileName).Length > 255 ? Path.GetFileName(fileName)[..255] : Path.GetFileName(fileName);
        Format = format;
        Content = content;
        UploadedByUserId = uploadedBy;
        UploadedAt = at;
        Status = EnterpriseImportStatus.Pending;
    }

    public bool IsFinished => Status is EnterpriseImportStatus.Succeeded or EnterpriseImportStatus.Failed;

    public void Succeed(int created, int updated, int rows, DateTimeOffset at)
    {
        (CreatedEnterprises, UpdatedEnterprises, TotalRows, ProcessedRows) = (created, updated, rows, rows);
        ProblemsJson = "[]";
        Status = EnterpriseImportStatus.Succeeded;
        FinishedAt = at;
    }

    public void Fail(string problemsJson, int rows, DateTimeOffset at)
    {
        (TotalRows, ProcessedRows) = (rows, rows);
        ProblemsJson = problemsJson;
        Status = EnterpriseImportStatus.Failed;
        FinishedAt = at;
    }
}
