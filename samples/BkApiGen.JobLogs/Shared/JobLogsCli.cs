// The command line of joblogs (System.CommandLine 2.0), shared with the baseline. See README.md.
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace BkApiGen.JobLogs.Cli;

internal static class JobLogsCli
{
    public const string ToolName = "joblogs";

    private const string ExtraHelp = """
        Credentials (from the environment only: a flag would show in `ps`):
          BK_APP_CODE, BK_APP_SECRET   the application (bk_app_code, bk_app_secret)
          BK_USERNAME or BK_TOKEN      the user (bk_username, or a login bk_token; the token wins when both are set)
          `joblogs demo` needs none: it uses the embedded fake gateway's defaults.

        Hosts: --host CLOUD:IP (repeatable; split on the first ':', so 0:fd00::1 is cloud 0, IPv6 fd00::1),
        --hosts-file FILE (one CLOUD:IP per line, '#' starts a comment, '-' reads stdin), or --host-id ID (repeatable).

        Exit codes:
          0    ok (hosts the API returned no log for are listed on stderr)
          1    unexpected internal error
          2    usage or validation error (bad flags, missing credentials, a request the API's rules refuse)
          3    API error: the API answered result=false (e.g. 1244006, job instance not found)
          4    HTTP or gateway error (e.g. HTTP 400 with 1640001 for wrong app credentials; 403, 429, 5xx)
          5    invalid response: not the documented JSON
          6    transport error: connection failed or timed out
          130  cancelled (SIGINT/SIGTERM)
        Errors go to stderr as one line: kind, HTTP status, code, message and request id.

        Examples:
          joblogs --base-url https://bkapi.example.com/api/bk-job/prod/ --biz 2 --job 100 --step 200 --host 0:10.0.0.1
          joblogs --base-url https://paas.example.com/ --auth esb --scope-type biz_set --scope-id 9 --job 100 --step 201 --hosts-file hosts.txt --json
          joblogs demo --step 201
        """;

    /// <summary>Parses <paramref name="args"/> and runs the command; returns the process exit code.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="backend">The client side that fetches logs.</param>
    /// <param name="extend">Adds the commands only one of the programs has (joblogs' <c>run</c>).</param>
    public static async Task<int> RunAsync(string[] args, IJobLogsBackend backend, Action<RootCommand>? extend = null)
    {
        var root = BuildCommands(backend);
        extend?.Invoke(root);
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            // System.CommandLine exits with 1 on parse errors; the contract here is 2 for every usage error.
            foreach (var error in parse.Errors)
            {
                Console.Error.WriteLine($"{ToolName}: usage: {error.Message}");
            }

            Console.Error.WriteLine($"Run '{ToolName} --help' for the options.");
            return ExitCodes.Usage;
        }

        // SIGINT/SIGTERM cancel the command through this token. System.CommandLine's own handler (ProcessTerminationTimeout)
        // is off: it blocks the signal thread until the command ends, and the embedded gateway's host (Kestrel with its
        // console lifetime) unregisters its own signal handler while stopping, which then never returns.
        using var stop = new CancellationTokenSource();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
        return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null }, stop.Token).ConfigureAwait(false);

        void Cancel(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }

    private static RootCommand BuildCommands(IJobLogsBackend backend)
    {
        var root = new RootCommand("Prints the execution logs of one bk-job step for many hosts (jobv3 batch_get_job_instance_ip_log): script output per host, or one line per transferred file.");
        var query = new QueryOptions(demo: false);
        var baseUrl = new Option<string>("--base-url")
        {
            HelpName = "URL",
            Required = true,
            Description = "API root: the bk-job gateway stage (e.g. https://bkapi.example.com/api/bk-job/prod/) or, with --auth esb, the PaaS host (e.g. https://paas.example.com/).",
        };
        root.Options.Add(baseUrl);
        query.AddTo(root);
        root.SetAction((parse, cancellationToken) => RunQueryAsync(
            parse,
            query,
            backend,
            () => query.Connection(parse, ParseBaseUrl(parse.GetValue(baseUrl)), ApiCredentials.FromEnvironment()),
            cancellationToken));

        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithExtras((HelpAction)help.Action!);
#if !JOBLOGS_NO_DEMO
        root.Subcommands.Add(Demo.BuildCommand(backend));
#endif
        return root;
    }

    internal static async Task<int> RunQueryAsync(ParseResult parse, QueryOptions options, IJobLogsBackend backend, Func<ApiConnection> connect, CancellationToken cancellationToken)
    {
        try
        {
            var query = options.Query(parse);
            var connection = connect();
            var logs = await backend.FetchAsync(query, connection, cancellationToken).ConfigureAwait(false);
            var stdout = Console.OpenStandardOutput();
            await using (stdout.ConfigureAwait(false))
            {
                if (parse.GetValue(options.Json))
                {
                    Renderer.WriteJson(query, logs, stdout);
                }
                else
                {
                    var writer = new StreamWriter(stdout, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
                    await using (writer.ConfigureAwait(false))
                    {
                        Renderer.WriteText(logs, writer);
                    }
                }
            }

            var (missingHosts, missingIds) = Renderer.Missing(query, logs);
            foreach (var host in missingHosts)
            {
                Console.Error.WriteLine($"{ToolName}: no log returned for {host} (unknown host, or not a target of this step)");
            }

            foreach (var id in missingIds)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ToolName}: no log returned for host id {id} (unknown host, or not a target of this step)"));
            }

            return ExitCodes.Ok;
        }
        catch (JobLogsFailure failure)
        {
            Report(failure);
            return failure.ExitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Console.Error.WriteLine($"{ToolName}: cancelled");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"{ToolName}: unexpected error: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.Unexpected;
        }
    }

    internal static void Report(JobLogsFailure failure)
    {
        Console.Error.WriteLine($"{ToolName}: {failure.Describe()}");
        foreach (var detail in failure.Details)
        {
            Console.Error.WriteLine($"{ToolName}:   {detail}");
        }

        if (failure.ExitCode == ExitCodes.Usage)
        {
            Console.Error.WriteLine($"Run '{ToolName} --help' for the options.");
        }
    }

    private static Uri ParseBaseUrl(string? text) => ParseUrl(text, "--base-url");

    internal static Uri ParseUrl(string? text, string option)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw JobLogsFailure.Usage($"{option}: '{text}' is not an absolute http(s) URL");
        }

        return uri;
    }

    /// <summary>The query options, created once per command (the root and <c>demo</c>), with demo defaults for the latter.</summary>
    internal sealed class QueryOptions
    {
        private readonly bool _demo;
        private readonly bool _withStep;

        public QueryOptions(bool demo, bool withStep = true)
        {
            _demo = demo;
            _withStep = withStep;
            Job = new Option<long>("--job")
            {
                HelpName = "ID",
                Required = !demo,
                Description = demo ? "Job instance ID (job_instance_id). The fake knows 100." : "Job instance ID (job_instance_id).",
            };
            Step = new Option<long>("--step")
            {
                HelpName = "ID",
                Required = !demo,
                Description = demo ? "Step instance ID (step_instance_id). The fake knows 200 (script) and 201 (file)." : "Step instance ID (step_instance_id).",
            };
            if (demo)
            {
                Job.DefaultValueFactory = _ => 100;
                Step.DefaultValueFactory = _ => 200;
            }

            ScopeType.AcceptOnlyFromAmong("biz", "biz_set");
            Auth.AcceptOnlyFromAmong("gateway", "esb");
        }

        public Option<long?> Biz { get; } = new("--biz") { HelpName = "ID", Description = "Business ID (sent as bk_biz_id). Or use --scope-type and --scope-id." };

        public Option<string?> ScopeType { get; } = new("--scope-type") { HelpName = "biz|biz_set", Description = "Resource scope type (bk_scope_type): biz (business) or biz_set (business set); with --scope-id." };

        public Option<string?> ScopeId { get; } = new("--scope-id") { HelpName = "ID", Description = "Resource scope ID (bk_scope_id): the business or business-set ID." };

        public Option<long> Job { get; }

        public Option<long> Step { get; }

        public Option<string[]> Host { get; } = new("--host") { HelpName = "CLOUD:IP", Description = "A host: cloud area ID, ':', IPv4 or IPv6 address (e.g. 0:10.0.0.1, 0:fd00::1). Repeatable." };

        public Option<long[]> HostId { get; } = new("--host-id") { HelpName = "ID", Description = "A host by CMDB host ID (bk_host_id). Repeatable. Not with --host/--hosts-file." };

        public Option<string?> HostsFile { get; } = new("--hosts-file") { HelpName = "FILE", Description = "Hosts, one CLOUD:IP per line; '#' starts a comment; '-' reads stdin. Adds to --host." };

        public Option<string> Auth { get; } = new("--auth") { HelpName = "gateway|esb", DefaultValueFactory = _ => "gateway", Description = "gateway: X-Bkapi-Authorization header, gateway path; esb: credentials in the body, /api/c/compapi path." };

        public Option<string?> Language { get; } = new("--language") { HelpName = "LANG", Description = "Language of the API's messages (blueking-language header), e.g. en or zh-cn." };

        public Option<bool> Json { get; } = new("--json") { Description = "Print one JSON document instead of text (see README.md)." };

        public Option<int> Timeout { get; } = new("--timeout") { HelpName = "SECONDS", DefaultValueFactory = _ => 30, Description = "Give up after this many seconds (exit 6)." };

        public void AddTo(Command command)
        {
            foreach (var option in new Option[] { Biz, ScopeType, ScopeId, Job, Step, Host, HostId, HostsFile, Auth, Language, Json, Timeout })
            {
                if (_withStep || (option != Job && option != Step))
                {
                    command.Options.Add(option);
                }
            }
        }

        public bool IsEsb(ParseResult parse) => parse.GetValue(Auth) == "esb";

        public ApiConnection Connection(ParseResult parse, Uri baseAddress, ApiCredentials credentials)
        {
            var timeout = parse.GetValue(Timeout);
            if (timeout <= 0)
            {
                throw JobLogsFailure.Usage("--timeout must be a positive number of seconds");
            }

            return new ApiConnection(baseAddress, IsEsb(parse), credentials, parse.GetValue(Language), TimeSpan.FromSeconds(timeout));
        }

        public JobLogsQuery Query(ParseResult parse)
        {
            var target = Target(parse);
            var hosts = target.Hosts;
            if (target.HostIds.Length == 0 && hosts.Count == 0)
            {
                if (!_demo)
                {
                    throw JobLogsFailure.Usage("no hosts: give --host CLOUD:IP, --hosts-file FILE or --host-id ID");
                }

                hosts = [new HostAddress(0, "10.0.0.1"), new HostAddress(0, "10.0.0.2")];
            }

            return new JobLogsQuery(target.BizId, target.ScopeType, target.ScopeId, parse.GetValue(Job), parse.GetValue(Step), hosts, target.HostIds);
        }

        /// <summary>The business and the hosts as given (no hosts is not an error here: a command may find them elsewhere).</summary>
        public (long? BizId, string? ScopeType, string? ScopeId, List<HostAddress> Hosts, long[] HostIds) Target(ParseResult parse)
        {
            var biz = parse.GetValue(Biz);
            var scopeType = parse.GetValue(ScopeType);
            var scopeId = parse.GetValue(ScopeId);
            if (biz is not null && (scopeType is not null || scopeId is not null))
            {
                throw JobLogsFailure.Usage("give the business either as --biz or as --scope-type with --scope-id, not both");
            }

            if ((scopeType is null) != (scopeId is null))
            {
                throw JobLogsFailure.Usage("--scope-type and --scope-id go together");
            }

            if (biz is null && scopeType is null)
            {
                if (!_demo)
                {
                    throw JobLogsFailure.Usage("the business is required: --biz ID, or --scope-type biz|biz_set with --scope-id ID");
                }

                biz = 1;
            }

            var hosts = (parse.GetValue(Host) ?? []).Select(h => HostAddress.Parse(h, "--host")).ToList();
            if (parse.GetValue(HostsFile) is { } file)
            {
                hosts.AddRange(ReadHostsFile(file));
            }

            var hostIds = parse.GetValue(HostId) ?? [];
            if (hostIds.Length > 0 && hosts.Count > 0)
            {
                throw JobLogsFailure.Usage("give hosts either as --host/--hosts-file or as --host-id, not both (the API ignores ip_list when host_id_list is set)");
            }

            return (biz, scopeType, scopeId, hosts, hostIds);
        }

        private static List<HostAddress> ReadHostsFile(string path)
        {
            string text;
            try
            {
                text = path == "-" ? Console.In.ReadToEnd() : File.ReadAllText(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw JobLogsFailure.Usage($"--hosts-file: cannot read '{path}': {ex.Message}");
            }

            var hosts = new List<HostAddress>();
            var lineNumber = 0;
            foreach (var rawLine in text.Split('\n'))
            {
                lineNumber++;
                var hash = rawLine.IndexOf('#', StringComparison.Ordinal);
                var line = (hash >= 0 ? rawLine[..hash] : rawLine).Trim();
                if (line.Length > 0)
                {
                    hosts.Add(HostAddress.Parse(line, string.Create(CultureInfo.InvariantCulture, $"{path}:{lineNumber}")));
                }
            }

            return hosts;
        }
    }

    /// <summary>The standard help, followed by the credentials, exit codes and examples.</summary>
    private sealed class HelpWithExtras(HelpAction standard) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var result = standard.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(ExtraHelp);
            output.WriteLine();
            return result;
        }
    }
}
