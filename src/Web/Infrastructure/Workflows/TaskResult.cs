using Certification.Workflows.Processes;

namespace Certification.Web.Infrastructure.Workflows;

/// <summary>Why a task action was not carried out. Pages show <see cref="TaskResult.Message"/>; the API maps the kind to a status.</summary>
public enum TaskRefusal
{
    /// <summary>No such application or task within the user's reach (404).</summary>
    NotFound,

    /// <summary>The user is not in the task's candidate group (403).</summary>
    NotInGroup,

    /// <summary>The task was already completed, by this user or another (409).</summary>
    AlreadyDone,

    /// <summary>Someone else changed the application meanwhile; nothing was saved (409).</summary>
    Reload,

    /// <summary>The input breaks a rule; <see cref="TaskResult.Field"/> names the field when there is one (400/422).</summary>
    Invalid,

    /// <summary>The application has an open incident an administrator must retry first (409).</summary>
    Faulted,
}

/// <summary>The answer to a task action: done, or refused with a Vietnamese message (a SharedResource key) and its arguments.</summary>
public sealed record TaskResult(TaskRefusal? Refusal, string Message, string? Field = null, params object[] Arguments)
{
    public bool Succeeded => Refusal is null;

    public static readonly TaskResult Done = new(null, "");

    public const string AlreadyDoneMessage = "Bước này đã được xử lý.";
    public const string ReloadMessage = "Hồ sơ vừa được người khác cập nhật, vui lòng tải lại.";
    public const string NotFoundMessage = "Không tìm thấy hoặc bạn không có quyền xem.";
    public const string NotInGroupMessage = "Bước này không thuộc nhiệm vụ của bạn.";
    public const string FaultedMessage = "Hồ sơ đang gặp sự cố kỹ thuật, quản trị viên cần xử lý trước.";
    public const string OutcomeNotAllowedMessage = "Quyết định không hợp lệ cho bước này.";

    /// <summary>The message for an outcome sent without the data it requires, naming what is missing.</summary>
    public static string MissingDataMessage(string dataKey) => dataKey switch
    {
        ProcessDataKeys.MissingItems => "Vui lòng nêu những thành phần hồ sơ còn thiếu.",
        ProcessDataKeys.RefusalReasons => "Vui lòng nêu lý do từ chối.",
        ProcessDataKeys.SupplementRequest => "Vui lòng nêu nội dung cần bổ sung.",
        _ => "Vui lòng chuyển ít nhất một chỉ tiêu cho cơ quan thẩm định.",
    };
}
