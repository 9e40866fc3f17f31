using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using BkApiGen.FakeGateway;
using BkApiGen.Runtime.Errors;
using BkApiGen.Runtime.Http;
using BkApiGen.Runtime.IntegrationTests.JobV3;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BkApiGen.Runtime.IntegrationTests;

[Collection(MeasuredCollection.Name)]
public sealed class LoadTests(ITestOutputHelper output)
{
    private const int Calls = 10_000;
    private const int Callers = 64;

    private enum Fault
    {
        None,
        Unavailable503,
        RateLimited429,
        Reset,
        Truncated,
    }

    /// <summary>
    /// 10,000 calls from 64 concurrent callers through the DI-registered client (retries for this idempotent operation),
    /// against the fake gateway injecting faults on every attempt: 5% HTTP 503, 2% HTTP 429 with Retry-After, 1% connection
    /// resets, 1% truncated bodies. Every call must end in the right result or in the typed exception that matches the
    /// last attempt the server answered; nothing may hang, and the open sockets stay bounded and are released.
    /// </summary>
    [Fact]
    [Trait("Category", "Load")]
    public async Task Ten_thousand_calls_with_injected_faults_end_in_a_correct_result_or_the_right_typed_exception()
    {
        var served = new ConcurrentDictionary<long, ConcurrentQueue<Fault>>();
        var socketsBefore = OpenSockets();
        var peakSockets = socketsBefore;
        var socketsIdle = -1;
        var outcomes = new (IpLogs? Logs, Exception? Error)[Calls];
        var started = Stopwatch.GetTimestamp();

        await using (var gateway = await FakeBkGateway.StartAsync(Secrets.GatewayOptions()))
        {
            gateway.MapOperation(FakeBkGateway.BatchGetJobInstanceIpLogGatewayPath, request => Serve(request, served));
            var settings = DiHost.Settings(gateway.GatewayBaseAddress);
            settings["BkApi:MaxRetryAttempts"] = "3";
            settings["BkApi:RetryBaseDelay"] = "00:00:00.005";
            settings["BkApi:MaxRetryDelay"] = "00:00:02";
            settings["BkApi:Timeout"] = "00:00:30";
            // Every call's outcome is checked against the fault injected into it: a breaker opened by the injected faults would
            // refuse calls for reasons of its own (its behaviour has its own tests).
            settings["BkApi:CircuitBreakerFailureRatio"] = "0";
            await using (var provider = DiHost.Build(settings, services =>
            {
                // Every tenth call goes out as a write (not idempotent): no retry, so its faults reach the caller as they are.
                services.AddBkApiClient<BkApiTransport>(transport => transport);
                foreach (var type in new[] { typeof(IJobV3Client), typeof(BkApiTransport) })
                {
                    // Idle pooled connections close after a second, so that the count after the run shows what was released.
                    services.AddHttpClient(BkApiServiceCollectionExtensions.ClientName(type))
                        .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromSeconds(1) });
                }
            }))
            {
                var client = provider.GetRequiredService<IJobV3Client>();
                var transport = provider.GetRequiredService<BkApiTransport>();
                var next = -1;
                using var sampling = new CancellationTokenSource();
                var sampler = Task.Run(async () =>
                {
                    while (!sampling.IsCancellationRequested)
                    {
                        InterlockedMax(ref peakSockets, OpenSockets());
                        await Task.Delay(20);
                    }
                });

                var callers = Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
                {
                    int i;
                    while ((i = Interlocked.Increment(ref next)) < Calls)
                    {
                        try
                        {
                            outcomes[i] = (await (IsWrite(i) ? SendAsWrite(transport, i) : client.BatchGetJobInstanceIpLogAsync(Request(i))), null);
                        }
                        catch (Exception ex)
                        {
                            outcomes[i] = (null, ex);
                        }
                    }
                }));

                // No hang: the whole run has a deadline well under the test's budget.
                await Task.WhenAll(callers).WaitAsync(TimeSpan.FromSeconds(75));
                await sampling.CancelAsync();
                await sampler;

                // Released: once idle, every pooled connection closes (no socket is held by a failed call).
                var deadline = Stopwatch.GetTimestamp();
                while (OpenSockets() > socketsBefore + 4 && Stopwatch.GetElapsedTime(deadline) < TimeSpan.FromSeconds(10))
                {
                    await Task.Delay(100);
                }

                socketsIdle = OpenSockets(); // the gateway (and its listening socket) is still up here
            }
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var counts = new Dictionary<string, int>();
        for (var i = 0; i < Calls; i++)
        {
            var stepId = StepId(i);
            Assert.True(served.TryGetValue(stepId, out var attempts), $"call {i} never reached the server");
            var last = attempts.Last();
            var (logs, error) = outcomes[i];
            var kind = Check(i, last, attempts.Count, IsWrite(i) ? 1 : 4, logs, error);
            counts[kind] = counts.GetValueOrDefault(kind) + 1;
        }

        var socketsAfter = OpenSockets();
        var attemptsTotal = served.Values.Sum(q => q.Count);
        output.WriteLine($"{Calls} calls, {attemptsTotal} attempts in {elapsed.TotalSeconds:F1} s; outcomes: {string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}"))}");
        output.WriteLine($"open sockets: {socketsBefore} before, {peakSockets} at peak, {socketsIdle} once idle, {socketsAfter} after disposal");
        Assert.True(counts.GetValueOrDefault("ok") > Calls * 95 / 100, "too few successes: retries are not working");
        Assert.True(counts.GetValueOrDefault(nameof(BkInvalidResponseException)) > 0, "no truncated body reached a caller");
        foreach (var fault in new[] { "BkGatewayException 503", "BkGatewayException 429", nameof(BkTransportException), nameof(BkInvalidResponseException) })
        {
            Assert.True(counts.GetValueOrDefault(fault) > 0, $"no call ended in {fault}");
        }

        // Bounded while running: the client and server ends of about one connection per caller (plus the listeners).
        Assert.InRange(peakSockets - socketsBefore, 0, 2 * Callers + 16);
        Assert.InRange(socketsIdle - socketsBefore, int.MinValue, 4);
        Assert.InRange(socketsAfter - socketsBefore, int.MinValue, 4);
    }

    private static string Check(int i, Fault last, int attempts, int maxAttempts, IpLogs? logs, Exception? error)
    {
        switch (last)
        {
            case Fault.None:
                Assert.True(error is null, $"call {i}: the server's last answer was a success, the caller got {error}");
                var script = Assert.IsType<ScriptIpLogs>(logs);
                var host = Assert.Single(script.ScriptTaskLogs);
                Assert.Equal($"log of call {i}\n", host.LogContent);
                Assert.Equal(StepId(i), script.StepInstanceId);
                return "ok";
            case Fault.Unavailable503:
                var unavailable = Assert.IsType<BkGatewayException>(error);
                Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
                Assert.Equal(1650300, unavailable.Code);
                Assert.Equal(maxAttempts, attempts); // retries exhausted, or none for a write
                return nameof(BkGatewayException) + " 503";
            case Fault.RateLimited429:
                var limited = Assert.IsType<BkGatewayException>(error);
                Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
                Assert.Equal(TimeSpan.FromSeconds(1), limited.RetryAfter);
                Assert.Equal(maxAttempts, attempts);
                return nameof(BkGatewayException) + " 429";
            case Fault.Reset:
                Assert.IsType<BkTransportException>(error);
                Assert.Equal(maxAttempts, attempts);
                return nameof(BkTransportException);
            default:
                var invalid = Assert.IsType<BkInvalidResponseException>(error);
                Assert.NotNull(invalid.RequestId);
                return nameof(BkInvalidResponseException);
        }
    }

    private static FakeResponse Serve(FakeRequest request, ConcurrentDictionary<long, ConcurrentQueue<Fault>> served)
    {
        var stepId = request.GetBodyJson()!["step_instance_id"]!.GetValue<long>();
        var attempts = served.GetOrAdd(stepId, _ => new ConcurrentQueue<Fault>());
        var roll = new Random(HashCode.Combine(stepId, attempts.Count, 17)).Next(100);
        var fault = roll switch
        {
            < 5 => Fault.Unavailable503,
            < 7 => Fault.RateLimited429,
            < 8 => Fault.Reset,
            < 9 => Fault.Truncated,
            _ => Fault.None,
        };
        attempts.Enqueue(fault);
        var call = stepId - 1_000_000;
        var ok = FakeResponse.BkJobOk($$"""{"log_type":1,"job_instance_id":100,"step_instance_id":{{stepId}},"script_task_logs":[{"bk_host_id":101,"ip":"10.0.0.1","bk_cloud_id":0,"log_content":"log of call {{call}}\n"}]}""");
        return fault switch
        {
            Fault.Unavailable503 => FakeResponse.GatewayError(503, 1650300, "SERVICE_UNAVAILABLE", "Service unavailable"),
            // Retry-After is whole seconds: each 429 makes its caller wait a second (about 3 s in all over 64 callers).
            Fault.RateLimited429 => FakeResponse.GatewayError(429, 1642903, "RATE_LIMIT_RESTRICTION", "API rate limit exceeded by resource strategy").WithHeader("Retry-After", "1"),
            Fault.Reset => FakeResponse.Abort(),
            Fault.Truncated => FakeResponse.Bytes(200, "application/json", ok.Body[..(ok.Body.Length / 2)].ToArray()),
            _ => ok,
        };
    }

    private static BatchGetJobInstanceIpLogRequest Request(int i) => Requests.ScriptStep() with { StepInstanceId = StepId(i) };

    private static bool IsWrite(int i) => i % 10 == 0;

    private static Task<IpLogs> SendAsWrite(BkApiTransport transport, int i) => transport.SendAsync(
        JobV3Client.BatchGetJobInstanceIpLogOperation with { IsIdempotent = false },
        Request(i),
        BatchGetJobInstanceIpLogJsonContext.Default.BatchGetJobInstanceIpLogRequest,
        BatchGetJobInstanceIpLogJsonContext.Default.BatchGetJobInstanceIpLogResponse);

    private static long StepId(int i) => 1_000_000 + i;

    private static int OpenSockets()
    {
        var count = 0;
        foreach (var fd in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
        {
            try
            {
                if (new FileInfo(fd).LinkTarget is { } target && target.StartsWith("socket:", StringComparison.Ordinal))
                {
                    count++;
                }
            }
            catch (IOException)
            {
                // closed while we looked
            }
        }

        return count;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
