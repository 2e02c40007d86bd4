using Certification.Web.Domain.Applications;
using Certification.Web.Domain.Calendar;
using Certification.Web.Domain.Certificates;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Domain.Evidence;
using Certification.Web.Domain.Organisations;
using Certification.Web.Domain.Parks;
using Certification.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Certification.Web.Data.Configuration;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<CertificationApplication>
{
    public void Configure(EntityTypeBuilder<CertificationApplication> application)
    {
        application.ToTable("Applications");
        application.Property(a => a.Status).HaveMaxLengthAndRequired(40);
        application.Property(a => a.MissingItems).HasMaxLength(4000);
        application.Property(a => a.RefusalReasons).HasMaxLength(4000);
        application.Property(a => a.CertificateNumber).HasMaxLength(60);
        application.Property(a => a.CriteriaSetId).HasMaxLength(100);
        application.Property(a => a.CriteriaSetVersion).HasMaxLength(40);
        application.HasOne<Province>().WithMany().HasForeignKey(a => a.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        application.HasOne<Park>().WithMany().HasForeignKey(a => a.ParkId).OnDelete(DeleteBehavior.Restrict);
        application.HasOne<Enterprise>().WithMany().HasForeignKey(a => a.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        application.HasOne<Organisation>().WithMany().HasForeignKey(a => a.ApplicantOrganisationId).OnDelete(DeleteBehavior.Restrict);
        application.HasOne<WorkflowInstance>().WithOne().HasForeignKey<CertificationApplication>(a => a.WorkflowInstanceId).OnDelete(DeleteBehavior.Restrict);
        application.HasOne<Certificate>().WithMany().HasForeignKey(a => a.RenewsCertificateId).OnDelete(DeleteBehavior.Restrict);
        application.Ignore(a => a.IsRecertification);
        application.HasIndex(a => new { a.ProvinceId, a.Status });
        application.HasIndex(a => a.CertificateNumber).IsUnique();
        application.OwnsMany(a => a.Documents, document =>
        {
            document.ToTable("DossierDocuments");
            document.WithOwner().HasForeignKey("ApplicationId");
            document.HasKey(d => d.Id);
            document.Property(d => d.Id).ValueGeneratedNever();
            document.Property(d => d.IndicatorCode).HasMaxLength(40);
            document.HasOne<EvidenceFile>().WithMany().HasForeignKey(d => d.EvidenceFileId).OnDelete(DeleteBehavior.Restrict);
        });
        application.Navigation(a => a.Documents).UsePropertyAccessMode(PropertyAccessMode.Field);
        application.OwnsMany(a => a.Routes, route =>
        {
            route.ToTable("IndicatorRoutes");
            route.WithOwner().HasForeignKey("ApplicationId");
            route.HasKey(r => r.Id);
            route.Property(r => r.Id).ValueGeneratedNever();
            route.Property(r => r.IndicatorCode).HaveMaxLengthAndRequired(100);
            route.Property(r => r.Decision).HasMaxLength(40);
            route.Property(r => r.Comment).HasMaxLength(4000);
            route.HasOne<Organisation>().WithMany().HasForeignKey(r => r.ReviewingBodyId).OnDelete(DeleteBehavior.Restrict);
            route.HasIndex(r => r.ReviewingBodyId);
        });
        application.Navigation(a => a.Routes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CertificateCounterConfiguration : IEntityTypeConfiguration<CertificateCounter>
{
    public void Configure(EntityTypeBuilder<CertificateCounter> counter)
    {
        counter.HasKey(c => new { c.ProvinceId, c.Kind, c.Year });
        counter.Property(c => c.LastNumber).IsConcurrencyToken();
        counter.HasOne<Province>().WithMany().HasForeignKey(c => c.ProvinceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CalendarHolidayConfiguration : IEntityTypeConfiguration<CalendarHoliday>
{
    public void Configure(EntityTypeBuilder<CalendarHoliday> holiday)
    {
        holiday.ToTable("PublicHolidays");
        holiday.HasKey(h => h.Date);
        holiday.Property(h => h.Name).HaveMaxLengthAndRequired(200);
    }
}
