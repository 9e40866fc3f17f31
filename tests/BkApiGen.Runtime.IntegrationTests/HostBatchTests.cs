using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using BkApiGen.FakeGateway;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Batching;
using BkApiGen.Runtime.Errors;
using BkApiGen.Runtime.IntegrationTests.JobV3;

namespace BkApiGen.Runtime.IntegrationTests;

public sealed class HostBatchTests
{
    private static List<JobV3.Host> Hosts(int count) => Enumerable.Range(0, count).Select(i => new JobV3.Host { CloudId = 0, Ip = $"10.{i / 250}.{i % 250}.1" }).ToList();

    [Fact]
    public async Task Any_number_of_hosts_is_split_into_calls_of_at_most_500_and_a_failed_batch_is_reported_with_its_hosts()
    {
        await using var gateway = await FakeBkGateway.StartAsync(Secrets.GatewayOptions());
        var sizes = new ConcurrentBag<int>();
        gateway.MapOperation(FakeBkGateway.BatchGetJobInstanceIpLogGatewayPath, request =>
        {
            var ips = request.GetBodyJson()!["ip_list"]!.AsArray().Select(h => h!["ip"]!.GetValue<string>()).ToList();
            sizes.Add(ips.Count);
            if (ips.Contains("10.2.150.1"))
            {
                return FakeResponse.GatewayError(503, 1650300, "SERVICE_UNAVAILABLE", "upstream down");
            }

            var logs = ips.Select((ip, i) => $$"""{"bk_host_id":{{i + 1}},"ip":"{{ip}}","bk_cloud_id":0,"log_content":"log of {{ip}}"}""");
            return FakeResponse.BkJobOk($$"""{"log_type":1,"job_instance_id":100,"step_instance_id":200,"script_task_logs":[{{string.Join(",", logs)}}]}""");
        });
        var client = new JobV3Client(new HttpClient(), new BkApiClientOptions
        {
            BaseAddress = gateway.GatewayBaseAddress,
            Credentials = BkCredentials.ForUser(Secrets.AppCode, Secrets.AppSecret, Secrets.Username),
        });
        var hosts = Hosts(1_234);
        var request = Requests.ScriptStep();

        var items = new List<BkHostBatchItem<JobV3.Host, ScriptTaskLog>>();
        await foreach (var item in BkHostBatches.RunAsync(
            hosts,
            (batch, ct) => client.BatchGetJobInstanceIpLogAsync(request with { IpList = batch }, ct),
            logs => ((ScriptIpLogs)logs).ScriptTaskLogs,
            new BkHostBatchOptions { MaxConcurrency = 2 }))
        {
            items.Add(item);
        }

        Assert.Equal([234, 500, 500], sizes.Order());
        var failure = Assert.Single(items, i => !i.Succeeded);
        var error = Assert.IsType<BkGatewayException>(failure.Exception);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(1, failure.BatchIndex);
        Assert.Equal(hosts.Skip(500).Take(500), failure.BatchHosts);
        Assert.Null(failure.Result);

        var succeeded = items.Where(i => i.Succeeded).ToList();
        Assert.Equal(734, succeeded.Count);
        Assert.All(succeeded, i => Assert.Equal("log of " + i.Result!.Ip, i.Result.LogContent));
        Assert.All(succeeded, i => Assert.Contains(i.BatchHosts, h => h.Ip == i.Result!.Ip));

        // Every host is accounted for exactly once: a result, or in the failed batch.
        var accounted = succeeded.Select(i => i.Result!.Ip).Concat(failure.BatchHosts.Select(h => h.Ip)).ToList();
        Assert.Equal(hosts.Select(h => h.Ip).Order(), accounted.Order());
    }

    [Fact]
    public async Task No_more_than_MaxConcurrency_batches_run_at_once()
    {
        var running = 0;
        var peak = 0;
        var items = new List<BkHostBatchItem<int, int>>();

        await foreach (var item in BkHostBatches.RunAsync(
            Enumerable.Range(0, 5_000),
            async (batch, ct) =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref peak, now);
                await Task.Delay(30, ct);
                Interlocked.Decrement(ref running);
                return batch.Select(h => h * 2);
            },
            doubled => doubled,
            new BkHostBatchOptions { BatchSize = 100, MaxConcurrency = 3 }))
        {
            items.Add(item);
        }

        Assert.Equal(3, peak);
        Assert.Equal(5_000, items.Count);
        Assert.Equal(Enumerable.Range(0, 5_000).Select(h => h * 2), items.Select(i => i.Result).Order());
        Assert.Equal(50, items.Select(i => i.BatchIndex).Distinct().Count());
    }

    [Fact]
    public async Task Leaving_the_loop_early_cancels_the_batches_still_running()
    {
        var cancelled = 0;
        var started = 0;

        await foreach (var item in BkHostBatches.RunAsync(
            Enumerable.Range(0, 10),
            async (batch, ct) =>
            {
                if (Interlocked.Increment(ref started) == 1)
                {
                    return batch;
                }

                try
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, ct);
                }
                catch (OperationCanceledException)
                {
                    Interlocked.Increment(ref cancelled);
                    throw;
                }

                return batch;
            },
            batch => batch,
            new BkHostBatchOptions { BatchSize = 1, MaxConcurrency = 4 }))
        {
            Assert.True(item.Succeeded);
            break;
        }

        // The enumerator's disposal waited for the running batches: each saw its cancellation.
        Assert.Equal(started - 1, cancelled);
        Assert.InRange(started, 2, 5);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_ends_the_enumeration()
    {
        using var cts = new CancellationTokenSource();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in BkHostBatches.RunAsync(
                Enumerable.Range(0, 1_000),
                async (batch, ct) =>
                {
                    await Task.Delay(10, ct);
                    return batch;
                },
                batch => batch,
                new BkHostBatchOptions { BatchSize = 10, MaxConcurrency = 2 },
                cts.Token))
            {
                await cts.CancelAsync();
            }
        });

        Assert.Equal(cts.Token, ex.CancellationToken);
    }

    [Fact]
    public async Task Any_exception_of_a_batch_is_an_item_and_the_other_batches_go_on()
    {
        var items = new List<BkHostBatchItem<string, string>>();
        await foreach (var item in BkHostBatches.RunAsync(
            ["a", "b", "c", "d"],
            (batch, _) => batch[0] == "c" ? throw new InvalidOperationException("boom") : Task.FromResult(batch),
            batch => batch,
            new BkHostBatchOptions { BatchSize = 2, MaxConcurrency = 1 }))
        {
            items.Add(item);
        }

        Assert.Equal(["a", "b"], items.Where(i => i.Succeeded).Select(i => i.Result));
        var failed = Assert.Single(items, i => !i.Succeeded);
        Assert.Equal(["c", "d"], failed.BatchHosts);
        Assert.Equal("boom", failed.Exception!.Message);
    }

    [Fact]
    public async Task No_hosts_no_items_and_bad_options_are_refused()
    {
        var none = 0;
        await foreach (var unused in BkHostBatches.RunAsync<int, IReadOnlyList<int>, int>([], (b, _) => Task.FromResult(b), b => b))
        {
            none++;
        }

        Assert.Equal(0, none);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () =>
        {
            await foreach (var unused in BkHostBatches.RunAsync<int, IReadOnlyList<int>, int>([1], (b, _) => Task.FromResult(b), b => b, new BkHostBatchOptions { BatchSize = 501 }))
            {
            }
        });
    }

    [Fact]
    public async Task A_failing_host_sequence_surfaces_from_the_enumeration()
    {
        static IEnumerable<int> Broken()
        {
            yield return 1;
            throw new InvalidDataException("inventory unavailable");
        }

        var ex = await Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (var unused in BkHostBatches.RunAsync(Broken(), (b, _) => Task.FromResult(b), b => b, new BkHostBatchOptions { BatchSize = 1 }))
            {
            }
        });

        Assert.Equal("inventory unavailable", ex.Message);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
