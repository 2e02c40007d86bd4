using System.Diagnostics;
using System.Globalization;
using Certification.Web.Data;
using Certification.Web.Infrastructure.Startup;
using Certification.Workflow.Benchmarks;

// Throughput of the certification workflow against PostgreSQL: N applications driven from opening to certificate by
// simulated actors, C at a time. Run through benchmarks/workflow-vs-pgbench.sh, which measures pgbench on the same
// server in the same run. The connection string comes from ConnectionStrings__Certification.
// With --floor <connection string of a pgbench database>: pgbench's own transaction through Npgsql and through EF Core
// (StackFloor), the best this stack can do on that server, and nothing else.
if (Array.IndexOf(args, "--floor") is var floorAt and >= 0)
{
    Console.WriteLine(await StackFloor.MeasureAsync(args[floorAt + 1], Argument("--concurrency", 4), Argument("--seconds", 30)));
    return;
}

var applications = Argument("--applications", 1000);
var concurrency = Argument("--concurrency", 4);
// The runtime keeps recompiling hot code (tiered JIT with profile-guided optimisation) for a while after start; a
// server runs for days, so the measurement starts after a tenth of the applications (at least 10) have gone through.
var warmUp = Math.Min(applications, Argument("--warmup", Math.Max(10, applications / 10)));

var builder = CertificationApp.CreateBuilder([]);
var app = builder.Build(); // built, not started: no Quartz jobs or background workers compete with the measurement
await app.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None);

Console.WriteLine($"Arranging {applications} parks…");
var world = await BenchmarkWorld.ArrangeAsync(app.Services, applications, CancellationToken.None);
var actors = new SimulatedActors(app.Services, world);

// Warm-up outside the measurement: JIT, EF model, connection pool.
for (var i = 0; i < warmUp; i++)
    await actors.RunToCertificateAsync(i, await actors.OpenAsync(i, CancellationToken.None), CancellationToken.None);

var measured = applications - warmUp;
Console.WriteLine($"Warm-up done; measuring {measured} applications, {concurrency} at a time…");
var next = warmUp - 1;
var process = Process.GetCurrentProcess();
var cpuBefore = process.TotalProcessorTime;
var allocatedBefore = GC.GetTotalAllocatedBytes();
var clock = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
{
    int index;
    while ((index = Interlocked.Increment(ref next)) < applications)
        await actors.RunToCertificateAsync(index, await actors.OpenAsync(index, CancellationToken.None), CancellationToken.None);
})));
clock.Stop();
process.Refresh();
var appCpu = process.TotalProcessorTime - cpuBefore;
var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;

var steps = measured * SimulatedActors.StepsPerApplication;
var commits = measured * (SimulatedActors.StepsPerApplication + 1); // + opening the application (instance started, documents attached)
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"applications={measured} concurrency={concurrency} seconds={clock.Elapsed.TotalSeconds:F1} " +
    $"steps={steps} steps_per_second={steps / clock.Elapsed.TotalSeconds:F1} commits_per_second={commits / clock.Elapsed.TotalSeconds:F1} app_cpu_ms_per_step={appCpu.TotalMilliseconds / steps:F2} " +
    $"allocated_kb_per_step={allocated / 1024.0 / steps:F0}"));


int Argument(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
