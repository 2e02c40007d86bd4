using Certification.Web.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Data;

public partial class CertificationDbContext
{
    public DbSet<AnnualReport> AnnualReports => Set<AnnualReport>();
    public DbSet<WatchEntry> WatchEntries => Set<WatchEntry>();
}
