using System.Globalization;
using Certification.Web.Domain;
using Certification.Web.Resources;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Infrastructure;

/// <summary>
/// The one handler that maps errors to answers. API: ProblemDetails (422 broken rule, 409 someone else changed it,
/// 400 malformed request). Pages: the error page. Unexpected errors are logged, never swallowed.
/// </summary>
public sealed class ProblemHandling(IStringLocalizer<SharedResource> l, IProblemDetailsService problems, ILogger<ProblemHandling> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // This handler sits outside request localisation, whose culture is undone as the exception unwinds;
        // the feature it left on the request still says which language the user reads.
        if (context.Features.Get<IRequestCultureFeature>() is { } requested)
        {
            CultureInfo.CurrentCulture = requested.RequestCulture.Culture;
            CultureInfo.CurrentUICulture = requested.RequestCulture.UICulture;
        }
        var (status, title) = exception switch
        {
            DomainException domain => (StatusCodes.Status422UnprocessableEntity, l[domain.Message].Value),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, l["Dữ liệu vừa được người khác thay đổi. Vui lòng tải lại trang."].Value),
            BadHttpRequestException bad => (bad.StatusCode, l["Yêu cầu không hợp lệ."].Value),
            _ => (StatusCodes.Status500InternalServerError, l["Đã xảy ra lỗi. Vui lòng thử lại sau."].Value),
        };
        if (status >= 500)
            logger.LogError(exception, "Unhandled error on {Path}", context.Features.Get<IExceptionHandlerPathFeature>()?.Path);
        // By now the request path may already be the error page's; the feature keeps the one that failed.
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path;
        if (!path.StartsWith("/api", StringComparison.OrdinalIgnoreCase) && status >= 500)
            return false; // pages fall through to the /Error page
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title },
        });
    }
}

public static class ProblemHandlingRegistration
{
    public static void UseProblemHandling(this WebApplication app)
    {
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
    }
}
