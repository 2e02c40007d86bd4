using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// A short job (1 launch, 5 warm-ups, 20 measured iterations) keeps a run to about a minute on a 2-core machine
// while giving a stable median; the median and the ratio to the baseline are the figures we track.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(5).WithIterationCount(20).WithId("Short"))
    .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
    .WithOptions(ConfigOptions.JoinSummary);

BenchmarkSwitcher.FromAssembly(typeof(Certification.Criteria.Benchmarks.NationalParkEvaluationBenchmark).Assembly).Run(args, config);
