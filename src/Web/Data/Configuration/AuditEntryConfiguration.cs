using Certification.Web.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Certification.Web.Data.Configuration;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.HasKey(e => e.Sequence);
        entry.Property(e => e.Sequence).ValueGeneratedNever();
        entry.Property(e => e.ActorName).HaveMaxLengthAndRequired(256);
        entry.Property(e => e.Action).HaveMaxLengthAndRequired(20);
        entry.Property(e => e.EntityType).HaveMaxLengthAndRequired(100);
        entry.Property(e => e.EntityId).HaveMaxLengthAndRequired(200);
        entry.Property(e => e.Before).HasColumnType("text");
        entry.Property(e => e.After).HasColumnType("text");
        entry.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength().IsRequired();
        entry.Property(e => e.Hash).HasMaxLength(64).IsFixedLength().IsRequired();
        entry.HasIndex(e => new { e.EntityType, e.EntityId });
    }
}
