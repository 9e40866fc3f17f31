using BkApiGen.Client.Tests.EdgeCases;
using BkApiGen.FakeGateway;
using BkApiGen.Runtime;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Errors;

namespace BkApiGen.Client.Tests;

/// <summary>
/// Operations whose <c>data</c> is not an object (Specs/scalar_data_probe, nullable_scalar_data_probe, list_data_probe):
/// the method returns the number, the nullable number or the list itself, read from envelopes shaped as bk-job sends them.
/// </summary>
public sealed class ScalarDataTests : IAsyncLifetime
{
    private readonly List<HttpClient> _http = [];
    private ClientHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ClientHarness.StartAsync();

    public async Task DisposeAsync()
    {
        _http.ForEach(h => h.Dispose());
        await _harness.DisposeAsync();
    }

    private ProbeClient Client(BkAuthMode mode = BkAuthMode.Gateway)
    {
        _http.Add(new HttpClient());
        return new ProbeClient(_http[^1], new BkApiClientOptions
        {
            BaseAddress = mode == BkAuthMode.Gateway ? _harness.Gateway.GetGatewayBaseAddress("probe") : _harness.Gateway.EsbBaseAddress,
            AuthMode = mode,
            Credentials = Secrets.ForUser(),
        });
    }

    private void Answer(string operation, string body)
        => _harness.Gateway.MapOperation("/api/probe/prod/api/v3/" + operation, _ => FakeResponse.Json(body));

    [Theory]
    // update_cron_status's doc example, data last and first, and a number sent as a string (read leniently like members).
    [InlineData("""{"result": true, "code": 0, "data": 2, "job_request_id": "xxx"}""")]
    [InlineData("""{"data": 2, "result": true, "code": 0, "message": "success"}""")]
    [InlineData("""{"result": true, "code": 0, "message": "success", "data": "2"}""")]
    public async Task A_number_data_is_returned_as_the_number(string body)
    {
        Answer("update_probe_status", body);

        long id = await Client().UpdateProbeStatusAsync(new UpdateProbeStatusRequest { Id = 2, Status = 1 });

        Assert.Equal(2, id);
    }

    [Fact]
    public async Task A_number_data_reads_through_the_esb_too()
    {
        FakeRequest? seen = null;
        _harness.Gateway.MapOperation("/api/c/compapi/v2/probe/update_probe_status/", request =>
        {
            seen = request;
            return FakeResponse.Json("""{"result": true, "code": 0, "message": "success", "data": 2, "request_id": "r1"}""");
        });

        Assert.Equal(2, await Client(BkAuthMode.Esb).UpdateProbeStatusAsync(new UpdateProbeStatusRequest { Id = 2, Status = 1 }));
        Assert.Equal("POST", seen!.Method);
    }

    [Theory]
    [InlineData("""{"result": true, "code": 0, "message": "success", "data": null, "request_id": "r1"}""")]
    [InlineData("""{"result": true, "code": 0, "message": "success", "request_id": "r1"}""")]
    public async Task A_null_or_missing_data_the_spec_does_not_allow_is_an_invalid_response_not_zero(string body)
    {
        Answer("update_probe_status", body);

        var ex = await Assert.ThrowsAsync<BkInvalidResponseException>(() => Client().UpdateProbeStatusAsync(new UpdateProbeStatusRequest { Id = 2, Status = 1 }));

        Assert.Contains("data is missing or null", ex.Problem, StringComparison.Ordinal);
        Assert.Equal("r1", ex.RequestId);
    }

    [Fact]
    public async Task Data_of_another_shape_is_an_invalid_response_naming_it()
    {
        // What bk-job's server really sends for update_cron_status (an EsbCronInfoV3DTO with only its id) under a spec that
        // followed the doc's "data": 2.
        Answer("update_probe_status", """{"result": true, "code": 0, "data": {"id": 2}}""");

        var ex = await Assert.ThrowsAsync<BkInvalidResponseException>(() => Client().UpdateProbeStatusAsync(new UpdateProbeStatusRequest { Id = 2, Status = 1 }));

        Assert.Contains("value", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"result": true, "code": 0, "message": "success", "data": 5}""", 5L)]
    [InlineData("""{"result": true, "code": 0, "message": "success", "data": null}""", null)]
    [InlineData("""{"result": true, "code": 0, "message": "success"}""", null)]
    [InlineData("""{"result": true, "code": 0, "message": "success", "data": 0}""", 0L)]
    public async Task A_nullable_number_data_is_null_when_the_server_sends_none(string body, long? expected)
    {
        Answer("count_probe_runs", body);

        long? count = await Client().CountProbeRunsAsync(new CountProbeRunsRequest { Id = 2 });

        Assert.Equal(expected, count);
    }

    [Fact]
    public async Task An_error_envelope_of_a_nullable_data_operation_is_still_an_api_error()
    {
        Answer("count_probe_runs", """{"result": false, "code": 1240002, "message": "no such probe", "data": null}""");

        var ex = await Assert.ThrowsAsync<BkApiErrorException>(() => Client().CountProbeRunsAsync(new CountProbeRunsRequest { Id = 2 }));

        Assert.Equal(1240002, ex.Code);
    }

    [Fact]
    public async Task A_list_data_is_returned_as_the_list_with_nullable_members()
    {
        Answer("list_probe_hosts", """{"result": true, "code": 0, "data": [{"bk_host_id": 101, "ip": "10.0.0.1"}, {"bk_host_id": 102, "ip": null}, {}]}""");

        IReadOnlyList<ListedHost> hosts = await Client().ListProbeHostsAsync(new ListProbeHostsRequest { Id = 2 });

        Assert.Equal([101L, 102L, null], hosts.Select(h => h.HostId));
        Assert.Equal(["10.0.0.1", null, null], hosts.Select(h => h.Ip));
    }

    [Fact]
    public async Task A_null_item_in_a_list_data_whose_items_may_not_be_null_is_an_invalid_response()
    {
        Answer("list_probe_hosts", """{"result": true, "code": 0, "data": [{"bk_host_id": 101}, null]}""");

        var ex = await Assert.ThrowsAsync<BkInvalidResponseException>(() => Client().ListProbeHostsAsync(new ListProbeHostsRequest { Id = 2 }));

        Assert.Contains("data[1]", ex.Message, StringComparison.Ordinal);
    }
}
