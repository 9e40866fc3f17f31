// The options of `joblogs run` (and `joblogs demo run`), and the request they make.
using System.CommandLine;
using System.Globalization;
using BkApiGen.JobLogs.Cli;

namespace BkApiGen.JobLogs.Run;

/// <summary>What to run, where, and how long to wait.</summary>
internal sealed record RunPlan(
    long? BizId,
    string? ScopeType,
    string? ScopeId,
    string Script,
    string ScriptLanguage,
    string Account,
    string? Parameters,
    int? ScriptTimeout,
    IReadOnlyList<HostAddress> Hosts,
    IReadOnlyList<long> HostIds,
    CmdbSelection? Cmdb,
    TimeSpan Deadline,
    bool TerminateWhenAbandoned,
    bool Json)
{
    /// <summary>The wait before the second status query (it doubles from there up to 10 s).</summary>
    public TimeSpan FirstPoll { get; init; } = TimeSpan.FromSeconds(1);
}

/// <summary>Hosts chosen by CMDB topology: every host of the business, or of the given sets and modules.</summary>
internal sealed record CmdbSelection(Uri? BaseAddress, IReadOnlyList<long> SetIds, IReadOnlyList<long> ModuleIds);

internal sealed class RunOptions
{
    public static readonly string[] Languages = ["shell", "bat", "perl", "python", "powershell"];

    /// <summary>The script <c>demo run</c> runs when given none.</summary>
    public const string DemoScript = "echo \"hello from $(hostname)\"\n";

    private readonly bool _demo;

    public RunOptions(bool demo)
    {
        _demo = demo;
        Script = new Option<string?>("--script")
        {
            HelpName = "FILE",
            Required = !demo,
            Description = demo ? "The script to run ('-' reads stdin); default: an echo." : "The script to run ('-' reads stdin).",
        };
    }

    public Option<string?> Script { get; }

    public Option<string> Language { get; } = new("--script-language") { HelpName = "LANG", DefaultValueFactory = _ => "shell", Description = "shell (default), bat, perl, python or powershell." };

    public Option<string> Account { get; } = new("--account") { HelpName = "ALIAS", DefaultValueFactory = _ => "root", Description = "The bk-job execution account alias to run as (default root)." };

    public Option<string?> Parameters { get; } = new("--param") { HelpName = "TEXT", Description = "Script parameters." };

    public Option<int?> ScriptTimeout { get; } = new("--script-timeout") { HelpName = "SECONDS", Description = "bk-job's own timeout for the script on each host." };

    public Option<bool> AllHosts { get; } = new("--all-hosts") { Description = "Every host of the business, as CMDB lists it (paged)." };

    public Option<long[]> Set { get; } = new("--set") { HelpName = "ID", Description = "The hosts of a CMDB set (bk_set_id), repeatable." };

    public Option<long[]> Module { get; } = new("--module") { HelpName = "ID", Description = "The hosts of a CMDB module (bk_module_id), repeatable; more than 500 are split into several queries." };

    public Option<string?> CmdbUrl { get; } = new("--cmdb-url") { HelpName = "URL", Description = "Where CMDB is called (ESB, the PaaS host) for --all-hosts/--set/--module; default: --base-url with --auth esb." };

    public Option<int> Deadline { get; } = new("--deadline") { HelpName = "SECONDS", DefaultValueFactory = _ => 600, Description = "Stop waiting for the job after this long (exit 8)." };

    public Option<bool> Terminate { get; } = new("--terminate-on-abandon") { Description = "On Ctrl+C or a passed --deadline, terminate the job on bk-job instead of leaving it running." };

    public void AddTo(Command command)
    {
        Language.AcceptOnlyFromAmong(Languages);
        foreach (var option in new Option[] { Script, Language, Account, Parameters, ScriptTimeout, AllHosts, Set, Module, CmdbUrl, Deadline, Terminate })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Reads the plan; the business and the hosts come from the shared query options.</summary>
    public RunPlan Plan(ParseResult parse, JobLogsCli.QueryOptions query, bool esb, Uri baseAddress)
    {
        var target = query.Target(parse);
        var script = parse.GetValue(Script) is { } path ? ReadScript(path) : DemoScript;
        var deadline = parse.GetValue(Deadline);
        if (deadline <= 0)
        {
            throw JobLogsFailure.Usage("--deadline must be a positive number of seconds");
        }

        var sets = parse.GetValue(Set) ?? [];
        var modules = parse.GetValue(Module) ?? [];
        var all = parse.GetValue(AllHosts);
        CmdbSelection? cmdb = null;
        if (all || sets.Length > 0 || modules.Length > 0)
        {
            if (all && (sets.Length > 0 || modules.Length > 0))
            {
                throw JobLogsFailure.Usage("--all-hosts selects every host: not together with --set/--module");
            }

            if (target.Hosts.Count > 0 || target.HostIds.Length > 0)
            {
                throw JobLogsFailure.Usage("give hosts either directly (--host, --hosts-file, --host-id) or through CMDB (--all-hosts, --set, --module), not both");
            }

            if (target.BizId is null && target.ScopeType != "biz")
            {
                throw JobLogsFailure.Usage("CMDB selection needs a business: --biz ID or --scope-type biz --scope-id ID");
            }

            var cmdbUrl = parse.GetValue(CmdbUrl) is { } url ? JobLogsCli.ParseUrl(url, "--cmdb-url") : esb || _demo ? baseAddress : null;
            if (cmdbUrl is null)
            {
                throw JobLogsFailure.Usage("--cmdb-url is required with --auth gateway: CMDB is called through the ESB (the PaaS host)");
            }

            cmdb = new CmdbSelection(cmdbUrl, sets, modules);
        }
        else if (target.Hosts.Count == 0 && target.HostIds.Length == 0 && _demo)
        {
            // The demo's fake CMDB knows the hosts: all of them, when none are named.
            cmdb = new CmdbSelection(baseAddress, [], []);
        }
        else if (target.Hosts.Count == 0 && target.HostIds.Length == 0)
        {
            throw JobLogsFailure.Usage("no hosts: give --host CLOUD:IP, --hosts-file FILE, --host-id ID, or a CMDB selection (--all-hosts, --set, --module)");
        }

        return new RunPlan(
            target.BizId,
            target.ScopeType,
            target.ScopeId,
            script,
            parse.GetValue(Language)!,
            parse.GetValue(Account)!,
            parse.GetValue(Parameters),
            parse.GetValue(ScriptTimeout),
            target.Hosts,
            target.HostIds,
            cmdb,
            TimeSpan.FromSeconds(deadline),
            parse.GetValue(Terminate),
            parse.GetValue(query.Json));
    }

    private static string ReadScript(string path)
    {
        try
        {
            var text = path == "-" ? Console.In.ReadToEnd() : File.ReadAllText(path);
            return text.Length > 0 ? text : throw JobLogsFailure.Usage(string.Create(CultureInfo.InvariantCulture, $"--script: '{path}' is empty"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw JobLogsFailure.Usage($"--script: cannot read '{path}': {ex.Message}");
        }
    }
}
