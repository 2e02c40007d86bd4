using Certification.Web.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Certification.Web.Tests.Infrastructure;

/// <summary>
/// A fresh database per test, cloned from a template that is migrated once per test run.
/// The server comes from CERTIFICATION_TEST_DATABASE, set by scripts/test.sh (which starts a throwaway cluster).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? _templateName;

    public string Name { get; }
    public string ConnectionString { get; }

    private TestDatabase(string name)
    {
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name, IncludeErrorDetail = true }.ConnectionString;
    }

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("CERTIFICATION_TEST_DATABASE")
        ?? throw new InvalidOperationException("CERTIFICATION_TEST_DATABASE is not set: run the tests with scripts/test.sh, which starts PostgreSQL.");

    /// <summary>An empty database with no schema (for the schema comparison test).</summary>
    public static async Task<TestDatabase> CreateEmptyAsync()
    {
        var database = new TestDatabase("t_" + Guid.NewGuid().ToString("N"));
        await ExecuteOnServerAsync($"CREATE DATABASE \"{database.Name}\" TEMPLATE template0 ENCODING 'UTF8'");
        return database;
    }

    /// <summary>A database with every migration applied and no rows but what migrations insert.</summary>
    public static async Task<TestDatabase> CreateAsync()
    {
        var template = await TemplateAsync();
        var database = new TestDatabase("t_" + Guid.NewGuid().ToString("N"));
        await ExecuteOnServerAsync($"CREATE DATABASE \"{database.Name}\" TEMPLATE \"{template}\"");
        return database;
    }

    private static async Task<string> TemplateAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (_templateName is not null)
                return _templateName;
            var name = "template_" + Guid.NewGuid().ToString("N");
            var connection = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name, Pooling = false }.ConnectionString;
            await new SchemaMigrator(connection, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
            _templateName = name;
            return name;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    public static async Task ExecuteOnServerAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)value;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }
}
