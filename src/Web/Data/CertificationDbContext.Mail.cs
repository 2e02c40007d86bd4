using Certification.Web.Domain.Mail;
using Certification.Web.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Data;

public partial class CertificationDbContext
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<Notification> Notifications => Set<Notification>();
}
