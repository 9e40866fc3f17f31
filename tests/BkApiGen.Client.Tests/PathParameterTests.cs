using System.Text.Json;
using BkApiGen.Client.Tests.EdgeCases;
using BkApiGen.FakeGateway;
using BkApiGen.Runtime;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Errors;

namespace BkApiGen.Client.Tests;

/// <summary>
/// PUT and DELETE gateway resources with path parameters, end to end (Specs/update_inst and Specs/delete_inst, system
/// <c>bk-cmdb</c>): a member fills its <c>{name}</c> segment percent-escaped and is not sent again; PUT sends the others as
/// the JSON body, DELETE as the query string.
/// </summary>
public sealed class PathParameterTests : IAsyncLifetime
{
    // A model id with characters a path cannot carry as they are: '/', a space, '&', '?', '%' and non-ASCII.
    private const string ObjectId = "host/x y&z?%é";
    private const string EscapedObjectId = "host%2Fx%20y%26z%3F%25%C3%A9";

    // The same segment as the fake's recorded Path has it (decoded by Kestrel, except %2F, and written out as a PathString).
    private const string RoutedObjectId = "host%2Fx%20y&z%3F%25%C3%A9";
    private const string Ok = """{"result": true, "code": 0, "message": "success", "data": {"bk_inst_id": 42}, "request_id": "c0ffee"}""";

    private readonly List<HttpClient> _http = [];
    private ClientHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ClientHarness.StartAsync();

    public async Task DisposeAsync()
    {
        _http.ForEach(h => h.Dispose());
        await _harness.DisposeAsync();
    }

    private BkCmdbClient Client(BkAuthMode mode = BkAuthMode.Gateway)
    {
        var options = new BkApiClientOptions
        {
            BaseAddress = mode == BkAuthMode.Gateway ? _harness.Gateway.GetGatewayBaseAddress("bk-cmdb") : _harness.Gateway.EsbBaseAddress,
            AuthMode = mode,
            Credentials = Secrets.ForUser(),
        };
        _http.Add(new HttpClient());
        return new BkCmdbClient(_http[^1], options);
    }

    [Fact]
    public async Task Put_fills_the_path_parameters_escaped_and_sends_the_other_members_as_the_body()
    {
        FakeRequest? seen = null;
        _harness.Gateway.MapOperation("/api/bk-cmdb/prod/api/v3/update/instance/object/" + RoutedObjectId + "/inst/42", request =>
        {
            seen = request;
            return FakeResponse.Json(Ok);
        });

        var data = await Client().UpdateInstAsync(new UpdateInstRequest { ObjId = ObjectId, InstId = 42, InstName = "web-1" });

        Assert.Equal(42, data.InstId);
        Assert.NotNull(seen);
        Assert.Equal("PUT", seen!.Method);
        Assert.Equal("/api/bk-cmdb/prod/api/v3/update/instance/object/" + EscapedObjectId + "/inst/42", seen.RawTarget);
        Assert.Equal("application/json", seen.Headers["Content-Type"].Split(';')[0]);
        JsonAssert.Equivalent("""{"bk_inst_name": "web-1"}""", seen.Body);
    }

    [Fact]
    public async Task Delete_fills_the_path_parameter_and_sends_the_other_members_as_query_parameters()
    {
        FakeRequest? seen = null;
        _harness.Gateway.MapOperation("/api/bk-cmdb/prod/api/v3/delete/instance/object/" + RoutedObjectId, request =>
        {
            seen = request;
            return FakeResponse.Json(Ok);
        });

        var data = await Client().DeleteInstAsync(new DeleteInstRequest { ObjId = ObjectId, InstIds = [1, 2], Force = true });

        Assert.Equal(42, data.InstId);
        Assert.Equal("DELETE", seen!.Method);
        Assert.Equal("/api/bk-cmdb/prod/api/v3/delete/instance/object/" + EscapedObjectId + "?bk_inst_ids=1%2C2&force=true", seen.RawTarget);
        Assert.Empty(seen.Body);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public async Task An_empty_or_missing_path_member_is_refused_before_sending(string? objectId)
    {
        var request = new UpdateInstRequest { ObjId = objectId!, InstId = 42 };

        var error = await Assert.ThrowsAsync<BkApiValidationException>(() => Client().UpdateInstAsync(request));

        Assert.Contains(error.Errors, e => e.Path == "bk_obj_id");
        Assert.Empty(_harness.Gateway.Requests);
    }

    [Fact]
    public async Task On_the_esb_the_call_is_a_post_with_every_member_in_the_body()
    {
        FakeRequest? seen = null;
        _harness.Gateway.MapOperation("/api/c/compapi/v2/cc/update_inst/", request =>
        {
            seen = request;
            return FakeResponse.Json(Ok);
        });

        await Client(BkAuthMode.Esb).UpdateInstAsync(new UpdateInstRequest { ObjId = ObjectId, InstId = 42 });

        Assert.Equal("POST", seen!.Method);
        using var body = JsonDocument.Parse(seen.Body);
        Assert.Equal(ObjectId, body.RootElement.GetProperty("bk_obj_id").GetString());
        Assert.Equal(42, body.RootElement.GetProperty("bk_inst_id").GetInt64());
    }

    [Fact]
    public async Task An_esb_path_with_path_variables_is_filled_and_the_variables_stay_in_the_body()
    {
        // nodeman's ESB components: /api/c/compapi/v2/nodeman/{bk_biz_id}/tasks/{job_id}/.
        FakeRequest? seen = null;
        _harness.Gateway.MapOperation("/api/c/compapi/v2/nodeman/2/tasks/7/", request =>
        {
            seen = request;
            return FakeResponse.Json("""{"result":true,"code":0,"message":"","data":{"job_id":7,"status":"RUNNING"}}""");
        });
        _http.Add(new HttpClient());
        var client = new NodemanClient(_http[^1], new BkApiClientOptions { BaseAddress = _harness.Gateway.EsbBaseAddress, AuthMode = BkAuthMode.Esb, Credentials = Secrets.ForUser() });

        var task = await client.GetTaskInfoAsync(new GetTaskInfoRequest { BizId = 2, JobId = 7 });

        Assert.Equal("RUNNING", task.Status);
        Assert.Equal("POST", seen!.Method);
        using var body = JsonDocument.Parse(seen.Body);
        Assert.Equal(2, body.RootElement.GetProperty("bk_biz_id").GetInt64());
        Assert.Equal(7, body.RootElement.GetProperty("job_id").GetInt64());
    }

    [Fact]
    public void The_shared_result_type_is_one_type_that_both_operations_json_contexts_resolve()
    {
        // inst_result is declared by both specs: delete_inst (first by path) emits it, update_inst reuses it.
        Assert.Same(typeof(InstResult), UpdateInstJsonContext.Default.InstResult.Type);
        Assert.Same(typeof(InstResult), DeleteInstJsonContext.Default.InstResult.Type);
        var read = JsonSerializer.Deserialize("""{"bk_inst_id": 7}""", UpdateInstJsonContext.Default.InstResult);
        Assert.Equal(7, read!.InstId);
    }
}
