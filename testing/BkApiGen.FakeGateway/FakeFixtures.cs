using System.Text;

namespace BkApiGen.FakeGateway;

/// <summary>
/// Documentation examples shipped as embedded JSON files (folder <c>Fixtures/</c>), returned verbatim so tests can serve
/// them with <see cref="FakeResponse.Json(string)"/> or parse them.
/// </summary>
public static class FakeFixtures
{
    private const string Prefix = "BkApiGen.FakeGateway.Fixtures.";

    /// <summary>The seed ESB doc's response example (a file step: <c>log_type</c> 2, <c>task_instance_id</c>, no <c>bk_host_id</c>), verbatim.</summary>
    public static string SeedFileLogs => Get("seed-file-logs.json");

    /// <summary><see cref="SeedFileLogs"/> with <c>log_type</c> moved to the last member of <c>data</c> (after <c>file_task_logs</c>).</summary>
    public static string SeedFileLogsLogTypeLast => Get("seed-file-logs-log-type-last.json");

    /// <summary><see cref="SeedFileLogs"/> with an unknown <c>log_type</c> of 3.</summary>
    public static string SeedFileLogsUnknownLogType => Get("seed-file-logs-unknown-log-type.json");

    /// <summary>The seed ESB doc's request example (credentials in the body, <c>bk_biz_id</c>, <c>ip_list</c>), verbatim.</summary>
    public static string SeedRequest => Get("seed-request.json");

    /// <summary>The API-gateway doc's script-step response example (<c>log_type</c> 1, <c>script_task_logs</c>), verbatim.</summary>
    public static string ApigwScriptLogs => Get("apigw-script-logs.json");

    /// <summary>The API-gateway doc's file-step response example (<c>log_type</c> 2, with <c>size</c>/<c>speed</c>/<c>process</c>), verbatim.</summary>
    public static string ApigwFileLogs => Get("apigw-file-logs.json");

    /// <summary>
    /// A file step (<c>step_instance_id</c> 202) as bk-job answers it for a transfer from a third-party file source to an
    /// IPv6-only host asked for by host id: file logs without <c>src_ip</c> (and a <c>dest_ip</c> without <c>ip</c>), a host
    /// without <c>ip</c>, and a host entry whose members are all null (bk-job sets nothing when a host has no file logs).
    /// </summary>
    public static string FileSourceLogs => Get("file-source-logs.json");

    /// <summary>The API-gateway doc's request example (<c>bk_scope_type</c>/<c>bk_scope_id</c>, <c>host_id_list</c>), verbatim.</summary>
    public static string ApigwRequest => Get("apigw-request.json");

    /// <summary>The file names of all fixtures, e.g. <c>seed-file-logs.json</c>.</summary>
    public static IReadOnlyList<string> Names { get; } =
        typeof(FakeFixtures).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>The text of a fixture by file name.</summary>
    /// <param name="name">File name, e.g. <c>apigw-file-logs.json</c> (see <see cref="Names"/>).</param>
    /// <exception cref="ArgumentException">No fixture has that name.</exception>
    public static string Get(string name)
    {
        using var stream = typeof(FakeFixtures).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new ArgumentException($"No fixture named '{name}'. Known: {string.Join(", ", Names)}.", nameof(name));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
