using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace BkApiGen.Benchmarks.Infrastructure;

/// <summary>
/// <c>--interleaved</c>: the same benchmark classes, measured for robust ratios on a busy machine. For every parameter value,
/// the methods run in rounds, round-robin (the order rotates each round), so that a slow period hits every method alike;
/// each sample starts after a full blocking GC (so no method inherits another's garbage), and records the CPU time (time
/// spent waiting for a core while other processes run does not count; workstation non-concurrent GC runs on the allocating
/// thread, so GC work does): of the calling thread (<c>CLOCK_THREAD_CPUTIME_ID</c>) for synchronous methods, so that idle
/// thread-pool workers spinning after an async benchmark are not charged to the next one, and of the whole process
/// (<c>CLOCK_PROCESS_CPUTIME_ID</c>) for methods returning a Task, whose work may hop threads. Also the wall time and the
/// bytes allocated. A ratio is the median over rounds of the per-round ratio; the spread (interquartile range of those
/// per-round ratios) is printed as noise.
/// </summary>
public static class InterleavedRunner
{
    private const int ClockProcessCpuTime = 2;
    private const int ClockThreadCpuTime = 3;

    /// <summary>Methods that, where a class has them, every method is also compared with: the hand-written floor and the faster STJ source-gen variant.</summary>
    private static readonly string[] ExtraReferences = ["HandReader", "StjSourceGenNoRequired"];

    /// <summary>
    /// Runs the benchmark class named <paramref name="filter"/>, or if none is, those whose name contains it, and returns a
    /// markdown report.
    /// </summary>
    public static string Run(string? filter, int rounds, double sampleMilliseconds, bool quick)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Interleaved run: {rounds} rounds, samples of ≥ {sampleMilliseconds} ms CPU, full GC before each sample; {Environment.ProcessorCount} cores; {RuntimeInformation.FrameworkDescription}; load average at start {LoadAverage()}.");
        report.AppendLine();
        var benchmarks = typeof(InterleavedRunner).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            .ToList();
        // A class named exactly runs alone (SerializeBench, not also DeserializeBench); otherwise every class containing the filter.
        var exact = benchmarks.Where(t => string.Equals(t.Name, filter, StringComparison.OrdinalIgnoreCase)).ToList();
        var types = (exact.Count > 0 ? exact : benchmarks.Where(t => filter is null || t.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(t => t.Name, StringComparer.Ordinal);
        foreach (var type in types)
        {
            report.Append(RunType(type, rounds, sampleMilliseconds, quick));
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"Load average at the end: {LoadAverage()}.");
        return report.ToString();
    }

    private static string RunType(Type type, int rounds, double sampleMilliseconds, bool quick)
    {
        Thread.Sleep(1000); // let the previous class's thread-pool workers go idle

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"### {type.Name}").AppendLine();
        var methods = type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null).ToArray();
        var baseline = methods.FirstOrDefault(m => m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline);
        var floor = methods.FirstOrDefault(m => m.Name == "RawReader");
        // Further references a class may have (DeserializeBench): each gets a CPU and an allocation ratio column.
        var references = methods.Where(m => ExtraReferences.Contains(m.Name)).ToArray();
        text.Append("| case | method | CPU/op | wall/op | allocated/op | CPU / baseline (IQR) | alloc / baseline | CPU / raw floor (IQR) |");
        text.AppendJoin("", references.Select(r => $" CPU / {r.Name} (IQR) | alloc / {r.Name} |")).AppendLine();
        text.Append("|---|---|---:|---:|---:|---:|---:|---:|").AppendJoin("", references.Select(_ => "---:|---:|")).AppendLine();
        foreach (var (parameter, value) in Parameters(type, quick))
        {
            var instance = Activator.CreateInstance(type)!;
            parameter?.SetValue(instance, value);
            type.GetMethods().FirstOrDefault(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null)?.Invoke(instance, null);
            var calls = methods.Select(m => Call(instance, m)).ToArray();
            var isAsync = methods.Select(m => typeof(Task).IsAssignableFrom(m.ReturnType)).ToArray();
            Console.WriteLine($"{type.Name} {parameter?.Name}={value}: calibrating");

            // Warm up until tier-1 code is in place (tiered compilation promotes a method after 30 calls and a quiet
            // 100 ms, on a background thread): at least 200 calls or 1 s of calls, then a pause, then more calls; then size
            // each sample: n operations lasting at least sampleMilliseconds of CPU.
            foreach (var call in calls)
            {
                Warm(call, minCalls: 200, milliseconds: 1000);
            }

            Thread.Sleep(300);
            var counts = calls.Select(call =>
            {
                Warm(call, minCalls: 20, milliseconds: 200);
                var one = Sample(call, 5, threadCpu: false).Cpu;
                return (int)Math.Clamp(Math.Ceiling(sampleMilliseconds * 1e6 / Math.Max(one, 1)), 1, 1_000_000);
            }).ToArray();

            var samples = methods.Select(_ => new List<(double Cpu, double Wall, double Bytes)>()).ToArray();
            for (var round = 0; round < rounds; round++)
            {
                for (var k = 0; k < methods.Length; k++)
                {
                    var m = (k + round) % methods.Length;
                    samples[m].Add(Sample(calls[m], counts[m], threadCpu: !isAsync[m]));
                }
            }

            Console.WriteLine($"  done ({rounds} rounds)");
            var baseIndex = baseline is null ? -1 : Array.IndexOf(methods, baseline);
            var floorIndex = floor is null ? -1 : Array.IndexOf(methods, floor);
            for (var m = 0; m < methods.Length; m++)
            {
                var cpu = Median(samples[m].Select(s => s.Cpu));
                var wall = Median(samples[m].Select(s => s.Wall));
                var bytes = Median(samples[m].Select(s => s.Bytes));
                text.Append(string.Create(CultureInfo.InvariantCulture,
                    $"| {parameter?.Name}={value} | {methods[m].Name} | {BenchConfig.Time(cpu)} | {BenchConfig.Time(wall)} | {BenchConfig.Size(bytes)} | {RatioWithSpread(samples, m, baseIndex)} | {(baseIndex < 0 ? "-" : Ratio(bytes, Median(samples[baseIndex].Select(s => s.Bytes))))} | {RatioWithSpread(samples, m, floorIndex)} |"));
                foreach (var reference in references)
                {
                    var r = Array.IndexOf(methods, reference);
                    text.Append(CultureInfo.InvariantCulture, $" {RatioWithSpread(samples, m, r)} | {Ratio(bytes, Median(samples[r].Select(s => s.Bytes)))} |");
                }

                text.AppendLine();
            }

            (instance as IDisposable)?.Dispose();
            type.GetMethods().FirstOrDefault(m => m.GetCustomAttribute<GlobalCleanupAttribute>() is not null)?.Invoke(instance, null);
        }

        text.AppendLine();
        return text.ToString();
    }

    private static IEnumerable<(PropertyInfo? Parameter, object? Value)> Parameters(Type type, bool quick)
    {
        var parameter = type.GetProperties().FirstOrDefault(p => p.GetCustomAttribute<ParamsAttribute>() is not null || p.GetCustomAttribute<ParamsAllValuesAttribute>() is not null);
        if (parameter is null)
        {
            yield return (null, null);
            yield break;
        }

        var values = parameter.GetCustomAttribute<ParamsAttribute>() is { } p ? p.Values : Enum.GetValues(parameter.PropertyType).Cast<object>().ToArray();
        foreach (var value in values)
        {
            if (quick && (value is Payloads.PayloadKind.Large || (value is int specs && specs > 10)))
            {
                continue;
            }

            yield return (parameter, value);
        }
    }

    private static void Warm(Action call, int minCalls, int milliseconds)
    {
        var warm = Stopwatch.StartNew();
        var i = 0;
        do
        {
            call();
            i++;
        }
        while (i < 3 || (i < minCalls && warm.ElapsedMilliseconds < milliseconds));
    }

    private static Action Call(object instance, MethodInfo method)
    {
        if (typeof(Task).IsAssignableFrom(method.ReturnType))
        {
            var async = (Func<Task>)(() => (Task)method.Invoke(instance, null)!);
            return () => async().GetAwaiter().GetResult();
        }

        return () => method.Invoke(instance, null);
    }

    private static (double Cpu, double Wall, double Bytes) Sample(Action call, int count, bool threadCpu)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var bytes0 = GC.GetTotalAllocatedBytes(precise: true);
        var wall0 = Stopwatch.GetTimestamp();
        var cpu0 = threadCpu ? ThreadCpuNanoseconds() : CpuNanoseconds();
        for (var i = 0; i < count; i++)
        {
            call();
        }

        var cpu = (threadCpu ? ThreadCpuNanoseconds() : CpuNanoseconds()) - cpu0;
        var wall = Stopwatch.GetElapsedTime(wall0).TotalNanoseconds;
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - bytes0;
        return (cpu / count, wall / count, (double)bytes / count);
    }

    private static string RatioWithSpread(List<(double Cpu, double Wall, double Bytes)>[] samples, int m, int of)
    {
        if (of < 0)
        {
            return "-";
        }

        var ratios = samples[m].Zip(samples[of], (a, b) => a.Cpu / b.Cpu).Order().ToArray();
        var q1 = ratios[ratios.Length / 4];
        var q3 = ratios[(3 * ratios.Length) / 4];
        return string.Create(CultureInfo.InvariantCulture, $"{Median(ratios):F2} ({q1:F2}–{q3:F2})");
    }

    private static string Ratio(double value, double of) => of > 0 ? string.Create(CultureInfo.InvariantCulture, $"{value / of:F2}") : "-";

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>CPU time of the whole process, in nanoseconds.</summary>
    internal static double CpuNanoseconds()
    {
        if (OperatingSystem.IsLinux() && clock_gettime(ClockProcessCpuTime, out var ts) == 0)
        {
            return (ts.Seconds * 1e9) + ts.Nanoseconds;
        }

        return Process.GetCurrentProcess().TotalProcessorTime.TotalNanoseconds;
    }

    /// <summary>CPU time of the calling thread, in nanoseconds (process time where the clock is not available).</summary>
    internal static double ThreadCpuNanoseconds()
    {
        if (OperatingSystem.IsLinux() && clock_gettime(ClockThreadCpuTime, out var ts) == 0)
        {
            return (ts.Seconds * 1e9) + ts.Nanoseconds;
        }

        return CpuNanoseconds();
    }

    internal static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int clock_gettime(int clockId, out TimeSpec value);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
