using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using BkApiGen.FakeGateway;
using BkApiGen.Runtime.DependencyInjection;
using BkApiGen.Runtime.Errors;
using BkApiGen.Runtime.Http;
using BkApiGen.Runtime.IntegrationTests.JobV3;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace BkApiGen.Runtime.IntegrationTests;

public sealed class DependencyInjectionTests : IAsyncLifetime
{
    private const string GatewayPath = FakeBkGateway.BatchGetJobInstanceIpLogGatewayPath;
    private FakeBkGateway _gateway = null!;

    public async Task InitializeAsync() => _gateway = await FakeBkGateway.StartAsync(Secrets.GatewayOptions());

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    // ---------------- Registration and configuration ----------------

    [Theory]
    [InlineData("Gateway")]
    [InlineData("esb")]
    public async Task A_client_resolved_from_configuration_calls_the_api(string mode)
    {
        var baseUrl = mode == "Gateway" ? _gateway.GatewayBaseAddress : _gateway.EsbBaseAddress;
        await using var provider = DiHost.Build(DiHost.Settings(baseUrl, mode));

        var client = provider.GetRequiredService<IJobV3Client>();
        var logs = await client.BatchGetJobInstanceIpLogAsync(Requests.ScriptStep("10.0.0.1", "10.0.0.2"));

        var script = Assert.IsType<ScriptIpLogs>(logs);
        Assert.Equal(["10.0.0.1", "10.0.0.2"], script.ScriptTaskLogs.Select(l => l.Ip));
        var sent = Assert.Single(_gateway.Requests);
        Assert.Equal("en", sent.GetHeader("blueking-language"));
        Assert.Equal(Secrets.AppSecret, sent.Auth!.AppSecret);
    }

    [Fact]
    public async Task Settings_without_a_user_are_the_apps_credentials_and_an_operation_that_verifies_the_user_is_refused_unsent()
    {
        var settings = DiHost.Settings(_gateway.GatewayBaseAddress);
        settings.Remove("BkApi:BkUsername");
        settings.Remove("BkApi:BkToken");
        await using var provider = DiHost.Build(settings);

        var error = await Assert.ThrowsAsync<BkMissingIdentityException>(() => provider.GetRequiredService<IJobV3Client>().BatchGetJobInstanceIpLogAsync(Requests.ScriptStep()));

        Assert.Equal(Auth.BkVerification.User, error.Missing);
        Assert.Contains("BkUsername in configuration", error.Message, StringComparison.Ordinal);
        Assert.Empty(_gateway.Requests);
        Secrets.AssertAbsent(error);
    }

    [Fact]
    public async Task A_factory_registration_needs_no_reflection_and_code_can_override_configuration()
    {
        var settings = DiHost.Settings(new Uri("http://127.0.0.1:1/wrong/"));
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddBkApiClient<IJobV3Client>(t => new JobV3Client(t), s => s.BaseUrl = _gateway.GatewayBaseAddress.AbsoluteUri);
        await using var provider = services.BuildServiceProvider();

        var logs = await provider.GetRequiredService<IJobV3Client>().BatchGetJobInstanceIpLogAsync(Requests.ScriptStep());

        Assert.IsType<ScriptIpLogs>(logs);
    }

    [Fact]
    public async Task Start_up_validation_lists_every_problem_and_never_shows_the_secret()
    {
        var settings = new Dictionary<string, string?>
        {
            ["BkApi:BaseUrl"] = "ftp://paas.example.com/",
            ["BkApi:AuthMode"] = "Soap",
            ["BkApi:AppCode"] = " ",
            ["BkApi:AppSecret"] = Secrets.AppSecret,
            ["BkApi:Timeout"] = "30",
            ["BkApi:AttemptTimeout"] = "00:00:00.001",
            ["BkApi:MaxRetryAttempts"] = "many",
            ["BkApi:MaxResponseBytes"] = "1 GB",
            ["BkApi:MaxReadAheadBytes"] = "-1",
            ["BkApi:CircuitBreakerFailureRatio"] = "1.5",
            ["BkApi:CircuitBreakerMinimumThroughput"] = "1",
            ["BkApi:CircuitBreakerBreakDuration"] = "00:00:00.100",
            ["BkApi:Language"] = "en\r\nX-Evil: 1",
        };
        await using var provider = DiHost.Build(settings);

        var ex = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        var message = ex is AggregateException aggregate ? string.Join("\n", aggregate.InnerExceptions.Select(e => e.Message)) : ex.Message;
        Assert.Contains("BkApi:BaseUrl must be an absolute http or https URL, was 'ftp://paas.example.com/'", message, StringComparison.Ordinal);
        Assert.Contains("BkApi:AuthMode must be 'Gateway' or 'Esb', was 'Soap'", message, StringComparison.Ordinal);
        Assert.Contains("BkApi:AppCode (bk_app_code) is required", message, StringComparison.Ordinal);
        Assert.DoesNotContain("BkUsername", message, StringComparison.Ordinal); // no user is app credentials alone
        Assert.Contains("BkApi:Timeout must be a duration as hh:mm:ss (e.g. 00:00:30), was '30'", message, StringComparison.Ordinal);
        Assert.Contains("BkApi:AttemptTimeout must be between", message, StringComparison.Ordinal);
        Assert.Contains("BkApi:MaxRetryAttempts must be a whole number, was 'many'", message, StringComparison.Ordinal);
        Assert.Contains("BkApi:MaxResponseBytes must be a whole number of bytes, was '1 GB'", message, StringComparison.Ordinal);
        Assert.Contains("BkApi:MaxReadAheadBytes must be between 0 and 67108864 (64 MiB), was -1", message, StringComparison.Ordinal);
        Assert.Contains("BkApi:CircuitBreakerFailureRatio must be between 0 (off) and 1, was 1.5", message, StringComparison.Ordinal);
        Assert.Contains("BkApi:Language must be a language tag such as 'en' or 'zh-cn'", message, StringComparison.Ordinal);
        Assert.Contains("BkApi:CircuitBreakerMinimumThroughput must be at least 2, was 1", message, StringComparison.Ordinal);
        Assert.Contains("BkApi:CircuitBreakerBreakDuration must be between 00:00:00.500 and 1.00:00:00, was 00:00:00.1000000", message, StringComparison.Ordinal);
        Assert.DoesNotContain("AppSecret (bk_app_secret) is required", message, StringComparison.Ordinal);
        Secrets.AssertAbsent(ex);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_missing_or_blank_secret_stops_the_host_at_start(string? secret)
    {
        var settings = DiHost.Settings(_gateway.GatewayBaseAddress);
        settings["BkApi:AppSecret"] = secret;
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddBkApiClient<IJobV3Client, JobV3Client>();
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("BkApi:AppSecret (bk_app_secret) is required and must not be blank.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(BkApiServiceCollectionExtensions.ClientName(typeof(IJobV3Client)), ex.OptionsName);
    }

    [Fact]
    public void Settings_never_show_the_secret_or_the_token()
    {
        var settings = new BkApiClientSettings { AppCode = Secrets.AppCode, AppSecret = Secrets.AppSecret, BkToken = Secrets.BkToken, BaseUrl = "https://x/" };

        Secrets.AssertAbsent(settings.ToString());
        Assert.Contains(Secrets.AppCode, settings.ToString(), StringComparison.Ordinal);
    }

    // ---------------- Logs and spans ----------------

    [Fact]
    public async Task Each_call_logs_one_line_with_operation_status_code_request_id_and_duration_and_never_a_secret()
    {
        _gateway.MapOperation(GatewayPath, _ => FakeResponse.BkJobOk(FakeFixturesData.ScriptData, jobRequestId: "jr-log-0001"));
        using var logs = new FakeLoggerProvider();
        await using var provider = DiHost.Build(DiHost.Settings(_gateway.GatewayBaseAddress), loggerProvider: logs);
        var client = provider.GetRequiredService<IJobV3Client>();

        await client.BatchGetJobInstanceIpLogAsync(Requests.ScriptStep());
        _gateway.Enqueue(GatewayPath, FakeResponse.GatewayError(403, 1640301, "APP_NO_PERMISSION", "App has no permission to the resource").WithHeader("X-Bkapi-Request-Id", "gw-req-403"));
        await Assert.ThrowsAsync<BkGatewayException>(() => client.BatchGetJobInstanceIpLogAsync(Requests.ScriptStep()));

        var all = logs.Collector.GetSnapshot();
        var calls = all.Where(r => r.Category == typeof(BkApiTransport).FullName).ToList();
        Assert.Equal(2, calls.Count);

        var ok = calls[0];
        Assert.Equal(LogLevel.Information, ok.Level);
        Assert.Equal("BkApiCallSucceeded", ok.Id.Name);
        Assert.Contains("jobv3.batch_get_job_instance_ip_log", ok.Message, StringComparison.Ordinal);
        Assert.Equal("200", State(ok, "StatusCode"));
        Assert.Equal("0", State(ok, "Code"));
        Assert.Equal("jr-log-0001", State(ok, "RequestId"));
        Assert.True(double.Parse(State(ok, "DurationMs")!, System.Globalization.CultureInfo.InvariantCulture) > 0);

        var failed = calls[1];
        Assert.Equal(LogLevel.Warning, failed.Level);
        Assert.Equal("BkApiCallFailed", failed.Id.Name);
        Assert.Equal("403", State(failed, "StatusCode"));
        Assert.Equal("1640301", State(failed, "Code"));
        Assert.Equal("APP_NO_PERMISSION", State(failed, "CodeName"));
        Assert.Equal("gw-req-403", State(failed, "RequestId"));
        Assert.Equal(nameof(BkGatewayException), State(failed, "ErrorType"));
        Assert.IsType<BkGatewayException>(failed.Exception);

        // Everything logged at Trace and above (the resilience pipeline's logs included) is free of credentials, in the
        // message and in the structured state. The factory's own request logs are removed: their Trace events carry raw
        // header values in their state (X-Bkapi-Authorization holds the secret), whatever RedactLoggedHeaders says.
        Assert.DoesNotContain(all, r => r.Category is not null && r.Category.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal));
        foreach (var record in all)
        {
            Secrets.AssertAbsent(record.Message);
            if (record.Exception is { } exception)
            {
                Secrets.AssertAbsent(exception);
            }

            foreach (var pair in record.StructuredState ?? [])
            {
                Secrets.AssertAbsentOrNull(pair.Value);
            }
        }
    }

    [Fact]
    public async Task Each_call_is_one_span_tagged_with_system_operation_code_and_request_id()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == BkApiTransport.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        _gateway.MapOperation(GatewayPath, _ => FakeResponse.BkJobOk(FakeFixturesData.ScriptData, jobRequestId: "jr-span-ok"));
        await using var provider = DiHost.Build(DiHost.Settings(_gateway.GatewayBaseAddress));
        var client = provider.GetRequiredService<IJobV3Client>();

        await client.BatchGetJobInstanceIpLogAsync(Requests.ScriptStep());
        _gateway.Enqueue(GatewayPath, FakeResponse.BkJobError(1244006, "作业实例不存在", "jr-span-err"));
        await Assert.ThrowsAsync<BkApiErrorException>(() => client.BatchGetJobInstanceIpLogAsync(Requests.ScriptStep()));

        var ok = Assert.Single(spans, s => Equals(s.GetTagItem("bkapi.request_id"), "jr-span-ok"));
        Assert.Equal("jobv3.batch_get_job_instance_ip_log", ok.DisplayName);
        Assert.Equal(ActivityKind.Client, ok.Kind);
        Assert.Equal("jobv3", ok.GetTagItem("bkapi.system"));
        Assert.Equal("batch_get_job_instance_ip_log", ok.GetTagItem("bkapi.operation"));
        Assert.Equal(0L, ok.GetTagItem("bkapi.code"));
        Assert.Equal(200, ok.GetTagItem("http.response.status_code"));
        Assert.Equal(ActivityStatusCode.Ok, ok.Status);

        var error = Assert.Single(spans, s => Equals(s.GetTagItem("bkapi.request_id"), "jr-span-err"));
        Assert.Equal(ActivityStatusCode.Error, error.Status);
        Assert.Equal(1244006L, error.GetTagItem("bkapi.code"));
        Assert.Equal(nameof(BkApiErrorException), error.GetTagItem("error.type"));
        foreach (var span in spans)
        {
            Secrets.AssertAbsentOrNull(span.StatusDescription);
            foreach (var tag in span.Tags)
            {
                Secrets.AssertAbsentOrNull(tag.Value);
            }
        }
    }

    // ---------------- Resilience ----------------

    [Fact]
    public async Task An_idempotent_operation_is_retried_on_5xx_and_connection_resets_then_succeeds()
    {
        await using var provider = DiHost.Build(DiHost.Settings(_gateway.GatewayBaseAddress));
        _gateway.Enqueue(
            GatewayPath,
            FakeResponse.GatewayError(503, 1650300, "SERVICE_UNAVAILABLE", "unavailable"),
            FakeResponse.Abort(),
            FakeResponse.GatewayError(502, 1650200, "BAD_GATEWAY", "Bad Gateway"));

        var logs = await provider.GetRequiredService<IJobV3Client>().BatchGetJobInstanceIpLogAsync(Requests.ScriptStep());

        Assert.IsType<ScriptIpLogs>(logs);
        Assert.Equal(4, _gateway.Requests.Count);
    }

    [Fact]
    public async Task An_idempotent_operation_is_retried_when_the_connection_fails_in_the_middle_of_the_body()
    {
        await using var provider = DiHost.Build(DiHost.Settings(_gateway.GatewayBaseAddress));
        var whole = FakeFixtures.ApigwScriptLogs;
        _gateway.Enqueue(GatewayPath, FakeResponse.Json(whole).WithAbortAfter(whole.Length / 2), FakeResponse.Json(whole).WithAbortAfter(10), FakeResponse.Json(whole));

        var logs = await provider.GetRequiredService<IJobV3Client>().BatchGetJobInstanceIpLogAsync(Requests.ScriptStep());

        Assert.Equal(2, Assert.IsType<ScriptIpLogs>(logs).ScriptTaskLogs.Count);
        Assert.Equal(3, _gateway.Requests.Count);
    }

    [Fact]
    public async Task A_body_that_keeps_failing_ends_in_a_transport_exception_with_its_status()
    {
        var settings = DiHost.Settings(_gateway.GatewayBaseAddress);
        settings["BkApi:MaxRetryAttempts"] = "1";
        await using var provider = DiHost.Build(settings);
        var whole = FakeFixtures.ApigwScriptLogs;
        _gateway.Enqueue(GatewayPath, FakeResponse.Json(whole).WithAbortAfter(20), FakeResponse.Json(whole).WithAbortAfter(20));

        var ex = await Assert.ThrowsAsync<BkTransportException>(() => provider.GetRequiredService<IJobV3Client>().BatchGetJobInstanceIpLogAsync(Requests.ScriptStep()));

        Assert.True(ex.StatusCode == HttpStatusCode.OK, ex.ToString());
        Assert.Contains("the connection failed while the response was read", ex.Message);
        Assert.Equal(2, _gateway.Requests.Count);
        Secrets.AssertAbsent(ex);
    }

    [Fact]
    public async Task A_body_failure_of_a_non_idempotent_or_a_large_response_is_not_retried()
    {
        await using var provider = DiHost.Build(
            DiHost.Settings(_gateway.GatewayBaseAddress),
            services => services.AddBkApiClient<BkApiTransport>(transport => transport));
        var transport = provider.GetRequiredService<BkApiTransport>();
        var whole = FakeFixtures.ApigwScriptLogs;

        // A write: the body is left to the transport, which reports the failure.
        _gateway.Enqueue(GatewayPath, FakeResponse.Json(whole).WithAbortAfter(20));
        await Assert.ThrowsAsync<BkTransportException>(() => transport.SendAsync(
            JobV3Client.BatchGetJobInstanceIpLogOperation with { IsIdempotent = false },
            Requests.ScriptStep(),
            BatchGetJobInstanceIpLogJsonContext.Default.BatchGetJobInstanceIpLogRequest,
            BatchGetJobInstanceIpLogJsonContext.Default.BatchGetJobInstanceIpLogResponse));
        Assert.Single(_gateway.Requests);

        // A body above the read-ahead limit is streamed, so a failure in it is not retried either.
        _gateway.ClearRequests();
        var large = whole.Replace("job_start", new string('x', 1_100_000), StringComparison.Ordinal);
        _gateway.Enqueue(GatewayPath, FakeResponse.Json(large).WithAbortAfter(large.Length / 2));
        await Assert.ThrowsAsync<BkTransportException>(() => transport.SendAsync(
            JobV3Client.BatchGetJobInstanceIpLogOperation,
            Requests.ScriptStep(),
            BatchGetJobInstanceIpLogJsonContext.Default.BatchGetJobInstanceIpLogRequest,
            BatchGetJobInstanceIpLogJsonContext.Default.BatchGetJobInstanceIpLogResponse));
        Assert.Single(_gateway.Requests);
    }

    [Fact]
    public async Task The_read_ahead_limit_is_a_setting_and_zero_turns_mid_body_retries_off()
    {
        var whole = FakeFixtures.ApigwScriptLogs;
        var large = whole.Replace("job_start", new string('x', 1_100_000), StringComparison.Ordinal);

        // Raised above the body: the large body that is streamed by default is now read ahead, and so retried.
        var settings = DiHost.Settings(_gateway.GatewayBaseAddress);
        settings["BkApi:MaxReadAheadBytes"] = "4194304";
        await using (var provider = DiHost.Build(settings))
        {
            _gateway.Enqueue(GatewayPath, FakeResponse.Json(large).WithAbortAfter(large.Length / 2), FakeResponse.Json(large));
            var logs = await provider.GetRequiredService<IJobV3Client>().BatchGetJobInstanceIpLogAsync(Requests.ScriptStep());
            Assert.Equal(2, Assert.IsType<ScriptIpLogs>(logs).ScriptTaskLogs.Count);
            Assert.Equal(2, _gateway.Requests.Count);
        }

        // Zero: even a small body is streamed, so a failure in it ends the call after one request.
        _gateway.ClearRequests();
        settings["BkApi:MaxReadAheadBytes"] = "0";
        await using (var provider = DiHost.Build(settings))
        {
            _gateway.Enqueue(GatewayPath, FakeResponse.Json(whole).WithAbortAfter(whole.Length / 2), FakeResponse.Json(whole));
            var ex = await Assert.ThrowsAsync<BkTransportException>(() => provider.GetRequiredService<IJobV3Client>().BatchGetJobInstanceIpLogAsync(Requests.ScriptStep()));
            Assert.Contains("the connection failed while the response was read", ex.Message);
            Assert.Single(_gateway.Requests);
        }
    }

    [Fact]
    public async Task Retry_after_is_honoured()
    {
        await using var provider = DiHost.Build(DiHost.Settings(_gateway.GatewayBaseAddress));
        _gateway.Enqueue(GatewayPath, FakeResponse.GatewayError(429, 1642903, "RATE_LIMIT_RESTRICTION", "API rate limit exceeded by resource strategy").WithHeader("Retry-After", "1"));
        var started = Stopwatch.GetTimestamp();

        await provider.GetRequiredService<IJobV3Client>().BatchGetJobInstanceIpLogAsync(Requests.ScriptStep());

        // The base delay is 10 ms: only Retry-After explains a wait of about a second.
        Assert.InRange(Stopwatch.GetElapsedTime(started), TimeSpan.FromMilliseconds(900), TimeSpan.FromSeconds(10));
        Assert.Equal(2, _gateway.Requests.Count);
    }

    [Fact]
    public async Task Exhausted_retries_end_in_the_last_typed_error_with_its_retry_after()
    {
        var settings = DiHost.Settings(_gateway.GatewayBaseAddress);
        settings["BkApi:MaxRetryAttempts"] = "2";
        await using var provider = DiHost.Build(settings);
        for (var i = 0; i < 3; i++)
        {
            _gateway.Enqueue(GatewayPath, FakeResponse.GatewayError(429, 1642902, "RATE_LIMIT_RESTRICTION", "API rate limit exceeded by stage strategy").WithHeader("Retry-After", "0"));
        }

        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => provider.GetRequiredService<IJobV3Client>().BatchGetJobInstanceIpLogAsync(Requests.ScriptStep()));

        Assert.Equal(HttpStatusCode.TooManyRequests, ex.StatusCode);
        Assert.Equal(1642902, ex.Code);
        Assert.Equal(TimeSpan.Zero, ex.RetryAfter);
        Assert.NotNull(ex.RequestId);
        Assert.Equal(3, _gateway.Requests.Count);
    }

    [Fact]
    public async Task A_non_idempotent_operation_is_never_retried()
    {
        await using var provider = DiHost.Build(
            DiHost.Settings(_gateway.GatewayBaseAddress),
            services => services.AddBkApiClient<BkApiTransport>(transport => transport));
        var transport = provider.GetRequiredService<BkApiTransport>();
        var write = JobV3Client.BatchGetJobInstanceIpLogOperation with { IsIdempotent = false };
        _gateway.Enqueue(GatewayPath, FakeResponse.GatewayError(503, 1650300, "SERVICE_UNAVAILABLE", "unavailable"));

        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => transport.SendAsync(
            write,
            Requests.ScriptStep(),
            BatchGetJobInstanceIpLogJsonContext.Default.BatchGetJobInstanceIpLogRequest,
            BatchGetJobInstanceIpLogJsonContext.Default.BatchGetJobInstanceIpLogResponse));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Single(_gateway.Requests);
    }

    [Fact]
    public async Task Repeated_failures_open_the_circuit_breaker_then_calls_fail_at_once_without_being_sent()
    {
        var settings = DiHost.Settings(_gateway.GatewayBaseAddress);
        settings["BkApi:MaxRetryAttempts"] = "0";
        settings["BkApi:CircuitBreakerFailureRatio"] = "0.5";
        settings["BkApi:CircuitBreakerMinimumThroughput"] = "2";
        settings["BkApi:CircuitBreakerBreakDuration"] = "00:00:00.500";
        await using var provider = DiHost.Build(settings);
        var client = provider.GetRequiredService<IJobV3Client>();
        _gateway.Enqueue(GatewayPath, FakeResponse.GatewayError(503, 1650300, "SERVICE_UNAVAILABLE", "unavailable"), FakeResponse.GatewayError(503, 1650300, "SERVICE_UNAVAILABLE", "unavailable"));

        await Assert.ThrowsAsync<BkGatewayException>(() => client.BatchGetJobInstanceIpLogAsync(Requests.ScriptStep()));
        await Assert.ThrowsAsync<BkGatewayException>(() => client.BatchGetJobInstanceIpLogAsync(Requests.ScriptStep()));

        // Open: refused in the client, typed like any transport failure, and the gateway sees nothing.
        var ex = await Assert.ThrowsAsync<BkTransportException>(() => client.BatchGetJobInstanceIpLogAsync(Requests.ScriptStep()));
        Assert.Contains("circuit breaker is open", ex.Message, StringComparison.Ordinal);
        Assert.Equal("jobv3.batch_get_job_instance_ip_log", ex.Operation);
        Secrets.AssertAbsent(ex);
        Assert.Equal(2, _gateway.Requests.Count);

        // After the break, a call goes through again (and, succeeding, closes the breaker).
        await Task.Delay(TimeSpan.FromMilliseconds(700));
        var logs = await client.BatchGetJobInstanceIpLogAsync(Requests.ScriptStep());
        Assert.IsType<ScriptIpLogs>(logs);
        Assert.Equal(3, _gateway.Requests.Count);
    }

    [Fact]
    public async Task The_circuit_breaker_can_be_turned_off()
    {
        var settings = DiHost.Settings(_gateway.GatewayBaseAddress);
        settings["BkApi:MaxRetryAttempts"] = "0";
        settings["BkApi:CircuitBreakerFailureRatio"] = "0";
        settings["BkApi:CircuitBreakerMinimumThroughput"] = "2";
        await using var provider = DiHost.Build(settings);
        var client = provider.GetRequiredService<IJobV3Client>();
        for (var i = 0; i < 4; i++)
        {
            _gateway.Enqueue(GatewayPath, FakeResponse.GatewayError(503, 1650300, "SERVICE_UNAVAILABLE", "unavailable"));
            await Assert.ThrowsAsync<BkGatewayException>(() => client.BatchGetJobInstanceIpLogAsync(Requests.ScriptStep()));
        }

        Assert.Equal(4, _gateway.Requests.Count);
    }

    [Fact]
    public async Task Client_errors_are_not_retried()
    {
        var settings = DiHost.Settings(_gateway.GatewayBaseAddress);
        settings["BkApi:AppSecret"] = "SECRET-it-wrong-value";
        await using var provider = DiHost.Build(settings);

        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => provider.GetRequiredService<IJobV3Client>().BatchGetJobInstanceIpLogAsync(Requests.ScriptStep()));

        Assert.Equal(1640001, ex.Code);
        Assert.Single(_gateway.Requests);
    }

    [Fact]
    public async Task A_slow_attempt_times_out_is_retried_and_the_last_timeout_is_a_transport_exception()
    {
        var settings = DiHost.Settings(_gateway.GatewayBaseAddress);
        settings["BkApi:AttemptTimeout"] = "00:00:00.200";
        settings["BkApi:MaxRetryAttempts"] = "1";
        await using var provider = DiHost.Build(settings);
        _gateway.Enqueue(GatewayPath, FakeResponse.Json("{}").WithDelay(TimeSpan.FromSeconds(5)), FakeResponse.Json("{}").WithDelay(TimeSpan.FromSeconds(5)));
        var started = Stopwatch.GetTimestamp();

        var ex = await Assert.ThrowsAsync<BkTransportException>(() => provider.GetRequiredService<IJobV3Client>().BatchGetJobInstanceIpLogAsync(Requests.ScriptStep()));

        Assert.Contains("timed out", ex.Message, StringComparison.Ordinal);
        Assert.InRange(Stopwatch.GetElapsedTime(started), TimeSpan.FromMilliseconds(350), TimeSpan.FromSeconds(4));
        Assert.Equal(2, _gateway.Requests.Count);
    }

    [Fact]
    public async Task The_total_timeout_bounds_retries()
    {
        var settings = DiHost.Settings(_gateway.GatewayBaseAddress);
        settings["BkApi:Timeout"] = "00:00:00.500";
        settings["BkApi:AttemptTimeout"] = "00:00:00.400";
        await using var provider = DiHost.Build(settings);
        for (var i = 0; i < 4; i++)
        {
            _gateway.Enqueue(GatewayPath, FakeResponse.Json("{}").WithDelay(TimeSpan.FromSeconds(5)));
        }

        var started = Stopwatch.GetTimestamp();
        var ex = await Assert.ThrowsAsync<BkTransportException>(() => provider.GetRequiredService<IJobV3Client>().BatchGetJobInstanceIpLogAsync(Requests.ScriptStep()));

        Assert.Contains("timed out", ex.Message, StringComparison.Ordinal);
        Assert.InRange(Stopwatch.GetElapsedTime(started), TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(3));
    }

    private static string? State(FakeLogRecord record, string key)
        => record.StructuredState?.FirstOrDefault(p => p.Key == key).Value;
}

/// <summary>Small data payloads in the shapes the fake gateway's fixtures use.</summary>
internal static class FakeFixturesData
{
    public const string ScriptData = """{"log_type":1,"job_instance_id":100,"step_instance_id":200,"script_task_logs":[{"bk_host_id":101,"ip":"10.0.0.1","bk_cloud_id":0,"log_content":"ok\n"}]}""";
}
