using Certification.Web.Domain.Evidence;
using Certification.Web.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Certification.Web.Data.Configuration;

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> file)
    {
        file.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        file.Property(f => f.ContentType).HaveMaxLengthAndRequired(100);
        file.Property(f => f.OriginalName).HaveMaxLengthAndRequired(255);
        file.HasOne<Organisation>().WithMany().HasForeignKey(f => f.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        file.HasIndex(f => f.Sha256);
        file.Ignore(f => f.IsLocked);
    }
}
