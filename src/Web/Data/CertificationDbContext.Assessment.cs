using Certification.Web.Domain.Assessment;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Data;

public partial class CertificationDbContext
{
    public DbSet<IndicatorSetVersion> IndicatorSetVersions => Set<IndicatorSetVersion>();
    public DbSet<ParkAnswer> ParkAnswers => Set<ParkAnswer>();
    public DbSet<EnterpriseFacts> EnterpriseFacts => Set<EnterpriseFacts>();
    public DbSet<SymbiosisLink> SymbiosisLinks => Set<SymbiosisLink>();
    public DbSet<ParkAssessmentRecord> ParkAssessmentRecords => Set<ParkAssessmentRecord>();
}
