using Certification.Web.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Certification.Web.Data.Configuration;

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> province)
    {
        province.Property(p => p.Code).HaveMaxLengthAndRequired(10);
        province.Property(p => p.Name).HaveMaxLengthAndRequired(200);
        province.HasIndex(p => p.Code).IsUnique();
    }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> organisation)
    {
        organisation.Property(o => o.Name).HaveMaxLengthAndRequired(300);
        organisation.Property(o => o.ReviewingBodyCode).HasMaxLength(20);
        organisation.HasOne<Province>().WithMany().HasForeignKey(o => o.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        organisation.HasIndex(o => o.ReviewingBodyCode);
    }
}
