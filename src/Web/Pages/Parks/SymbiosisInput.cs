using System.ComponentModel.DataAnnotations;

namespace Certification.Web.Pages.Parks;

/// <summary>A new symbiosis link as typed into the registry form. Enum values are text so an unknown one can name its field.</summary>
public sealed class SymbiosisInput
{
    [Display(Name = "Doanh nghiệp trong KCN")]
    public Guid? EnterpriseId { get; set; }

    [Display(Name = "Vị trí đối tác")]
    public string? PartnerLocation { get; set; }

    [Display(Name = "Doanh nghiệp đối tác")]
    public Guid? PartnerEnterpriseId { get; set; }

    [Display(Name = "Tên đối tác")]
    [StringLength(300, ErrorMessage = "{0} tối đa {1} ký tự.")]
    public string? PartnerName { get; set; }

    [Display(Name = "Loại cộng sinh")]
    public string? Type { get; set; }

    [Display(Name = "Nội dung cộng sinh")]
    [StringLength(1000, ErrorMessage = "{0} tối đa {1} ký tự.")]
    public string? Description { get; set; }

    [Display(Name = "Ngày bắt đầu")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "Tệp thỏa thuận")]
    public Guid? AgreementFileId { get; set; }

    public IFormFile? Upload { get; set; }
}
