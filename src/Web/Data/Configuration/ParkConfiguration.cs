using Certification.Web.Domain.Enterprises;
using Certification.Web.Domain.Organisations;
using Certification.Web.Domain.Parks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Certification.Web.Data.Configuration;

internal sealed class ParkConfiguration : IEntityTypeConfiguration<Park>
{
    public void Configure(EntityTypeBuilder<Park> park)
    {
        park.Property(p => p.Name).HaveMaxLengthAndRequired(300);
        park.Property(p => p.AreaHectares).HasPrecision(12, 2);
        park.HasOne<Province>().WithMany().HasForeignKey(p => p.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        park.HasOne<Organisation>().WithMany().HasForeignKey(p => p.InvestorOrganisationId).OnDelete(DeleteBehavior.Restrict);
        park.HasIndex(p => new { p.ProvinceId, p.Name }).IsUnique();
    }
}

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> enterprise)
    {
        enterprise.Property(e => e.Name).HaveMaxLengthAndRequired(300);
        enterprise.Property(e => e.TaxCode).HaveMaxLengthAndRequired(14);
        enterprise.Property(e => e.Sector).HaveMaxLengthAndRequired(200);
        enterprise.HasOne<Park>().WithMany().HasForeignKey(e => e.ParkId).OnDelete(DeleteBehavior.Restrict);
        enterprise.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        enterprise.HasIndex(e => new { e.ParkId, e.TaxCode }).IsUnique();
    }
}
