using Microsoft.EntityFrameworkCore;

namespace Certification.Workflow.Benchmarks;

/// <summary>pgbench's tables (created by <c>pgbench -i</c>) as EF Core sees them, for <see cref="StackFloor"/>.</summary>
internal sealed class PgbenchContext(DbContextOptions<PgbenchContext> options) : DbContext(options)
{
    public DbSet<AccountRow> Accounts => Set<AccountRow>();
    public DbSet<TellerRow> Tellers => Set<TellerRow>();
    public DbSet<BranchRow> Branches => Set<BranchRow>();
    public DbSet<HistoryRow> History => Set<HistoryRow>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<AccountRow>(account =>
        {
            account.ToTable("pgbench_accounts").HasKey(a => a.Aid);
            account.Property(a => a.Aid).HasColumnName("aid");
            account.Property(a => a.Abalance).HasColumnName("abalance");
        });
        model.Entity<TellerRow>(teller =>
        {
            teller.ToTable("pgbench_tellers").HasKey(t => t.Tid);
            teller.Property(t => t.Tid).HasColumnName("tid");
            teller.Property(t => t.Tbalance).HasColumnName("tbalance");
        });
        model.Entity<BranchRow>(branch =>
        {
            branch.ToTable("pgbench_branches").HasKey(b => b.Bid);
            branch.Property(b => b.Bid).HasColumnName("bid");
            branch.Property(b => b.Bbalance).HasColumnName("bbalance");
        });
        model.Entity<HistoryRow>(history =>
        {
            // pgbench_history has no key; EF Core needs one to insert, and nothing here reads the rows back.
            history.ToTable("pgbench_history").HasKey(h => new { h.Tid, h.Aid, h.Mtime });
            history.Property(h => h.Tid).HasColumnName("tid");
            history.Property(h => h.Bid).HasColumnName("bid");
            history.Property(h => h.Aid).HasColumnName("aid");
            history.Property(h => h.Delta).HasColumnName("delta");
            history.Property(h => h.Mtime).HasColumnName("mtime").HasColumnType("timestamp without time zone");
        });
    }

    internal sealed class AccountRow
    {
        public int Aid { get; set; }
        public int Abalance { get; set; }
    }

    internal sealed class TellerRow
    {
        public int Tid { get; set; }
        public int Tbalance { get; set; }
    }

    internal sealed class BranchRow
    {
        public int Bid { get; set; }
        public int Bbalance { get; set; }
    }

    internal sealed record HistoryRow(int Tid, int Bid, int Aid, int Delta, DateTime Mtime);
}
