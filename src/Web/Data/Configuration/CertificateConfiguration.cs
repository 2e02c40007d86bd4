using Certification.Web.Domain.Certificates;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Domain.Evidence;
using Certification.Web.Domain.Organisations;
using Certification.Web.Domain.Parks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Certification.Web.Data.Configuration;

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> certificate)
    {
        certificate.Property(c => c.Number).HaveMaxLengthAndRequired(60);
        certificate.HasIndex(c => c.Number).IsUnique();
        certificate.Property(c => c.SubjectName).HaveMaxLengthAndRequired(300);
        certificate.Property(c => c.IssuerName).HaveMaxLengthAndRequired(300);
        certificate.Property(c => c.LegalBasis).HaveMaxLengthAndRequired(1000);
        certificate.Property(c => c.VerificationCode).HasMaxLength(24).IsFixedLength().IsRequired();
        certificate.HasIndex(c => c.VerificationCode).IsUnique();
        certificate.Property(c => c.RevocationReason).HasMaxLength(2000);
        certificate.Property(c => c.ReplacedByNumber).HasMaxLength(60);
        certificate.HasOne<Province>().WithMany().HasForeignKey(c => c.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        certificate.HasOne<Park>().WithMany().HasForeignKey(c => c.ParkId).OnDelete(DeleteBehavior.Restrict);
        certificate.HasOne<Enterprise>().WithMany().HasForeignKey(c => c.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        certificate.HasOne<EvidenceFile>().WithMany().HasForeignKey(c => c.PdfFileId).OnDelete(DeleteBehavior.Restrict);
        certificate.HasIndex(c => new { c.ProvinceId, c.Kind });
    }
}
