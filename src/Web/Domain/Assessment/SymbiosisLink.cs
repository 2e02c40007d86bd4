using Certification.Criteria.Inputs;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Domain.Evidence;
using Certification.Web.Domain.Parks;

namespace Certification.Web.Domain.Assessment;

/// <summary>
/// One row of a park's symbiosis registry: an enterprise of the park exchanging or sharing with a partner
/// (Circular 05/2025 Art 2.1 types a–e). The period is half-open: from <see cref="StartDate"/> inclusive to
/// <see cref="EndDate"/> exclusive (the first day it no longer operates); null end = still operating.
/// </summary>
public sealed class SymbiosisLink
{
    public Guid Id { get; private set; } = Guid.NewGuid();
    public Guid ParkId { get; private set; }
    public Guid EnterpriseId { get; private set; }

    /// <summary>Set when the partner is an enterprise of the same park.</summary>
    public Guid? PartnerEnterpriseId { get; private set; }

    /// <summary>The partner's name when it is outside the park (other park, town utility…); optional otherwise.</summary>
    public string? PartnerName { get; private set; }
    public SymbiosisType Type { get; private set; }
    public PartnerLocation PartnerLocation { get; private set; }

    /// <summary>What is exchanged or shared, e.g. "hơi nước thừa từ lò hơi".</summary>
    public string Description { get; private set; } = "";
    public DateOnly StartDate { get; private set; }
    public DateOnly? EndDate { get; private set; }

    /// <summary>The agreement (contract, memorandum) as an evidence file of the park investor or the enterprise.</summary>
    public Guid? AgreementFileId { get; private set; }
    public bool IsDemo { get; private set; }

    private SymbiosisLink() { }

    /// <exception cref="DomainException">When the enterprise is not of the park, a same-park partner is missing or
    /// outside the park, an outside partner has no name, the partner is the enterprise itself, or the agreement file
    /// belongs to neither the park investor nor the enterprise.</exception>
    public SymbiosisLink(Park park, Enterprise enterprise, Enterprise? partner, string? partnerName, SymbiosisType type,
        PartnerLocation location, string description, DateOnly startDate, EvidenceFile? agreement, bool isDemo = false)
    {
        if (enterprise.ParkId != park.Id)
            throw new DomainException("Symbiosis.EnterpriseOutsidePark", "Doanh nghiệp không thuộc khu công nghiệp này.");
        if (location == PartnerLocation.SamePark && partner is null)
            throw new DomainException("Symbiosis.PartnerRequired", "Cần chọn doanh nghiệp đối tác trong cùng khu công nghiệp.");
        if (location == PartnerLocation.SamePark && partner!.ParkId != park.Id)
            throw new DomainException("Symbiosis.PartnerOutsidePark", "Đối tác phải là doanh nghiệp trong cùng khu công nghiệp.");
        if (location != PartnerLocation.SamePark && string.IsNullOrWhiteSpace(partnerName))
            throw new DomainException("Symbiosis.PartnerNameRequired", "Cần nhập tên đối tác ngoài khu công nghiệp.");
        if (partner?.Id == enterprise.Id)
            throw new DomainException("Symbiosis.PartnerIsEnterprise", "Doanh nghiệp không thể cộng sinh với chính mình.");
        if (string.IsNullOrWhiteSpace(description))
            throw new DomainException("Symbiosis.DescriptionRequired", "Cần mô tả nội dung cộng sinh.");
        if (agreement is not null && agreement.OwnerOrganisationId != park.InvestorOrganisationId
            && agreement.OwnerOrganisationId != enterprise.OrganisationId)
            throw new DomainException("Symbiosis.AgreementOfOtherOrganisation",
                "Tệp thỏa thuận phải thuộc chủ đầu tư hạ tầng hoặc doanh nghiệp tham gia cộng sinh.");
        ParkId = park.Id;
        EnterpriseId = enterprise.Id;
        PartnerEnterpriseId = location == PartnerLocation.SamePark ? partner!.Id : null;
        PartnerName = string.IsNullOrWhiteSpace(partnerName) ? null : partnerName.Trim();
        Type = type;
        PartnerLocation = location;
        Description = description.Trim();
        StartDate = startDate;
        AgreementFileId = agreement?.Id;
        IsDemo = isDemo;
    }

    /// <summary>Ends the link: <paramref name="endDate"/> is the first day it no longer operates.</summary>
    /// <exception cref="DomainException">When the end is not after the start or the link has already ended.</exception>
    public void End(DateOnly endDate)
    {
        if (EndDate is not null)
            throw new DomainException("Symbiosis.AlreadyEnded", "Liên kết cộng sinh này đã kết thúc.");
        if (endDate <= StartDate)
            throw new DomainException("Symbiosis.EndBeforeStart", "Ngày kết thúc phải sau ngày bắt đầu.");
        EndDate = endDate;
    }

    /// <summary>The link as the criteria engine reads it; ids are the stored Guids as text.</summary>
    public Criteria.Inputs.SymbiosisLink ToEngineLink() => new()
    {
        Id = Id.ToString(),
        EnterpriseId = EnterpriseId.ToString(),
        PartnerEnterpriseId = PartnerEnterpriseId?.ToString(),
        PartnerName = PartnerName,
        Type = Type,
        PartnerLocation = PartnerLocation,
        StartDate = StartDate,
        EndDate = EndDate,
        EvidenceIds = AgreementFileId is { } file ? [file.ToString()] : [],
    };
}
