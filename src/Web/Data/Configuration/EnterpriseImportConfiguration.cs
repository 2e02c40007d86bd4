using Certification.Web.Domain.Enterprises;
using Certification.Web.Domain.Parks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Certification.Web.Data.Configuration;

internal sealed class EnterpriseImportConfiguration : IEntityTypeConfiguration<EnterpriseImport>
{
    public void Configure(EntityTypeBuilder<EnterpriseImport> import)
    {
        import.Property(i => i.FileName).HaveMaxLengthAndRequired(255);
        import.Property(i => i.Content).IsRequired();
        import.Property(i => i.ProblemsJson).HasColumnType("jsonb");
        import.HasOne<Park>().WithMany().HasForeignKey(i => i.ParkId).OnDelete(DeleteBehavior.Cascade);
        import.HasIndex(i => new { i.ParkId, i.UploadedAt });
        import.HasIndex(i => i.Status);
        import.Ignore(i => i.IsFinished);
    }
}
