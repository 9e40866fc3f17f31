using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BkApiGen.FakeGateway;

/// <summary>How the <see cref="FakeJobEngine"/> runs the jobs it is given.</summary>
public sealed class FakeJobEngineOptions
{
    /// <summary>Status queries a job answers "running" to before it finishes (hosts finish evenly over them); default 3.</summary>
    public int PollsToFinish { get; init; } = 3;

    /// <summary>Hosts on which every script fails (exit code 1, host status 104); default none.</summary>
    public Func<FakeJobHost, bool> Fails { get; init; } = _ => false;

    /// <summary>When true, a job never finishes by itself (for deadline and cancellation tests). A script containing
    /// <c>sleep infinity</c> never finishes either, whatever this says (for scripts run against <c>joblogs demo serve</c>).</summary>
    public bool NeverFinish { get; init; }
}

/// <summary>One host of a job run by the <see cref="FakeJobEngine"/>.</summary>
/// <param name="HostId">bk_host_id (assigned from the IP when the request named hosts by IP).</param>
/// <param name="CloudId">bk_cloud_id.</param>
/// <param name="Ip">The IP, when known.</param>
public sealed record FakeJobHost(long HostId, long CloudId, string? Ip);

/// <summary>
/// A small bk-job: <c>fast_execute_script</c> starts a job on the hosts of <c>target_server</c>, each
/// <c>get_job_instance_status</c> call moves it on (hosts finish evenly over <see cref="FakeJobEngineOptions.PollsToFinish"/>
/// calls, failing where <see cref="FakeJobEngineOptions.Fails"/> says), <c>batch_get_job_instance_ip_log</c> returns the
/// finished hosts' logs (the fixed <see cref="FakeJobStore"/> job still answers for job 100) and
/// <c>operate_job_instance</c> (code 1) terminates a job. Mapped on both the gateway and the ESB paths.
/// </summary>
public sealed class FakeJobEngine
{
    /// <summary>bk-job's limit on hosts per log query.</summary>
    private const int MaxLogHosts = 500;

    /// <summary>The most target hosts of one job (bk-job's own limit is configurable and larger than a log query's).</summary>
    private const int MaxTargetHosts = 10_000;
    private readonly Lock _lock = new();
    private readonly Dictionary<long, Job> _jobs = [];
    private readonly FakeJobEngineOptions _options;
    private long _nextJob = 1000;

    private FakeJobEngine(FakeJobEngineOptions options) => _options = options;

    /// <summary>Maps the engine's operations on <paramref name="gateway"/> and returns it.</summary>
    public static FakeJobEngine Attach(FakeBkGateway gateway, FakeJobEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        var engine = new FakeJobEngine(options ?? new FakeJobEngineOptions());
        gateway.MapBkJobOperation("fast_execute_script", engine.FastExecuteScript);
        gateway.MapBkJobOperation("get_job_instance_status", engine.GetJobInstanceStatus);
        gateway.MapBkJobOperation("batch_get_job_instance_ip_log", engine.BatchGetJobInstanceIpLog);
        gateway.MapBkJobOperation("operate_job_instance", engine.OperateJobInstance);
        return engine;
    }

    /// <summary>How many status queries each job has had, by job instance id.</summary>
    public IReadOnlyDictionary<long, int> StatusQueries
    {
        get
        {
            lock (_lock)
            {
                return _jobs.ToDictionary(j => j.Key, j => j.Value.Polls);
            }
        }
    }

    /// <summary>The job instance ids that were terminated through <c>operate_job_instance</c>.</summary>
    public IReadOnlyList<long> Terminated
    {
        get
        {
            lock (_lock)
            {
                return _jobs.Values.Where(j => j.Terminated).Select(j => j.Id).Order().ToList();
            }
        }
    }

    private FakeResponse FastExecuteScript(FakeRequest request)
    {
        if (request.GetBodyJson() is not JsonObject body || body["target_server"] is not JsonObject target)
        {
            return FakeResponse.BkJobError(1240002, "请求参数[target_server]缺失或不合法");
        }

        var hosts = new List<FakeJobHost>();
        foreach (var id in target["host_id_list"] as JsonArray ?? [])
        {
            hosts.Add(new FakeJobHost(id!.GetValue<long>(), 0, $"10.0.{id.GetValue<long>() / 256 % 256}.{id.GetValue<long>() % 256}"));
        }

        foreach (var ip in target["ip_list"] as JsonArray ?? [])
        {
            var address = (string?)ip?["ip"] ?? "";
            hosts.Add(new FakeJobHost(HostIdOf(address), (long?)ip?["bk_cloud_id"] ?? 0, address));
        }

        if (hosts.Count is 0 or > MaxTargetHosts)
        {
            return FakeResponse.BkJobError(1241007, "请求参数[target_server]缺失或不合法");
        }

        // bk-job takes the script Base64-encoded and refuses what does not decode.
        string script;
        try
        {
            script = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String((string?)body["script_content"] ?? ""));
        }
        catch (FormatException)
        {
            return FakeResponse.BkJobError(1240002, "请求参数[script_content]不合法");
        }

        Job job;
        lock (_lock)
        {
            var id = _nextJob++;
            job = new Job(id, id + 50_000, (string?)body["task_name"] ?? "fake-script", script, hosts.DistinctBy(h => h.HostId).ToList(), _options.PollsToFinish);
            _jobs[id] = job;
        }

        return FakeResponse.BkJobOk(Json(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("job_instance_id", job.Id);
            w.WriteString("job_instance_name", job.Name);
            w.WriteNumber("step_instance_id", job.StepId);
            w.WriteEndObject();
        }));
    }

    private FakeResponse GetJobInstanceStatus(FakeRequest request)
    {
        if (FindJob(request) is not { } job)
        {
            return FakeResponse.BkJobError(1244006, "作业实例不存在");
        }

        var returnHosts = Read(request, "return_ip_result") is "true" or "True";
        lock (_lock)
        {
            if (!job.Finished && !_options.NeverFinish && !job.Terminated && !job.Script.Contains("sleep infinity", StringComparison.Ordinal))
            {
                job.Polls++;
            }

            return FakeResponse.BkJobOk(Json(w => WriteStatus(w, job, returnHosts)));
        }
    }

    private FakeResponse BatchGetJobInstanceIpLog(FakeRequest request)
    {
        var body = request.GetBodyJson() as JsonObject;
        if (body is null || (long?)body["job_instance_id"] is not { } jobId || !TryGetJob(jobId, out var job))
        {
            return FakeJobStore.BatchGetJobInstanceIpLog(request);
        }

        var wanted = new HashSet<long>((body["host_id_list"] as JsonArray ?? []).Select(n => n!.GetValue<long>()));
        foreach (var ip in body["ip_list"] as JsonArray ?? [])
        {
            wanted.Add(HostIdOf((string?)ip?["ip"] ?? ""));
        }

        if (wanted.Count is 0 or > MaxLogHosts)
        {
            return FakeResponse.BkJobError(1241007, "请求参数[host_id_list/ip_list]缺失或不合法");
        }

        lock (_lock)
        {
            return FakeResponse.BkJobOk(Json(w =>
            {
                w.WriteStartObject();
                w.WriteNumber("log_type", 1);
                w.WriteStartArray("script_task_logs");
                foreach (var (host, index) in job.Hosts.Select((h, i) => (h, i)).Where(p => wanted.Contains(p.h.HostId)))
                {
                    w.WriteStartObject();
                    w.WriteNumber("bk_host_id", host.HostId);
                    w.WriteNumber("bk_cloud_id", host.CloudId);
                    if (host.Ip is not null)
                    {
                        w.WriteString("ip", host.Ip);
                    }

                    w.WriteString("log_content", job.IsHostFinished(index) ? LogOf(job, host) : "");
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }));
        }
    }

    private FakeResponse OperateJobInstance(FakeRequest request)
    {
        var body = request.GetBodyJson() as JsonObject;
        if (body is null || (long?)body["job_instance_id"] is not { } jobId || !TryGetJob(jobId, out var job))
        {
            return FakeResponse.BkJobError(1244006, "作业实例不存在");
        }

        if ((int?)body["operation_code"] != 1)
        {
            return FakeResponse.BkJobError(1240002, "请求参数[operation_code]不合法");
        }

        lock (_lock)
        {
            job.Terminated = true;
        }

        return FakeResponse.BkJobOk($"{{\"job_instance_id\":{job.Id}}}");
    }

    private void WriteStatus(Utf8JsonWriter w, Job job, bool returnHosts)
    {
        var finished = job.Finished || job.Terminated;
        var failed = job.Hosts.Where((h, i) => job.IsHostFinished(i) && _options.Fails(h)).Any();
        var status = job.Terminated ? 11 : !job.Finished ? 2 : failed ? 4 : 3;
        w.WriteStartObject();
        w.WriteBoolean("finished", finished);
        w.WriteStartObject("job_instance");
        w.WriteNumber("job_instance_id", job.Id);
        w.WriteString("bk_scope_type", "biz");
        w.WriteString("bk_scope_id", "2");
        w.WriteString("name", job.Name);
        w.WriteNumber("status", status);
        w.WriteNumber("create_time", 1_700_000_000_000);
        w.WriteEndObject();
        w.WriteStartArray("step_instance_list");
        w.WriteStartObject();
        w.WriteNumber("step_instance_id", job.StepId);
        w.WriteNumber("type", 1);
        w.WriteString("name", job.Name);
        w.WriteNumber("status", status);
        w.WriteNumber("create_time", 1_700_000_000_000);
        w.WriteNumber("execute_count", 0);
        if (returnHosts)
        {
            w.WriteStartArray("step_ip_result_list");
            for (var i = 0; i < job.Hosts.Count; i++)
            {
                var host = job.Hosts[i];
                var done = job.IsHostFinished(i);
                var fails = _options.Fails(host);
                w.WriteStartObject();
                w.WriteNumber("bk_host_id", host.HostId);
                w.WriteNumber("bk_cloud_id", host.CloudId);
                if (host.Ip is not null)
                {
                    w.WriteString("ip", host.Ip);
                }

                w.WriteNumber("status", done ? (fails ? 104 : 9) : job.Terminated ? 403 : 7);
                w.WriteNumber("error_code", 0);
                if (done)
                {
                    w.WriteNumber("exit_code", fails ? 1 : 0);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string LogOf(Job job, FakeJobHost host)
    {
        var firstLine = job.Script.Split('\n', 2)[0];
        return $"[fake-job] {job.Name} on host {host.HostId} ({host.Ip ?? "no ip"})\n+ {firstLine}\n";
    }

    private Job? FindJob(FakeRequest request)
        => long.TryParse(Read(request, "job_instance_id"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && TryGetJob(id, out var job) ? job : null;

    private bool TryGetJob(long id, out Job job)
    {
        lock (_lock)
        {
            return _jobs.TryGetValue(id, out job!);
        }
    }

    /// <summary>A parameter from the query string (gateway GET) or the JSON body (ESB POST).</summary>
    private static string? Read(FakeRequest request, string name)
        => request.GetQueryValue(name) ?? (request.GetBodyJson() as JsonObject)?[name]?.ToJsonString().Trim('"');

    /// <summary>A stable host id for a host named by IP (10.0.x.y → 256x + y), as CMDB would know it.</summary>
    private static long HostIdOf(string ip)
    {
        var parts = ip.Split('.');
        return parts.Length == 4 && int.TryParse(parts[2], out var x) && int.TryParse(parts[3], out var y) ? (x * 256) + y : Math.Abs((long)ip.GetHashCode(StringComparison.Ordinal)) % 1_000_000 + 100_000;
    }

    private static string Json(Action<Utf8JsonWriter> write) => System.Text.Encoding.UTF8.GetString(FakeJson.Write(write));

    private sealed class Job(long id, long stepId, string name, string script, List<FakeJobHost> hosts, int pollsToFinish)
    {
        public long Id { get; } = id;

        public long StepId { get; } = stepId;

        public string Name { get; } = name;

        public string Script { get; } = script;

        public List<FakeJobHost> Hosts { get; } = hosts;

        public int Polls { get; set; }

        public bool Terminated { get; set; }

        public bool Finished => IsHostFinished(Hosts.Count - 1);

        /// <summary>Host <paramref name="index"/> is done once the status queries reach its share of the polls to finish.</summary>
        public bool IsHostFinished(int index) => Polls * Hosts.Count >= (index + 1) * Math.Max(1, pollsToFinish);
    }
}
