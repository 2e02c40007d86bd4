using Certification.Web.Domain.Mail;
using Certification.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Certification.Web.Data.Configuration;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.Property(m => m.IdempotencyKey).HaveMaxLengthAndRequired(200);
        message.HasIndex(m => m.IdempotencyKey).IsUnique();
        message.Property(m => m.RecipientEmail).HaveMaxLengthAndRequired(256);
        message.Property(m => m.RecipientName).HaveMaxLengthAndRequired(200);
        message.Property(m => m.Culture).HaveMaxLengthAndRequired(5);
        message.Property(m => m.Template).HaveMaxLengthAndRequired(60);
        message.Property(m => m.Subject).HaveMaxLengthAndRequired(300);
        message.Property(m => m.TextBody).IsRequired();
        message.Property(m => m.HtmlBody).IsRequired();
        message.Property(m => m.Link).HaveMaxLengthAndRequired(1000);
        message.Property(m => m.LastError).HasMaxLength(2000);
        message.HasOne<AppUser>().WithMany().HasForeignKey(m => m.RecipientUserId).OnDelete(DeleteBehavior.SetNull);
        // The delivery job asks for pending messages whose next attempt is due.
        message.HasIndex(m => new { m.Status, m.NextAttemptAt });
    }
}
