using Certification.Web.Domain.Mail;
using Certification.Web.Domain.Notifications;
using Certification.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Certification.Web.Data.Configuration;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.Property(n => n.Title).HaveMaxLengthAndRequired(300);
        notification.Property(n => n.Link).HaveMaxLengthAndRequired(1000);
        notification.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        notification.HasOne<OutboxMessage>().WithMany().HasForeignKey(n => n.OutboxMessageId).OnDelete(DeleteBehavior.SetNull);
        // The header's unread count for one user.
        notification.HasIndex(n => new { n.UserId, n.ReadAt });
    }
}
