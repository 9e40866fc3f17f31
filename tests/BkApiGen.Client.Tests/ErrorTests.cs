using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using BkApiGen.Client.Tests.Generated;
using BkApiGen.FakeGateway;
using BkApiGen.Runtime;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Errors;

namespace BkApiGen.Client.Tests;

/// <summary>
/// Every way a call can fail, end to end against the fake gateway, with the real error bodies
/// (/work/shared/reference/error-samples.md). Each failure is also checked for leaked secrets: the credentials in use carry
/// both a distinctive app secret and a distinctive bk_token.
/// </summary>
public sealed partial class ErrorTests : IAsyncLifetime
{
    private ClientHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ClientHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private FakeBkGateway Gateway => _harness.Gateway;

    /// <summary>Both a token and a user name: the most secret material a request can carry.</summary>
    private static BkCredentials Credentials(string secret = Secrets.AppSecret)
        => BkCredentials.Create(Secrets.AppCode, secret, Secrets.BkToken, Secrets.Username);

    private BkApiClientOptions Options(BkAuthMode mode, string secret = Secrets.AppSecret) => _harness.Options(mode, Credentials(secret), "en");

    /// <summary>Calls once, expects <typeparamref name="T"/>, and checks that nothing secret leaked.</summary>
    private async Task<T> FailsAsync<T>(BkAuthMode mode, BatchGetJobInstanceIpLogRequest? request = null, string secret = Secrets.AppSecret, TimeSpan? timeout = null)
        where T : Exception
    {
        var options = Options(mode, secret);
        var client = _harness.Client(options, timeout);
        var ex = await Assert.ThrowsAsync<T>(() => client.BatchGetJobInstanceIpLogAsync(request ?? Requests.ByIp(FakeJobStore.ScriptStepInstanceId)));
        Secrets.AssertAbsent(ex, options);
        if (ex is BkApiException api)
        {
            Assert.Equal("jobv3.batch_get_job_instance_ip_log", api.Operation);
            Assert.StartsWith("jobv3.batch_get_job_instance_ip_log: ", api.Message);
        }

        return ex;
    }

    private void Script(BkAuthMode mode, FakeResponse response) => Gateway.Enqueue(ClientHarness.PathOf(mode), response);

    /// <summary>The X-Bkapi-Request-Id the fake sent back for the only request.</summary>
    private string HeaderRequestId => Assert.Single(Gateway.Requests).RequestId;

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex Hex32();

    // ================= the API answered result:false =================

    private const string JobPermissionBody = """
        {"code":9900403,"result":false,"job_request_id":"f1e2d3c4b5a6978812345678abcdef01","message":"用户(admin)权限不足，请前往权限中心确认并申请补充后重试",
         "permission":{"system_id":"bk_job","system_name":"作业平台","actions":[{"id":"view_history","name":"查看执行历史",
           "related_resource_types":[{"system_id":"bk_cmdb","system_name":"配置平台","type":"biz","type_name":"业务",
             "instances":[[{"id":"1","type":"biz","type_name":"业务","name":"蓝鲸"}]]}]}]}}
        """;

    [Theory]
    [InlineData(BkAuthMode.Gateway)]
    [InlineData(BkAuthMode.Esb)]
    public async Task Bk_job_permission_error_carries_code_message_request_id_and_permission(BkAuthMode mode)
    {
        Script(mode, FakeResponse.Json(JobPermissionBody));

        var ex = await FailsAsync<BkApiErrorException>(mode);

        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Equal(9900403, ex.Code);
        Assert.Equal("用户(admin)权限不足，请前往权限中心确认并申请补充后重试", ex.ErrorMessage);
        Assert.Equal("f1e2d3c4b5a6978812345678abcdef01", ex.RequestId); // job_request_id wins over the header
        Assert.NotEqual(HeaderRequestId, ex.RequestId);
        var permission = Assert.IsType<BkPermission>(ex.Permission);
        Assert.Equal("bk_job", permission.SystemId);
        Assert.Equal("作业平台", permission.SystemName);
        var action = Assert.Single(permission.Actions);
        Assert.Equal("view_history", action.Id);
        Assert.Equal("查看执行历史", action.Name);
        var type = Assert.Single(action.RelatedResourceTypes);
        Assert.Equal(("bk_cmdb", "biz", "业务"), (type.SystemId, type.Type, type.TypeName));
        var instance = Assert.Single(Assert.Single(type.Instances));
        Assert.Equal(("1", "biz", "蓝鲸"), (instance.Id, instance.Type, instance.Name));
        Assert.Contains("9900403", ex.Message);
        Assert.Contains("f1e2d3c4b5a6978812345678abcdef01", ex.Message);
    }

    /// <summary>Verbatim from BKDocs (error-samples.md section B): no 'result' member at all.</summary>
    private const string PassedThroughPermissionBody = """
        {
          "code": 9900403,
          "permission": {
            "system_name": "配置平台",
            "system_id": "bk_cmdb",
            "actions": [
              {
                "related_resource_types": [
                  {
                    "system_name": "配置平台",
                    "type": "biz",
                    "type_name": "业务",
                    "system_id": "bk_cmdb",
                    "instances": [[{"type_name": "业务", "type": "biz", "id": "36", "name": "abc"}]]
                  }
                ],
                "id": "find_business_resource",
                "name": "业务访问"
              }
            ]
          }
        }
        """;

    [Theory]
    [InlineData(BkAuthMode.Gateway)]
    [InlineData(BkAuthMode.Esb)]
    public async Task Passed_through_permission_error_without_result_is_an_api_error(BkAuthMode mode)
    {
        Script(mode, FakeResponse.Json(PassedThroughPermissionBody));

        var ex = await FailsAsync<BkApiErrorException>(mode);

        Assert.Equal(9900403, ex.Code);
        Assert.Null(ex.ErrorMessage);
        Assert.Equal(HeaderRequestId, ex.RequestId);
        var permission = Assert.IsType<BkPermission>(ex.Permission);
        Assert.Equal("bk_cmdb", permission.SystemId);
        Assert.Equal("配置平台", permission.SystemName);
        var action = Assert.Single(permission.Actions);
        Assert.Equal("find_business_resource", action.Id);
        Assert.Equal("业务访问", action.Name);
        var type = Assert.Single(action.RelatedResourceTypes);
        Assert.Equal(("bk_cmdb", "biz", "业务"), (type.SystemId, type.Type, type.TypeName));
        var instance = Assert.Single(Assert.Single(type.Instances));
        Assert.Equal(("36", "biz", "abc"), (instance.Id, instance.Type, instance.Name));
    }

    [Fact]
    public async Task Backend_error_with_its_own_request_id_keeps_it()
    {
        Script(BkAuthMode.Gateway, FakeResponse.Json(
            """{"result": false, "message": "you have no permission to call this api.", "code": 3540100, "trace_id": "5ddbc49db2554edbbdf26e6c15ca6884", "request_id": "c9d7fe1fcade42869f4ec6b4ac6434f1", "data": null}"""));

        var ex = await FailsAsync<BkApiErrorException>(BkAuthMode.Gateway);

        Assert.Equal(3540100, ex.Code);
        Assert.Equal("you have no permission to call this api.", ex.ErrorMessage);
        Assert.Equal("c9d7fe1fcade42869f4ec6b4ac6434f1", ex.RequestId);
        Assert.Null(ex.Permission);
    }

    [Theory]
    [InlineData(BkAuthMode.Gateway)]
    [InlineData(BkAuthMode.Esb)]
    public async Task Unknown_step_is_bk_jobs_1244006_with_its_job_request_id(BkAuthMode mode)
    {
        var ex = await FailsAsync<BkApiErrorException>(mode, Requests.ByHostId(999));

        Assert.Equal(1244006, ex.Code);
        Assert.Equal("作业实例不存在", ex.ErrorMessage);
        Assert.Matches(Hex32(), ex.RequestId);
        Assert.NotEqual(HeaderRequestId, ex.RequestId); // bk-job's own id, not the gateway's
        Assert.Null(ex.Permission);
    }

    [Fact]
    public async Task Error_whose_data_has_another_shape_is_still_the_error()
    {
        // data before result, and not an ip_logs object: the error must not be hidden behind a parse failure.
        Script(BkAuthMode.Esb, FakeResponse.Json("""{"data":{"bk_error_code":"x","detail":[1,2]},"code":1306406,"message":"bk_biz_id is required","result":false,"request_id":"7d3c0f8e5b4a49d1a2c3e4f5a6b7c8d9"}"""));

        var ex = await FailsAsync<BkApiErrorException>(BkAuthMode.Esb);

        Assert.Equal(1306406, ex.Code);
        Assert.Equal("bk_biz_id is required", ex.ErrorMessage);
        Assert.Equal("7d3c0f8e5b4a49d1a2c3e4f5a6b7c8d9", ex.RequestId);
    }

    [Fact]
    public async Task Server_side_rule_the_client_leaves_open_surfaces_as_an_api_error()
    {
        // ScopeType is an open string enum: a value this client does not know is sent, and bk-job refuses it.
        var ex = await FailsAsync<BkApiErrorException>(BkAuthMode.Gateway, Requests.ByIp(200) with { ScopeType = new ScopeType("tenant") });

        Assert.Equal(1240003, ex.Code);
        Assert.Equal("非法的资源范围类型", ex.ErrorMessage);
        Assert.Equal("tenant", (string?)Assert.Single(Gateway.Requests).GetBodyJson()!["bk_scope_type"]);
    }

    // ================= HTTP error statuses (API gateway, error-samples.md section A, verbatim) =================

    public static TheoryData<int, string, long, string, string> GatewayErrors => new()
    {
        { 400, """{"code": 1640001, "data": null, "code_name": "INVALID_ARGS", "message": "Parameters error [reason=\"app code cannot be empty\"]", "result": false}""", 1640001, "INVALID_ARGS", "Parameters error [reason=\"app code cannot be empty\"]" },
        { 400, """{"code": 1640001, "data": null, "code_name": "INVALID_ARGS", "message": "Parameters error [reason=\"bk_app_code or bk_app_secret is incorrect\"]", "result": false}""", 1640001, "INVALID_ARGS", "Parameters error [reason=\"bk_app_code or bk_app_secret is incorrect\"]" },
        { 400, """{"code":1640001, "data":null, "code_name":"INVALID_ARGS", "message":"Parameters error [reason=\"user authentication failed, the user indicated by bk_username is not verified\"]", "result":false}""", 1640001, "INVALID_ARGS", "Parameters error [reason=\"user authentication failed, the user indicated by bk_username is not verified\"]" },
        { 403, """{"code": 1640301, "data": null, "code_name": "APP_NO_PERMISSION", "message": "App has no permission to the resource", "result": false}""", 1640301, "APP_NO_PERMISSION", "App has no permission to the resource" },
        { 404, """{"code_name": "API_NOT_FOUND", "message": "API not found [method=\"POST\" path=\"/api/xxxxx\"]", "result": false, "data": null, "code": 1640401}""", 1640401, "API_NOT_FOUND", "API not found [method=\"POST\" path=\"/api/xxxxx\"]" },
        { 429, """{"code_name": "RATE_LIMIT_RESTRICTION", "message": "API rate limit exceeded by resource strategy", "result": false, "data": null, "code": 1642903}""", 1642903, "RATE_LIMIT_RESTRICTION", "API rate limit exceeded by resource strategy" },
        { 429, """{"code_name": "RATE_LIMIT_RESTRICTION", "message": "API rate limit exceeded by stage strategy", "result": false, "data": null, "code": 1642902}""", 1642902, "RATE_LIMIT_RESTRICTION", "API rate limit exceeded by stage strategy" },
        { 429, """{"code_name": "CONCURRENCY_LIMIT_RESTRICTION", "message": "Request concurrency exceeds", "result": false, "data": null, "code": 1642904}""", 1642904, "CONCURRENCY_LIMIT_RESTRICTION", "Request concurrency exceeds" },
        { 502, """{"data": null, "code_name": "BAD_GATEWAY", "code": 1650200, "message": "Bad Gateway [upstream_error=\"cannot read header from upstream\"]", "result": false}""", 1650200, "BAD_GATEWAY", "Bad Gateway [upstream_error=\"cannot read header from upstream\"]" },
        { 504, """{"code_name": "REQUEST_BACKEND_TIMEOUT", "data": null, "code": 1650401, "message": "Request backend service timeout [upstream_error=\"cannot read header from upstream\"]", "result": false}""", 1650401, "REQUEST_BACKEND_TIMEOUT", "Request backend service timeout [upstream_error=\"cannot read header from upstream\"]" },
    };

    [Theory]
    [MemberData(nameof(GatewayErrors))]
    public async Task Gateway_http_error_carries_status_code_name_and_request_id(int status, string body, long code, string codeName, string message)
    {
        // As apisix sends it: the body plus the X-Bkapi-Error-* headers.
        Script(BkAuthMode.Gateway, FakeResponse.Text(status, FakeResponse.GatewayErrorContentType, body)
            .WithHeader("X-Bkapi-Error-Code", code.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithHeader("X-Bkapi-Error-Message", message));

        var ex = await FailsAsync<BkGatewayException>(BkAuthMode.Gateway);

        Assert.Equal((HttpStatusCode)status, ex.StatusCode);
        Assert.Equal(code, ex.Code);
        Assert.Equal(codeName, ex.CodeName);
        Assert.Equal(message, ex.ErrorMessage);
        Assert.Equal(HeaderRequestId, ex.RequestId);
        Assert.Null(ex.BodyPreview);
        Assert.Null(ex.Permission);
        Assert.Null(ex.RetryAfter);
        Assert.Contains($"HTTP {status}", ex.Message);
        Assert.Contains(codeName, ex.Message);
        Assert.Contains(HeaderRequestId, ex.Message);
    }

    [Theory]
    [MemberData(nameof(GatewayErrors))]
    public async Task Gateway_http_error_body_alone_is_enough(int status, string body, long code, string codeName, string message)
    {
        Script(BkAuthMode.Esb, FakeResponse.Text(status, FakeResponse.GatewayErrorContentType, body));

        var ex = await FailsAsync<BkGatewayException>(BkAuthMode.Esb);

        Assert.Equal((HttpStatusCode)status, ex.StatusCode);
        Assert.Equal((code, codeName, message), (ex.Code, ex.CodeName, ex.ErrorMessage));
        Assert.Equal(HeaderRequestId, ex.RequestId);
    }

    [Fact]
    public async Task Gateway_error_headers_alone_are_enough()
    {
        Script(BkAuthMode.Gateway, FakeResponse.Empty(403)
            .WithHeader("X-Bkapi-Error-Code", "1640301")
            .WithHeader("X-Bkapi-Error-Message", "App has no permission to the resource"));

        var ex = await FailsAsync<BkGatewayException>(BkAuthMode.Gateway);

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Equal(1640301, ex.Code);
        Assert.Equal("App has no permission to the resource", ex.ErrorMessage);
        Assert.Null(ex.BodyPreview);
        Assert.Equal(HeaderRequestId, ex.RequestId);
    }

    [Fact]
    public async Task Rate_limit_with_retry_after_reports_the_delay()
    {
        Script(BkAuthMode.Gateway, FakeResponse.GatewayError(429, 1642903, "RATE_LIMIT_RESTRICTION", "API rate limit exceeded by resource strategy")
            .WithHeader("Retry-After", "7")
            .WithHeader("X-Bkapi-RateLimit-Limit", "10")
            .WithHeader("X-Bkapi-RateLimit-Remaining", "0"));

        var ex = await FailsAsync<BkGatewayException>(BkAuthMode.Gateway);

        Assert.Equal(HttpStatusCode.TooManyRequests, ex.StatusCode);
        Assert.Equal(1642903, ex.Code);
        Assert.Equal("RATE_LIMIT_RESTRICTION", ex.CodeName);
        Assert.Equal(TimeSpan.FromSeconds(7), ex.RetryAfter);
        Assert.Equal(HeaderRequestId, ex.RequestId);
    }

    [Fact]
    public async Task Gateway_request_id_header_set_by_the_server_is_the_one_reported()
    {
        Script(BkAuthMode.Gateway, FakeResponse.GatewayError(504, 1650401, "REQUEST_BACKEND_TIMEOUT", "Request backend service timeout")
            .WithHeader("X-Bkapi-Request-Id", "0123456789abcdef0123456789abcdef"));

        var ex = await FailsAsync<BkGatewayException>(BkAuthMode.Gateway);

        Assert.Equal("0123456789abcdef0123456789abcdef", ex.RequestId);
    }

    [Theory]
    [InlineData(BkAuthMode.Gateway)]
    [InlineData(BkAuthMode.Esb)]
    public async Task Html_error_page_gives_a_body_preview(BkAuthMode mode)
    {
        const string page = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        Script(mode, FakeResponse.Text(502, "text/html", page));

        var ex = await FailsAsync<BkGatewayException>(mode);

        Assert.Equal(HttpStatusCode.BadGateway, ex.StatusCode);
        Assert.Null(ex.Code);
        Assert.Null(ex.CodeName);
        Assert.NotNull(ex.BodyPreview);
        Assert.StartsWith("<html>", ex.BodyPreview);
        Assert.Contains("502 Bad Gateway", ex.BodyPreview);
        Assert.DoesNotContain("\n", ex.BodyPreview);
        Assert.Contains("502 Bad Gateway", ex.Message);
        Assert.Equal(HeaderRequestId, ex.RequestId);
    }

    [Fact]
    public async Task Long_error_page_preview_is_cut_short()
    {
        Script(BkAuthMode.Gateway, FakeResponse.Text(503, "text/plain", "Service Unavailable " + new string('x', 100_000)));

        var ex = await FailsAsync<BkGatewayException>(BkAuthMode.Gateway);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.StartsWith("Service Unavailable", ex.BodyPreview);
        Assert.True(ex.BodyPreview!.Length < 1000, $"preview of {ex.BodyPreview.Length} chars");
    }

    [Fact]
    public async Task Bk_job_v4_error_wrapper_is_read()
    {
        // error-samples.md section C, verbatim.
        Script(BkAuthMode.Gateway, FakeResponse.Json(403,
            """{"error": {"code": "NO_PERMISSION", "message": "用户(张三)权限不足，请前往权限中心确认并申请补充后重试", "data": {"system_id": "bk_job", "system_name": "作业平台", "actions": [{"id": "access_business", "name": "业务访问", "related_resource_types": [{"type": "biz", "system_id": "bk_cmdb", "system_name": "配置平台", "type_name": "业务", "instances": [[{"id": "1", "type": "business", "name": "blueking", "type_name": "业务"}]]}]}]}}}"""));

        var ex = await FailsAsync<BkGatewayException>(BkAuthMode.Gateway);

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Null(ex.Code);
        Assert.Equal("NO_PERMISSION", ex.CodeName);
        Assert.Equal("用户(张三)权限不足，请前往权限中心确认并申请补充后重试", ex.ErrorMessage);
        Assert.Equal("bk_job", ex.Permission?.SystemId);
        Assert.Equal("access_business", Assert.Single(ex.Permission!.Actions).Id);
    }

    [Fact]
    public async Task Wrong_stage_gives_the_real_404_of_the_fake()
    {
        var options = new BkApiClientOptions { BaseAddress = Gateway.GetGatewayBaseAddress("bk-job", "stag"), Credentials = Credentials() };
        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => _harness.Client(options).BatchGetJobInstanceIpLogAsync(Requests.ByIp(200)));
        Secrets.AssertAbsent(ex, options);

        Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
        Assert.Equal(1640401, ex.Code);
        Assert.Equal("API_NOT_FOUND", ex.CodeName);
        Assert.Contains("/api/bk-job/stag/api/v3/batch_get_job_instance_ip_log", ex.ErrorMessage);
        Assert.Equal(HeaderRequestId, ex.RequestId);
    }

    // ================= HTTP 200 with a body that is not the documented JSON =================

    public static TheoryData<string, string, string> InvalidBodies => new()
    {
        // content type, body, text the problem or the preview must mention
        { "text/html", "<html><body>maintenance</body></html>", "<html>" },
        { "application/json", """{"result":true,"code":0,"data":{"log_type":1,"job_instance_id":100,"script_task_logs":[{"bk_cloud_id":0,"ip":"10.0""", "" },
        { "application/json", """{"result":true,"code":0,"message":"","da""", "" },
        { "application/json", """{"foo":1}""", "result" },
        { "application/json", "[]", "" },
        { "application/json", "null", "result" },
        { "application/json", "", "" },
        { "application/json", """{"result":true,"code":0,"data":[]}""", "ip_logs" },
        { "application/json", """{"result":true,"code":0,"data":"ok"}""", "ip_logs" },
        // A member of the wrong type fails the call (docs/errors.md says why); a null or absent one does not.
        { "application/json", """{"result":true,"code":0,"data":{"job_instance_id":100,"log_type":"script","script_task_logs":[]}}""", "log_type" },
        { "application/json", """{"result":true,"code":0,"data":{"log_type":1,"script_task_logs":[{"bk_cloud_id":"zero","ip":"10.0.0.1","log_content":"x"}]}}""", "script_task_log.bk_cloud_id" },
        { "application/json", """{"result":true,"code":0,"data":{"log_type":2,"file_task_logs":[{"bk_cloud_id":0,"ip":"10.0.0.1","file_logs":[{"mode":1,"src_ip":{"bk_cloud_id":0,"ip":"10.0.0.2"},"status":[]}]}]}}""", "file_log_status" },
        { "application/json", """{"result":"true","code":0,"data":{"log_type":1}}""", "result" },
        { "application/json", """{"result":true,"code":0,"data":null}""", "data" },
        { "application/json", """{"result":true,"code":0}""", "data" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Body_that_is_not_the_documented_json_is_an_invalid_response(string contentType, string body, string mention)
    {
        Script(BkAuthMode.Gateway, FakeResponse.Text(200, contentType, body));

        var ex = await FailsAsync<BkInvalidResponseException>(BkAuthMode.Gateway);

        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Equal(HeaderRequestId, ex.RequestId);
        Assert.False(string.IsNullOrWhiteSpace(ex.Problem));
        Assert.Contains(mention, ex.Problem + " " + ex.BodyPreview);
        if (ex.InnerException is not null)
        {
            Assert.IsAssignableFrom<JsonException>(ex.InnerException);
        }

        if (body.Length > 0 && !body.StartsWith('{'))
        {
            Assert.NotNull(ex.BodyPreview);
        }
    }

    [Fact]
    public async Task Invalid_utf8_in_a_string_is_an_invalid_response()
    {
        var body = System.Text.Encoding.UTF8.GetBytes("""{"result":true,"code":0,"data":{"log_type":1,"script_task_logs":[{"bk_cloud_id":0,"ip":"10.0.0.1","log_content":"ab##cd"}]}}""");
        var at = Array.IndexOf(body, (byte)'#');
        (body[at], body[at + 1]) = (0xFF, 0xFE);
        Script(BkAuthMode.Gateway, FakeResponse.Bytes(200, "application/json", body));

        var ex = await FailsAsync<BkInvalidResponseException>(BkAuthMode.Gateway);

        Assert.Equal(HeaderRequestId, ex.RequestId);
        Assert.NotNull(ex.InnerException);
        Assert.Contains("UTF-8", ex.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Invalid_utf8_in_an_unknown_case_kept_as_raw_json_is_an_invalid_response_while_reading()
    {
        // The unknown case keeps the object as a JsonElement: its text must be checked now, not fail later in ToString().
        var body = System.Text.Encoding.UTF8.GetBytes("""{"result":true,"code":0,"data":{"log_type":3,"future_logs":[{"text":"ab##cd"}]}}""");
        var at = Array.IndexOf(body, (byte)'#');
        (body[at], body[at + 1]) = (0xFF, 0xFE);
        Script(BkAuthMode.Gateway, FakeResponse.Bytes(200, "application/json", body));

        var ex = await FailsAsync<BkInvalidResponseException>(BkAuthMode.Gateway);

        Assert.Equal(HeaderRequestId, ex.RequestId);
        Assert.Contains("not valid UTF-8", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_response_through_the_esb_reports_the_request_id_header()
    {
        Script(BkAuthMode.Esb, FakeResponse.Text(200, "text/plain", "OK"));

        var ex = await FailsAsync<BkInvalidResponseException>(BkAuthMode.Esb);

        Assert.Equal(HeaderRequestId, ex.RequestId);
        Assert.Equal("OK", ex.BodyPreview);
        Assert.IsAssignableFrom<JsonException>(ex.InnerException);
    }

    // ================= authentication failures, as the real entry points answer them =================

    [Fact]
    public async Task Wrong_secret_through_the_gateway_is_http_400_invalid_args()
    {
        var ex = await FailsAsync<BkGatewayException>(BkAuthMode.Gateway, secret: Secrets.WrongAppSecret);

        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Equal(1640001, ex.Code);
        Assert.Equal("INVALID_ARGS", ex.CodeName);
        Assert.Equal("Parameters error [reason=\"bk_app_code or bk_app_secret is incorrect\"]", ex.ErrorMessage);
        Assert.Equal(HeaderRequestId, ex.RequestId);
    }

    [Fact]
    public async Task Wrong_secret_through_the_esb_is_api_error_1306000()
    {
        var ex = await FailsAsync<BkApiErrorException>(BkAuthMode.Esb, secret: Secrets.WrongAppSecret);

        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Equal(1306000, ex.Code);
        Assert.Contains("APP Secret verification failed", ex.ErrorMessage);
        Assert.Contains(Secrets.AppCode, ex.ErrorMessage);
        Assert.Equal(HeaderRequestId, ex.RequestId); // the ESB's request_id, same as its header
    }

    [Theory]
    [InlineData(BkAuthMode.Gateway)]
    [InlineData(BkAuthMode.Esb)]
    public async Task Invalid_token_and_unverified_user_are_refused(BkAuthMode mode)
    {
        var badToken = _harness.Options(mode, BkCredentials.ForToken(Secrets.AppCode, Secrets.AppSecret, "TOKEN-expired-" + Secrets.BkTokenTail));
        var badUser = _harness.Options(mode, BkCredentials.ForUser(Secrets.AppCode, Secrets.AppSecret, "mallory"));

        foreach (var (options, expected) in new[] { (badToken, "bk_token"), (badUser, mode == BkAuthMode.Gateway ? "bk_username" : "bk_token, bk_username") })
        {
            var ex = await Assert.ThrowsAnyAsync<BkApiException>(() => _harness.Client(options).BatchGetJobInstanceIpLogAsync(Requests.ByIp(200)));
            Secrets.AssertAbsent(ex, options);
            Assert.Equal(mode == BkAuthMode.Gateway ? 1640001 : 1306000, ex.Code);
            Assert.IsType(mode == BkAuthMode.Gateway ? typeof(BkGatewayException) : typeof(BkApiErrorException), ex);
            Assert.Contains(expected, ex.ErrorMessage);
            Assert.DoesNotContain("TOKEN-expired", ex.ToString());
        }
    }

    // ================= no answer: transport failures, cancellation, timeout =================

    [Theory]
    [InlineData(BkAuthMode.Gateway)]
    [InlineData(BkAuthMode.Esb)]
    public async Task Aborted_connection_is_a_transport_error(BkAuthMode mode)
    {
        Script(mode, FakeResponse.Abort());

        var ex = await FailsAsync<BkTransportException>(mode);

        Assert.Null(ex.StatusCode);
        Assert.Null(ex.Code);
        Assert.IsType<HttpRequestException>(ex.InnerException);
        Assert.Single(Gateway.Requests); // sent once, not retried behind the caller's back
    }

    [Fact]
    public async Task Caller_cancellation_is_an_operation_canceled_exception()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Gateway.MapOperation(FakeBkGateway.BatchGetJobInstanceIpLogGatewayPath, _ =>
        {
            arrived.TrySetResult();
            return FakeResponse.Json(FakeFixtures.ApigwScriptLogs).WithDelay(TimeSpan.FromMinutes(1));
        });
        var options = Options(BkAuthMode.Gateway);
        using var cts = new CancellationTokenSource();

        var call = _harness.Client(options).BatchGetJobInstanceIpLogAsync(Requests.ByIp(200), cts.Token);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await cts.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(cts.Token, ex.CancellationToken);
        Secrets.AssertAbsent(ex, options);
    }

    [Fact]
    public async Task Already_cancelled_token_sends_nothing()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        var options = Options(BkAuthMode.Esb);
        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _harness.Client(options).BatchGetJobInstanceIpLogAsync(Requests.ByIp(200), cts.Token));

        Secrets.AssertAbsent(ex, options);
        Assert.Empty(Gateway.Requests);
    }

    [Theory]
    [InlineData(BkAuthMode.Gateway)]
    [InlineData(BkAuthMode.Esb)]
    public async Task HttpClient_timeout_is_a_transport_error_not_a_cancellation(BkAuthMode mode)
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Gateway.MapOperation(ClientHarness.PathOf(mode), _ =>
        {
            arrived.TrySetResult();
            return FakeResponse.Json(FakeFixtures.ApigwScriptLogs).WithDelay(TimeSpan.FromMinutes(1));
        });

        // A generous timeout: on a loaded CI machine the request may take longer than a few hundred ms to reach the fake,
        // and the test is about what a timed-out call throws, not about how soon.
        var ex = await FailsAsync<BkTransportException>(mode, timeout: TimeSpan.FromSeconds(2));

        Assert.Null(ex.StatusCode);
        Assert.Contains("timed out", ex.Message);
        Assert.IsAssignableFrom<OperationCanceledException>(ex.InnerException);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Single(Gateway.Requests); // sent once, not retried after the timeout
    }
}
