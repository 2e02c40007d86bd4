using Certification.Web.Domain.Assessment;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Domain.Evidence;
using Certification.Web.Domain.Parks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Certification.Web.Data.Configuration;

internal sealed class IndicatorSetVersionConfiguration : IEntityTypeConfiguration<IndicatorSetVersion>
{
    public void Configure(EntityTypeBuilder<IndicatorSetVersion> version)
    {
        version.Property(v => v.SetId).HaveMaxLengthAndRequired(100);
        version.Property(v => v.Title).HaveMaxLengthAndRequired(500);
        version.Property(v => v.Json).IsRequired();
        version.HasIndex(v => new { v.SetId, v.Version }).IsUnique();
    }
}

internal sealed class ParkAnswerConfiguration : IEntityTypeConfiguration<ParkAnswer>
{
    public void Configure(EntityTypeBuilder<ParkAnswer> answer)
    {
        answer.Property(a => a.IndicatorCode).HaveMaxLengthAndRequired(40);
        answer.Property(a => a.NumberValue).HasPrecision(20, 4);
        answer.Property(a => a.Part).HasPrecision(20, 4);
        answer.Property(a => a.Whole).HasPrecision(20, 4);
        answer.Property(a => a.Unit).HasMaxLength(40);
        answer.Property(a => a.Note).HasMaxLength(2000);
        answer.HasOne<Park>().WithMany().HasForeignKey(a => a.ParkId).OnDelete(DeleteBehavior.Restrict);
        answer.HasIndex(a => new { a.ParkId, a.IndicatorCode }).IsUnique();
        answer.HasMany(a => a.Evidence).WithOne().HasForeignKey(e => e.ParkAnswerId).OnDelete(DeleteBehavior.Cascade);
        answer.Navigation(a => a.Evidence).HasField("_evidence").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ParkAnswerEvidenceConfiguration : IEntityTypeConfiguration<ParkAnswerEvidence>
{
    public void Configure(EntityTypeBuilder<ParkAnswerEvidence> link)
    {
        link.HasKey(e => new { e.ParkAnswerId, e.EvidenceFileId });
        link.HasOne<EvidenceFile>().WithMany().HasForeignKey(e => e.EvidenceFileId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EnterpriseFactsConfiguration : IEntityTypeConfiguration<EnterpriseFacts>
{
    public void Configure(EntityTypeBuilder<EnterpriseFacts> facts)
    {
        foreach (var saving in new[] { "ElectricityKwh", "FuelTonnes", "Co2Tonnes", "WaterCubicMetres", "WastewaterCubicMetres",
                     "WasteReusedOrRecycledTonnes", "MaterialsTonnes", "ChemicalsTonnes", "Vnd" })
            facts.Property<decimal?>(saving).HasPrecision(20, 3);
        facts.Property(f => f.IsoSystems).HasMaxLength(200);
        facts.HasOne<Enterprise>().WithMany().HasForeignKey(f => f.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        facts.HasIndex(f => new { f.EnterpriseId, f.Year }).IsUnique();
    }
}

internal sealed class SymbiosisLinkConfiguration : IEntityTypeConfiguration<SymbiosisLink>
{
    public void Configure(EntityTypeBuilder<SymbiosisLink> link)
    {
        link.Property(l => l.PartnerName).HasMaxLength(300);
        link.Property(l => l.Description).HaveMaxLengthAndRequired(1000);
        link.HasOne<Park>().WithMany().HasForeignKey(l => l.ParkId).OnDelete(DeleteBehavior.Restrict);
        link.HasOne<Enterprise>().WithMany().HasForeignKey(l => l.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        link.HasOne<Enterprise>().WithMany().HasForeignKey(l => l.PartnerEnterpriseId).OnDelete(DeleteBehavior.Restrict);
        link.HasOne<EvidenceFile>().WithMany().HasForeignKey(l => l.AgreementFileId).OnDelete(DeleteBehavior.Restrict);
        link.HasIndex(l => l.ParkId);
    }
}

internal sealed class ParkAssessmentRecordConfiguration : IEntityTypeConfiguration<ParkAssessmentRecord>
{
    public void Configure(EntityTypeBuilder<ParkAssessmentRecord> record)
    {
        record.Property(r => r.SetId).HaveMaxLengthAndRequired(100);
        record.Property(r => r.CompliancePercent).HasPrecision(5, 2);
        record.Property(r => r.ResultJson).HasColumnType("jsonb").IsRequired();
        record.HasOne<Park>().WithMany().HasForeignKey(r => r.ParkId).OnDelete(DeleteBehavior.Restrict);
        record.HasIndex(r => new { r.ParkId, r.RecordedAt });
    }
}
