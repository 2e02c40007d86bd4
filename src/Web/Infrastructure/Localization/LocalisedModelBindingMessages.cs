using Certification.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Certification.Web.Infrastructure.Localization;

/// <summary>Binding failures ("abc" for a number, a missing value) name the field in the user's language.</summary>
internal sealed class LocalisedModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var l = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => l["Giá trị '{0}' không hợp lệ cho {1}.", value, field]);
        messages.SetValueIsInvalidAccessor(value => l["Giá trị '{0}' không hợp lệ.", value]);
        messages.SetValueMustBeANumberAccessor(field => l["{0} phải là một số.", field]);
        messages.SetMissingBindRequiredValueAccessor(field => l["Thiếu giá trị cho {0}.", field]);
        messages.SetMissingKeyOrValueAccessor(() => l["Thiếu giá trị."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => l["Yêu cầu không có nội dung."]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["Giá trị '{0}' không hợp lệ.", value]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["Giá trị không hợp lệ."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => l["Giá trị phải là một số."]);
        messages.SetUnknownValueIsInvalidAccessor(field => l["Giá trị không hợp lệ cho {0}.", field]);
        messages.SetValueMustNotBeNullAccessor(field => l["Vui lòng nhập {0}.", field]);
    }
}
