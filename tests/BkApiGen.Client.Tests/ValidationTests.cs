using BkApiGen.Client.Tests.Generated;
using BkApiGen.FakeGateway;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Errors;

namespace BkApiGen.Client.Tests;

/// <summary>
/// The spec's rules are checked before anything is sent: the client throws <see cref="BkApiValidationException"/> listing
/// every problem with its wire path, and the fake gateway sees no request at all.
/// </summary>
public sealed class ValidationTests : IAsyncLifetime
{
    private ClientHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ClientHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private static IReadOnlyList<Host> Hosts(int count)
        => Enumerable.Range(0, count).Select(i => new Host { CloudId = 0, Ip = $"10.{i / 65536 % 256}.{i / 256 % 256}.{i % 256}" }).ToArray();

    private static BatchGetJobInstanceIpLogRequest Valid => Requests.ByIp(FakeJobStore.ScriptStepInstanceId);

    /// <summary>Calls the client in both auth modes; both must refuse the request before sending it.</summary>
    private async Task<BkApiValidationException> RefusedAsync(BatchGetJobInstanceIpLogRequest request)
    {
        BkApiValidationException? first = null;
        foreach (var mode in new[] { BkAuthMode.Gateway, BkAuthMode.Esb })
        {
            var options = _harness.Options(mode, Secrets.ForToken());
            var ex = await Assert.ThrowsAsync<BkApiValidationException>(() => _harness.Client(options).BatchGetJobInstanceIpLogAsync(request));
            Secrets.AssertAbsent(ex, options);
            Assert.Equal("batch_get_job_instance_ip_log_request", ex.RequestType);
            first ??= ex;
        }

        Assert.Empty(_harness.Gateway.Requests);
        return first!;
    }

    private static void AssertPaths(BkApiValidationException ex, params string[] paths)
        => Assert.Equal(paths.Order(StringComparer.Ordinal), ex.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData(0, 200, "job_instance_id")]
    [InlineData(-1, 200, "job_instance_id")]
    [InlineData(100, 0, "step_instance_id")]
    [InlineData(100, long.MinValue, "step_instance_id")]
    public async Task Ids_below_one_are_refused(long job, long step, string path)
    {
        var ex = await RefusedAsync(Valid with { JobInstanceId = job, StepInstanceId = step });
        var error = Assert.Single(ex.Errors);
        Assert.Equal(path, error.Path);
        Assert.Contains("at least 1", error.Message);
        Assert.Contains(path, ex.Message);
    }

    [Fact]
    public async Task No_hosts_at_all_is_refused()
    {
        var ex = await RefusedAsync(Valid with { IpList = null, HostIdList = null });
        var error = Assert.Single(ex.Errors);
        Assert.Equal("$", error.Path);
        Assert.Contains("host_id_list", error.Message);
        Assert.Contains("ip_list", error.Message);

        // Empty lists are no better than missing ones.
        ex = await RefusedAsync(Valid with { IpList = [], HostIdList = [] });
        Assert.Contains("host_id_list", Assert.Single(ex.Errors).Message);
    }

    [Fact]
    public async Task More_than_500_hosts_is_refused()
    {
        var ex = await RefusedAsync(Valid with { IpList = Hosts(501) });
        var error = Assert.Single(ex.Errors);
        Assert.Equal("ip_list", error.Path);
        Assert.Contains("500", error.Message);
        Assert.Contains("501", error.Message);

        ex = await RefusedAsync(Valid with { IpList = null, HostIdList = Enumerable.Range(1, 501).Select(i => (long)i).ToArray() });
        Assert.Equal("host_id_list", Assert.Single(ex.Errors).Path);
    }

    [Theory]
    [InlineData("10.0.0.256")]
    [InlineData("10.0.0")]
    [InlineData("10.0.0.1.5")]
    [InlineData("1")]
    [InlineData("0x0a.0.0.1")]
    [InlineData("10.0.0.-1")]
    [InlineData("10..0.1")]
    [InlineData("10.0.0.")]
    [InlineData(" 10.0.0.1")]
    [InlineData("10.0.0.1 ")]
    [InlineData("10.0.0.1:22")]
    [InlineData("1000.0.0.1")]
    [InlineData("010.0.0.1")]
    [InlineData("")]
    [InlineData("host-10-0-0-1")]
    [InlineData("2001:db8:::1")]
    [InlineData("2001:db8::g")]
    [InlineData("1:2:3:4:5:6:7:8:9")]
    [InlineData("[2001:db8::1]")]
    [InlineData("fe80::1%eth0")]
    [InlineData("12345::1")]
    [InlineData(":")]
    public async Task Malformed_ip_is_refused_with_its_path(string ip)
    {
        var ex = await RefusedAsync(Valid with { IpList = [Requests.Host1, new Host { CloudId = 0, Ip = ip }] });
        var error = Assert.Single(ex.Errors);
        Assert.Equal("ip_list[1].ip", error.Path);
        Assert.Contains($"'{ip}'", error.Message);
    }

    [Fact]
    public async Task Null_ip_and_negative_cloud_id_are_refused()
    {
        var ex = await RefusedAsync(Valid with { IpList = [new Host { CloudId = -1, Ip = null! }] });
        AssertPaths(ex, "ip_list[0].bk_cloud_id", "ip_list[0].ip");
    }

    [Fact]
    public async Task Null_host_in_the_list_is_refused_with_its_index()
    {
        // It would be written as null, which the server rejects (and the generated reader refuses in a response).
        var ex = await RefusedAsync(Valid with { IpList = [Requests.Host1, null!, Requests.Host2] });
        var error = Assert.Single(ex.Errors);
        Assert.Equal("ip_list[1]", error.Path);
        Assert.Equal("must not be null", error.Message);
    }

    [Fact]
    public async Task Host_id_below_one_is_refused_with_its_index()
    {
        var ex = await RefusedAsync(Valid with { IpList = null, HostIdList = [101, 0, 102, -5] });
        AssertPaths(ex, "host_id_list[1]", "host_id_list[3]");
    }

    [Fact]
    public async Task Scope_type_without_scope_id_is_refused()
    {
        // Alone: the dependency and the missing business both show.
        var ex = await RefusedAsync(Valid with { ScopeId = null });
        AssertPaths(ex, "$", "bk_scope_id");
        Assert.Contains(ex.Errors, e => e.Path == "bk_scope_id" && e.Message.Contains("bk_scope_type"));

        // Even with bk_biz_id present, a half scope is an error.
        ex = await RefusedAsync(Valid with { ScopeId = null, BizId = 1 });
        AssertPaths(ex, "bk_scope_id");

        // And the other way round.
        ex = await RefusedAsync(Valid with { ScopeType = null, BizId = 1 });
        AssertPaths(ex, "bk_scope_type");
    }

    [Fact]
    public async Task A_default_scope_type_which_has_no_value_is_refused()
    {
        // A string enum is open (a value newer than the spec is sent: see ErrorTests), but a default instance has no value.
        var ex = await RefusedAsync(Valid with { ScopeType = default(ScopeType) });
        var error = Assert.Single(ex.Errors);
        Assert.Equal("bk_scope_type", error.Path);
        Assert.Equal("must be one of biz, biz_set (or a newer value the server knows), was ''", error.Message);

        Assert.Null(Record.Exception((Valid with { ScopeType = ScopeType.BizSet }).Validate));
        Assert.Null(Record.Exception((Valid with { ScopeType = new ScopeType("tenant") }).Validate));
    }

    [Fact]
    public void An_integer_enum_value_the_spec_does_not_list_is_refused_with_the_listed_values()
    {
        var request = new FastExecuteScriptRequest
        {
            BizId = 1,
            ScriptContent = "ZWNobyBoaQ==",
            ScriptLanguage = (ScriptLanguage)9,
            AccountAlias = "root",
            TargetServer = new Server { HostIdList = [101] },
        };
        Assert.Null(Record.Exception((request with { ScriptLanguage = ScriptLanguage.Shell }).Validate));

        var ex = Assert.Throws<BkApiValidationException>(request.Validate);
        var error = Assert.Single(ex.Errors);
        Assert.Equal("script_language", error.Path);
        Assert.StartsWith("must be one of 1 (Shell), 2 (Bat), ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(", was '9'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neither_scope_nor_biz_id_is_refused()
    {
        var ex = await RefusedAsync(Valid with { ScopeType = null, ScopeId = null, BizId = null });
        var error = Assert.Single(ex.Errors);
        Assert.Equal("$", error.Path);
        Assert.Contains("bk_scope_type + bk_scope_id", error.Message);
        Assert.Contains("bk_biz_id", error.Message);
    }

    [Fact]
    public async Task Empty_scope_id_and_biz_id_below_one_are_refused()
    {
        var ex = await RefusedAsync(Valid with { ScopeId = "", BizId = 0 });
        AssertPaths(ex, "bk_scope_id", "bk_biz_id");
    }

    [Fact]
    public async Task Every_problem_is_listed_not_just_the_first()
    {
        var request = new BatchGetJobInstanceIpLogRequest
        {
            ScopeType = ScopeType.Biz,
            JobInstanceId = 0,
            StepInstanceId = -3,
            IpList = [Requests.Host1, new Host { CloudId = 0, Ip = "10.0.0.300" }, Requests.Host2, new Host { CloudId = -1, Ip = "::1::" }],
        };

        var ex = await RefusedAsync(request);

        AssertPaths(ex, "$", "bk_scope_id", "job_instance_id", "step_instance_id", "ip_list[1].ip", "ip_list[3].bk_cloud_id", "ip_list[3].ip");
        foreach (var error in ex.Errors)
        {
            Assert.Contains(error.Path, ex.Message);
        }

        Assert.Contains("10.0.0.300", ex.Message);
    }

    [Fact]
    public void Validate_alone_reports_the_same_problems()
    {
        var ex = Assert.Throws<BkApiValidationException>(() => (Valid with { StepInstanceId = 0, IpList = [new Host { CloudId = 0, Ip = "a.b.c.d" }] }).Validate());
        AssertPaths(ex, "step_instance_id", "ip_list[0].ip");
        Secrets.AssertAbsent(ex);
        Assert.Empty(_harness.Gateway.Requests);
    }

    [Fact]
    public async Task Null_request_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => _harness.Client().BatchGetJobInstanceIpLogAsync(null!));
        Assert.Empty(_harness.Gateway.Requests);
    }

    [Theory]
    [InlineData("::1")]
    [InlineData("2001:db8::1")]
    [InlineData("2001:0db8:0000:0000:0000:ff00:0042:8329")]
    [InlineData("FE80::0202:B3FF:FE1E:8329")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("255.255.255.255")]
    public void Valid_ipv4_and_ipv6_pass(string ip)
        => (Valid with { IpList = [new Host { CloudId = 0, Ip = ip }] }).Validate();

    [Fact]
    public async Task Exactly_500_hosts_pass_and_are_sent()
    {
        // The two hosts the fake knows are among the 500; the rest are skipped by the server, as bk-job does.
        var hosts = Hosts(498).Concat([Requests.Host1, Requests.Host2]).ToArray();
        var logs = await _harness.Client().BatchGetJobInstanceIpLogAsync(Valid with { IpList = hosts });

        var script = Assert.IsType<ScriptIpLogs>(logs);
        Assert.Equal(["10.0.0.1", "10.0.0.2"], script.ScriptTaskLogs.Select(h => h.Ip));
        var sent = Assert.Single(_harness.Gateway.Requests).GetBodyJson()!;
        Assert.Equal(500, sent["ip_list"]!.AsArray().Count);

        var ids = Enumerable.Range(1, 500).Select(i => (long)i).ToArray();
        logs = await _harness.Client().BatchGetJobInstanceIpLogAsync(Valid with { IpList = null, HostIdList = ids });
        Assert.Equal(2, Assert.IsType<ScriptIpLogs>(logs).ScriptTaskLogs.Count);
    }

    [Fact]
    public async Task Ipv6_hosts_are_accepted_and_sent()
    {
        var request = Valid with { IpList = [new Host { CloudId = 0, Ip = "2001:db8::1" }, Requests.Host1] };

        var logs = await _harness.Client(BkAuthMode.Esb).BatchGetJobInstanceIpLogAsync(request);

        Assert.Equal("10.0.0.1", Assert.Single(Assert.IsType<ScriptIpLogs>(logs).ScriptTaskLogs).Ip);
        var sent = Assert.Single(_harness.Gateway.Requests).GetBodyJson()!;
        Assert.Equal("2001:db8::1", (string?)sent["ip_list"]![0]!["ip"]);
    }
}
