using Certification.Web.Domain.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Data;

public partial class CertificationDbContext
{
    public DbSet<EnterpriseImport> EnterpriseImports => Set<EnterpriseImport>();
}
