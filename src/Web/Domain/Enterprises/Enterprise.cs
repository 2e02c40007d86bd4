namespace Certification.Web.Domain.Enterprises;

/// <summary>A tenant enterprise of a park. The park investor may load its data; the enterprise's own users may too.</summary>
public sealed class Enterprise
{
    public Guid Id { get; private set; } = Guid.NewGuid();
    public string Name { get; private set; } = "";
    public string TaxCode { get; private set; } = "";
    public string Sector { get; private set; } = "";

    /// <summary>Number of workers; null when not reported (indicators over "&gt; 100 workers" then count it as not reported).</summary>
    public int? WorkforceSize { get; private set; }
    public Guid ParkId { get; private set; }

    /// <summary>The enterprise's own organisation, once it has user accounts; null while only the investor manages it.</summary>
    public Guid? OrganisationId { get; private set; }
    public bool IsDemo { get; private set; }

    private Enterprise() { }

    public Enterprise(string name, string taxCode, string sector, int? workforceSize, Guid parkId,
        Guid? organisationId = null, bool isDemo = false)
    {
        ParkId = parkId;
        OrganisationId = organisationId;
        IsDemo = isDemo;
        Update(name, taxCode, sector, workforceSize);
    }

    public void Update(string name, string taxCode, string sector, int? workforceSize)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException("Enterprise.NameRequired", "Tên doanh nghiệp là bắt buộc.");
        if (workforceSize is < 0)
            throw new DomainException("Enterprise.WorkforceNegative", "Số lao động không được âm.");
        Name = name.Trim();
        TaxCode = Enterprises.TaxCode.Normalise(taxCode);
        Sector = sector.Trim();
        WorkforceSize = workforceSize;
    }
}
