// `joblogs demo run`: `run` against the embedded fake gateway's small bk-job and CMDB (no credentials, no BlueKing).
#if !JOBLOGS_NO_DEMO
using System.CommandLine;
using BkApiGen.FakeGateway;
using BkApiGen.JobLogs.Cli;

namespace BkApiGen.JobLogs.Run;

internal static class DemoRun
{
    /// <summary>Hosts in the demo's CMDB (business 1): 10.0.0.1 ... 10.0.0.12, host IDs 1 to 12.</summary>
    public const int DemoHosts = 12;

    public static Command Build()
    {
        var command = new Command("run", $"Runs a script through the embedded fake bk-job on the fake CMDB's {DemoHosts} hosts of business 1 (or the hosts given), with live progress. --fail-host ID makes a host fail.");
        var query = new JobLogsCli.QueryOptions(demo: true, withStep: false);
        var run = new RunOptions(demo: true);
        var failing = new Option<long[]>("--fail-host") { HelpName = "ID", Description = "A host ID whose script fails (exit 1), repeatable." };
        var polls = new Option<int>("--polls") { HelpName = "N", DefaultValueFactory = _ => 4, Description = "Status queries the fake job takes to finish." };
        query.AddTo(command);
        run.AddTo(command);
        command.Options.Add(failing);
        command.Options.Add(polls);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var defaults = new FakeBkGatewayOptions();
            var gateway = await FakeBkGateway.StartAsync(defaults, cancellationToken).ConfigureAwait(false);
            await using (gateway.ConfigureAwait(false))
            {
                var fails = (parse.GetValue(failing) ?? []).ToHashSet();
                FakeJobEngine.Attach(gateway, new FakeJobEngineOptions { PollsToFinish = Math.Max(1, parse.GetValue(polls)), Fails = h => fails.Contains(h.HostId) });
                FakeCmdb.Attach(gateway, DemoHosts, bizId: 1);
                var esb = query.IsEsb(parse);
                var baseAddress = esb ? gateway.EsbBaseAddress : gateway.GatewayBaseAddress;
                Console.Error.WriteLine($"{JobLogsCli.ToolName} demo run: fake bk-job ({(esb ? "ESB" : "API gateway")}) and CMDB (ESB) on {gateway.BaseAddress}");
                var credentials = new ApiCredentials(defaults.AppCode, defaults.AppSecret, token: null, username: defaults.Usernames[0]);
                return await RunJob.ExecuteAsync(
                    () => (query.Connection(parse, baseAddress, credentials), run.Plan(parse, query, esb, gateway.EsbBaseAddress) with { FirstPoll = TimeSpan.FromMilliseconds(200) }),
                    cancellationToken).ConfigureAwait(false);
            }
        });
        return command;
    }
}
#endif
