using System.Globalization;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Resources;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Infrastructure.Localization;

public static class LocalisationRegistration
{
    public static readonly CultureInfo[] Supported = [new("vi"), new("en")];

    public static void AddLocalisedPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        // Vietnamese letters are written as they are, not as &#x...; entities.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddRazorPages(options => options.Conventions.AllowAnonymousToFolder("/Public"))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)))
            .AddMvcOptions(options => options.Filters.Add<DomainExceptionPageFilter>());
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>, LocalisedModelBindingMessages>();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("vi");
            options.SupportedCultures = Supported;
            options.SupportedUICultures = Supported;
            // The cookie set by the language switch wins; otherwise the signed-in user's saved choice; otherwise Vietnamese.
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new CustomRequestCultureProvider(context =>
                {
                    var culture = context.User.FindFirst(AppClaims.Culture)?.Value;
                    return Task.FromResult(culture is null ? null : new ProviderCultureResult(culture));
                }),
            ];
        });
    }
}
