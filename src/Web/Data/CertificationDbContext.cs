using Certification.Web.Domain.Audit;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Domain.Evidence;
using Certification.Web.Domain.Organisations;
using Certification.Web.Domain.Parks;
using Certification.Web.Infrastructure.Audit;
using Certification.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Data;

/// <summary>
/// The one database context. Partial so a feature can add its sets in its own file.
/// Every save also appends hash-chained audit rows for what it changed, in the same transaction.
/// </summary>
public partial class CertificationDbContext(DbContextOptions<CertificationDbContext> options, AuditActor actor, TimeProvider clock)
    : IdentityDbContext<AppUser, AppRole, Guid>(options)
{
    public DbSet<Province> Provinces => Set<Province>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Park> Parks => Set<Park>();
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CertificationDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Status and kind enums are stored as text so the database reads without the code.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new InvalidOperationException("Use SaveChangesAsync: it writes the audit trail in the same transaction.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var changes = AuditCapture.Capture(ChangeTracker);
        // Capture has just detected every change: the saves below need not walk the tracked graph (and compare every
        // jsonb column) again.
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            if (changes.Count == 0)
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await using var ownTransaction = Database.CurrentTransaction is null
                ? await Database.BeginTransactionAsync(cancellationToken)
                : null;
            int written;
            if (AuditChain.KeysKnownBeforeSave(changes))
            {
                // The usual case: the audit rows go in the same batch as the changes they record.
                var rows = AuditChain.Append(this, changes, await AuditChain.LockHeadAsync(this, cancellationToken), actor, clock.GetUtcNow());
                try
                {
                    written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken) - changes.Count;
                }
                catch
                {
                    // Nothing was written; a caller that corrects and saves again gets rows from the then head.
                    foreach (var row in rows)
                        Entry(row).State = EntityState.Detached;
                    throw;
                }
            }
            else
            {
                written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                AuditChain.Append(this, changes, await AuditChain.LockHeadAsync(this, cancellationToken), actor, clock.GetUtcNow());
                await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
            }
            if (ownTransaction is not null)
                await ownTransaction.CommitAsync(cancellationToken);
            return written;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    /// <summary>
    /// The entities of <typeparamref name="T"/> this unit of work has added and not saved yet, without first detecting
    /// changes in every tracked entity as <c>DbSet.Local</c> does (which compares each jsonb column).
    /// </summary>
    public List<T> AddedWithoutDetecting<T>() where T : class
    {
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return ChangeTracker.Entries<T>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }
}
