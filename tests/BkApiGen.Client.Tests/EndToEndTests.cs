using System.Text.Json;
using System.Text.Json.Nodes;
using BkApiGen.Client.Tests.Generated;
using BkApiGen.FakeGateway;
using BkApiGen.Runtime;
using BkApiGen.Runtime.Auth;

namespace BkApiGen.Client.Tests;

/// <summary>
/// Successful calls of the generated client against the fake gateway on 127.0.0.1: both auth modes, both user identities,
/// what travels on the wire (checked on the server side), and the logs that come back.
/// </summary>
public sealed class EndToEndTests : IAsyncLifetime
{
    private ClientHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ClientHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private FakeBkGateway Gateway => _harness.Gateway;

    public static TheoryData<BkAuthMode, bool> ModesAndIdentities => new()
    {
        { BkAuthMode.Gateway, false },
        { BkAuthMode.Gateway, true },
        { BkAuthMode.Esb, false },
        { BkAuthMode.Esb, true },
    };

    [Theory]
    [MemberData(nameof(ModesAndIdentities))]
    public async Task Credentials_travel_where_the_mode_says(BkAuthMode mode, bool useToken)
    {
        var credentials = useToken ? Secrets.ForToken() : Secrets.ForUser();
        var client = _harness.Client(_harness.Options(mode, credentials));

        var logs = await client.BatchGetJobInstanceIpLogAsync(Requests.ByIp(FakeJobStore.ScriptStepInstanceId));

        Assert.Equal(2, Assert.IsType<ScriptIpLogs>(logs).ScriptTaskLogs.Count);
        var request = Assert.Single(Gateway.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(ClientHarness.PathOf(mode), request.Path);
        Assert.StartsWith("application/json", request.GetHeader("Content-Type"));
        Assert.Equal("application/json", request.GetHeader("Accept"));
        var body = request.GetBodyJson()!.AsObject();

        if (mode == BkAuthMode.Gateway)
        {
            Assert.Equal(FakeApiChannel.Gateway, request.Channel);
            var header = request.GetHeader("X-Bkapi-Authorization");
            Assert.NotNull(header);
            var auth = JsonNode.Parse(header)!.AsObject();
            Assert.Equal(Secrets.AppCode, (string?)auth["bk_app_code"]);
            Assert.Equal(Secrets.AppSecret, (string?)auth["bk_app_secret"]);
            Assert.Equal(useToken ? Secrets.BkToken : null, (string?)auth["bk_token"]);
            Assert.Equal(useToken ? null : Secrets.Username, (string?)auth["bk_username"]);
            Assert.Equal(useToken ? ["bk_app_code", "bk_app_secret", "bk_token"] : ["bk_app_code", "bk_app_secret", "bk_username"], auth.Select(p => p.Key).Order(StringComparer.Ordinal));

            // Nothing secret in the body or the URL.
            Assert.DoesNotContain(body, p => p.Key is "bk_app_code" or "bk_app_secret" or "bk_token" or "bk_username");
            Assert.Null(request.BodyAuth);
            Secrets.AssertAbsent(request.RawTarget);
            Secrets.AssertAbsent(request.Body);
        }
        else
        {
            Assert.Equal(FakeApiChannel.Esb, request.Channel);
            Assert.Null(request.GetHeader("X-Bkapi-Authorization"));
            Assert.Equal(Secrets.AppCode, (string?)body["bk_app_code"]);
            Assert.Equal(Secrets.AppSecret, (string?)body["bk_app_secret"]);
            Assert.Equal(useToken ? Secrets.BkToken : null, (string?)body["bk_token"]);
            Assert.Equal(useToken ? null : Secrets.Username, (string?)body["bk_username"]);
            Assert.Equal(FakeAuthSource.Body, request.Auth!.Source);
            Secrets.AssertAbsent(request.RawTarget);
        }

        // The request members themselves are exactly what was asked for, credentials aside.
        foreach (var name in new[] { "bk_app_code", "bk_app_secret", "bk_token", "bk_username" })
        {
            body.Remove(name);
        }

        JsonAssert.Equivalent(
            """
            {"bk_scope_type":"biz","bk_scope_id":"1","job_instance_id":100,"step_instance_id":200,
             "ip_list":[{"bk_cloud_id":0,"ip":"10.0.0.1"},{"bk_cloud_id":0,"ip":"10.0.0.2"}]}
            """,
            body.ToJsonString());
    }

    [Theory]
    [InlineData(BkAuthMode.Gateway)]
    [InlineData(BkAuthMode.Esb)]
    public async Task Language_header_is_sent_only_when_set(BkAuthMode mode)
    {
        await _harness.Client(_harness.Options(mode, language: "en")).BatchGetJobInstanceIpLogAsync(Requests.ByHostId(FakeJobStore.ScriptStepInstanceId));
        await _harness.Client(_harness.Options(mode)).BatchGetJobInstanceIpLogAsync(Requests.ByHostId(FakeJobStore.ScriptStepInstanceId));

        var requests = Gateway.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal("en", requests[0].GetHeader("blueking-language"));
        Assert.Null(requests[1].GetHeader("blueking-language"));
    }

    public static TheoryData<BkAuthMode, bool> ModesAndHostSelectors => new()
    {
        { BkAuthMode.Gateway, false },
        { BkAuthMode.Gateway, true },
        { BkAuthMode.Esb, false },
        { BkAuthMode.Esb, true },
    };

    private static BatchGetJobInstanceIpLogRequest Request(long step, bool byHostId)
        => byHostId ? Requests.ByHostId(step) : Requests.ByIp(step);

    [Theory]
    [MemberData(nameof(ModesAndHostSelectors))]
    public async Task Script_step_returns_the_log_of_each_host(BkAuthMode mode, bool byHostId)
    {
        var logs = await _harness.Client(mode).BatchGetJobInstanceIpLogAsync(Request(FakeJobStore.ScriptStepInstanceId, byHostId));

        var script = Assert.IsType<ScriptIpLogs>(logs);
        Assert.Equal(LogType.Script, script.LogType);
        Assert.Equal(100, script.JobInstanceId);
        Assert.Equal(200, script.StepInstanceId);
        Assert.Collection(
            script.ScriptTaskLogs,
            h =>
            {
                Assert.Equal(101, h.HostId);
                Assert.Equal(0, h.CloudId);
                Assert.Equal("10.0.0.1", h.Ip);
                Assert.StartsWith("[2018-03-15 14:39:30][PID:56875] job_start\n", h.LogContent);
                Assert.Contains("host-10-0-0-1\n", h.LogContent);
                Assert.EndsWith("job_success\n", h.LogContent);
            },
            h =>
            {
                Assert.Equal(102, h.HostId);
                Assert.Equal(0, h.CloudId);
                Assert.Equal("10.0.0.2", h.Ip);
                Assert.StartsWith("[2018-03-15 14:39:30][PID:16789] job_start\n", h.LogContent);
                Assert.Contains("host-10-0-0-2\n", h.LogContent);
                Assert.EndsWith("job_success\n", h.LogContent);
            });
    }

    [Theory]
    [MemberData(nameof(ModesAndHostSelectors))]
    public async Task File_step_returns_the_transfers_of_each_host(BkAuthMode mode, bool byHostId)
    {
        var logs = await _harness.Client(mode).BatchGetJobInstanceIpLogAsync(Request(FakeJobStore.FileStepInstanceId, byHostId));

        var file = Assert.IsType<FileIpLogs>(logs);
        Assert.Equal(LogType.File, file.LogType);
        Assert.Equal(100, file.JobInstanceId);
        Assert.Equal(201, file.StepInstanceId);
        Assert.Equal(2, file.FileTaskLogs.Count);

        var target = file.FileTaskLogs[0];
        Assert.Equal((101L, 0L, "10.0.0.1"), (target.HostId, target.CloudId, target.Ip));
        var download = Assert.Single(target.FileLogs);
        Assert.Equal(FileLogMode.Download, download.Mode);
        Assert.Equal(new Host { HostId = 102, CloudId = 0, Ip = "10.0.0.2" }, download.SrcIp);
        Assert.Equal("/data/1.log", download.SrcPath);
        Assert.Equal(new Host { HostId = 101, CloudId = 0, Ip = "10.0.0.1" }, download.DestIp);
        Assert.Equal("/tmp/1.log", download.DestPath);
        Assert.Equal(FileLogStatus.Success, download.Status);
        Assert.Contains("dest agent success download file", download.LogContent);
        Assert.Equal(("1.0 Bytes", "0 KB/s", "100%"), (download.Size, download.Speed, download.Process));

        var source = file.FileTaskLogs[1];
        Assert.Equal((102L, 0L, "10.0.0.2"), (source.HostId, source.CloudId, source.Ip));
        var upload = Assert.Single(source.FileLogs);
        Assert.Equal(FileLogMode.Upload, upload.Mode);
        Assert.Equal(new Host { HostId = 102, CloudId = 0, Ip = "10.0.0.2" }, upload.SrcIp);
        Assert.Equal("/data/1.log", upload.SrcPath);
        Assert.Null(upload.DestIp);
        Assert.Null(upload.DestPath);
        Assert.Equal(FileLogStatus.Success, upload.Status);
        Assert.Contains("source agent success upload file", upload.LogContent);
    }

    [Fact]
    public async Task Only_the_requested_hosts_come_back()
    {
        var logs = await _harness.Client().BatchGetJobInstanceIpLogAsync(Requests.ByHostId(FakeJobStore.FileStepInstanceId) with { HostIdList = [102] });
        Assert.Equal("10.0.0.2", Assert.Single(Assert.IsType<FileIpLogs>(logs).FileTaskLogs).Ip);

        logs = await _harness.Client(BkAuthMode.Esb).BatchGetJobInstanceIpLogAsync(Requests.ByIp(FakeJobStore.ScriptStepInstanceId) with { IpList = [Requests.Host1] });
        Assert.Equal(101, Assert.Single(Assert.IsType<ScriptIpLogs>(logs).ScriptTaskLogs).HostId);
    }

    [Theory]
    [InlineData(BkAuthMode.Gateway)]
    [InlineData(BkAuthMode.Esb)]
    public async Task Scripted_seed_response_with_log_type_last_reads_as_file_logs(BkAuthMode mode)
    {
        Gateway.MapOperation(ClientHarness.PathOf(mode), _ => FakeResponse.Json(FakeFixtures.SeedFileLogsLogTypeLast));

        var logs = await _harness.Client(mode).BatchGetJobInstanceIpLogAsync(Requests.ByIp(FakeJobStore.FileStepInstanceId));

        SerializationTests.AssertSeedFileLogs(logs);
        Assert.Single(Gateway.Requests);
    }

    [Fact]
    public async Task Scripted_unknown_log_type_reaches_the_caller_as_the_unknown_case()
    {
        Gateway.Enqueue(FakeBkGateway.BatchGetJobInstanceIpLogGatewayPath, FakeResponse.Json(FakeFixtures.SeedFileLogsUnknownLogType));

        var logs = await _harness.Client().BatchGetJobInstanceIpLogAsync(Requests.ByIp(FakeJobStore.FileStepInstanceId));

        var unknown = Assert.IsType<UnknownIpLogs>(logs);
        Assert.Equal(3, (int?)unknown.LogType);
        Assert.Equal(100, unknown.JobInstanceId);
        Assert.Equal(200, unknown.StepInstanceId);
        Assert.Equal(2, unknown.Raw.GetProperty("file_task_logs").GetArrayLength());
        JsonAssert.Equivalent(
            JsonAssert.DataOf(FakeFixtures.SeedFileLogsUnknownLogType),
            JsonSerializer.Serialize<IpLogs>(unknown, BatchGetJobInstanceIpLogJsonContext.Default.IpLogs));

        // The queue is one-shot: the next call gets the default handler again.
        Assert.IsType<FileIpLogs>(await _harness.Client().BatchGetJobInstanceIpLogAsync(Requests.ByIp(FakeJobStore.FileStepInstanceId)));
    }

    [Fact]
    public async Task Raw_json_kept_from_one_response_survives_the_next_calls()
    {
        // The transport reads data from a pooled copy and returns it to the pool afterwards: raw JSON that the caller keeps
        // (an unknown case's Raw, the permission) must not point into that copy, or the next call would overwrite it.
        var expected = JsonAssert.DataOf(FakeFixtures.SeedFileLogsUnknownLogType);
        Gateway.Enqueue(FakeBkGateway.BatchGetJobInstanceIpLogGatewayPath, FakeResponse.Json(FakeFixtures.SeedFileLogsUnknownLogType));
        var client = _harness.Client();
        var unknown = Assert.IsType<UnknownIpLogs>(await client.BatchGetJobInstanceIpLogAsync(Requests.ByIp(FakeJobStore.FileStepInstanceId)));

        for (var i = 0; i < 20; i++)
        {
            Gateway.Enqueue(FakeBkGateway.BatchGetJobInstanceIpLogGatewayPath, FakeResponse.Json(FakeFixtures.ApigwScriptLogs));
            Assert.IsType<ScriptIpLogs>(await client.BatchGetJobInstanceIpLogAsync(Requests.ByHostId(200)));
        }

        JsonAssert.Equivalent(expected, unknown.Raw.GetRawText());
    }

    [Fact]
    public async Task Scripted_apigw_examples_read_through_the_client()
    {
        Gateway.Enqueue(
            FakeBkGateway.BatchGetJobInstanceIpLogGatewayPath,
            FakeResponse.Json(FakeFixtures.ApigwScriptLogs),
            FakeResponse.Json(FakeFixtures.ApigwFileLogs));
        var client = _harness.Client();

        var script = Assert.IsType<ScriptIpLogs>(await client.BatchGetJobInstanceIpLogAsync(Requests.ByHostId(200)));
        Assert.Equal(["127.0.0.1", "127.0.0.2"], script.ScriptTaskLogs.Select(h => h.Ip));
        var file = Assert.IsType<FileIpLogs>(await client.BatchGetJobInstanceIpLogAsync(Requests.ByHostId(200)));
        Assert.Equal("100%", file.FileTaskLogs[0].FileLogs[0].Process);
    }

    [Fact]
    public async Task Base_address_without_trailing_slash_still_reaches_the_operation()
    {
        var root = Gateway.GatewayBaseAddress.AbsoluteUri.TrimEnd('/');
        var options = new BkApiClientOptions { BaseAddress = new Uri(root), Credentials = Secrets.ForUser() };

        await _harness.Client(options).BatchGetJobInstanceIpLogAsync(Requests.ByIp(200));

        Assert.Equal(FakeBkGateway.BatchGetJobInstanceIpLogGatewayPath, Assert.Single(Gateway.Requests).Path);
    }

    [Fact]
    public void Options_and_credentials_describe_themselves_without_secrets()
    {
        foreach (var credentials in new[] { Secrets.ForUser(), Secrets.ForToken(), BkCredentials.Create(Secrets.AppCode, Secrets.AppSecret, Secrets.BkToken, Secrets.Username) })
        {
            var options = _harness.Options(BkAuthMode.Esb, credentials, "zh-cn");
            Secrets.AssertAbsent(options.ToString());
            Secrets.AssertAbsent(credentials.ToString());
            Assert.Contains(Secrets.AppCode, credentials.ToString());
            Assert.Contains(Secrets.AppCode, options.ToString());
            Assert.Contains("Esb", options.ToString());
        }
    }
}
