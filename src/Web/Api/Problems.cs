using Certification.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Api;

/// <summary>
/// Refusals as ProblemDetails in the user's language. An empty 403 or 404 would be re-executed into the HTML error
/// page, which an API caller cannot read.
/// </summary>
public static class Problems
{
    public static IResult NotFound(IStringLocalizer<SharedResource> l) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: l["Không tìm thấy hoặc bạn không có quyền xem."].Value);

    public static IResult Forbidden(IStringLocalizer<SharedResource> l) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: l["Bạn không có quyền thực hiện thao tác này."].Value);
}
