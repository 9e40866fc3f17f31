using System.Globalization;
using System.Text;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BkApiGen.Benchmarks.Payloads;
using Perfolizer.Horology;

namespace BkApiGen.Benchmarks.Infrastructure;

/// <summary>The two run modes' BenchmarkDotNet configurations.</summary>
public static class BenchConfig
{
    /// <summary>
    /// Quick: in-process (no project build), 1 warm-up and 3 measured iterations of about 100 ms, and a subset of the cases
    /// (no 100 MB payload, no log_type-last variant, no 300-spec run, no prototypes or client breakdown): under 2 minutes on
    /// 2 cores. Good for a before/after check, not for the docs.
    /// </summary>
    public static IConfig Quick()
    {
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithIterationTime(TimeInterval.FromMilliseconds(100))
            .WithId("Quick");
        return Common(job).AddFilter(new SimpleFilter(QuickCase));
    }

    /// <summary>Full: every case, 1 launch, 5 warm-up and 15 measured iterations (in-process with <c>--inprocess</c>).</summary>
    public static IConfig Full(bool inProcess)
    {
        var job = Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(5)
            .WithIterationCount(15)
            .WithId(inProcess ? "FullInProcess" : "Full");
        if (inProcess)
        {
            job = job.WithToolchain(InProcessEmitToolchain.Instance);
        }

        return Common(job);
    }

    private static ManualConfig Common(Job job)
        => ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddColumn(new PerSpecColumn(allocated: false), new PerSpecColumn(allocated: true))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default)
            .AddExporter(MarkdownExporter.GitHub)
            .WithOption(ConfigOptions.JoinSummary, false)
            .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Value));

    private static bool QuickCase(BenchmarkCase benchmark)
    {
        // The headline tables only: the floor analysis and the client breakdown are in the full run.
        if (benchmark.Descriptor.Type.Name is "FloorGapBench" or "ClientOverheadBench")
        {
            return false;
        }

        foreach (var parameter in benchmark.Parameters.Items)
        {
            switch (parameter.Value)
            {
                case PayloadKind.Large or PayloadKind.MediumLogTypeLast:
                    return false;
                case int specs when parameter.Name == "Specs" && specs > 10:
                    return false;
            }
        }

        return true;
    }

    /// <summary>Writes, after a run, the ratios the targets are stated in (vs the baseline and vs the raw reader floor).</summary>
    public static string Ratios(IEnumerable<Summary> summaries)
    {
        var text = new StringBuilder();
        foreach (var summary in summaries)
        {
            var reports = summary.Reports.Where(r => r.ResultStatistics is not null).ToList();
            if (reports.Count == 0)
            {
                continue;
            }

            var type = reports[0].BenchmarkCase.Descriptor.Type.Name;
            text.AppendLine(CultureInfo.InvariantCulture, $"### {type}").AppendLine();
            text.AppendLine("| case | method | mean | allocated | time / baseline | alloc / baseline | time / raw floor |");
            text.AppendLine("|---|---|---:|---:|---:|---:|---:|");
            foreach (var group in reports.GroupBy(r => r.BenchmarkCase.Parameters.DisplayInfo))
            {
                var baseline = group.FirstOrDefault(r => r.BenchmarkCase.Descriptor.Baseline);
                var floor = group.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == "RawReader");
                foreach (var report in group)
                {
                    var mean = report.ResultStatistics!.Mean;
                    var bytes = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
                    var baseBytes = baseline is null ? 0 : baseline.GcStats.GetBytesAllocatedPerOperation(baseline.BenchmarkCase) ?? 0;
                    text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {group.Key} | {report.BenchmarkCase.Descriptor.WorkloadMethod.Name} | {Time(mean)} | {Size(bytes)} | {Ratio(mean, baseline?.ResultStatistics!.Mean)} | {Ratio(bytes, baseBytes)} | {Ratio(mean, floor?.ResultStatistics!.Mean)} |"));
                }
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    internal static string Time(double nanoseconds) => nanoseconds switch
    {
        >= 1e9 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1e9:F2} s"),
        >= 1e6 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1e6:F2} ms"),
        >= 1e3 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1e3:F2} μs"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds:F0} ns"),
    };

    internal static string Size(double bytes) => bytes switch
    {
        >= 1 << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1 << 20):F2} MB"),
        >= 1 << 10 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1 << 10):F1} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes:F0} B"),
    };

    private static string Ratio(double value, double? of) => of is > 0 ? string.Create(CultureInfo.InvariantCulture, $"{value / of.Value:F2}") : "-";
}

/// <summary>Time or allocation per spec, for the generator benchmarks (the <c>Specs</c> parameter).</summary>
public sealed class PerSpecColumn(bool allocated) : IColumn
{
    /// <inheritdoc />
    public string Id => allocated ? "AllocPerSpec" : "TimePerSpec";

    /// <inheritdoc />
    public string ColumnName => allocated ? "Alloc/spec" : "Time/spec";

    /// <inheritdoc />
    public bool AlwaysShow => false;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => allocated ? 1 : 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => allocated ? UnitType.Size : UnitType.Time;

    /// <inheritdoc />
    public string Legend => allocated ? "Allocated bytes per operation divided by the number of specs" : "Mean time divided by the number of specs";

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(b => b.Parameters.Items.Any(p => p.Name == "Specs"));

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var specs = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Specs")?.Value as int?;
        var report = summary[benchmarkCase];
        if (specs is not > 0 || report?.ResultStatistics is null)
        {
            return "-";
        }

        return allocated
            ? BenchConfig.Size((report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) ?? 0) / (double)specs.Value)
            : BenchConfig.Time(report.ResultStatistics.Mean / specs.Value);
    }
}
