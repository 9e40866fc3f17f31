// Shared by joblogs (generated client) and joblogs-baseline (hand-written client): what the command line asks for,
// what came back, and how a failure ends the process. Neither side's API types appear here, so the two programs differ
// only in the client code they plug in (IJobLogsBackend).
using System.Globalization;
using System.Net;

namespace BkApiGen.JobLogs.Cli;

/// <summary>Process exit codes: part of the tool's contract with scripts (documented in --help and README.md).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Unexpected = 1;
    public const int Usage = 2;
    public const int ApiError = 3;
    public const int HttpError = 4;
    public const int InvalidResponse = 5;
    public const int Transport = 6;

    /// <summary><c>run</c>: the job finished and failed on at least one host.</summary>
    public const int HostsFailed = 7;

    /// <summary><c>run</c>: the job did not finish before <c>--deadline</c>.</summary>
    public const int DeadlinePassed = 8;
    public const int Cancelled = 130;
}

/// <summary>A host given as <c>CLOUD:IP</c>.</summary>
internal readonly record struct HostAddress(long CloudId, string Ip)
{
    /// <summary>Parses <c>CLOUD:IP</c>, splitting on the first ':' so that IPv6 addresses need no quoting (<c>0:fd00::1</c>; <c>0:[fd00::1]</c> also works).</summary>
    public static HostAddress Parse(string text, string source)
    {
        var trimmed = text.Trim();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == trimmed.Length - 1)
        {
            throw JobLogsFailure.Usage($"{source}: '{trimmed}' is not CLOUD:IP (for example 0:10.0.0.1 or 0:fd00::1)");
        }

        if (!long.TryParse(trimmed.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var cloudId))
        {
            throw JobLogsFailure.Usage($"{source}: '{trimmed}': the cloud area id before the first ':' must be a number");
        }

        var ip = trimmed[(colon + 1)..].Trim();
        if (ip.Length > 2 && ip[0] == '[' && ip[^1] == ']')
        {
            ip = ip[1..^1];
        }

        return new HostAddress(cloudId, ip);
    }

    /// <summary>Whether <paramref name="ip"/> names the same address (so <c>fd00::1</c> matches <c>fd00:0::1</c>).</summary>
    public bool Matches(long? cloudId, string? ip)
    {
        if (cloudId != CloudId || ip is null)
        {
            return false;
        }

        return string.Equals(ip, Ip, StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(ip, out var a) && IPAddress.TryParse(Ip, out var b) && a.Equals(b));
    }

    public override string ToString() => Format(CloudId, Ip);

    /// <summary><c>CLOUD:IP</c>, with an IPv6 address in brackets so that the path after it stays readable.</summary>
    public static string Format(long cloudId, string ip)
        => ip.Contains(':', StringComparison.Ordinal)
            ? string.Create(CultureInfo.InvariantCulture, $"{cloudId}:[{ip}]")
            : string.Create(CultureInfo.InvariantCulture, $"{cloudId}:{ip}");

    /// <summary>
    /// A host as the server described it: <c>CLOUD:IP</c> (the IPv6 address when there is no IPv4 one, the IP alone when
    /// the cloud is unknown), else <c>host ID</c> for a host known by its id only, else <c>host (no id, no IP)</c>.
    /// </summary>
    public static string Describe(long? hostId, long? cloudId, string? ip, string? ipv6 = null)
    {
        var address = ip is { Length: > 0 } ? ip : ipv6 is { Length: > 0 } ? ipv6 : null;
        if (address is not null)
        {
            return cloudId is { } cloud ? Format(cloud, address) : address;
        }

        return hostId is { } id ? string.Create(CultureInfo.InvariantCulture, $"host {id}") : "host (no id, no IP)";
    }
}

/// <summary>What to fetch: one step of one job instance, for some hosts.</summary>
internal sealed record JobLogsQuery(
    long? BizId,
    string? ScopeType,
    string? ScopeId,
    long JobInstanceId,
    long StepInstanceId,
    IReadOnlyList<HostAddress> Hosts,
    IReadOnlyList<long> HostIds);

/// <summary>Application and user credentials. Never printed: <see cref="ToString"/> masks the secret and the token.</summary>
internal sealed class ApiCredentials(string appCode, string appSecret, string? token, string? username)
{
    public const string AppCodeVariable = "BK_APP_CODE";
    public const string AppSecretVariable = "BK_APP_SECRET";
    public const string UsernameVariable = "BK_USERNAME";
    public const string TokenVariable = "BK_TOKEN";

    public string AppCode { get; } = appCode;

    public string AppSecret { get; } = appSecret;

    public string? Token { get; } = token;

    public string? Username { get; } = username;

    /// <summary>Reads the credentials from the environment (never from the command line, where <c>ps</c> would show them).</summary>
    public static ApiCredentials FromEnvironment()
    {
        var appCode = Variable(AppCodeVariable);
        var appSecret = Variable(AppSecretVariable);
        var token = Variable(TokenVariable);
        var username = Variable(UsernameVariable);
        var missing = new List<string>();
        if (appCode is null)
        {
            missing.Add(AppCodeVariable);
        }

        if (appSecret is null)
        {
            missing.Add(AppSecretVariable);
        }

        if (token is null && username is null)
        {
            missing.Add($"{UsernameVariable} or {TokenVariable}");
        }

        if (missing.Count > 0)
        {
            throw JobLogsFailure.Usage($"credentials come from the environment only; set {string.Join(", ", missing)}");
        }

        return new ApiCredentials(appCode!, appSecret!, token, username);

        static string? Variable(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
    }

    public override string ToString() => $"ApiCredentials {{ AppCode = {AppCode}, AppSecret = ***, Token = {(Token is null ? "(none)" : "***")}, Username = {Username ?? "(none)"} }}";
}

/// <summary>Where and how to call.</summary>
internal sealed record ApiConnection(Uri BaseAddress, bool Esb, ApiCredentials Credentials, string? Language, TimeSpan Timeout);

// Every member bk-job sends may be null or absent (its response models are Java beans of boxed types): a host asked for by
// host id, or with only an IPv6 address, has no ip; a file pulled from a third-party file source has no source host.

/// <summary>The logs of one step, as both programs render them; <see cref="LogType"/> is null when the server sent none.</summary>
internal sealed record StepLogs(long? JobInstanceId, long? StepInstanceId, int? LogType, IReadOnlyList<HostLogs> Hosts, string? UnknownRawJson);

/// <summary>One host's script log (<see cref="Log"/>) or file logs (<see cref="Files"/>).</summary>
internal sealed record HostLogs(long? HostId, long? CloudId, string? Ip, string? IpV6, string? Log, IReadOnlyList<FileEntry>? Files);

/// <summary>A host named inside a file log.</summary>
internal sealed record HostRef(long? HostId, long? CloudId, string? Ip);

/// <summary>The transfer of one file; <see cref="Source"/> is null for a file from a file source (no source host).</summary>
internal sealed record FileEntry(
    int? Mode,
    int? Status,
    HostRef? Source,
    string? SourcePath,
    HostRef? Destination,
    string? DestinationPath,
    string? Size,
    string? Speed,
    string? Progress,
    string? Log);

/// <summary>A failure that ends the command with <see cref="ExitCode"/>; carries only what is safe to print.</summary>
internal sealed class JobLogsFailure(int exitCode, string kind, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    /// <summary>e.g. "API error", "HTTP error".</summary>
    public string Kind { get; } = kind;

    public int? HttpStatus { get; init; }

    public long? Code { get; init; }

    public string? CodeName { get; init; }

    public string? RequestId { get; init; }

    /// <summary>One line per problem, for validation failures.</summary>
    public IReadOnlyList<string> Details { get; init; } = [];

    public static JobLogsFailure Usage(string message) => new(ExitCodes.Usage, "usage", message);

    /// <summary>The one-line summary written to stderr: kind, HTTP status, code, message and request id.</summary>
    public string Describe()
    {
        var text = new System.Text.StringBuilder(Kind);
        var parts = new List<string>(2);
        if (HttpStatus is { } status)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"HTTP {status}"));
        }

        if (Code is { } code)
        {
            parts.Add(CodeName is null
                ? string.Create(CultureInfo.InvariantCulture, $"code {code}")
                : string.Create(CultureInfo.InvariantCulture, $"code {code} ({CodeName})"));
        }

        if (parts.Count > 0)
        {
            text.Append(": ").Append(string.Join(", ", parts));
        }

        if (!string.IsNullOrEmpty(Message))
        {
            text.Append(": ").Append(Message);
        }

        if (RequestId is not null)
        {
            text.Append(" (request id ").Append(RequestId).Append(')');
        }

        return text.ToString();
    }
}

/// <summary>The client side of the tool: joblogs plugs in the generated client, joblogs-baseline a hand-written one.</summary>
internal interface IJobLogsBackend
{
    /// <summary>Calls <c>batch_get_job_instance_ip_log</c>.</summary>
    /// <exception cref="JobLogsFailure">Validation (exit 2), API (3), HTTP (4), invalid response (5) or transport (6) failure.</exception>
    Task<StepLogs> FetchAsync(JobLogsQuery query, ApiConnection connection, CancellationToken cancellationToken);
}
