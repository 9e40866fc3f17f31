using System.Text.Json;
using BkApiGen.Client.Tests.EdgeCases;
using BkApiGen.FakeGateway;
using BkApiGen.Runtime;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Errors;

namespace BkApiGen.Client.Tests;

/// <summary>
/// Maps through the generated client (Specs/map_data_probe, map_response_probe): a map definition used through
/// <c>$ref</c> keeps its entries (it is the map, not an empty record), a map with <c>"default": {}</c> reads absent and
/// <c>null</c> as empty as a list with <c>"default": []</c> does, and a map definition as the response is the method's result.
/// </summary>
public sealed class MapTests : IAsyncLifetime
{
    private readonly List<HttpClient> _http = [];
    private ClientHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ClientHarness.StartAsync();

    public async Task DisposeAsync()
    {
        _http.ForEach(h => h.Dispose());
        await _harness.DisposeAsync();
    }

    private ProbeClient Client()
    {
        _http.Add(new HttpClient());
        return new ProbeClient(_http[^1], new BkApiClientOptions
        {
            BaseAddress = _harness.Gateway.GetGatewayBaseAddress("probe"),
            AuthMode = BkAuthMode.Gateway,
            Credentials = Secrets.ForUser(),
        });
    }

    private void Answer(string operation, string data)
        => _harness.Gateway.MapOperation("/api/probe/prod/api/v3/" + operation, _ => FakeResponse.Json($$"""{"result": true, "code": 0, "message": "success", "data": {{data}}}"""));

    private Task<ProbeLabelsData> GetLabels(string data)
    {
        Answer("get_probe_labels", data);
        return Client().GetProbeLabelsAsync(new GetProbeLabelsRequest { Id = 2 });
    }

    [Fact]
    public async Task The_entries_of_a_referenced_map_definition_decode()
    {
        var data = await GetLabels("""
            {"tags": {"env": "prod", "team": "ops"}, "hosts": [{"bk_host_id": 101, "labels": {"rack": "r1", "row": "7"}}]}
            """);

        IReadOnlyDictionary<string, string>? tags = data.Tags;
        Assert.Equal(new Dictionary<string, string> { ["env"] = "prod", ["team"] = "ops" }, tags);
        Assert.Equal(new Dictionary<string, string> { ["rack"] = "r1", ["row"] = "7" }, data.Hosts[0].Labels);
    }

    [Theory]
    [InlineData("""{"tags": null, "counts": null, "hosts": [{"bk_host_id": 101, "labels": null}]}""")]
    [InlineData("""{"hosts": [{"bk_host_id": 101}]}""")]
    public async Task A_map_with_default_empty_reads_absent_or_null_as_empty_and_one_without_as_null(string data)
    {
        var read = await GetLabels(data);

        IReadOnlyDictionary<string, long> counts = read.Counts;
        Assert.Empty(counts);
        Assert.Empty(read.Hosts[0].Labels);
        Assert.Null(read.Tags);
    }

    [Fact]
    public async Task A_map_with_default_empty_reads_its_entries_when_present()
    {
        // A number sent as a string is read as members are.
        var read = await GetLabels("""{"counts": {"env": 2, "team": "1"}}""");

        Assert.Equal(new Dictionary<string, long> { ["env"] = 2, ["team"] = 1 }, read.Counts);
        Assert.Empty(read.Hosts);
    }

    [Fact]
    public async Task A_map_whose_values_may_be_null_keeps_its_null_entries()
    {
        var read = await GetLabels("""{"notes": {"env": "set by CI", "team": null}}""");

        IReadOnlyDictionary<string, string?>? notes = read.Notes;
        Assert.Equal(new Dictionary<string, string?> { ["env"] = "set by CI", ["team"] = null }, notes);
    }

    [Fact]
    public async Task A_map_value_of_another_shape_is_an_invalid_response()
    {
        Answer("get_probe_labels", """{"counts": {"env": {"n": 2}}}""");

        var ex = await Assert.ThrowsAsync<BkInvalidResponseException>(() => Client().GetProbeLabelsAsync(new GetProbeLabelsRequest { Id = 2 }));

        Assert.Contains("expected an integer, found an object", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_map_with_default_empty_starts_empty_and_sends_what_is_set()
    {
        var bodies = new List<string>();
        _harness.Gateway.MapOperation("/api/probe/prod/api/v3/get_probe_labels", request =>
        {
            bodies.Add(request.Body);
            return FakeResponse.Json("""{"result": true, "code": 0, "message": "success", "data": {}}""");
        });
        var client = Client();

        var unset = new GetProbeLabelsRequest { Id = 2 };
        await client.GetProbeLabelsAsync(unset);
        await client.GetProbeLabelsAsync(new GetProbeLabelsRequest
        {
            Id = 2,
            Match = new Dictionary<string, string> { ["env"] = "prod" },
            Host = new ProbeLabelledHost { HostId = 7, Labels = new Dictionary<string, string> { ["rack"] = "r1" } },
        });

        Assert.Empty(unset.Match);
        using var first = JsonDocument.Parse(bodies[0]);
        Assert.Equal(JsonValueKind.Object, first.RootElement.GetProperty("match").ValueKind);
        Assert.Empty(first.RootElement.GetProperty("match").EnumerateObject());
        using var second = JsonDocument.Parse(bodies[1]);
        Assert.Equal("prod", second.RootElement.GetProperty("match").GetProperty("env").GetString());
        Assert.Equal("r1", second.RootElement.GetProperty("host").GetProperty("labels").GetProperty("rack").GetString());
    }

    [Fact]
    public async Task A_map_definition_as_the_response_is_returned_as_the_map()
    {
        Answer("count_probe_labels", """{"env": 2, "team": "1"}""");

        IReadOnlyDictionary<string, long> counts = await Client().CountProbeLabelsAsync(new CountProbeLabelsRequest { Id = 2 });

        Assert.Equal(new Dictionary<string, long> { ["env"] = 2, ["team"] = 1 }, counts);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[1, 2]")]
    public async Task A_map_response_that_is_null_or_not_an_object_is_an_invalid_response(string data)
    {
        Answer("count_probe_labels", data);

        await Assert.ThrowsAsync<BkInvalidResponseException>(() => Client().CountProbeLabelsAsync(new CountProbeLabelsRequest { Id = 2 }));
    }
}
