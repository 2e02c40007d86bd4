using Certification.Web.Domain.Applications;
using Certification.Web.Domain.Calendar;
using Certification.Web.Infrastructure.Workflows;
using Certification.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Data;

public partial class CertificationDbContext
{
    public DbSet<CertificationApplication> Applications => Set<CertificationApplication>();
    public DbSet<CertificateCounter> CertificateCounters => Set<CertificateCounter>();
    public DbSet<WorkflowInstance> WorkflowInstances => Set<WorkflowInstance>();
    public DbSet<WorkflowTask> WorkflowTasks => Set<WorkflowTask>();
    public DbSet<ProcessDefinitionVersion> ProcessDefinitionVersions => Set<ProcessDefinitionVersion>();

    /// <summary>The administrator-maintained holiday table the working-day clocks skip.</summary>
    public DbSet<CalendarHoliday> PublicHolidays => Set<CalendarHoliday>();
}
