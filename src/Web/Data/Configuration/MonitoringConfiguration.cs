using Certification.Web.Domain.Certificates;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Domain.Evidence;
using Certification.Web.Domain.Monitoring;
using Certification.Web.Domain.Organisations;
using Certification.Web.Domain.Parks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Certification.Web.Data.Configuration;

internal sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> report)
    {
        report.Property(r => r.TotalHectares).HasPrecision(12, 2);
        report.Property(r => r.IndustrialHectares).HasPrecision(12, 2);
        report.Property(r => r.LeasedHectares).HasPrecision(12, 2);
        report.Property(r => r.LegalCompliance).HaveMaxLengthAndRequired(8000);
        report.Property(r => r.RecpResults).HaveMaxLengthAndRequired(8000);
        report.Property(r => r.SymbiosisResults).HaveMaxLengthAndRequired(8000);
        report.Property(r => r.ReturnReason).HasMaxLength(4000);
        report.Property(r => r.Evaluation!).IsJson();
        report.Ignore(r => r.LandUse);
        report.HasOne<Park>().WithMany().HasForeignKey(r => r.ParkId).OnDelete(DeleteBehavior.Restrict);
        report.HasOne<Enterprise>().WithMany().HasForeignKey(r => r.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        report.HasIndex(r => new { r.SubjectId, r.ReportingYear, r.Revision }).IsUnique();
        report.HasMany(r => r.Evidence).WithOne().HasForeignKey(e => e.AnnualReportId).OnDelete(DeleteBehavior.Cascade);
        report.Navigation(r => r.Evidence).HasField("_evidence").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class AnnualReportEvidenceConfiguration : IEntityTypeConfiguration<AnnualReportEvidence>
{
    public void Configure(EntityTypeBuilder<AnnualReportEvidence> link)
    {
        link.HasKey(e => new { e.AnnualReportId, e.EvidenceFileId });
        link.HasOne<EvidenceFile>().WithMany().HasForeignKey(e => e.EvidenceFileId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WatchEntryConfiguration : IEntityTypeConfiguration<WatchEntry>
{
    public void Configure(EntityTypeBuilder<WatchEntry> entry)
    {
        entry.Property(e => e.FailedCriteria).IsJson();
        entry.Property(e => e.NoticeText).HasMaxLength(8000);
        entry.Property(e => e.DecisionNote).HasMaxLength(4000);
        entry.HasOne<Park>().WithMany().HasForeignKey(e => e.ParkId).OnDelete(DeleteBehavior.Restrict);
        entry.HasOne<Enterprise>().WithMany().HasForeignKey(e => e.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        entry.HasOne<Province>().WithMany().HasForeignKey(e => e.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        entry.HasOne<Certificate>().WithMany().HasForeignKey(e => e.CertificateId).OnDelete(DeleteBehavior.Restrict);
        entry.HasOne<AnnualReport>().WithMany().HasForeignKey(e => e.AnnualReportId).OnDelete(DeleteBehavior.Restrict);
        entry.HasOne<AnnualReport>().WithMany().HasForeignKey(e => e.RemedyReportId).OnDelete(DeleteBehavior.Restrict);
        // At most one open entry per park or enterprise: the daily check and a failed re-evaluation may race.
        entry.HasIndex(e => e.SubjectId).IsUnique().HasFilter("\"Status\" IN ('Watching', 'Noticed', 'RevocationProposed')")
            .HasDatabaseName("IX_WatchEntries_SubjectId_Open");
        entry.HasIndex(e => new { e.ProvinceId, e.Status });
    }
}
