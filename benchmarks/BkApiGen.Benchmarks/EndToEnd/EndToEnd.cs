using System.Diagnostics;
using System.Globalization;
using BkApiGen.Benchmarks.Baselines;
using BkApiGen.Benchmarks.JobV3;
using BkApiGen.Benchmarks.Serialization;
using BkApiGen.FakeGateway;
using BkApiGen.Runtime;
using BkApiGen.Runtime.Auth;

namespace BkApiGen.Benchmarks.EndToEnd;

/// <summary>The request of the end-to-end call: script step 200 of job 100, two hosts by IP.</summary>
public static class Requests
{
    /// <summary>For the generated client.</summary>
    public static BatchGetJobInstanceIpLogRequest Generated() => new()
    {
        ScopeType = ScopeType.Biz,
        ScopeId = "1",
        JobInstanceId = 100,
        StepInstanceId = 200,
        IpList = [new Host { CloudId = 0, Ip = "10.0.0.1" }, new Host { CloudId = 0, Ip = "10.0.0.2" }],
    };

    /// <summary>For the plain client.</summary>
    public static HwRequest HandWritten() => new()
    {
        ScopeType = "biz",
        ScopeId = "1",
        JobInstanceId = 100,
        StepInstanceId = 200,
        IpList = [new HwHost { CloudId = 0, Ip = "10.0.0.1" }, new HwHost { CloudId = 0, Ip = "10.0.0.2" }],
    };
}

/// <summary>
/// <c>--e2e</c>: requests/second and latency percentiles of the generated client against the loopback Kestrel fake gateway
/// (gateway auth, script step 200, 2 hosts), side by side with a plain HttpClient + STJ source-gen client making the same
/// call, in one process: warm-up, then rounds of <c>calls</c> calls by <c>concurrency</c> callers, the two clients alternating
/// (ABBA) so that drift and neighbours' noise hit both. Client and server share the process and the 2 cores, so the server's
/// work (Kestrel, auth check, fake job store) is in every number: the difference between the clients is diluted by it.
/// The warm-up is long (20,000 calls each by default) on purpose: the hand-written client runs mostly on the framework's
/// precompiled (ReadyToRun) code, the generated one on code JIT-compiled for this process, which is tier-0 or instrumented
/// for the first seconds; with 500 warm-up calls the run measured that, not the clients (0.9x, against 1.0x with
/// DOTNET_TieredCompilation=0 or this warm-up).
/// </summary>
public static class EndToEndRunner
{
    /// <summary>
    /// Runs and prints a markdown table. With <paramref name="serverProcess"/>, the fake gateway runs in a child process
    /// (this program with <c>--serve-fake</c>), so that the CPU time and allocations measured here are the clients' alone.
    /// </summary>
    public static async Task<int> RunAsync(int calls, int concurrency, int rounds, int warmup, bool serverProcess = false)
    {
        await using var gateway = serverProcess ? null : await FakeBkGateway.StartAsync();
        Uri? childBase = null;
        using var server = serverProcess ? StartServerProcess(out childBase) : null;
        var gatewayBase = gateway?.GatewayBaseAddress ?? childBase!;
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) });
        var credentials = BkCredentials.ForUser("demo-app", "demo-secret", "admin");
        IJobV3Client generated = new JobV3Client(http, new BkApiClientOptions { BaseAddress = gatewayBase, Credentials = credentials });
        var plain = new PlainStjClient(http, gatewayBase, "demo-app", "demo-secret", "admin");

        var variants = new (string Name, Func<Task> Call)[]
        {
            ("Generated client (BkApiGen)", async () => Check(await generated.BatchGetJobInstanceIpLogAsync(Requests.Generated()))),
            ("HttpClient + STJ source-gen", async () => Check(await plain.BatchGetJobInstanceIpLogAsync(Requests.HandWritten()))),
        };

        Console.WriteLine($"End to end: {calls} calls × {rounds} rounds per client, {concurrency} concurrent callers, {warmup} warm-up calls each; gateway {gatewayBase}{(serverProcess ? " (another process: CPU and allocations are the clients' only)" : " (this process: CPU and allocations include the server's)")}");
        foreach (var (_, call) in variants)
        {
            await RunRound(call, warmup, concurrency);
        }

        var results = variants.Select(_ => new List<RoundResult>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            // ABBA: alternate which client goes first.
            var order = round % 2 == 0 ? new[] { 0, 1 } : [1, 0];
            foreach (var v in order)
            {
                gateway?.ClearRequests();
                var result = await RunRound(variants[v].Call, calls, concurrency);
                results[v].Add(result);
                Console.WriteLine($"  round {round + 1} {variants[v].Name}: {result.RequestsPerSecond:F0} req/s, p99 {result.Percentile(0.99):F2} ms, CPU {result.CpuMicrosecondsPerCall:F0} μs/call");
            }
        }

        Console.WriteLine();
        var whose = serverProcess ? "client" : "client+server";
        Console.WriteLine($"| client | req/s (median of rounds) | p50 ms | p90 ms | p99 ms | max ms | CPU/call, {whose} (median of rounds) | allocated/call ({whose}) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        var baselineRps = 0.0;
        for (var v = 0; v < variants.Length; v++)
        {
            var rounds_ = results[v];
            var all = RoundResult.Merge(rounds_);
            var rps = Median(rounds_.Select(r => r.RequestsPerSecond));
            if (v == 1)
            {
                baselineRps = rps;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {variants[v].Name} | {rps:F0} | {all.Percentile(0.50):F2} | {all.Percentile(0.90):F2} | {all.Percentile(0.99):F2} | {all.Percentile(1.0):F2} | {all.CpuMicrosecondsPerCall:F0} μs | {all.AllocatedPerCall / 1024.0:F1} KB |"));
        }

        var generatedRps = Median(results[0].Select(r => r.RequestsPerSecond));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ratio generated / plain: throughput {generatedRps / baselineRps:F2}x, p99 {RoundResult.Merge(results[0]).Percentile(0.99) / RoundResult.Merge(results[1]).Percentile(0.99):F2}x, CPU per call {RoundResult.Merge(results[0]).CpuMicrosecondsPerCall / RoundResult.Merge(results[1]).CpuMicrosecondsPerCall:F2}x"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Round-to-round spread of req/s (noise): generated {Spread(results[0]):P0}, plain {Spread(results[1]):P0}"));

        // The two clients of one round ran back to back: their ratio is less exposed to the machine's drift than the
        // ratio of the medians above. The median of the per-round ratios, with their interquartile range as the noise.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Paired per-round ratios generated / plain (median, IQR): throughput {Paired(results, r => r.RequestsPerSecond)}, p99 {Paired(results, r => r.Percentile(0.99))}, CPU per call {Paired(results, r => r.CpuMicrosecondsPerCall)}, allocated per call {Paired(results, r => r.AllocatedPerCall)}"));
        return 0;
    }

    /// <summary>The <c>--serve-fake</c> mode: the fake gateway until stdin closes; its gateway address on the first line.</summary>
    public static async Task<int> ServeFakeAsync()
    {
        await using var gateway = await FakeBkGateway.StartAsync();
        Console.WriteLine(gateway.GatewayBaseAddress);
        Console.Out.Flush();
        await Console.In.ReadToEndAsync();
        return 0;
    }

    private static Process StartServerProcess(out Uri gatewayBase)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(EndToEndRunner).Assembly.Location);
        }

        start.ArgumentList.Add("--serve-fake");
        var process = Process.Start(start) ?? throw new InvalidOperationException("the fake gateway process did not start");
        var line = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("the fake gateway process printed no address");
        gatewayBase = new Uri(line);
        return process;
    }

    private static void Check(IpLogs logs)
    {
        if (logs is not ScriptIpLogs { ScriptTaskLogs.Count: 2 })
        {
            throw new InvalidOperationException($"unexpected answer {logs}");
        }
    }

    private static void Check(HwIpLogs logs)
    {
        if (logs is not HwScriptIpLogs { ScriptTaskLogs.Count: 2 })
        {
            throw new InvalidOperationException($"unexpected answer {logs}");
        }
    }

    private static async Task<RoundResult> RunRound(Func<Task> call, int calls, int concurrency)
    {
        var latencies = new double[calls];
        var next = -1;
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Infrastructure.InterleavedRunner.CpuNanoseconds();
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < calls)
            {
                var t0 = Stopwatch.GetTimestamp();
                await call().ConfigureAwait(false);
                latencies[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var cpu = Infrastructure.InterleavedRunner.CpuNanoseconds() - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new RoundResult(latencies, calls / elapsed.TotalSeconds, (double)allocated / calls, cpu / calls / 1000);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Paired(List<RoundResult>[] results, Func<RoundResult, double> metric)
    {
        var ratios = results[0].Zip(results[1], (g, p) => metric(g) / metric(p)).Order().ToArray();
        double Quantile(double q) => ratios[(int)Math.Round(q * (ratios.Length - 1))];
        return string.Create(CultureInfo.InvariantCulture, $"{Median(ratios):F2}x ({Quantile(0.25):F2}–{Quantile(0.75):F2})");
    }

    private static double Spread(List<RoundResult> rounds)
    {
        var rps = rounds.Select(r => r.RequestsPerSecond).ToArray();
        return (rps.Max() - rps.Min()) / Median(rps);
    }

    private sealed record RoundResult(double[] Latencies, double RequestsPerSecond, double AllocatedPerCall, double CpuMicrosecondsPerCall)
    {
        public static RoundResult Merge(List<RoundResult> rounds)
            => new(rounds.SelectMany(r => r.Latencies).ToArray(), rounds.Average(r => r.RequestsPerSecond), rounds.Average(r => r.AllocatedPerCall), Median(rounds.Select(r => r.CpuMicrosecondsPerCall)));

        public double Percentile(double p)
        {
            var sorted = Latencies.Order().ToArray();
            var index = (int)Math.Ceiling(p * sorted.Length) - 1;
            return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
        }
    }
}
