using BkApiGen.Client.Tests.Generated;
using BkApiGen.FakeGateway;
using BkApiGen.Runtime;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Errors;
using BkApiGen.Runtime.Paging;

namespace BkApiGen.Client.Tests;

/// <summary>
/// What the gateway verifies (<c>x-bkapi.auth</c>, from bk-job's resources.yaml authConfig) against the credentials:
/// the seed <c>batch_get_job_instance_ip_log</c> verifies app and user, <c>system_update_cron_status</c> only the app.
/// </summary>
public sealed class VerificationTests : IAsyncLifetime
{
    private const string CronStatusPath = FakeBkGateway.JobGatewayBasePath + "api/v3/system/update_cron_status";

    private ClientHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ClientHarness.StartAsync();

    public Task DisposeAsync() => _harness.DisposeAsync().AsTask();

    private static SystemUpdateCronStatusRequest CronStatus() => new()
    {
        ScopeType = ScopeType.Biz,
        ScopeId = "1",
        Id = 2,
        Status = SystemUpdateCronStatusStatus.Start,
    };

    [Fact]
    public void The_descriptors_carry_what_the_gateway_verifies()
    {
        Assert.Equal(BkVerification.AppAndUser, JobV3Client.BatchGetJobInstanceIpLogOperation.Verification);
        Assert.Equal(BkVerification.App, JobV3Client.SystemUpdateCronStatusOperation.Verification);
    }

    [Fact]
    public async Task App_credentials_alone_are_refused_before_sending_for_an_operation_that_verifies_the_user()
    {
        var options = _harness.Options(credentials: Secrets.ForApp());
        var client = _harness.Client(options);

        var error = await Assert.ThrowsAsync<BkMissingIdentityException>(() => client.BatchGetJobInstanceIpLogAsync(Requests.ByIp(FakeJobStore.ScriptStepInstanceId)));

        Assert.Empty(_harness.Gateway.Requests);
        Assert.Equal(BkVerification.User, error.Missing);
        Assert.Same(JobV3Client.BatchGetJobInstanceIpLogOperation, error.Operation);
        Assert.StartsWith("jobv3.batch_get_job_instance_ip_log: the API gateway verifies the user, and the credentials identify none: configure bk_username", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was sent.", error.Message, StringComparison.Ordinal);
        Secrets.AssertAbsent(error, options);
    }

    [Fact]
    public async Task The_paged_helper_stops_at_its_first_page_with_the_refusal_inside()
    {
        // It calls the operation's method: the refusal comes from the transport, whatever the caller.
        var client = _harness.Client(_harness.Options(credentials: Secrets.ForApp()));

        var error = await Assert.ThrowsAsync<BkPagingException>(async () =>
        {
            await foreach (var _ in client.GetJobInstanceListAllAsync(new GetJobInstanceListRequest
            {
                ScopeType = ScopeType.Biz,
                ScopeId = "1",
                CreateTimeStart = 1,
                CreateTimeEnd = 2,
            }))
            {
            }
        });

        Assert.Equal(0, error.Offset);
        Assert.Equal(BkVerification.User, Assert.IsType<BkMissingIdentityException>(error.InnerException).Missing);
        Assert.Empty(_harness.Gateway.Requests);
    }

    [Theory]
    [InlineData("user")]
    [InlineData("token")]
    [InlineData("access token")]
    public async Task Credentials_with_a_user_call_it(string kind)
    {
        var credentials = kind switch
        {
            "user" => Secrets.ForUser(),
            "token" => Secrets.ForToken(),
            _ => BkCredentials.ForAccessToken("demo-access-token"),
        };
        var client = _harness.Client(_harness.Options(credentials: credentials));

        var logs = await client.BatchGetJobInstanceIpLogAsync(Requests.ByIp(FakeJobStore.ScriptStepInstanceId));

        Assert.IsType<ScriptIpLogs>(logs);
        Assert.Single(_harness.Gateway.Requests);
    }

    [Fact]
    public async Task App_credentials_alone_call_an_operation_that_verifies_only_the_app()
    {
        _harness.Gateway.SkipUserVerification(CronStatusPath);
        _harness.Gateway.MapOperation(CronStatusPath, _ => FakeResponse.Json("""{"result": true, "code": 0, "data": {"id": 2}, "job_request_id": "r1"}"""));
        var client = _harness.Client(_harness.Options(credentials: Secrets.ForApp()));

        var cron = await client.SystemUpdateCronStatusAsync(CronStatus());

        Assert.Equal(2, cron.Id);
        var auth = Assert.Single(_harness.Gateway.Requests).HeaderAuth!;
        Assert.Equal((Secrets.AppCode, Secrets.AppSecret, null, null), (auth.AppCode, auth.AppSecret, auth.Username, auth.Token));
    }

    [Fact]
    public async Task In_esb_mode_nothing_is_refused_before_sending_and_the_esb_answers()
    {
        // The spec's auth is the gateway's authConfig: the ESB's own rules decide there (it verifies the user: 1306000).
        var client = _harness.Client(_harness.Options(BkAuthMode.Esb, Secrets.ForApp()));

        var error = await Assert.ThrowsAsync<BkApiErrorException>(() => client.BatchGetJobInstanceIpLogAsync(Requests.ByIp(FakeJobStore.ScriptStepInstanceId)));

        Assert.Equal(1306000, error.Code);
        Assert.Single(_harness.Gateway.Requests);
    }

    [Fact]
    public void App_credentials_identify_the_app_and_mask_the_secret()
    {
        var credentials = Secrets.ForApp();

        Assert.Equal(BkVerification.App, credentials.Identifies);
        Assert.Equal(BkVerification.AppAndUser, Secrets.ForUser().Identifies);
        Assert.Equal(BkVerification.AppAndUser, BkCredentials.ForAccessToken("demo-access-token").Identifies);
        Assert.Equal($"BkCredentials {{ AppCode = {Secrets.AppCode}, AppSecret = ***, BkToken = (none), BkUsername = (none) }}", credentials.ToString());
        Assert.Throws<ArgumentException>(() => BkCredentials.ForApp(Secrets.AppCode, " "));
        Assert.Throws<ArgumentException>(() => BkCredentials.ForApp("", Secrets.AppSecret));
    }
}
