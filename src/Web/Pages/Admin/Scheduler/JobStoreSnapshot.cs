using System.Data.Common;
using Certification.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Pages.Admin.Scheduler;

/// <summary>
/// What the clustered Quartz job store holds, read straight from its qrtz_* tables so the page shows the whole cluster
/// (and works on an instance whose own scheduler is off). Quartz stores instants as UTC ticks and run times as ticks.
/// If Quartz's schema changes (a new 0006x script), check the columns read here.
/// </summary>
public sealed class JobStoreSnapshot
{
    public sealed record Node(string InstanceName, DateTimeOffset LastCheckIn, TimeSpan CheckInInterval);
    public sealed record TriggerRow(string Job, string Trigger, string State, DateTimeOffset? NextFire, DateTimeOffset? PreviousFire);
    public sealed record RunRow(string Job, string Node, DateTimeOffset FiredAt, TimeSpan Duration, bool Succeeded, string? Error);

    public IReadOnlyList<Node> Nodes { get; private init; } = [];
    public IReadOnlyList<TriggerRow> Triggers { get; private init; } = [];
    public IReadOnlyList<RunRow> RecentRuns { get; private init; } = [];
    public IReadOnlyList<RunRow> RecentFailures { get; private init; } = [];

    public static async Task<JobStoreSnapshot> ReadAsync(CertificationDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return new JobStoreSnapshot
            {
                Nodes = await ReadAsync(connection, "SELECT instance_name, last_checkin_time, checkin_interval FROM qrtz_scheduler_state ORDER BY instance_name",
                    r => new Node(r.GetString(0), Instant(r.GetInt64(1)), TimeSpan.FromMilliseconds(r.GetInt64(2))), cancellationToken),
                Triggers = await ReadAsync(connection, """
                    SELECT job_group || '.' || job_name, trigger_group || '.' || trigger_name, trigger_state, next_fire_time, prev_fire_time
                    FROM qrtz_triggers ORDER BY next_fire_time NULLS LAST, trigger_group, trigger_name
                    """,
                    r => new TriggerRow(r.GetString(0), r.GetString(1), r.GetString(2), OptionalInstant(r, 3), OptionalInstant(r, 4)), cancellationToken),
                RecentRuns = await ReadAsync(connection, RunsSql("true"), Run, cancellationToken),
                RecentFailures = await ReadAsync(connection, RunsSql("NOT succeeded"), Run, cancellationToken),
            };
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string RunsSql(string filter) => $"""
        SELECT job_group || '.' || job_name, instance_name, fired_time, run_time, succeeded, error_message
        FROM qrtz_execution_history WHERE {filter} ORDER BY fired_time DESC LIMIT 20
        """;

    private static RunRow Run(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), Instant(r.GetInt64(2)), TimeSpan.FromTicks(r.GetInt64(3)), r.GetBoolean(4), r.IsDBNull(5) ? null : r.GetString(5));

    private static DateTimeOffset Instant(long ticks) => new(ticks, TimeSpan.Zero);

    private static DateTimeOffset? OptionalInstant(DbDataReader r, int column) => r.IsDBNull(column) ? null : Instant(r.GetInt64(column));

    private static async Task<List<T>> ReadAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> row, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(row(reader));
        return rows;
    }
}
