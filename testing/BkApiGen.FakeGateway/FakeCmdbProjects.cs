using System.Text.Json.Nodes;

namespace BkApiGen.FakeGateway;

/// <summary>
/// CMDB's <c>list_project</c> as bk-cmdb answers it (<c>ListProject</c>: <c>RespEntityWithCount(count, [])</c> when
/// <c>page.enable_count</c> is true, else the page's items with <c>count</c> 0): a table of projects with ids 1..n, pages by
/// id. A count request must keep the other page members at their initial values (start 0, limit 0, no sort), as the doc
/// says. Mapped on the ESB path (<c>/api/c/compapi/v2/cc/list_project/</c>).
/// </summary>
public sealed class FakeCmdbProjects
{
    /// <summary>The ESB path of <c>list_project</c>.</summary>
    public const string ListProjectEsbPath = FakeBkGateway.EsbPathPrefix + "v2/cc/list_project/";

    private readonly Lock _lock = new();
    private readonly List<(bool CountOnly, long Start, int Limit)> _calls = [];
    private readonly int _projects;

    private FakeCmdbProjects(int projects) => _projects = projects;

    /// <summary>The calls so far in arrival order: count requests, and pages by start and limit.</summary>
    public IReadOnlyList<(bool CountOnly, long Start, int Limit)> Calls
    {
        get
        {
            lock (_lock)
            {
                return _calls.ToArray();
            }
        }
    }

    /// <summary>Maps the fake on <paramref name="gateway"/> with <paramref name="projects"/> projects.</summary>
    public static FakeCmdbProjects Attach(FakeBkGateway gateway, int projects)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        ArgumentOutOfRangeException.ThrowIfNegative(projects);
        var cmdb = new FakeCmdbProjects(projects);
        gateway.MapOperation(ListProjectEsbPath, cmdb.ListProject);
        return cmdb;
    }

    private FakeResponse ListProject(FakeRequest request)
    {
        if (request.GetBodyJson()?["page"] is not JsonObject page || (long?)page["start"] is not { } start || (int?)page["limit"] is not { } limit
            || (bool?)page["enable_count"] is not { } countOnly)
        {
            return FakeResponse.EsbError("page: start, limit and enable_count are required", 1199006);
        }

        if (countOnly ? start != 0 || limit != 0 || !string.IsNullOrEmpty((string?)page["sort"]) : start < 0 || limit is < 1 or > FakeCmdb.MaxLimit)
        {
            return FakeResponse.EsbError(countOnly ? "page: a count request has start 0, limit 0 and no sort" : "page.limit must be from 1 to 500", 1199006);
        }

        lock (_lock)
        {
            _calls.Add((countOnly, start, limit));
        }

        var ids = countOnly ? [] : Enumerable.Range((int)Math.Min(start + 1, int.MaxValue), (int)Math.Max(0, Math.Min(limit, _projects - start))).ToList();
        var json = FakeJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteBoolean("result", true);
            w.WriteNumber("code", 0);
            w.WriteString("message", "success");
            w.WriteString("permission", (string?)null);
            w.WriteString("request_id", FakeBkGateway.NewRequestId());
            w.WriteStartObject("data");
            w.WriteNumber("count", countOnly ? _projects : 0);
            w.WriteStartArray("info");
            foreach (var id in ids)
            {
                w.WriteStartObject();
                w.WriteNumber("id", id);
                w.WriteString("bk_project_name", $"project-{id}");
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        });
        return new FakeResponse(200, FakeResponse.JsonContentType, json);
    }
}
