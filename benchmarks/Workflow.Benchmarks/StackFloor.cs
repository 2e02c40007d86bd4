using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Certification.Workflow.Benchmarks;

/// <summary>
/// What this stack can do at best on the server pgbench has just measured: pgbench's own TPC-B-like transaction
/// (update an account, read its balance, update a teller and a branch, insert a history row, commit) run from .NET,
/// first through Npgsql with hand-written SQL, then through EF Core the way the application writes (rows read
/// tracked, changed in memory, one SaveChanges, commit). A workflow step does more than this transaction, so the EF
/// Core rate is a ceiling for the step rate on the same machine.
/// </summary>
internal static class StackFloor
{
    public static async Task<string> MeasureAsync(string connectionString, int clients, int seconds)
    {
        // Statements prepared as the application's connections prepare them (DatabaseRegistration).
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
            builder.MaxAutoPrepare = 100;
        await using var source = new NpgsqlDataSourceBuilder(builder.ConnectionString).Build();
        var options = new DbContextOptionsBuilder<PgbenchContext>().UseNpgsql(source).Options;
        var scale = await ScaleAsync(source);
        var npgsql = await RateAsync(clients, seconds, random => NpgsqlTransactionAsync(source, Draw(random, scale)));
        var efCore = await RateAsync(clients, seconds, random => EfCoreTransactionAsync(options, Draw(random, scale)));
        return string.Create(CultureInfo.InvariantCulture,
            $"npgsql_tps={npgsql.Tps:F1} npgsql_app_cpu_ms={npgsql.CpuMs:F2} efcore_tps={efCore.Tps:F1} efcore_app_cpu_ms={efCore.CpuMs:F2}");
    }

    private sealed record Pick(int Account, int Teller, int Branch, int Delta);

    private static Pick Draw(Random random, int scale) =>
        new(random.Next(1, scale * 100_000 + 1), random.Next(1, scale * 10 + 1), random.Next(1, scale + 1), random.Next(-5000, 5001));

    private static async Task<int> ScaleAsync(NpgsqlDataSource source)
    {
        await using var command = source.CreateCommand("SELECT count(*)::int FROM pgbench_branches");
        return (int)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Runs <paramref name="transaction"/> on <paramref name="clients"/> loops: 5 s of warm-up, then <paramref name="seconds"/> measured.</summary>
    private static async Task<(double Tps, double CpuMs)> RateAsync(int clients, int seconds, Func<Random, Task> transaction)
    {
        await LoopAsync(clients, TimeSpan.FromSeconds(5), transaction);
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var count = await LoopAsync(clients, TimeSpan.FromSeconds(seconds), transaction);
        process.Refresh();
        return (count / clock.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / count);
    }

    private static async Task<long> LoopAsync(int clients, TimeSpan duration, Func<Random, Task> transaction)
    {
        long count = 0;
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var random = new Random(client);
            while (Stopwatch.GetTimestamp() < end)
            {
                await transaction(random);
                Interlocked.Increment(ref count);
            }
        })));
        return count;
    }

    private static async Task NpgsqlTransactionAsync(NpgsqlDataSource source, Pick draw)
    {
        await using var connection = await source.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var sql in (string[])[
            "UPDATE pgbench_accounts SET abalance = abalance + @delta WHERE aid = @account",
            "SELECT abalance FROM pgbench_accounts WHERE aid = @account",
            "UPDATE pgbench_tellers SET tbalance = tbalance + @delta WHERE tid = @teller",
            "UPDATE pgbench_branches SET bbalance = bbalance + @delta WHERE bid = @branch",
            "INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES (@teller, @branch, @account, @delta, CURRENT_TIMESTAMP)"])
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            command.Parameters.AddWithValue("account", draw.Account);
            command.Parameters.AddWithValue("teller", draw.Teller);
            command.Parameters.AddWithValue("branch", draw.Branch);
            command.Parameters.AddWithValue("delta", draw.Delta);
            await command.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    private static async Task EfCoreTransactionAsync(DbContextOptions<PgbenchContext> options, Pick draw)
    {
        await using var db = new PgbenchContext(options);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var account = await db.Accounts.SingleAsync(a => a.Aid == draw.Account);
        account.Abalance += draw.Delta;
        (await db.Tellers.SingleAsync(t => t.Tid == draw.Teller)).Tbalance += draw.Delta;
        (await db.Branches.SingleAsync(b => b.Bid == draw.Branch)).Bbalance += draw.Delta;
        db.History.Add(new PgbenchContext.HistoryRow(draw.Teller, draw.Branch, draw.Account, draw.Delta, DateTime.SpecifyKind(DateTime.UtcNow, DateTimeKind.Unspecified)));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }
}
