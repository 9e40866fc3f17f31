using System.Net;
using BkApiGen.FakeGateway;
using BkApiGen.Runtime.DependencyInjection;
using BkApiGen.Runtime.Errors;
using BkApiGen.Runtime.Http;
using BkApiGen.Runtime.IntegrationTests.JobV3;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Logging.Testing;

namespace BkApiGen.Runtime.IntegrationTests;

/// <summary>
/// The conventions of BlueKing's own SDKs through AddBkApiClient against the fake gateway: access tokens, tenants, stage
/// URLs from a template, and retries that only repeat what a retry can cure.
/// </summary>
public sealed class BlueKingConventionsTests : IAsyncLifetime
{
    private const string GatewayPath = FakeBkGateway.BatchGetJobInstanceIpLogGatewayPath;
    private const string AccessToken = "ACCESS-it-6b1d94e07a3c";
    private FakeBkGateway _gateway = null!;

    public async Task InitializeAsync()
    {
        var options = Secrets.GatewayOptions();
        options.AccessTokens = [AccessToken];
        options.TenantId = "system";
        _gateway = await FakeBkGateway.StartAsync(options);
    }

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    private Dictionary<string, string?> Settings(string mode = "Gateway")
    {
        var settings = DiHost.Settings(mode == "Gateway" ? _gateway.GatewayBaseAddress : _gateway.EsbBaseAddress, mode);
        settings["BkApi:TenantId"] = "system";
        return settings;
    }

    private static Dictionary<string, string?> WithAccessTokenOnly(Dictionary<string, string?> settings, string token = AccessToken)
    {
        settings.Remove("BkApi:AppCode");
        settings.Remove("BkApi:AppSecret");
        settings.Remove("BkApi:BkUsername");
        settings.Remove("BkApi:BkToken");
        settings["BkApi:AccessToken"] = token;
        return settings;
    }

    private static string StartupErrors(ServiceProvider provider)
    {
        var ex = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        return ex is AggregateException aggregate ? string.Join("\n", aggregate.InnerExceptions.Select(e => e.Message)) : ex.Message;
    }

    private static void AssertNoAccessToken(string? text)
    {
        Assert.DoesNotContain(AccessToken, text ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("6b1d94e07a3c", text ?? "", StringComparison.Ordinal);
    }

    // ---------------- Access token ----------------

    [Fact]
    public async Task An_access_token_alone_is_enough_and_is_all_the_authorization_header_holds()
    {
        await using var provider = DiHost.Build(WithAccessTokenOnly(Settings()));

        var logs = await provider.GetRequiredService<IJobV3Client>().BatchGetJobInstanceIpLogAsync(Requests.ScriptStep());

        Assert.IsType<ScriptIpLogs>(logs);
        var sent = Assert.Single(_gateway.Requests);
        Assert.Equal($$"""{"access_token":"{{AccessToken}}"}""", sent.GetHeader(BkApiTransport.AuthorizationHeader));
        Assert.Equal(AccessToken, sent.HeaderAuth!.AccessToken);
        Assert.Null(sent.HeaderAuth.AppCode);
        Assert.DoesNotContain(AccessToken, sent.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_esb_mode_the_access_token_travels_in_the_header_the_esb_reads_it_from()
    {
        await using var provider = DiHost.Build(WithAccessTokenOnly(Settings("Esb")));

        var logs = await provider.GetRequiredService<IJobV3Client>().BatchGetJobInstanceIpLogAsync(Requests.ScriptStep());

        Assert.IsType<ScriptIpLogs>(logs);
        var sent = Assert.Single(_gateway.Requests);
        Assert.Equal(FakeApiChannel.Esb, sent.Channel);
        Assert.Equal(AccessToken, sent.HeaderAuth!.AccessToken);
        Assert.Null(sent.BodyAuth);
    }

    [Fact]
    public async Task The_fake_esb_like_the_real_one_ignores_an_access_token_in_the_body()
    {
        _gateway.ClearRequests();
        using var http = new HttpClient();
        var body = $$"""{"access_token":"{{AccessToken}}","bk_scope_type":"biz","bk_scope_id":"2","job_instance_id":100,"step_instance_id":200,"ip_list":[{"bk_cloud_id":0,"ip":"10.0.0.1"}]}""";

        using var response = await http.PostAsync(new Uri(_gateway.EsbBaseAddress, FakeBkGateway.BatchGetJobInstanceIpLogEsbPath), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"code\":1306000", text, StringComparison.Ordinal);
        Assert.Contains("APP Secret [bk_app_secret] cannot be empty", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_access_token_is_not_retried_and_never_shown_in_the_exception_or_the_logs()
    {
        const string wrong = "ACCESS-it-wrong-5f0c7e1b";
        using var logs = new FakeLoggerProvider();
        await using var provider = DiHost.Build(WithAccessTokenOnly(Settings(), wrong), loggerProvider: logs);

        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => provider.GetRequiredService<IJobV3Client>().BatchGetJobInstanceIpLogAsync(Requests.ScriptStep()));

        Assert.Equal(BkGatewayErrorCode.InvalidArgs, ex.Code);
        Assert.False(ex.IsRetryable);
        Assert.Single(_gateway.Requests);
        Assert.DoesNotContain(wrong, ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, provider.GetRequiredService<IOptionsMonitor<BkApiClientSettings>>()
            .Get(BkApiServiceCollectionExtensions.ClientName(typeof(IJobV3Client))).ToString(), StringComparison.Ordinal);
        foreach (var record in logs.Collector.GetSnapshot())
        {
            Assert.DoesNotContain(wrong, record.Message, StringComparison.Ordinal);
            foreach (var pair in record.StructuredState ?? [])
            {
                Assert.DoesNotContain(wrong, pair.Value ?? "", StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task With_an_access_token_app_code_secret_and_user_are_not_required()
    {
        await using var provider = DiHost.Build(WithAccessTokenOnly(Settings()));

        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void Settings_mask_the_access_token()
    {
        var settings = new BkApiClientSettings { AccessToken = AccessToken, BaseUrl = "https://x/" };

        AssertNoAccessToken(settings.ToString());
        Assert.Contains("AccessToken = ***", settings.ToString(), StringComparison.Ordinal);
    }

    // ---------------- Tenant ----------------

    [Fact]
    public async Task The_configured_tenant_is_sent_on_every_call()
    {
        await using var provider = DiHost.Build(Settings());
        var client = provider.GetRequiredService<IJobV3Client>();

        await client.BatchGetJobInstanceIpLogAsync(Requests.ScriptStep());
        await client.BatchGetJobInstanceIpLogAsync(Requests.ScriptStep());

        Assert.All(_gateway.Requests, r => Assert.Equal("system", r.GetHeader(BkApiTransport.TenantIdHeader)));
    }

    [Fact]
    public async Task Without_the_tenant_a_tenant_checking_gateway_refuses_and_an_idempotent_call_is_not_retried()
    {
        var settings = Settings();
        settings.Remove("BkApi:TenantId");
        await using var provider = DiHost.Build(settings);

        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => provider.GetRequiredService<IJobV3Client>().BatchGetJobInstanceIpLogAsync(Requests.ScriptStep()));

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Equal(BkGatewayErrorCode.TenantNotAllowed, ex.Code);
        Assert.True(JobV3Client.BatchGetJobInstanceIpLogOperation.IsIdempotent);
        Assert.Single(_gateway.Requests);
        Assert.Null(_gateway.Requests[0].GetHeader(BkApiTransport.TenantIdHeader));
    }

    [Fact]
    public async Task A_tenant_that_could_split_the_header_stops_the_start()
    {
        var settings = Settings();
        settings["BkApi:TenantId"] = "system\r\nX-Evil: 1";
        await using var provider = DiHost.Build(settings);

        Assert.Contains("BkApi:TenantId must be a BlueKing tenant id such as 'system'", StartupErrors(provider), StringComparison.Ordinal);
    }

    // ---------------- Stage URL from a template ----------------

    [Fact]
    public async Task Gateway_name_stage_and_url_template_make_the_base_url()
    {
        var settings = Settings();
        settings.Remove("BkApi:BaseUrl");
        settings["BkApi:GatewayName"] = "bk-job";
        settings["BkApi:UrlTemplate"] = _gateway.BaseAddress.AbsoluteUri + "api/{api_name}";
        await using var provider = DiHost.Build(settings);

        var logs = await provider.GetRequiredService<IJobV3Client>().BatchGetJobInstanceIpLogAsync(Requests.ScriptStep());

        Assert.IsType<ScriptIpLogs>(logs);
        Assert.Equal(GatewayPath, Assert.Single(_gateway.Requests).Path);
    }

    [Fact]
    public async Task An_explicit_base_url_wins_over_the_template()
    {
        var settings = Settings();
        settings["BkApi:GatewayName"] = "other-gateway";
        settings["BkApi:Stage"] = "test";
        settings["BkApi:UrlTemplate"] = "http://127.0.0.1:1/api/{api_name}";
        await using var provider = DiHost.Build(settings);

        await provider.GetRequiredService<IJobV3Client>().BatchGetJobInstanceIpLogAsync(Requests.ScriptStep());

        Assert.Equal(GatewayPath, Assert.Single(_gateway.Requests).Path);
    }

    [Fact]
    public async Task Start_up_says_what_is_missing_or_wrong_in_the_address()
    {
        var none = Settings();
        none.Remove("BkApi:BaseUrl");
        var noTemplate = new Dictionary<string, string?>(none) { ["BkApi:GatewayName"] = "bk-job" };
        var badTemplate = new Dictionary<string, string?>(noTemplate) { ["BkApi:UrlTemplate"] = "https://bkapi.example.com/api/{app_code}", ["BkApi:Stage"] = "stag" };
        await using var p1 = DiHost.Build(none);
        await using var p2 = DiHost.Build(noTemplate);
        await using var p3 = DiHost.Build(badTemplate);

        Assert.Contains("BkApi:BaseUrl is required", StartupErrors(p1), StringComparison.Ordinal);
        Assert.Contains("or set BkApi:GatewayName with BkApi:UrlTemplate (or the environment variable BK_API_URL_TMPL", StartupErrors(p1), StringComparison.Ordinal);
        Assert.Contains("BkApi:GatewayName 'bk-job' needs a URL template: BkApi:UrlTemplate or the environment variable BK_API_URL_TMPL", StartupErrors(p2), StringComparison.Ordinal);
        Assert.Contains("BkApi:UrlTemplate with GatewayName 'bk-job' and Stage 'stag' does not make a stage URL: the URL template has the unknown placeholder '{app_code}'", StartupErrors(p3), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_esb_needs_base_url_even_with_a_gateway_name_and_template()
    {
        var settings = Settings("Esb");
        settings.Remove("BkApi:BaseUrl");
        settings["BkApi:GatewayName"] = "bk-job";
        settings["BkApi:UrlTemplate"] = "https://bkapi.example.com/api/{api_name}";
        await using var provider = DiHost.Build(settings);

        Assert.Contains("BkApi:BaseUrl is required with AuthMode Esb: the PaaS root", StartupErrors(provider), StringComparison.Ordinal);
    }

    // ---------------- Retry classification ----------------

    [Fact]
    public async Task Rate_and_concurrency_limits_and_backend_timeouts_are_retried_for_an_idempotent_call()
    {
        await using var provider = DiHost.Build(Settings());
        _gateway.Enqueue(
            GatewayPath,
            FakeResponse.GatewayError(429, 1642903, "RATE_LIMIT_RESTRICTION", "API rate limit exceeded by resource strategy").WithHeader("Retry-After", "0"),
            FakeResponse.GatewayError(429, 1642904, "CONCURRENCY_LIMIT_RESTRICTION", "Request concurrency exceeds"),
            FakeResponse.GatewayError(504, 1650401, "REQUEST_BACKEND_TIMEOUT", "Request backend service timeout"));

        var logs = await provider.GetRequiredService<IJobV3Client>().BatchGetJobInstanceIpLogAsync(Requests.ScriptStep());

        Assert.IsType<ScriptIpLogs>(logs);
        Assert.Equal(4, _gateway.Requests.Count);
    }

    [Fact]
    public async Task A_rate_limit_a_stage_rewrote_to_http_200_is_retried_by_its_error_code_header()
    {
        await using var provider = DiHost.Build(Settings());
        _gateway.Enqueue(GatewayPath, FakeResponse.GatewayError(200, 1642902, "RATE_LIMIT_RESTRICTION", "API rate limit exceeded by stage strategy"));

        var logs = await provider.GetRequiredService<IJobV3Client>().BatchGetJobInstanceIpLogAsync(Requests.ScriptStep());

        Assert.IsType<ScriptIpLogs>(logs);
        Assert.Equal(2, _gateway.Requests.Count);
    }

    [Theory]
    [InlineData(403, 1640301, "APP_NO_PERMISSION")]
    [InlineData(429, 1640001, "INVALID_ARGS")]
    [InlineData(500, 1650002, "INVALID_RESOURCE_CONFIG")]
    [InlineData(508, 1650801, "RECURSIVE_REQUEST_DETECTED")]
    public async Task A_gateway_error_with_a_non_retryable_code_is_not_retried_even_for_an_idempotent_call(int status, int code, string codeName)
    {
        await using var provider = DiHost.Build(Settings());
        _gateway.Enqueue(GatewayPath, FakeResponse.GatewayError(status, code, codeName, "refused"));

        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => provider.GetRequiredService<IJobV3Client>().BatchGetJobInstanceIpLogAsync(Requests.ScriptStep()));

        Assert.Equal(code, ex.Code);
        Assert.False(ex.IsRetryable);
        Assert.Single(_gateway.Requests);
    }

    [Fact]
    public async Task A_5xx_without_a_gateway_code_is_still_retried()
    {
        await using var provider = DiHost.Build(Settings());
        _gateway.Enqueue(GatewayPath, FakeResponse.Text(500, "text/html", "<html>upstream exploded</html>"));

        var logs = await provider.GetRequiredService<IJobV3Client>().BatchGetJobInstanceIpLogAsync(Requests.ScriptStep());

        Assert.IsType<ScriptIpLogs>(logs);
        Assert.Equal(2, _gateway.Requests.Count);
    }

    [Fact]
    public async Task A_retryable_rate_limit_is_not_retried_for_a_non_idempotent_call()
    {
        await using var provider = DiHost.Build(Settings(), services => services.AddBkApiClient<BkApiTransport>(transport => transport));
        var transport = provider.GetRequiredService<BkApiTransport>();
        _gateway.Enqueue(GatewayPath, FakeResponse.GatewayError(429, 1642901, "RATE_LIMIT_RESTRICTION", "API rate limit exceeded by stage global limit"));

        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => transport.SendAsync(
            JobV3Client.BatchGetJobInstanceIpLogOperation with { IsIdempotent = false },
            Requests.ScriptStep(),
            BatchGetJobInstanceIpLogJsonContext.Default.BatchGetJobInstanceIpLogRequest,
            BatchGetJobInstanceIpLogJsonContext.Default.BatchGetJobInstanceIpLogResponse));

        Assert.True(ex.IsRetryable);
        Assert.Single(_gateway.Requests);
        Assert.NotNull(ex.GatewayRequestId);
        Assert.Equal(_gateway.Requests[0].RequestId, ex.GatewayRequestId);
    }
}
