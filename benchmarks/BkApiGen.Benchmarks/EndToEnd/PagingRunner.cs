using System.Diagnostics;
using System.Globalization;
using BkApiGen.Benchmarks.Cc;
using BkApiGen.FakeGateway;
using BkApiGen.Runtime;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Paging;

namespace BkApiGen.Benchmarks.EndToEnd;

/// <summary>
/// <c>--paging</c>: listing every host of a CMDB business through the generated <c>ListBizHostsAllAsync</c> (BkPages: the
/// first page, then up to 4 pages at a time, items in order) against hand-written concurrent page calls over the same
/// generated single-page method (first page for the count, then the remaining pages 4 at a time with
/// <c>Task.WhenAll</c>, results appended in order — what bk-nodeman's batch_request does), against the loopback fake
/// CMDB. Rounds alternate (ABBA). Then memory while streaming: the peak live managed heap (after a full collection at every 500th host) over a listing of N and of 10·N hosts,
/// the consumer keeping nothing — flat means the same peak whatever the number of pages.
/// </summary>
public static class PagingRunner
{
    private const int PageSize = 500;
    private const int Concurrency = 4;

    public static async Task<int> RunAsync(int hosts, int rounds)
    {
        await using var gateway = await FakeBkGateway.StartAsync();
        await using var largeGateway = await FakeBkGateway.StartAsync();
        FakeCmdb.Attach(gateway, hosts);
        FakeCmdb.Attach(largeGateway, hosts * 10);
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) });
        var client = Client(http, gateway);
        var request = new ListBizHostsRequest { BizId = 2, Fields = ["bk_host_id", "bk_cloud_id", "bk_host_innerip"], Page = new Page { Start = 0, Limit = PageSize } };
        var limited = request;

        // Warm-up: JIT both paths.
        for (var i = 0; i < 5; i++)
        {
            await CountGeneratedAsync(client, limited);
            await CountHandWrittenAsync(client, limited);
        }

        var generated = new List<double>();
        var handWritten = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var order = round % 2 == 0 ? new[] { true, false } : [false, true];
            foreach (var isGenerated in order)
            {
                var started = Stopwatch.GetTimestamp();
                var count = isGenerated ? await CountGeneratedAsync(client, limited) : await CountHandWrittenAsync(client, limited);
                var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
                if (count != hosts)
                {
                    throw new InvalidOperationException($"listed {count} hosts, expected {hosts}");
                }

                (isGenerated ? generated : handWritten).Add(hosts / seconds);
            }
        }

        var ratios = generated.Zip(handWritten, (g, h) => g / h).Order().ToList();
        Console.WriteLine($"| listing {hosts:N0} hosts, pages of {PageSize}, {Concurrency} at a time | hosts/s (median) |");
        Console.WriteLine("|---|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| generated ListBizHostsAllAsync | {Median(generated):N0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| hand-written concurrent page calls | {Median(handWritten):N0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Paired per-round ratio generated / hand-written: median {Median(ratios):F2}x (IQR {ratios[ratios.Count / 4]:F2}–{ratios[ratios.Count * 3 / 4]:F2}), {rounds} rounds"));

        var small = await PeakHeapWhileStreamingAsync(client, request);
        var large = await PeakHeapWhileStreamingAsync(Client(http, largeGateway), request);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Peak managed heap while streaming: {hosts:N0} hosts ({hosts / PageSize} pages) {small / 1024.0 / 1024:F1} MB, {hosts * 10:N0} hosts ({hosts * 10 / PageSize} pages) {large / 1024.0 / 1024:F1} MB: {large / (double)small:F2}x for 10x the pages"));
        return 0;
    }

    private static CcClient Client(HttpClient http, FakeBkGateway gateway) => new(http, new BkApiClientOptions
    {
        BaseAddress = gateway.EsbBaseAddress,
        AuthMode = BkAuthMode.Esb,
        Credentials = BkCredentials.ForUser("demo-app", "demo-secret", "admin"),
    });

    private static async Task<int> CountGeneratedAsync(CcClient client, ListBizHostsRequest request)
    {
        var count = 0;
        await foreach (var host in client.ListBizHostsAllAsync(request, new BkPagingOptions { MaxConcurrency = Concurrency }))
        {
            count += host.HostId is null ? 0 : 1;
        }

        return count;
    }

    /// <summary>What a careful person writes without the helper: probe, then fixed batches of concurrent pages.</summary>
    private static async Task<int> CountHandWrittenAsync(CcClient client, ListBizHostsRequest request)
    {
        var first = await client.ListBizHostsAsync(request with { Page = request.Page with { Start = 0, Limit = PageSize } });
        var all = new List<Host>(first.Info ?? []);
        var total = first.Count ?? 0;
        for (long start = PageSize; start < total; start += PageSize * Concurrency)
        {
            var batch = new List<Task<HostPage>>();
            for (var offset = start; offset < Math.Min(total, start + (PageSize * Concurrency)); offset += PageSize)
            {
                batch.Add(client.ListBizHostsAsync(request with { Page = request.Page with { Start = (int)offset, Limit = PageSize } }));
            }

            foreach (var page in await Task.WhenAll(batch))
            {
                all.AddRange(page.Info ?? []);
            }
        }

        return all.Count(h => h.HostId is not null);
    }

    private static async Task<long> PeakHeapWhileStreamingAsync(CcClient client, ListBizHostsRequest request)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long peak = 0;
        var pages = 0;
        await foreach (var host in client.ListBizHostsAllAsync(request, new BkPagingOptions { MaxConcurrency = Concurrency }))
        {
            if (++pages % PageSize == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true)); // the live set: what streaming holds
            }

            _ = host;
        }

        return peak;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
