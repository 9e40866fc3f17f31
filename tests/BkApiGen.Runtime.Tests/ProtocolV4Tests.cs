using System.Net;
using System.Text.Json;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Errors;
using BkApiGen.Runtime.Http;

namespace BkApiGen.Runtime.Tests;

/// <summary>bk-job v4 operations: <c>{"data"}</c> at 2xx, <c>{"error"}</c> at 4xx/5xx, 204 without a body.</summary>
public class ProtocolV4Tests
{
    private static readonly BkApiOperation V4 = new("jobv4", "get_job_instance_status", HttpMethod.Post, "/api/v4/get_job_instance_status", null, IsIdempotent: true)
    {
        Protocol = BkApiProtocol.V4,
    };

    private static readonly BkApiOperation V3 = V4 with { Protocol = BkApiProtocol.V3 };

    private static BkApiTransport Transport(StubHandler handler)
        => new(new HttpClient(handler), new BkApiClientOptions
        {
            BaseAddress = new Uri("https://bkapi.example.com/api/bk-job/prod/"),
            Credentials = BkCredentials.Create(Secrets.AppCode, Secrets.AppSecret, Secrets.BkToken, Secrets.Username),
        });

    private static Task<JobData> Send(StubHandler handler, BkApiOperation? operation = null)
        => Transport(handler).SendAsync(operation ?? V4, new TestRequest { JobInstanceId = 1 }, TestJson.Request, TestJson.JobEnvelope);

    [Fact]
    public void The_protocol_defaults_to_v3()
        => Assert.Equal(BkApiProtocol.V3, new BkApiOperation("jobv3", "x", HttpMethod.Post, "/x", null, false).Protocol);

    [Theory]
    [InlineData(HttpStatusCode.OK)]
    [InlineData(HttpStatusCode.Created)]
    public async Task A_2xx_data_body_is_the_result(HttpStatusCode status)
    {
        var handler = StubHandler.Json(status, """{"data": {"job_instance_id": 7, "name": "n"}}""", r => r.Headers.Add(BkApiTransport.RequestIdHeader, "v4-ok"));

        var data = await Send(handler);

        Assert.Equal(new JobData(7, "n"), data);
    }

    [Fact]
    public async Task The_envelope_of_a_v4_success_is_result_true_code_0()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, """{"data": {"job_instance_id": 7}}""");

        var envelope = await Transport(handler).SendForEnvelopeAsync(V4, new TestRequest(), TestJson.Request, TestJson.JobEnvelope);

        Assert.True(envelope.Result);
        Assert.True(envelope.HasData);
        Assert.Equal(0, envelope.Code);
        Assert.Equal(7, envelope.Data!.JobInstanceId);
    }

    [Fact]
    public async Task The_same_body_is_not_an_envelope_for_a_v3_operation()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, """{"data": {"job_instance_id": 7}}""");

        await Assert.ThrowsAsync<BkInvalidResponseException>(() => Send(handler, V3));
    }

    [Theory]
    [InlineData("""{"data": null}""")]
    [InlineData("""{}""")]
    [InlineData("""{"other": 1}""")]
    public async Task A_2xx_body_without_data_is_an_invalid_response(string body)
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, body);

        var ex = await Assert.ThrowsAsync<BkInvalidResponseException>(() => Send(handler));

        Assert.Contains("no 'data'", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_204_is_a_success_without_data()
    {
        var handler = new StubHandler((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.NoContent)));

        var envelope = await Transport(handler).SendForEnvelopeAsync(V4, new TestRequest(), TestJson.Request, TestJson.ElementEnvelope);
        Assert.True(envelope.Result);
        Assert.False(envelope.HasData);

        var ex = await Assert.ThrowsAsync<BkInvalidResponseException>(() => Send(handler));
        Assert.Contains("204", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_400_error_body_is_a_gateway_exception_with_the_symbolic_code()
    {
        var handler = StubHandler.Json(HttpStatusCode.BadRequest, Samples.JobV4InvalidArgument, r => r.Headers.Add(BkApiTransport.RequestIdHeader, "v4-400"));

        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => Send(handler));

        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Null(ex.Code);
        Assert.Equal("INVALID_ARGUMENT", ex.CodeName);
        Assert.Equal("请求参数[bk_scope_type]不合法", ex.ErrorMessage);
        Assert.Equal("v4-400", ex.RequestId);
        Assert.Null(ex.Permission);
    }

    [Fact]
    public async Task A_403_error_body_carries_the_permission_from_error_data()
    {
        var handler = StubHandler.Json(HttpStatusCode.Forbidden, Samples.JobV4NoPermission, r => r.Headers.Add(BkApiTransport.RequestIdHeader, "v4-403"));

        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => Send(handler));

        Assert.Equal("NO_PERMISSION", ex.CodeName);
        Assert.Equal("bk_job", ex.Permission!.SystemId);
        Assert.Equal("access_business", Assert.Single(ex.Permission.Actions).Id);
        Assert.Equal("v4-403", ex.RequestId);
    }

    [Fact]
    public async Task An_error_object_at_200_is_still_an_api_error()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, Samples.JobV4InvalidArgument);

        var ex = await Assert.ThrowsAsync<BkApiErrorException>(() => Send(handler));

        Assert.Equal("INVALID_ARGUMENT", ex.CodeName);
    }

    [Fact]
    public async Task Raw_json_data_is_read_for_v4()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, """{"data": [1, 2]}""");

        var data = await Transport(handler).SendAsync(V4, new TestRequest(), TestJson.Request, TestJson.ElementEnvelope);

        Assert.Equal(JsonValueKind.Array, data.ValueKind);
    }
}
