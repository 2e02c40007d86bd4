using Certification.Web.Domain.Certificates;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Data;

public partial class CertificationDbContext
{
    public DbSet<Certificate> Certificates => Set<Certificate>();
}
