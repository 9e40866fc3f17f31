// Runs a RunPlan: resolves the hosts (CMDB when asked), starts the script and follows it to the end.
using System.Text;
using BkApiGen.JobLogs.Cc;
using BkApiGen.JobLogs.Cli;
using BkApiGen.Jobs;
using BkApiGen.Jobs.JobV3;
using BkApiGen.Runtime;
using BkApiGen.Runtime.Auth;
using JobHost = BkApiGen.Jobs.JobV3.Host;

namespace BkApiGen.JobLogs.Run;

internal static class RunJob
{
    /// <summary>CMDB takes at most this many set and module IDs per query.</summary>
    private const int MaxSetIds = 200;
    private const int MaxModuleIds = 500;

    public static async Task<int> ExecuteAsync(Func<(ApiConnection Connection, RunPlan Plan)> prepare, CancellationToken cancellationToken)
    {
        try
        {
            var (connection, plan) = prepare();
            using var http = new HttpClient { Timeout = connection.Timeout };
            var credentials = BkCredentials.Create(connection.Credentials.AppCode, connection.Credentials.AppSecret, connection.Credentials.Token, connection.Credentials.Username);
            var jobs = new JobV3Client(http, new BkApiClientOptions
            {
                BaseAddress = connection.BaseAddress,
                AuthMode = connection.Esb ? BkAuthMode.Esb : BkAuthMode.Gateway,
                Credentials = credentials,
                Language = connection.Language,
            });

            var (hostIds, hosts) = plan.Cmdb is { } cmdb
                ? (await HostsFromCmdbAsync(http, cmdb, plan, credentials, connection.Language, cancellationToken).ConfigureAwait(false), [])
                : (plan.HostIds, plan.Hosts);
            if (hostIds.Count == 0 && hosts.Count == 0)
            {
                throw JobLogsFailure.Usage("CMDB lists no host for this selection");
            }

            var runner = new BkJobRunner(jobs, new BkJobRunOptions { Deadline = plan.Deadline, TerminateWhenAbandoned = plan.TerminateWhenAbandoned, InitialPollInterval = plan.FirstPoll });
            using var display = RunDisplay.Create(Console.Error, Console.IsErrorRedirected, Console.IsOutputRedirected);
            var job = await runner.StartScriptAsync(Request(plan, hostIds, hosts), cancellationToken).ConfigureAwait(false);
            display.Started(job, hostIds.Count + hosts.Count);
            var results = new List<BkJobHostResult>();
            var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = !plan.Json };
            await using (stdout.ConfigureAwait(false))
            {
                await foreach (var host in runner.FollowAsync(job, display, cancellationToken).ConfigureAwait(false))
                {
                    results.Add(host);
                    if (!plan.Json)
                    {
                        display.BeforeOutput();
                        RunOutput.WriteText(host, stdout);
                    }
                }

                display.Finished(results);
                if (plan.Json)
                {
                    await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
                    RunOutput.WriteJson(job, results, stdout.BaseStream);
                }
            }

            return results.All(r => r.Succeeded) ? ExitCodes.Ok : ExitCodes.HostsFailed;
        }
        catch (JobLogsFailure failure)
        {
            JobLogsCli.Report(failure);
            return failure.ExitCode;
        }
        catch (BkJobTimeoutException ex)
        {
            Console.Error.WriteLine($"{JobLogsCli.ToolName}: deadline passed: {ex.Message}");
            return ExitCodes.DeadlinePassed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Console.Error.WriteLine($"{JobLogsCli.ToolName}: cancelled");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (ApiFailures.From(ex) is { } failure)
        {
            JobLogsCli.Report(failure);
            return failure.ExitCode;
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"{JobLogsCli.ToolName}: unexpected error: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.Unexpected;
        }
    }

    private static FastExecuteScriptRequest Request(RunPlan plan, IReadOnlyList<long> hostIds, IReadOnlyList<HostAddress> hosts) => new()
    {
        BizId = plan.BizId,
        ScopeType = plan.ScopeType is null ? null : new ScopeType(plan.ScopeType),
        ScopeId = plan.ScopeId,
        ScriptContent = Convert.ToBase64String(Encoding.UTF8.GetBytes(plan.Script)),
        ScriptParam = plan.Parameters is null ? null : Convert.ToBase64String(Encoding.UTF8.GetBytes(plan.Parameters)),
        ScriptLanguage = (ScriptLanguage)(Array.IndexOf(RunOptions.Languages, plan.ScriptLanguage) + 1),
        AccountAlias = plan.Account,
        Timeout = plan.ScriptTimeout,
        TaskName = $"{JobLogsCli.ToolName} run",
        TargetServer = new Server
        {
            HostIdList = hostIds.Count > 0 ? hostIds.ToList() : null,
            IpList = hosts.Count > 0 ? hosts.Select(h => new JobHost { CloudId = h.CloudId, Ip = h.Ip }).ToList() : null,
        },
    };

    /// <summary>The host IDs CMDB lists for the selection, every page, in CMDB's order, each once.</summary>
    private static async Task<IReadOnlyList<long>> HostsFromCmdbAsync(HttpClient http, CmdbSelection cmdb, RunPlan plan, BkCredentials credentials, string? language, CancellationToken cancellationToken)
    {
        var biz = plan.BizId ?? long.Parse(plan.ScopeId!, System.Globalization.CultureInfo.InvariantCulture);
        var cc = new CcClient(http, new BkApiClientOptions { BaseAddress = cmdb.BaseAddress!, AuthMode = BkAuthMode.Esb, Credentials = credentials, Language = language });
        var ids = new List<long>();
        var seen = new HashSet<long>();
        // Lists longer than CMDB takes are split, and the hosts of every combination read (a host is in one set and module).
        foreach (var sets in Chunks(cmdb.SetIds, MaxSetIds))
        {
            foreach (var modules in Chunks(cmdb.ModuleIds, MaxModuleIds))
            {
                var request = new ListBizHostsRequest
                {
                    BizId = biz,
                    SetIds = sets,
                    ModuleIds = modules,
                    Fields = ["bk_host_id", "bk_cloud_id", "bk_host_innerip"],
                    Page = new Page { Start = 0, Limit = MaxModuleIds, Sort = "bk_host_id" },
                };
                await foreach (var host in cc.ListBizHostsAllAsync(request, cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    if (host.HostId is { } id && seen.Add(id))
                    {
                        ids.Add(id);
                    }
                }
            }
        }

        return ids;
    }

    /// <summary>The list in chunks CMDB takes; no list is one query without that filter.</summary>
    private static IEnumerable<IReadOnlyList<long>?> Chunks(IReadOnlyList<long> ids, int size)
    {
        if (ids.Count == 0)
        {
            yield return null;
            yield break;
        }

        foreach (var chunk in ids.Chunk(size))
        {
            yield return chunk;
        }
    }
}
