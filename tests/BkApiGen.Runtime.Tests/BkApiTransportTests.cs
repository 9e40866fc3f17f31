using System.Net;
using System.Text;
using System.Text.Json;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Errors;
using BkApiGen.Runtime.Http;

namespace BkApiGen.Runtime.Tests;

public class BkApiTransportTests
{
    private static readonly BkApiOperation Operation = new(
        "jobv3",
        "get_job_instance_status",
        HttpMethod.Post,
        "/api/v3/get_job_instance_status",
        "/api/c/compapi/v2/jobv3/get_job_instance_status/",
        IsIdempotent: true);

    private static readonly TestRequest Request = new() { JobInstanceId = 123, IpList = ["10.0.0.1"] };

    private static readonly BkCredentials Credentials = BkCredentials.Create(Secrets.AppCode, Secrets.AppSecret, Secrets.BkToken, Secrets.Username);

    private const string Success = """{"result":true,"code":0,"message":"success","data":{"job_instance_id":123,"name":"n"},"job_request_id":"jr-ok"}""";

    private static BkApiTransport Transport(
        StubHandler handler,
        BkAuthMode mode = BkAuthMode.Gateway,
        string? language = null,
        string baseAddress = "https://bkapi.example.com/api/bk-job/prod/",
        TimeSpan? timeout = null)
    {
        var client = new HttpClient(handler) { Timeout = timeout ?? TimeSpan.FromSeconds(100) };
        return new BkApiTransport(client, new BkApiClientOptions
        {
            BaseAddress = new Uri(baseAddress),
            AuthMode = mode,
            Credentials = Credentials,
            Language = language,
        });
    }

    private static Task<JsonElement> SendElement(BkApiTransport transport, CancellationToken cancellationToken = default)
        => transport.SendAsync(Operation, Request, TestJson.Request, TestJson.ElementEnvelope, cancellationToken);

    private static Task<JobData> SendJob(BkApiTransport transport, CancellationToken cancellationToken = default)
        => transport.SendAsync(Operation, Request, TestJson.Request, TestJson.JobEnvelope, cancellationToken);

    // ---------------- What is sent ----------------

    [Fact]
    public async Task Gateway_mode_sends_credentials_in_the_header_only_and_uses_the_gateway_path()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, Success);

        var data = await SendJob(Transport(handler));

        Assert.Equal(new JobData(123, "n"), data);
        var sent = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("https://bkapi.example.com/api/bk-job/prod/api/v3/get_job_instance_status", sent.Uri.AbsoluteUri);
        Assert.Equal("application/json; charset=utf-8", sent.ContentType);

        var header = Assert.Single(sent.Headers[BkApiTransport.AuthorizationHeader]);
        var auth = TestJson.Parse(header);
        Assert.Equal(["bk_app_code", "bk_app_secret", "bk_token", "bk_username"], TestJson.MemberNames(auth));
        Assert.Equal(Secrets.AppCode, auth.GetProperty("bk_app_code").GetString());
        Assert.Equal(Secrets.AppSecret, auth.GetProperty("bk_app_secret").GetString());
        Assert.Equal(Secrets.BkToken, auth.GetProperty("bk_token").GetString());
        Assert.Equal(Secrets.Username, auth.GetProperty("bk_username").GetString());

        Assert.Equal("""{"bk_scope_type":"biz","bk_scope_id":"2","job_instance_id":123,"ip_list":["10.0.0.1"]}""", sent.Body);
        Assert.DoesNotContain("bk_app", sent.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(Secrets.AppSecret, sent.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(Secrets.BkToken, sent.Body, StringComparison.Ordinal);
        Assert.False(sent.Headers.ContainsKey(BkApiTransport.LanguageHeader));
    }

    [Fact]
    public async Task Esb_mode_merges_credentials_into_the_body_sends_no_auth_header_and_uses_the_esb_path()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, Success);

        await SendJob(Transport(handler, BkAuthMode.Esb, baseAddress: "https://paas.example.com"));

        var sent = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("https://paas.example.com/api/c/compapi/v2/jobv3/get_job_instance_status/", sent.Uri.AbsoluteUri);
        Assert.False(sent.Headers.ContainsKey(BkApiTransport.AuthorizationHeader));
        Assert.Equal("application/json; charset=utf-8", sent.ContentType);

        var body = TestJson.Parse(sent.Body!);
        Assert.Equal(
            ["bk_app_code", "bk_app_secret", "bk_token", "bk_username", "bk_scope_type", "bk_scope_id", "job_instance_id", "ip_list"],
            TestJson.MemberNames(body));
        Assert.Equal(Secrets.AppSecret, body.GetProperty("bk_app_secret").GetString());
        Assert.Equal(Secrets.BkToken, body.GetProperty("bk_token").GetString());
        Assert.Equal(123, body.GetProperty("job_instance_id").GetInt64());
    }

    [Fact]
    public async Task Esb_mode_with_an_empty_request_sends_just_the_credentials()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, Success);
        var transport = Transport(handler, BkAuthMode.Esb);

        await transport.SendAsync(Operation, new TestRequest { Empty = true }, TestJson.Request, TestJson.JobEnvelope);

        var body = TestJson.Parse(handler.Requests.Single().Body!);
        Assert.Equal(["bk_app_code", "bk_app_secret", "bk_token", "bk_username"], TestJson.MemberNames(body));
    }

    [Theory]
    [InlineData("https://bkapi.example.com/api/bk-job/prod")]
    [InlineData("https://bkapi.example.com/api/bk-job/prod/")]
    public async Task Base_address_with_or_without_a_trailing_slash(string baseAddress)
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, Success);

        await SendJob(Transport(handler, baseAddress: baseAddress));

        Assert.Equal("https://bkapi.example.com/api/bk-job/prod/api/v3/get_job_instance_status", handler.Requests.Single().Uri.AbsoluteUri);
    }

    [Theory]
    [InlineData(BkAuthMode.Gateway)]
    [InlineData(BkAuthMode.Esb)]
    public async Task Language_header_is_sent_when_set(BkAuthMode mode)
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, Success);

        await SendJob(Transport(handler, mode, language: "en"));

        Assert.Equal(["en"], handler.Requests.Single().Headers[BkApiTransport.LanguageHeader]);
    }

    [Fact]
    public async Task Gateway_get_operations_send_the_request_as_query_parameters_and_no_body()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, Success);
        var get = Operation with { Method = HttpMethod.Get };

        await Transport(handler).SendAsync(get, Request, TestJson.Request, TestJson.JobEnvelope);

        var sent = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Null(sent.Body);
        Assert.Equal("?bk_scope_type=biz&bk_scope_id=2&job_instance_id=123&ip_list=10.0.0.1", sent.Uri.Query);
        Assert.True(sent.Headers.ContainsKey(BkApiTransport.AuthorizationHeader));
    }

    [Fact]
    public async Task Esb_mode_sends_get_operations_as_post_with_the_credentials_in_the_body()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, Success);
        var get = Operation with { Method = HttpMethod.Get };

        await Transport(handler, BkAuthMode.Esb).SendAsync(get, Request, TestJson.Request, TestJson.JobEnvelope);

        var sent = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Contains("\"bk_app_code\"", sent.Body, StringComparison.Ordinal);
        Assert.Equal("", sent.Uri.Query);
    }

    [Fact]
    public async Task Methods_other_than_get_post_put_delete_and_patch_are_refused_before_anything_is_sent()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, Success);
        var head = Operation with { Method = HttpMethod.Head };

        var ex = await Assert.ThrowsAsync<NotSupportedException>(
            () => Transport(handler).SendAsync(head, Request, TestJson.Request, TestJson.JobEnvelope));

        Assert.Contains("jobv3.get_job_instance_status", ex.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Gateway_delete_operations_send_the_request_as_query_parameters_and_no_body()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, Success);

        await Transport(handler).SendAsync(Operation with { Method = HttpMethod.Delete }, Request, TestJson.Request, TestJson.JobEnvelope);

        var sent = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Delete, sent.Method);
        Assert.Null(sent.Body);
        Assert.Equal("?bk_scope_type=biz&bk_scope_id=2&job_instance_id=123&ip_list=10.0.0.1", sent.Uri.Query);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    public async Task Gateway_put_and_patch_operations_send_the_request_as_the_json_body(string method)
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, Success);

        await Transport(handler).SendAsync(Operation with { Method = new HttpMethod(method) }, Request, TestJson.Request, TestJson.JobEnvelope);

        var sent = Assert.Single(handler.Requests);
        Assert.Equal(method, sent.Method.Method);
        Assert.Equal("""{"bk_scope_type":"biz","bk_scope_id":"2","job_instance_id":123,"ip_list":["10.0.0.1"]}""", sent.Body);
        Assert.Equal("", sent.Uri.Query);
    }

    [Fact]
    public async Task Path_parameters_are_filled_escaped_and_not_sent_again()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, Success);
        var operation = Operation with { Method = HttpMethod.Put, GatewayPath = "/api/v3/scope/{bk_scope_type}/{job_instance_id}/status" };

        await Transport(handler).SendAsync(operation, new TestRequest { BkScopeType = "a/b c", JobInstanceId = 123, IpList = ["10.0.0.1"] }, TestJson.Request, TestJson.JobEnvelope);

        var sent = Assert.Single(handler.Requests);
        Assert.Equal("/api/bk-job/prod/api/v3/scope/a%2Fb%20c/123/status", sent.Uri.AbsolutePath);
        Assert.Equal("""{"bk_scope_id":"2","ip_list":["10.0.0.1"]}""", sent.Body);
    }

    [Fact]
    public async Task A_path_parameter_the_request_does_not_have_is_refused_before_sending()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, Success);
        var operation = Operation with { Method = HttpMethod.Delete, GatewayPath = "/api/v3/{job_instance_id}" };

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(
            () => Transport(handler).SendAsync(operation, new TestRequest { IpList = ["10.0.0.1"] }, TestJson.Request, TestJson.JobEnvelope));

        Assert.Contains("'{job_instance_id}'", ex.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Theory]
    [InlineData(BkAuthMode.Gateway)]
    [InlineData(BkAuthMode.Esb)]
    public async Task An_operation_without_a_path_for_the_mode_is_refused_before_sending(BkAuthMode mode)
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, Success);
        var operation = mode == BkAuthMode.Gateway ? Operation with { GatewayPath = null } : Operation with { EsbPath = null };

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => Transport(handler, mode).SendAsync(operation, Request, TestJson.Request, TestJson.JobEnvelope));

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public void A_relative_base_address_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new BkApiTransport(new HttpClient(), new BkApiClientOptions
        {
            BaseAddress = new Uri("/api/", UriKind.Relative),
            Credentials = Credentials,
        }));
    }

    [Theory]
    [InlineData("en\r\nX-Evil: 1")]
    [InlineData("中文")]
    [InlineData("en us")]
    [InlineData("en;q=0.9")]
    public void A_language_that_is_not_a_language_tag_is_refused_before_any_call(string language)
    {
        // A line break would split the header (a second header smuggled in); non-ASCII text fails inside the HTTP stack.
        var ex = Assert.Throws<ArgumentException>(() => new BkApiTransport(new HttpClient(), new BkApiClientOptions
        {
            BaseAddress = new Uri("https://bkapi.example.com/api/bk-job/prod/"),
            Credentials = Credentials,
            Language = language,
        }));
        Assert.Contains("Language must be a language tag", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-cn")]
    [InlineData("zh_CN")]
    public void Language_tags_are_accepted(string language) => Assert.True(BkApiClientOptions.IsValidLanguage(language));

    // ---------------- Success ----------------

    [Fact]
    public async Task Element_data_is_returned()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, """{"data":[1,2],"result":true,"code":0}""");

        var data = await SendElement(Transport(handler));

        Assert.Equal("[1,2]", data.GetRawText());
    }

    [Fact]
    public async Task SendForEnvelopeAsync_allows_null_data()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, """{"result":true,"code":0,"data":null,"request_id":"r-1"}""");

        var envelope = await Transport(handler).SendForEnvelopeAsync(Operation, Request, TestJson.Request, TestJson.ElementEnvelope);

        Assert.True(envelope.Result);
        Assert.False(envelope.HasData);
        Assert.Equal("r-1", envelope.RequestId);
    }

    // ---------------- HTTP errors ----------------

    public static TheoryData<HttpStatusCode, string, long, string, string> GatewayErrors => new()
    {
        { HttpStatusCode.BadRequest, Samples.GatewayMissingAppCode, 1640001, "INVALID_ARGS", "Parameters error [reason=\"app code cannot be empty\"]" },
        { HttpStatusCode.BadRequest, Samples.GatewayWrongSecret, 1640001, "INVALID_ARGS", "Parameters error [reason=\"bk_app_code or bk_app_secret is incorrect\"]" },
        { HttpStatusCode.BadRequest, Samples.GatewayNoUserIdentity, 1640001, "INVALID_ARGS", "Parameters error [reason=\"user authentication failed, please provide a valid user identity, such as bk_username, bk_token, access_token\"]" },
        { HttpStatusCode.BadRequest, Samples.GatewayUsernameNotVerified, 1640001, "INVALID_ARGS", "Parameters error [reason=\"user authentication failed, the user indicated by bk_username is not verified\"]" },
        { HttpStatusCode.Forbidden, Samples.GatewayAppNoPermission, 1640301, "APP_NO_PERMISSION", "App has no permission to the resource" },
        { HttpStatusCode.NotFound, Samples.GatewayApiNotFound, 1640401, "API_NOT_FOUND", "API not found [method=\"POST\" path=\"/api/xxxxx\"]" },
        { HttpStatusCode.TooManyRequests, Samples.GatewayRateLimitResource, 1642903, "RATE_LIMIT_RESTRICTION", "API rate limit exceeded by resource strategy" },
        { HttpStatusCode.TooManyRequests, Samples.GatewayRateLimitStage, 1642902, "RATE_LIMIT_RESTRICTION", "API rate limit exceeded by stage strategy" },
        { HttpStatusCode.TooManyRequests, Samples.GatewayConcurrencyLimit, 1642904, "CONCURRENCY_LIMIT_RESTRICTION", "Request concurrency exceeds" },
        { HttpStatusCode.BadGateway, Samples.GatewayBadGateway, 1650200, "BAD_GATEWAY", "Bad Gateway [upstream_error=\"cannot read header from upstream\"]" },
        { HttpStatusCode.GatewayTimeout, Samples.GatewayBackendTimeout, 1650401, "REQUEST_BACKEND_TIMEOUT", "Request backend service timeout [upstream_error=\"cannot read header from upstream\"]" },
    };

    [Theory]
    [MemberData(nameof(GatewayErrors))]
    public async Task Gateway_error_statuses_become_BkGatewayException(HttpStatusCode status, string body, long code, string codeName, string message)
    {
        var handler = StubHandler.Json(status, body, r =>
        {
            r.Headers.Add("X-Bkapi-Request-Id", "gw-req-0001");
            r.Headers.Add("X-Bkapi-Error-Code", code.ToString(System.Globalization.CultureInfo.InvariantCulture));
            r.Headers.Add("X-Bkapi-Error-Message", "header message");
        });

        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => SendJob(Transport(handler)));

        Assert.Equal(status, ex.StatusCode);
        Assert.Equal(code, ex.Code);
        Assert.Equal(codeName, ex.CodeName);
        Assert.Equal(message, ex.ErrorMessage);
        Assert.Equal("gw-req-0001", ex.RequestId);
        Assert.Equal("jobv3.get_job_instance_status", ex.Operation);
        Assert.Null(ex.BodyPreview);
        Assert.Null(ex.Permission);
        Assert.Null(ex.RetryAfter);
        Assert.Contains(codeName, ex.Message, StringComparison.Ordinal);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.Contains("gw-req-0001", ex.Message, StringComparison.Ordinal);
        Assert.Contains(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
        Secrets.AssertAbsent(ex.ToString());
    }

    [Fact]
    public async Task Gateway_error_body_is_enough_without_headers()
    {
        var handler = StubHandler.Json(HttpStatusCode.Forbidden, Samples.GatewayAppNoPermission);

        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => SendJob(Transport(handler)));

        Assert.Equal(1640301, ex.Code);
        Assert.Equal("APP_NO_PERMISSION", ex.CodeName);
        Assert.Null(ex.RequestId);
    }

    [Fact]
    public async Task Request_id_in_the_body_wins_over_the_header()
    {
        var handler = StubHandler.Json(HttpStatusCode.Forbidden, Samples.BackendNoPermission3540100, r => r.Headers.Add("X-Bkapi-Request-Id", "header-id"));

        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => SendJob(Transport(handler)));

        Assert.Equal(3540100, ex.Code);
        Assert.Equal("you have no permission to call this api.", ex.ErrorMessage);
        Assert.Equal("c9d7fe1fcade42869f4ec6b4ac6434f1", ex.RequestId);
    }

    [Fact]
    public async Task Retry_after_is_read_from_the_header()
    {
        var handler = StubHandler.Json(HttpStatusCode.TooManyRequests, Samples.GatewayRateLimitResource, r => r.Headers.Add("Retry-After", "7"));

        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => SendJob(Transport(handler)));

        Assert.Equal(TimeSpan.FromSeconds(7), ex.RetryAfter);
        Assert.Equal(1642903, ex.Code);
    }

    [Fact]
    public async Task An_html_error_page_keeps_the_header_code_and_quotes_the_body()
    {
        const string html = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        var handler = StubHandler.Text(HttpStatusCode.BadGateway, html, "text/html", r =>
        {
            r.Headers.Add("X-Bkapi-Error-Code", "1650200");
            r.Headers.Add("X-Bkapi-Error-Message", "Bad Gateway");
            r.Headers.Add("X-Bkapi-Request-Id", "html-req");
        });

        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => SendJob(Transport(handler)));

        Assert.Equal(HttpStatusCode.BadGateway, ex.StatusCode);
        Assert.Equal(1650200, ex.Code);
        Assert.Equal("Bad Gateway", ex.ErrorMessage);
        Assert.Equal("html-req", ex.RequestId);
        Assert.NotNull(ex.BodyPreview);
        Assert.StartsWith("<html> <head><title>502 Bad Gateway</title></head>", ex.BodyPreview, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.BodyPreview);
        Assert.Contains("<h1>502 Bad Gateway</h1>", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_error_body_gives_no_preview()
    {
        var handler = StubHandler.Text(HttpStatusCode.ServiceUnavailable, "", "text/plain");

        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => SendJob(Transport(handler)));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Null(ex.BodyPreview);
        Assert.Null(ex.Code);
    }

    [Fact]
    public async Task A_long_error_body_is_quoted_only_in_part()
    {
        var handler = StubHandler.Text(HttpStatusCode.InternalServerError, "oops " + new string('x', 100_000), "text/plain");

        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => SendJob(Transport(handler)));

        Assert.StartsWith("oops xxx", ex.BodyPreview, StringComparison.Ordinal);
        Assert.InRange(ex.BodyPreview!.Length, 10, 300);
    }

    [Fact]
    public async Task Bk_job_v4_errors_carry_the_symbolic_code_and_permission()
    {
        var invalid = StubHandler.Json(HttpStatusCode.BadRequest, Samples.JobV4InvalidArgument);
        var denied = StubHandler.Json(HttpStatusCode.Forbidden, Samples.JobV4NoPermission);

        var invalidEx = await Assert.ThrowsAsync<BkGatewayException>(() => SendJob(Transport(invalid)));
        var deniedEx = await Assert.ThrowsAsync<BkGatewayException>(() => SendJob(Transport(denied)));

        Assert.Equal("INVALID_ARGUMENT", invalidEx.CodeName);
        Assert.Equal("请求参数[bk_scope_type]不合法", invalidEx.ErrorMessage);
        Assert.Null(invalidEx.Permission);
        Assert.Equal("NO_PERMISSION", deniedEx.CodeName);
        Assert.Equal("bk_job", deniedEx.Permission!.SystemId);
        Assert.Equal("access_business", Assert.Single(deniedEx.Permission.Actions).Id);
    }

    // ---------------- result:false at HTTP 200 ----------------

    public static TheoryData<string, long, string, string> ApiErrors => new()
    {
        { Samples.Job1240003, 1240003, "任务实例ID必须为正整数", "jr-1240003-aa" },
        { Samples.Job1241007, 1241007, "请求参数[host_id_list/ip_list]缺失或不合法", "jr-1241007-bb" },
        { Samples.Job1244006, 1244006, "作业实例不存在", "jr-1244006-cc" },
        { Samples.Job9900403, 9900403, "用户(admin)权限不足，请前往权限中心确认并申请补充后重试", "jr-9900403-dd" },
        { Samples.Esb1306000, 1306000, "User authentication failed, please provide a valid user identity, such as bk_token, bk_username", "0f6c5a1e9b2d4c7f8a3e6d1b2c4f5a6e" },
    };

    [Theory]
    [MemberData(nameof(ApiErrors))]
    public async Task Result_false_becomes_BkApiErrorException(string body, long code, string message, string requestId)
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, body);

        var ex = await Assert.ThrowsAsync<BkApiErrorException>(() => SendJob(Transport(handler)));

        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Equal(code, ex.Code);
        Assert.Equal(message, ex.ErrorMessage);
        Assert.Equal(requestId, ex.RequestId);
        Assert.Null(ex.CodeName);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.Contains(requestId, ex.Message, StringComparison.Ordinal);
        if (code == 9900403)
        {
            var permission = Assert.IsType<BkPermission>(ex.Permission);
            Assert.Equal("bk_job", permission.SystemId);
            var action = Assert.Single(permission.Actions);
            Assert.Equal("view_job_instance", action.Id);
            Assert.Equal("1001", Assert.Single(Assert.Single(Assert.Single(action.RelatedResourceTypes).Instances)).Id);
        }
        else
        {
            Assert.Null(ex.Permission);
        }
    }

    [Fact]
    public async Task Gateway_error_rewritten_to_status_200_is_still_an_error_with_its_code_name()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, Samples.GatewayWrongSecret, r => r.Headers.Add("X-Bkapi-Request-Id", "rewritten"));

        var ex = await Assert.ThrowsAsync<BkApiErrorException>(() => SendJob(Transport(handler)));

        Assert.Equal(1640001, ex.Code);
        Assert.Equal("INVALID_ARGS", ex.CodeName);
        Assert.Equal("rewritten", ex.RequestId);
    }

    // ---------------- Unreadable bodies at HTTP 200 ----------------

    [Fact]
    public async Task A_non_json_body_is_an_invalid_response_with_a_preview()
    {
        var handler = StubHandler.Text(HttpStatusCode.OK, "<!DOCTYPE html><html><body>Login required</body></html>", "text/html", r => r.Headers.Add("X-Bkapi-Request-Id", "h-1"));

        var ex = await Assert.ThrowsAsync<BkInvalidResponseException>(() => SendJob(Transport(handler)));

        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.StartsWith("<!DOCTYPE html>", ex.BodyPreview, StringComparison.Ordinal);
        Assert.IsType<JsonException>(ex.InnerException, exactMatch: false);
        Assert.Equal("h-1", ex.RequestId);
        Assert.Contains("Login required", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"result":true,"code":0,"data":{"job_instance_id":""")]
    [InlineData("""{"result":true,"code":0,"data":{"job_instance_id":1}""")]
    [InlineData("""{"result":tr""")]
    [InlineData("")]
    public async Task A_truncated_body_is_an_invalid_response(string body)
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, body);

        var ex = await Assert.ThrowsAsync<BkInvalidResponseException>(() => SendJob(Transport(handler)));

        Assert.IsType<JsonException>(ex.InnerException, exactMatch: false);
        Assert.False(string.IsNullOrEmpty(ex.Problem));
    }

    [Theory]
    [InlineData("""{"foo":"bar"}""")]
    [InlineData("""{"code":0,"data":{"job_instance_id":1},"message":"ok"}""")]
    [InlineData("null")]
    public async Task Json_that_is_not_an_envelope_is_an_invalid_response(string body)
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, body);

        var ex = await Assert.ThrowsAsync<BkInvalidResponseException>(() => SendJob(Transport(handler)));

        Assert.Contains("not a BlueKing envelope", ex.Problem, StringComparison.Ordinal);
        Assert.Equal(body, ex.BodyPreview);
    }

    [Theory]
    [InlineData("[1,2,3]")]
    [InlineData("\"ok\"")]
    public async Task Json_that_is_not_an_object_is_an_invalid_response(string body)
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, body);

        var ex = await Assert.ThrowsAsync<BkInvalidResponseException>(() => SendJob(Transport(handler)));

        Assert.Contains("expected a JSON object", ex.Problem, StringComparison.Ordinal);
        Assert.Equal(body, ex.BodyPreview);
    }

    [Fact]
    public async Task Data_of_the_wrong_shape_is_an_invalid_response_naming_the_member()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, """{"result":true,"code":0,"data":{"job_instance_id":"many"}}""");

        var ex = await Assert.ThrowsAsync<BkInvalidResponseException>(() => SendJob(Transport(handler)));

        Assert.Contains("data.job_instance_id", ex.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"result":true,"code":0,"data":null,"request_id":"r-null"}""")]
    [InlineData("""{"result":true,"code":0,"request_id":"r-null"}""")]
    [InlineData("""{"data":null,"result":true,"request_id":"r-null"}""")]
    public async Task Success_without_data_is_an_invalid_response(string body)
    {
        var element = StubHandler.Json(HttpStatusCode.OK, body);
        var typed = StubHandler.Json(HttpStatusCode.OK, body);

        var elementEx = await Assert.ThrowsAsync<BkInvalidResponseException>(() => SendElement(Transport(element)));
        var typedEx = await Assert.ThrowsAsync<BkInvalidResponseException>(() => SendJob(Transport(typed)));

        Assert.Equal("r-null", elementEx.RequestId);
        Assert.Contains("data", elementEx.Problem, StringComparison.Ordinal);
        Assert.Equal("r-null", typedEx.RequestId);
    }

    [Fact]
    public async Task Scalar_data_that_is_null_is_an_invalid_response_not_a_default_value()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, """{"result":true,"code":0,"data":null}""");
        var info = TestJson.Envelope(Serialization.BkScalarConverters.Int64);

        await Assert.ThrowsAsync<BkInvalidResponseException>(
            () => Transport(handler).SendAsync(Operation, Request, TestJson.Request, info));
    }

    [Fact]
    public async Task Scalar_data_zero_is_returned()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, """{"result":true,"code":0,"data":0}""");
        var info = TestJson.Envelope(Serialization.BkScalarConverters.Int64);

        Assert.Equal(0L, await Transport(handler).SendAsync(Operation, Request, TestJson.Request, info));
    }

    // ---------------- No response ----------------

    [Fact]
    public async Task A_connection_failure_is_a_transport_exception()
    {
        var failure = new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (bkapi.example.com:443)");
        var handler = new StubHandler((_, _) => throw failure);

        var ex = await Assert.ThrowsAsync<BkTransportException>(() => SendJob(Transport(handler)));

        Assert.Same(failure, ex.InnerException);
        Assert.Null(ex.StatusCode);
        Assert.Equal("jobv3.get_job_instance_status", ex.Operation);
        Assert.Contains("ConnectionError", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_timeout_is_a_transport_exception()
    {
        var handler = new StubHandler(async (_, ct) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            throw new InvalidOperationException("unreachable");
        });

        var ex = await Assert.ThrowsAsync<BkTransportException>(() => SendJob(Transport(handler, timeout: TimeSpan.FromMilliseconds(50))));

        Assert.IsAssignableFrom<OperationCanceledException>(ex.InnerException);
        Assert.Contains("timed out", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_an_OperationCanceledException()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new StubHandler(async (_, ct) =>
        {
            entered.SetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            throw new InvalidOperationException("unreachable");
        });
        using var cts = new CancellationTokenSource();

        var call = SendJob(Transport(handler), cts.Token);
        await entered.Task;
        await cts.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(cts.Token, ex.CancellationToken);
    }

    [Fact]
    public async Task An_already_cancelled_token_is_an_OperationCanceledException()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, Success);

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SendJob(Transport(handler), new CancellationToken(canceled: true)));

        Assert.True(ex.CancellationToken.IsCancellationRequested);
    }

    // ---------------- Secrets never leak ----------------

    public static TheoryData<string, BkAuthMode> LeakCases()
    {
        var data = new TheoryData<string, BkAuthMode>();
        foreach (var name in LeakHandlers.Keys)
        {
            data.Add(name, BkAuthMode.Gateway);
            data.Add(name, BkAuthMode.Esb);
        }

        return data;
    }

    private static readonly Dictionary<string, Func<StubHandler>> LeakHandlers = new()
    {
        ["400 wrong secret"] = () => StubHandler.Json(HttpStatusCode.BadRequest, Samples.GatewayWrongSecret),
        ["400 no identity"] = () => StubHandler.Json(HttpStatusCode.BadRequest, Samples.GatewayNoUserIdentity),
        ["403"] = () => StubHandler.Json(HttpStatusCode.Forbidden, Samples.GatewayAppNoPermission),
        ["429"] = () => StubHandler.Json(HttpStatusCode.TooManyRequests, Samples.GatewayRateLimitStage, r => r.Headers.Add("Retry-After", "1")),
        ["502 html"] = () => StubHandler.Text(HttpStatusCode.BadGateway, "<html><body>bad gateway</body></html>", "text/html"),
        ["200 1240003"] = () => StubHandler.Json(HttpStatusCode.OK, Samples.Job1240003),
        ["200 9900403"] = () => StubHandler.Json(HttpStatusCode.OK, Samples.Job9900403),
        ["200 esb 1306000"] = () => StubHandler.Json(HttpStatusCode.OK, Samples.Esb1306000),
        ["200 not json"] = () => StubHandler.Text(HttpStatusCode.OK, "plain text", "text/plain"),
        ["200 truncated"] = () => StubHandler.Json(HttpStatusCode.OK, """{"result":true,"data":{"""),
        ["200 not envelope"] = () => StubHandler.Json(HttpStatusCode.OK, """{"x":1}"""),
        ["200 data null"] = () => StubHandler.Json(HttpStatusCode.OK, """{"result":true,"data":null}"""),
        ["200 bad data"] = () => StubHandler.Json(HttpStatusCode.OK, """{"result":true,"data":{"job_instance_id":[]}}"""),
        ["connection refused"] = () => new StubHandler((_, _) => throw new HttpRequestException(HttpRequestError.ConnectionError, "refused")),
        ["timeout"] = () => new StubHandler(async (_, ct) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            throw new InvalidOperationException("unreachable");
        }),
    };

    [Theory]
    [MemberData(nameof(LeakCases))]
    public async Task No_error_ever_shows_the_secret_or_the_token(string name, BkAuthMode mode)
    {
        var handler = LeakHandlers[name]();

        var ex = await Assert.ThrowsAnyAsync<BkApiException>(() => SendJob(Transport(handler, mode, timeout: TimeSpan.FromMilliseconds(200))));

        Secrets.AssertAbsent(ex.Message);
        Secrets.AssertAbsent(ex.ToString());
        for (var inner = ex.InnerException; inner is not null; inner = inner.InnerException)
        {
            Secrets.AssertAbsent(inner.Message);
        }

        // The credentials were really sent (so their absence above means something).
        var sent = Assert.Single(handler.Requests);
        var carrier = mode == BkAuthMode.Gateway ? sent.Headers[BkApiTransport.AuthorizationHeader].Single() : sent.Body!;
        Assert.Contains(Secrets.AppSecret, carrier, StringComparison.Ordinal);
        Assert.Contains(Secrets.BkToken, carrier, StringComparison.Ordinal);
    }
}
