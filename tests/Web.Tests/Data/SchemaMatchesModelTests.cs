using Certification.Web.Data;
using Certification.Web.Infrastructure.Audit;
using Certification.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Certification.Web.Tests.Data;

/// <summary>
/// EF migrations tooling is unavailable here, so schema changes are hand-written SQL scripts. This proves the scripts
/// build exactly the schema the EF model expects: same tables, columns, types, nullability, keys and indexes.
/// </summary>
public sealed class SchemaMatchesModelTests
{
    [Fact]
    public async Task MigratedSchema_ComparedWithModelCreateScript_IsIdentical()
    {
        await using var fromModel = await TestDatabase.CreateEmptyAsync();
        await using var fromMigrations = await TestDatabase.CreateEmptyAsync();

        var options = new DbContextOptionsBuilder<CertificationDbContext>().UseNpgsql(fromModel.ConnectionString).Options;
        await using (var db = new CertificationDbContext(options, new AuditActor(new HttpContextAccessor()), TimeProvider.System))
            await fromModel.ExecuteAsync(db.Database.GenerateCreateScript());
        await new SchemaMigrator(fromMigrations.ConnectionString, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);

        var expected = await DescribeAsync(fromModel.ConnectionString);
        var actual = await DescribeAsync(fromMigrations.ConnectionString);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Except(actual).Order(), Array.Empty<string>());   // in the model, missing from migrations
        Assert.Equal(actual.Except(expected).Order(), Array.Empty<string>());   // in migrations, not in the model
    }

    [Fact]
    public async Task Migrate_RunTwice_AppliesEachScriptOnce()
    {
        await using var database = await TestDatabase.CreateEmptyAsync();
        var migrator = new SchemaMigrator(database.ConnectionString, NullLogger<SchemaMigrator>.Instance);

        await migrator.MigrateAsync(CancellationToken.None);
        await migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(SchemaMigrator.Scripts().Count, (int)(await database.ScalarAsync<long>("SELECT count(*) FROM schema_migrations")));
    }

    // Tables the EF model does not own: the migration ledger (and, later, the scheduler's job store).
    private static bool OwnedByModel(string table) => table != "schema_migrations" && !table.StartsWith("qrtz_", StringComparison.Ordinal);

    private static async Task<HashSet<string>> DescribeAsync(string connectionString)
    {
        const string sql = """
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || coalesce(character_maximum_length::text, '')
                   || ' ' || coalesce(numeric_precision::text, '') || ',' || coalesce(numeric_scale::text, '') || ' null=' || is_nullable
                   || ' default=' || coalesce(column_default, ''), table_name
            FROM information_schema.columns WHERE table_schema = 'public'
            UNION ALL
            SELECT 'index ' || indexname || ' ' || indexdef, tablename FROM pg_indexes WHERE schemaname = 'public'
            UNION ALL
            SELECT 'constraint ' || c.conname || ' ' || pg_get_constraintdef(c.oid), t.relname
            FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = 'public'
            """;
        var rows = new HashSet<string>(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            if (OwnedByModel(reader.GetString(1)))
                rows.Add(reader.GetString(0));
        return rows;
    }
}
