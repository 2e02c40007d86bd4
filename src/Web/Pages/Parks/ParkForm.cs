using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Certification.Web.Domain.Parks;
using Certification.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Pages.Parks;

/// <summary>The fields of a park as typed into the Create and Edit forms. Messages are keys of SharedResource.</summary>
public sealed class ParkForm : IValidatableObject
{
    [Required(ErrorMessage = "Vui lòng nhập {0}.")]
    [StringLength(300, ErrorMessage = "{0} tối đa {1} ký tự.")]
    [Display(Name = "Tên khu công nghiệp")]
    public string? Name { get; set; }

    /// <summary>
    /// Text, not decimal: the culture-aware decimal binder would read "250.5" typed in Vietnamese as 2505
    /// (the dot is the thousands separator there). Either "," or "." is taken as the decimal mark, and at most
    /// five integer digits keep the area below 100,000 ha.
    /// </summary>
    [Required(ErrorMessage = "Vui lòng nhập {0}.")]
    [RegularExpression(@"^\s*\d{1,5}([.,]\d{1,2})?\s*$", ErrorMessage = "{0} phải là số lớn hơn 0 và nhỏ hơn 100.000, tối đa 2 chữ số thập phân (ví dụ 250,5).")]
    [Display(Name = "Diện tích (ha)")]
    public string? AreaHectares { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập {0}.")]
    [Display(Name = "Ngày thành lập")]
    public DateOnly? EstablishedOn { get; set; }

    /// <summary>
    /// Text, not the enum: the enum binder's message for an unknown value ("7") cannot name the field.
    /// Keep the allowed names in step with <see cref="ParkEstablishment"/>. A regular expression rather than
    /// [AllowedValues], because MVC localises only the messages of attributes it has an adapter for.
    /// </summary>
    [Required(ErrorMessage = "Vui lòng chọn {0}.")]
    [RegularExpression($"^({nameof(ParkEstablishment.Existing)}|{nameof(ParkEstablishment.NewlyEstablished)})$", ErrorMessage = "Vui lòng chọn {0}.")]
    [Display(Name = "Loại khu công nghiệp")]
    public string? Establishment { get; set; }

    /// <summary>The area in hectares; only call once the form is valid. A method, so validation does not read it.</summary>
    public decimal Area() => decimal.Parse(AreaHectares!.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    /// <summary>The park type; only call once the form is valid.</summary>
    public ParkEstablishment Kind() => Enum.Parse<ParkEstablishment>(Establishment!);

    public static ParkForm From(Park park) => new()
    {
        Name = park.Name,
        AreaHectares = park.AreaHectares.ToString("0.##", CultureInfo.CurrentCulture),
        EstablishedOn = park.EstablishedOn,
        Establishment = park.Establishment.ToString(),
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var clock = validationContext.GetRequiredService<TimeProvider>();
        var l = validationContext.GetRequiredService<IStringLocalizer<SharedResource>>();
        if (EstablishedOn is { } date && !EstablishmentDate.IsPlausible(date, clock))
            yield return new ValidationResult(l["{0} phải từ 01/01/1960 đến hôm nay.", l["Ngày thành lập"]], [nameof(EstablishedOn)]);
    }
}
