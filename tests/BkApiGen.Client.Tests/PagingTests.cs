using BkApiGen.FakeGateway;
using BkApiGen.Runtime;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Batching;
using BkApiGen.Runtime.Errors;
using BkApiGen.Runtime.Paging;
using Cc = BkApiGen.Client.Tests.Cc;

namespace BkApiGen.Client.Tests;

/// <summary>The generated <c>…AllAsync</c> (x-bkapi.pagination) and <c>…ChunkedBy…Async</c> (x-bkapi.chunk) methods of specs/cc against the fake CMDB.</summary>
public sealed class PagingTests
{
    private static Cc.CcClient Cmdb(FakeBkGateway gateway) => new(new HttpClient(), new BkApiClientOptions
    {
        BaseAddress = gateway.EsbBaseAddress,
        AuthMode = BkAuthMode.Esb,
        Credentials = Secrets.ForUser(),
    });

    private static Cc.ListBizHostsRequest AllHosts() => new() { BizId = 2, Fields = ["bk_host_id", "bk_host_innerip"], Page = new Cc.Page { Start = 0, Limit = 1 } };

    [Fact]
    public async Task Every_host_of_2345_comes_back_once_in_order_in_pages_of_500()
    {
        await using var gateway = await FakeBkGateway.StartAsync(Secrets.GatewayOptions());
        var cmdb = FakeCmdb.Attach(gateway, 2345);

        var hosts = await Cmdb(gateway).ListBizHostsAllAsync(AllHosts()).ToListAsync();

        Assert.Equal(Enumerable.Range(1, 2345).Select(i => (long?)i), hosts.Select(h => h.HostId));
        Assert.Equal(FakeCmdb.IpOf(1234), hosts[1233].HostInnerip);
        Assert.Equal([0L, 500, 1000, 1500, 2000], cmdb.Pages.Select(p => p.Start).Order());
        Assert.All(cmdb.Pages, p => Assert.Equal(500, p.Limit));
    }

    [Fact]
    public async Task The_caller_sort_and_page_size_are_kept_on_every_page()
    {
        await using var gateway = await FakeBkGateway.StartAsync(Secrets.GatewayOptions());
        var cmdb = FakeCmdb.Attach(gateway, 450);
        var request = AllHosts() with { Page = new Cc.Page { Start = 0, Limit = 1, Sort = "bk_host_id" } };

        var hosts = await Cmdb(gateway).ListBizHostsAllAsync(request, new BkPagingOptions { PageSize = 200 }).ToListAsync();

        Assert.Equal(450, hosts.Count);
        Assert.Equal([(0L, 200), (200, 200), (400, 200)], cmdb.Pages.Order());
        Assert.All(gateway.Requests, r => Assert.Equal("bk_host_id", (string?)r.GetBodyJson()!["page"]!["sort"]));
    }

    [Fact]
    public async Task Hosts_added_while_paging_stop_the_read_by_default_and_are_read_when_asked()
    {
        await using var gateway = await FakeBkGateway.StartAsync(Secrets.GatewayOptions());
        var cmdb = FakeCmdb.Attach(gateway, 2345);
        cmdb.AfterPage = start =>
        {
            if (start == 500)
            {
                cmdb.AddHosts(100);
            }
        };
        var client = Cmdb(gateway);
        var sequential = new BkPagingOptions { MaxConcurrency = 1 };

        var error = await Assert.ThrowsAsync<BkPageCountChangedException>(async () => await client.ListBizHostsAllAsync(AllHosts(), sequential).ToListAsync());
        Assert.Equal((2345L, 2445L, 1000L), (error.PreviousCount, error.NewCount, error.Offset));

        cmdb = FakeCmdb.Attach(gateway, 2345);
        cmdb.AfterPage = start =>
        {
            if (start == 500)
            {
                cmdb.AddHosts(100);
            }
        };
        var changes = new List<BkPageCountChange>();
        var hosts = await client.ListBizHostsAllAsync(AllHosts(), new BkPagingOptions { MaxConcurrency = 1, OnCountChanged = BkPageCountChangePolicy.ReadToLatestCount, CountChanged = changes.Add }).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 2445).Select(i => (long?)i), hosts.Select(h => h.HostId));
        Assert.Single(changes);
    }

    [Fact]
    public async Task An_enable_count_operation_reads_its_total_from_a_count_request_then_every_page()
    {
        // bk-cmdb answers each page of list_project with count 0: read as the total, the read would stop after one page.
        await using var gateway = await FakeBkGateway.StartAsync(Secrets.GatewayOptions());
        var cmdb = FakeCmdbProjects.Attach(gateway, 1234);
        var request = new Cc.ListProjectRequest { Page = new Cc.PageListBusinessInBusinessSet { Start = 0, Limit = 10, EnableCount = false, Sort = "id" } };

        var projects = await Cmdb(gateway).ListProjectAllAsync(request).ToListAsync();

        Assert.Equal(Enumerable.Range(1, 1234).Select(i => (int?)i).ToList(), projects.Select(p => p.Id).ToList());
        Assert.Equal((true, 0L, 0), cmdb.Calls[0]);
        Assert.Equal([(false, 0L, 500), (false, 500, 500), (false, 1000, 500)], cmdb.Calls.Skip(1).Order());
        Assert.All(gateway.Requests.Skip(1), r => Assert.Equal("id", (string?)r.GetBodyJson()!["page"]!["sort"])); // the caller's sort on every page
    }

    [Fact]
    public async Task A_page_the_server_refuses_is_reported_with_its_offset_and_the_api_error()
    {
        await using var gateway = await FakeBkGateway.StartAsync(Secrets.GatewayOptions());
        var cmdb = FakeCmdb.Attach(gateway, 1200);
        cmdb.Fault = start => start == 1000 ? FakeResponse.EsbError("CMDB is restarting", 1199999) : null;
        var seen = 0;

        var error = await Assert.ThrowsAsync<BkPagingException>(async () =>
        {
            await foreach (var _ in Cmdb(gateway).ListBizHostsAllAsync(AllHosts()))
            {
                seen++;
            }
        });

        Assert.Equal(1000, error.Offset);
        var api = Assert.IsType<BkApiErrorException>(error.InnerException);
        Assert.Equal(1199999, api.Code);
        Assert.Equal(1000, seen);
    }

    [Fact]
    public async Task A_module_list_over_500_is_split_into_calls_of_at_most_500()
    {
        await using var gateway = await FakeBkGateway.StartAsync(Secrets.GatewayOptions());
        FakeCmdb.Attach(gateway, 2000);
        var request = AllHosts() with { ModuleIds = Enumerable.Range(1, 1234).Select(i => (long)i).ToList(), Page = new Cc.Page { Start = 0, Limit = 500 } };

        var calls = await Cmdb(gateway).ListBizHostsChunkedByModuleIdsAsync(request).ToListAsync();

        Assert.Equal([234, 500, 500], calls.Select(c => c.Chunk.Count).Order());
        Assert.All(calls, c => Assert.True(c.Succeeded));
        Assert.Equal(1234, calls.Sum(c => c.Result!.Count));
        Assert.Equal([234, 500, 500], gateway.Requests.Select(r => r.GetBodyJson()!["bk_module_ids"]!.AsArray().Count).Order());
    }

    [Fact]
    public async Task A_page_size_over_the_documented_maximum_is_refused_before_sending()
    {
        await using var gateway = await FakeBkGateway.StartAsync(Secrets.GatewayOptions());
        FakeCmdb.Attach(gateway, 10);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await Cmdb(gateway).ListBizHostsAllAsync(AllHosts(), new BkPagingOptions { PageSize = 501 }).ToListAsync());
        Assert.Empty(gateway.Requests);
    }
}
