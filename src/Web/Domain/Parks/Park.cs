namespace Certification.Web.Domain.Parks;

public sealed class Park
{
    public Guid Id { get; private set; } = Guid.NewGuid();
    public string Name { get; private set; } = "";
    public Guid ProvinceId { get; private set; }
    public Guid InvestorOrganisationId { get; private set; }

    /// <summary>Area in hectares, greater than zero.</summary>
    public decimal AreaHectares { get; private set; }
    public DateOnly EstablishedOn { get; private set; }
    public ParkEstablishment Establishment { get; private set; }
    public bool IsDemo { get; private set; }

    private Park() { }

    public Park(string name, Guid provinceId, Guid investorOrganisationId, decimal areaHectares,
        DateOnly establishedOn, ParkEstablishment establishment, bool isDemo = false)
    {
        ProvinceId = provinceId;
        InvestorOrganisationId = investorOrganisationId;
        IsDemo = isDemo;
        Update(name, areaHectares, establishedOn, establishment);
    }

    public void Update(string name, decimal areaHectares, DateOnly establishedOn, ParkEstablishment establishment)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException("Park.NameRequired", "Tên khu công nghiệp là bắt buộc.");
        if (areaHectares <= 0)
            throw new DomainException("Park.AreaPositive", "Diện tích phải lớn hơn 0 ha.");
        Name = name.Trim();
        AreaHectares = areaHectares;
        EstablishedOn = establishedOn;
        Establishment = establishment;
    }
}
