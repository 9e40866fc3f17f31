using System.Text.Json;
using System.Text.Json.Nodes;

namespace BkApiGen.FakeGateway;

/// <summary>
/// A small CMDB: <c>list_biz_hosts</c> over a host table that tests can grow while it is being read. Host <c>n</c>
/// (1-based) has IP <c>10.x.y.z</c> from <c>n</c> and sits in module <c>n</c>; pages are sorted by <c>bk_host_id</c>, at most
/// <see cref="MaxLimit"/> per page as CMDB allows. Mapped on the ESB path (<c>/api/c/compapi/v2/cc/list_biz_hosts/</c>).
/// </summary>
public sealed class FakeCmdb
{
    /// <summary>CMDB's most hosts per page.</summary>
    public const int MaxLimit = 500;

    /// <summary>The ESB path of <c>list_biz_hosts</c>.</summary>
    public const string ListBizHostsEsbPath = FakeBkGateway.EsbPathPrefix + "v2/cc/list_biz_hosts/";

    private readonly Lock _lock = new();
    private readonly List<(long Start, int Limit)> _pages = [];
    private int _hosts;

    private readonly long _bizId;

    private FakeCmdb(int hosts, long bizId)
    {
        _hosts = hosts;
        _bizId = bizId;
    }

    /// <summary>Runs after a page is cut and before it is sent (e.g. to insert hosts mid-way); gets the page's offset.</summary>
    public Action<long>? AfterPage { get; set; }

    /// <summary>Answers instead of the table for the pages it returns a response for (by offset), e.g. an API error.</summary>
    public Func<long, FakeResponse?>? Fault { get; set; }

    /// <summary>The pages asked for so far, in arrival order.</summary>
    public IReadOnlyList<(long Start, int Limit)> Pages
    {
        get
        {
            lock (_lock)
            {
                return _pages.ToArray();
            }
        }
    }

    /// <summary>Maps the fake on <paramref name="gateway"/> with <paramref name="hosts"/> hosts in business <paramref name="bizId"/>.</summary>
    public static FakeCmdb Attach(FakeBkGateway gateway, int hosts, long bizId = 2)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        ArgumentOutOfRangeException.ThrowIfNegative(hosts);
        var cmdb = new FakeCmdb(hosts, bizId);
        gateway.MapOperation(ListBizHostsEsbPath, cmdb.ListBizHosts);
        return cmdb;
    }

    /// <summary>Adds hosts at the end of the table (a concurrent insert while someone pages through it).</summary>
    public void AddHosts(int count)
    {
        lock (_lock)
        {
            _hosts += count;
        }
    }

    /// <summary>The IP of host <paramref name="hostId"/>.</summary>
    public static string IpOf(long hostId) => $"10.{hostId / 65536 % 256}.{hostId / 256 % 256}.{hostId % 256}";

    private FakeResponse ListBizHosts(FakeRequest request)
    {
        if (request.GetBodyJson() is not JsonObject body || (long?)body["bk_biz_id"] != _bizId)
        {
            return FakeResponse.EsbError(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"bk_biz_id: business {_bizId} is the only one here"), 1199006);
        }

        if (body["page"] is not JsonObject page || (long?)page["start"] is not { } start || start < 0 || (int?)page["limit"] is not { } limit || limit < 1)
        {
            return FakeResponse.EsbError("page: start and limit are required", 1199006);
        }

        if (limit > MaxLimit)
        {
            return FakeResponse.EsbError($"page.limit {limit} exceeds the maximum {MaxLimit}", 1199006);
        }

        if (Fault?.Invoke(start) is { } fault)
        {
            return fault;
        }

        // Host n sits in module n: a module filter selects those hosts; the table is never materialized (a page costs its size).
        var modules = (body["bk_module_ids"] as JsonArray)?.Select(m => m!.GetValue<long>()).Distinct().Order().ToList();
        int total;
        lock (_lock)
        {
            _pages.Add((start, limit));
            total = _hosts;
        }

        var count = modules?.Count(m => m >= 1 && m <= total) ?? total;
        var slice = modules is null
            ? Enumerable.Range((int)Math.Min(start + 1, int.MaxValue), (int)Math.Max(0, Math.Min(limit, total - start))).Select(h => (long)h).ToList()
            : modules.Where(m => m >= 1 && m <= total).Skip((int)Math.Min(start, int.MaxValue)).Take(limit).ToList();
        AfterPage?.Invoke(start);
        var json = FakeJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteBoolean("result", true);
            w.WriteNumber("code", 0);
            w.WriteString("message", "success");
            w.WriteString("permission", (string?)null);
            w.WriteString("request_id", FakeBkGateway.NewRequestId());
            w.WriteStartObject("data");
            w.WriteNumber("count", count);
            w.WriteStartArray("info");
            foreach (var host in slice)
            {
                w.WriteStartObject();
                w.WriteNumber("bk_host_id", host);
                w.WriteString("bk_host_innerip", IpOf(host));
                w.WriteNumber("bk_cloud_id", 0);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        });
        return new FakeResponse(200, FakeResponse.JsonContentType, json);
    }
}
