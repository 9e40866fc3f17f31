using System.Net;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Errors;
using BkApiGen.Runtime.Http;

namespace BkApiGen.Runtime.Tests;

/// <summary>
/// The gateway's <c>X-Bkapi-Request-Id</c> on every exception that had a response, next to (not instead of) the backend's
/// request id from the body.
/// </summary>
public class GatewayRequestIdTests
{
    private const string GatewayId = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

    private static readonly BkApiOperation V3 = new("jobv3", "get_job_instance_status", HttpMethod.Post, "/api/v3/get_job_instance_status", null, IsIdempotent: true);

    private static readonly BkApiOperation V4 = V3 with { Protocol = BkApiProtocol.V4 };

    private static void WithGatewayId(HttpResponseMessage response) => response.Headers.Add(BkApiTransport.RequestIdHeader, GatewayId);

    private static Task<JobData> Send(StubHandler handler, BkApiOperation? operation = null)
        => new BkApiTransport(new HttpClient(handler), new BkApiClientOptions
        {
            BaseAddress = new Uri("https://bkapi.example.com/api/bk-job/prod/"),
            Credentials = BkCredentials.ForUser(Secrets.AppCode, Secrets.AppSecret, Secrets.Username),
        }).SendAsync(operation ?? V3, new TestRequest(), TestJson.Request, TestJson.JobEnvelope);

    [Fact]
    public async Task An_api_error_keeps_the_backend_id_as_request_id_and_the_gateway_id_beside_it()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, """{"result":false,"code":1244006,"message":"not found","job_request_id":"job-77"}""", WithGatewayId);

        var ex = await Assert.ThrowsAsync<BkApiErrorException>(() => Send(handler));

        Assert.Equal("job-77", ex.RequestId);
        Assert.Equal(GatewayId, ex.GatewayRequestId);
        Assert.Contains("request id job-77", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"gateway request id {GatewayId}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gateway_error_carries_the_header_id_and_the_message_names_it_once()
    {
        var handler = StubHandler.Json(
            HttpStatusCode.Forbidden,
            """{"code":1640301,"data":null,"code_name":"APP_NO_PERMISSION","message":"App has no permission to the resource","result":false}""",
            WithGatewayId);

        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => Send(handler));

        Assert.Equal(GatewayId, ex.GatewayRequestId);
        Assert.Equal(GatewayId, ex.RequestId);
        Assert.DoesNotContain("gateway request id", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"request id {GatewayId}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_response_carries_the_gateway_id()
    {
        var handler = StubHandler.Text(HttpStatusCode.OK, "<html>maintenance</html>", "text/html", WithGatewayId);

        var ex = await Assert.ThrowsAsync<BkInvalidResponseException>(() => Send(handler));

        Assert.Equal(GatewayId, ex.GatewayRequestId);
    }

    [Fact]
    public async Task An_invalid_data_member_keeps_the_body_id_and_the_gateway_id()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, """{"result":true,"job_request_id":"job-1","data":{"job_instance_id":"many"}}""", WithGatewayId);

        var ex = await Assert.ThrowsAsync<BkInvalidResponseException>(() => Send(handler));

        Assert.Equal("job-1", ex.RequestId);
        Assert.Equal(GatewayId, ex.GatewayRequestId);
    }

    [Fact]
    public async Task A_v4_error_at_an_error_status_carries_the_gateway_id()
    {
        var handler = StubHandler.Json(HttpStatusCode.BadRequest, """{"error":{"code":"INVALID_ARGUMENT","message":"bad"}}""", WithGatewayId);

        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => Send(handler, V4));

        Assert.Equal("INVALID_ARGUMENT", ex.CodeName);
        Assert.Equal(GatewayId, ex.GatewayRequestId);
    }

    [Fact]
    public async Task A_v4_error_rewritten_to_200_carries_the_gateway_id()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, """{"error":{"code":"NO_PERMISSION","message":"denied"}}""", WithGatewayId);

        var ex = await Assert.ThrowsAsync<BkApiErrorException>(() => Send(handler, V4));

        Assert.Equal("NO_PERMISSION", ex.CodeName);
        Assert.Equal(GatewayId, ex.GatewayRequestId);
    }

    [Fact]
    public async Task A_v4_success_without_data_carries_the_gateway_id()
    {
        var handler = new StubHandler((_, _) =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.NoContent);
            WithGatewayId(response);
            return Task.FromResult(response);
        });

        var ex = await Assert.ThrowsAsync<BkInvalidResponseException>(() => Send(handler, V4));

        Assert.Equal(GatewayId, ex.GatewayRequestId);
    }

    [Fact]
    public async Task A_body_cut_off_after_the_headers_carries_the_gateway_id()
    {
        var handler = new StubHandler((_, _) =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new FailingStream("""{"result":true,"data":{"job_in"""u8.ToArray())) };
            WithGatewayId(response);
            return Task.FromResult(response);
        });

        var ex = await Assert.ThrowsAsync<BkTransportException>(() => Send(handler));

        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Equal(GatewayId, ex.GatewayRequestId);
    }

    [Fact]
    public async Task Without_the_header_there_is_no_gateway_id()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, """{"result":false,"code":1,"message":"x","request_id":"esb-1"}""");

        var ex = await Assert.ThrowsAsync<BkApiErrorException>(() => Send(handler));

        Assert.Null(ex.GatewayRequestId);
        Assert.Equal("esb-1", ex.RequestId);
    }

    /// <summary>Hands out its bytes, then fails as a reset connection does.</summary>
    private sealed class FailingStream(byte[] head) : MemoryStream(head)
    {
        public override int Read(Span<byte> buffer)
        {
            var n = base.Read(buffer);
            return n > 0 ? n : throw new IOException("connection reset by peer");
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => Task.FromResult(Read(buffer.AsSpan(offset, count)));
    }
}
