using System.Net;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Errors;
using BkApiGen.Runtime.Http;

namespace BkApiGen.Runtime.Tests;

/// <summary>Which gateway errors (bk-core/errorx.lua of blueking-apigateway-apisix) a retry may cure.</summary>
public class BkGatewayErrorCodeTests
{
    [Theory]
    [InlineData(1642901)] // RATE_LIMIT_RESTRICTION, stage global limit
    [InlineData(1642902)] // RATE_LIMIT_RESTRICTION, stage strategy
    [InlineData(1642903)] // RATE_LIMIT_RESTRICTION, resource strategy
    [InlineData(1642904)] // CONCURRENCY_LIMIT_RESTRICTION
    [InlineData(1650000)] // REQUEST_RESOURCE_5xx
    [InlineData(1650001)] // INTERNAL_SERVER_ERROR
    [InlineData(1650200)] // BAD_GATEWAY
    [InlineData(1650201)] // ERROR_REQUESTING_RESOURCE
    [InlineData(1650300)] // SERVICE_UNAVAILABLE
    [InlineData(1650401)] // REQUEST_BACKEND_TIMEOUT
    public void Passing_conditions_are_retryable(long code) => Assert.True(BkGatewayErrorCode.IsRetryable(code));

    [Theory]
    [InlineData(1640001)] // INVALID_ARGS
    [InlineData(1640004)] // JWT_VERIFY_FAILED
    [InlineData(1640100)] // UNAUTHORIZED
    [InlineData(1640101)] // APP_VERIFY_FAILED
    [InlineData(1640102)] // USER_VERIFY_FAILED
    [InlineData(1640301)] // APP_NO_PERMISSION
    [InlineData(1640302)] // IP_NOT_ALLOWED / CROSS_TENANT_FORBIDDEN
    [InlineData(1640303)] // BK_USER_NOT_ALLOWED
    [InlineData(1640304)] // BK_TENANT_NOT_ALLOWED
    [InlineData(1640401)] // API_NOT_FOUND
    [InlineData(1641301)] // BODY_SIZE_LIMIT_EXCEED
    [InlineData(1641401)] // URI_SIZE_LIMIT_EXCEED
    [InlineData(1650002)] // INVALID_RESOURCE_CONFIG
    [InlineData(1650801)] // RECURSIVE_REQUEST_DETECTED
    public void The_callers_errors_and_misconfigurations_are_not(long code) => Assert.False(BkGatewayErrorCode.IsRetryable(code));

    [Theory]
    [InlineData(1650070)] // UNKNOWN_ERROR: the status decides
    [InlineData(1240003)] // bk-job's invalid argument: not a gateway code
    [InlineData(0)]
    public void Codes_the_table_does_not_know_are_left_to_the_status(long code) => Assert.Null(BkGatewayErrorCode.IsRetryable(code));

    [Theory]
    [InlineData(null, 503, true)]
    [InlineData(null, 429, true)]
    [InlineData(null, 408, true)]
    [InlineData(null, 400, false)]
    [InlineData(null, 404, false)]
    [InlineData(1650070L, 502, true)]
    [InlineData(1650070L, 400, false)]
    [InlineData(1640001L, 429, false)] // a known code wins over the status
    [InlineData(1650002L, 500, false)]
    [InlineData(1642903L, 200, true)]  // a stage that rewrites error statuses to 200
    public void A_known_code_decides_else_the_status(long? code, int status, bool retryable)
        => Assert.Equal(retryable, BkGatewayErrorCode.IsRetryable(code, (HttpStatusCode)status));

    [Theory]
    [InlineData(429, "1642903", true)]
    [InlineData(200, "1642904", true)]
    [InlineData(502, "1650201", true)]
    [InlineData(403, "1640301", false)]
    [InlineData(500, "1650002", false)]
    [InlineData(503, null, true)]
    [InlineData(400, null, false)]
    [InlineData(200, null, false)]
    [InlineData(502, "not-a-number", true)]
    public void A_response_is_classed_by_its_error_code_header_else_its_status(int status, string? header, bool retryable)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);
        if (header is not null)
        {
            response.Headers.TryAddWithoutValidation("X-Bkapi-Error-Code", header);
        }

        Assert.Equal(retryable, BkGatewayErrorCode.IsRetryable(response));
    }

    [Fact]
    public void The_gateway_range_is_16xxxxx()
    {
        Assert.True(BkGatewayErrorCode.IsGatewayCode(1640001));
        Assert.True(BkGatewayErrorCode.IsGatewayCode(1650401));
        Assert.False(BkGatewayErrorCode.IsGatewayCode(1306000));
        Assert.False(BkGatewayErrorCode.IsGatewayCode(9900403));
    }

    // ---------------- On the exceptions ----------------

    private static readonly BkApiOperation Operation = new("jobv3", "get_job_instance_status", HttpMethod.Post, "/api/v3/get_job_instance_status", null, IsIdempotent: true);

    private static Task<JobData> Send(StubHandler handler)
        => new BkApiTransport(new HttpClient(handler), new BkApiClientOptions
        {
            BaseAddress = new Uri("https://bkapi.example.com/api/bk-job/prod/"),
            Credentials = BkCredentials.ForUser(Secrets.AppCode, Secrets.AppSecret, Secrets.Username),
        }).SendAsync(Operation, new TestRequest(), TestJson.Request, TestJson.JobEnvelope);

    private static StubHandler GatewayError(HttpStatusCode status, long code, string codeName)
        => StubHandler.Json(status, $$"""{"code":{{code}},"data":null,"code_name":"{{codeName}}","message":"m","result":false}""", r => r.Headers.Add("X-Bkapi-Error-Code", code.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, 1642903, "RATE_LIMIT_RESTRICTION", true)]
    [InlineData(HttpStatusCode.BadGateway, 1650201, "ERROR_REQUESTING_RESOURCE", true)]
    [InlineData(HttpStatusCode.GatewayTimeout, 1650401, "REQUEST_BACKEND_TIMEOUT", true)]
    [InlineData(HttpStatusCode.Forbidden, 1640301, "APP_NO_PERMISSION", false)]
    [InlineData(HttpStatusCode.BadRequest, 1640001, "INVALID_ARGS", false)]
    [InlineData(HttpStatusCode.InternalServerError, 1650002, "INVALID_RESOURCE_CONFIG", false)]
    public async Task A_gateway_exception_says_whether_it_is_retryable(HttpStatusCode status, long code, string codeName, bool retryable)
    {
        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => Send(GatewayError(status, code, codeName)));

        Assert.Equal(code, ex.Code);
        Assert.Equal(retryable, ex.IsRetryable);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.NotFound, false)]
    public async Task An_http_error_without_a_gateway_code_is_classed_by_its_status(HttpStatusCode status, bool retryable)
    {
        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => Send(StubHandler.Text(status, "<html>oops</html>", "text/html")));

        Assert.Null(ex.Code);
        Assert.Equal(retryable, ex.IsRetryable);
    }

    [Fact]
    public async Task A_rate_limit_rewritten_to_200_is_a_retryable_api_error_but_a_backend_error_is_not()
    {
        var limited = await Assert.ThrowsAsync<BkApiErrorException>(() => Send(GatewayError(HttpStatusCode.OK, 1642904, "CONCURRENCY_LIMIT_RESTRICTION")));
        var backend = await Assert.ThrowsAsync<BkApiErrorException>(() => Send(StubHandler.Json(HttpStatusCode.OK, """{"result":false,"code":1240003,"message":"bad"}""")));

        Assert.True(limited.IsRetryable);
        Assert.False(backend.IsRetryable);
    }

    [Fact]
    public async Task A_connection_failure_is_retryable_and_an_invalid_body_is_not()
    {
        var transport = await Assert.ThrowsAsync<BkTransportException>(() => Send(new StubHandler((_, _) => throw new HttpRequestException(HttpRequestError.ConnectionError, "refused"))));
        var invalid = await Assert.ThrowsAsync<BkInvalidResponseException>(() => Send(StubHandler.Text(HttpStatusCode.OK, "not json", "text/plain")));

        Assert.True(transport.IsRetryable);
        Assert.False(invalid.IsRetryable);
    }
}
