namespace Certification.Web.Domain.Monitoring;

/// <summary>
/// The land-use part of form A.4 at the end of the reporting year, in hectares: the park's total area, the industrial
/// land in it, and the industrial land leased to tenants. 0 ≤ leased ≤ industrial ≤ total.
/// </summary>
public sealed record LandUse(decimal TotalHectares, decimal IndustrialHectares, decimal LeasedHectares)
{
    /// <summary>Leased ÷ industrial land × 100, rounded to 0.1; null when there is no industrial land.</summary>
    public decimal? OccupancyPercent => IndustrialHectares > 0 ? Math.Round(LeasedHectares / IndustrialHectares * 100m, 1) : null;

    /// <exception cref="DomainException">When an area is negative or the parts exceed their whole.</exception>
    public void Validate()
    {
        if (TotalHectares <= 0)
            throw new DomainException("AnnualReport.TotalAreaPositive", "Tổng diện tích khu công nghiệp phải lớn hơn 0 ha.");
        if (IndustrialHectares < 0 || IndustrialHectares > TotalHectares)
            throw new DomainException("AnnualReport.IndustrialAreaWithinTotal", "Diện tích đất công nghiệp phải từ 0 đến tổng diện tích.");
        if (LeasedHectares < 0 || LeasedHectares > IndustrialHectares)
            throw new DomainException("AnnualReport.LeasedAreaWithinIndustrial", "Diện tích đã cho thuê phải từ 0 đến diện tích đất công nghiệp.");
    }
}
