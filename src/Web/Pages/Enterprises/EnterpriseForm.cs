using System.ComponentModel.DataAnnotations;
using Certification.Web.Domain.Enterprises;

namespace Certification.Web.Pages.Enterprises;

/// <summary>The fields of an enterprise as typed into the Create and Edit forms. Messages are keys of SharedResource.</summary>
public sealed class EnterpriseForm
{
    [Required(ErrorMessage = "Vui lòng nhập {0}.")]
    [StringLength(300, ErrorMessage = "{0} tối đa {1} ký tự.")]
    [Display(Name = "Tên doanh nghiệp")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập {0}.")]
    [RegularExpression(@"^\s*\d{10}(-\d{3})?\s*$", ErrorMessage = "{0}: phải gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số.")]
    [Display(Name = "Mã số thuế")]
    public string? TaxCode { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập {0}.")]
    [StringLength(200, ErrorMessage = "{0} tối đa {1} ký tự.")]
    [Display(Name = "Ngành nghề")]
    public string? Sector { get; set; }

    /// <summary>Blank means not reported, which is not the same as zero workers.</summary>
    [Range(0, 1_000_000, ErrorMessage = "{0} phải từ 0 đến 1.000.000.")]
    [Display(Name = "Số lao động")]
    public int? WorkforceSize { get; set; }

    /// <summary>The tax code as stored; only call once the form is valid. A method, so validation does not read it.</summary>
    public string NormalisedTaxCode() => Domain.Enterprises.TaxCode.Normalise(TaxCode!);

    public static EnterpriseForm From(Enterprise enterprise) => new()
    {
        Name = enterprise.Name,
        TaxCode = enterprise.TaxCode,
        Sector = enterprise.Sector,
        WorkforceSize = enterprise.WorkforceSize,
    };
}
