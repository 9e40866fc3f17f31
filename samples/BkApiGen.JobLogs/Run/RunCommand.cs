// `joblogs run`: run a script on hosts through bk-job and wait for every host's result (BkApiGen.Jobs' BkJobRunner).
// `joblogs demo run`: the same against the embedded fake gateway's small bk-job and CMDB.
using System.CommandLine;
using BkApiGen.JobLogs.Cli;

namespace BkApiGen.JobLogs.Run;

internal static class RunCommand
{
    /// <summary>Adds <c>run</c> to the root and <c>run</c> under <c>demo</c>.</summary>
    public static void AddTo(RootCommand root)
    {
        root.Subcommands.Add(Build());
#if !JOBLOGS_NO_DEMO
        root.Subcommands.Single(c => c.Name == "demo").Subcommands.Add(DemoRun.Build());
#endif
    }

    private static Command Build()
    {
        var command = new Command("run", "Runs a script on hosts through bk-job (fast_execute_script), waits for it with backoff, and prints each host's status and output as it finishes. Hosts by IP, host ID, or CMDB business/set/module (paged).");
        var query = new JobLogsCli.QueryOptions(demo: false, withStep: false);
        var run = new RunOptions(demo: false);
        var baseUrl = new Option<string>("--base-url") { HelpName = "URL", Required = true, Description = "API root: the bk-job gateway stage or, with --auth esb, the PaaS host." };
        command.Options.Add(baseUrl);
        query.AddTo(command);
        run.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunJob.ExecuteAsync(
            () =>
            {
                var url = JobLogsCli.ParseUrl(parse.GetValue(baseUrl), "--base-url");
                return (query.Connection(parse, url, ApiCredentials.FromEnvironment()), run.Plan(parse, query, query.IsEsb(parse), url));
            },
            cancellationToken));
        return command;
    }
}
