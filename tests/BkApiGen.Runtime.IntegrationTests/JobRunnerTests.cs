using BkApiGen.FakeGateway;
using BkApiGen.Jobs;
using BkApiGen.Jobs.JobV3;
using BkApiGen.Runtime.Auth;

namespace BkApiGen.Runtime.IntegrationTests.Workflow;

public sealed class JobRunnerTests
{
    private static readonly BkJobRunOptions Fast = new()
    {
        InitialPollInterval = TimeSpan.FromMilliseconds(5),
        MaxPollInterval = TimeSpan.FromMilliseconds(20),
        Deadline = TimeSpan.FromSeconds(20),
    };

    private static JobV3Client Client(FakeBkGateway gateway) => new(new HttpClient(), new BkApiClientOptions
    {
        BaseAddress = gateway.GatewayBaseAddress,
        Credentials = BkCredentials.ForUser(Secrets.AppCode, Secrets.AppSecret, Secrets.Username),
    });

    private static FastExecuteScriptRequest Script(IEnumerable<long> hostIds) => new()
    {
        ScopeType = ScopeType.Biz,
        ScopeId = "2",
        ScriptContent = Convert.ToBase64String("echo hello\n"u8),
        ScriptLanguage = ScriptLanguage.Shell,
        AccountAlias = "root",
        TargetServer = new Server { HostIdList = hostIds.ToList() },
    };

    [Fact]
    public async Task A_script_that_fails_on_some_hosts_streams_every_host_with_its_status_exit_code_and_log()
    {
        await using var gateway = await FakeBkGateway.StartAsync(Secrets.GatewayOptions());
        FakeJobEngine.Attach(gateway, new FakeJobEngineOptions { Fails = h => h.HostId == 2 });
        var runner = new BkJobRunner(Client(gateway), Fast);
        var reports = new List<BkJobProgress>();

        var hosts = await runner.RunScriptAsync(Script([1, 2, 3]), new SyncProgress(reports.Add)).ToListAsync();

        Assert.Equal([1L, 2, 3], hosts.Select(h => (long)h.HostId!).Order());
        var failed = Assert.Single(hosts, h => !h.Succeeded);
        Assert.Equal(2, failed.HostId);
        Assert.Equal(HostTaskStatus.ScriptNonZeroExit, failed.Status);
        Assert.Equal(1, failed.ExitCode);
        Assert.All(hosts, h => Assert.Contains("+ echo hello", h.ScriptLog));
        Assert.All(hosts, h => Assert.Null(h.LogError));
        var last = reports[^1];
        Assert.True(last.Finished);
        Assert.Equal((3, 2, 1, 0), (last.Hosts, last.Succeeded, last.Failed, last.Running));
        Assert.Equal(RunStatus.Failed, last.Status);
    }

    [Fact]
    public async Task Hosts_are_streamed_as_they_finish_not_when_the_job_ends()
    {
        await using var gateway = await FakeBkGateway.StartAsync(Secrets.GatewayOptions());
        var engine = FakeJobEngine.Attach(gateway, new FakeJobEngineOptions { PollsToFinish = 4 });
        var runner = new BkJobRunner(Client(gateway), Fast);
        var queriesAtEachHost = new List<int>();

        await foreach (var _ in runner.RunScriptAsync(Script([1, 2, 3, 4])))
        {
            queriesAtEachHost.Add(engine.StatusQueries.Values.Single());
        }

        Assert.Equal([1, 2, 3, 4], queriesAtEachHost);
    }

    [Fact]
    public async Task Logs_of_1200_hosts_are_fetched_in_queries_of_at_most_500_hosts_or_the_batch_size_asked()
    {
        await using var gateway = await FakeBkGateway.StartAsync(Secrets.GatewayOptions());
        FakeJobEngine.Attach(gateway, new FakeJobEngineOptions { PollsToFinish = 1 });
        var request = Script(Enumerable.Range(1, 1200).Select(i => (long)i));

        var hosts = await new BkJobRunner(Client(gateway), Fast).RunScriptAsync(request).ToListAsync();

        Assert.Equal(Enumerable.Range(1, 1200).Select(i => (long)i), hosts.Select(h => (long)h.HostId!).Order());
        Assert.Equal([200, 500, 500], LogQuerySizes(gateway));

        gateway.ClearRequests();
        var smaller = new BkJobRunner(Client(gateway), new BkJobRunOptions { InitialPollInterval = Fast.InitialPollInterval, MaxPollInterval = Fast.MaxPollInterval, LogBatchSize = 300 });
        Assert.Equal(1200, (await smaller.RunScriptAsync(request).ToListAsync()).Count);
        Assert.Equal([300, 300, 300, 300], LogQuerySizes(gateway));
    }

    private static List<int> LogQuerySizes(FakeBkGateway gateway) => gateway.Requests
        .Where(r => r.Path.EndsWith("batch_get_job_instance_ip_log", StringComparison.Ordinal))
        .Select(r => r.GetBodyJson()!["host_id_list"]!.AsArray().Count)
        .Order()
        .ToList();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_job_past_its_deadline_ends_in_a_timeout_and_is_terminated_only_when_asked(bool terminate)
    {
        await using var gateway = await FakeBkGateway.StartAsync(Secrets.GatewayOptions());
        var engine = FakeJobEngine.Attach(gateway, new FakeJobEngineOptions { NeverFinish = true });
        var runner = new BkJobRunner(Client(gateway), new BkJobRunOptions
        {
            InitialPollInterval = TimeSpan.FromMilliseconds(5),
            MaxPollInterval = TimeSpan.FromMilliseconds(20),
            Deadline = TimeSpan.FromMilliseconds(300),
            TerminateWhenAbandoned = terminate,
        });

        var error = await Assert.ThrowsAsync<BkJobTimeoutException>(async () => await runner.RunScriptAsync(Script([1, 2])).ToListAsync());

        Assert.Equal(terminate, error.Terminated);
        Assert.Equal(terminate ? [error.JobInstanceId] : [], engine.Terminated);
        Assert.True(engine.StatusQueries[error.JobInstanceId] >= 0);
        Assert.Contains(error.JobInstanceId.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Cancelling_stops_waiting_and_terminates_the_job_only_when_asked(bool terminate)
    {
        await using var gateway = await FakeBkGateway.StartAsync(Secrets.GatewayOptions());
        var engine = FakeJobEngine.Attach(gateway, new FakeJobEngineOptions { NeverFinish = true });
        var runner = new BkJobRunner(Client(gateway), new BkJobRunOptions
        {
            InitialPollInterval = TimeSpan.FromMilliseconds(5),
            MaxPollInterval = TimeSpan.FromMilliseconds(20),
            TerminateWhenAbandoned = terminate,
        });
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await runner.RunScriptAsync(Script([1]), cancellationToken: cts.Token).ToListAsync());

        Assert.Equal(terminate ? 1 : 0, engine.Terminated.Count);
    }

    [Fact]
    public void Bad_options_are_refused_when_the_runner_is_built()
    {
        var client = new JobV3Client(new HttpClient(), new BkApiClientOptions { BaseAddress = new Uri("http://127.0.0.1:1/"), Credentials = BkCredentials.ForUser("a", "b", "c") });

        Assert.Throws<ArgumentOutOfRangeException>(() => new BkJobRunner(client, new BkJobRunOptions { Deadline = TimeSpan.Zero }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BkJobRunner(client, new BkJobRunOptions { LogBatchSize = 501 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BkJobRunner(client, new BkJobRunOptions { Jitter = 2 }));
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; posts to the thread pool, so the last report could come late).</summary>
    private sealed class SyncProgress(Action<BkJobProgress> report) : IProgress<BkJobProgress>
    {
        public void Report(BkJobProgress value) => report(value);
    }
}
