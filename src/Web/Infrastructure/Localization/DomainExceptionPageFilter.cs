using Certification.Web.Domain;
using Certification.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Infrastructure.Localization;

/// <summary>
/// The one place a page turns a broken business rule into a form error: the page is shown again with the
/// user's input and the message in their language, instead of an error page.
/// </summary>
internal sealed class DomainExceptionPageFilter(IStringLocalizer<SharedResource> l) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is DomainException domain && executed.HandlerInstance is PageModel page)
        {
            page.ModelState.AddModelError(string.Empty, l[domain.Message]);
            executed.Result = page.Page();
            executed.ExceptionHandled = true;
        }
    }
}
