using System.Globalization;
using System.Text.Json;

namespace BkApiGen.FakeGateway;

/// <summary>A host known to the <see cref="FakeJobStore"/>.</summary>
public sealed class FakeHost
{
    internal FakeHost(long hostId, int cloudId, string ip, string fileMode)
    {
        HostId = hostId;
        CloudId = cloudId;
        Ip = ip;
        FileMode = fileMode;
    }

    /// <summary><c>bk_host_id</c>.</summary>
    public long HostId { get; }

    /// <summary><c>bk_cloud_id</c> (management area).</summary>
    public int CloudId { get; }

    /// <summary>IPv4 address.</summary>
    public string Ip { get; }

    /// <summary>Which file-log entry the host gets for the file step: <c>download</c> (the target) or <c>upload</c> (the source).</summary>
    internal string FileMode { get; }
}

/// <summary>
/// The fixed in-memory bk-job data behind the default <c>batch_get_job_instance_ip_log</c> handler:
/// job instance <see cref="JobInstanceId"/> with a script step <see cref="ScriptStepInstanceId"/> and a file step
/// <see cref="FileStepInstanceId"/>, run on the two <see cref="Hosts"/>.
/// </summary>
public static class FakeJobStore
{
    /// <summary>The only job instance the store knows.</summary>
    public const long JobInstanceId = 100;

    /// <summary>The script-execution step (<c>log_type</c> 1).</summary>
    public const long ScriptStepInstanceId = 200;

    /// <summary>The file-distribution step (<c>log_type</c> 2): 10.0.0.2:/data/1.log sent to 10.0.0.1:/tmp/1.log.</summary>
    public const long FileStepInstanceId = 201;

    /// <summary>
    /// A file step whose source is a third-party file source, run on an IPv6-only host (id 103): answered with
    /// <see cref="FakeFixtures.FileSourceLogs"/> whatever the hosts asked for, since its members are what matters (no
    /// <c>src_ip</c>, no <c>ip</c>, a host entry of nulls).
    /// </summary>
    public const long FileSourceStepInstanceId = 202;

    /// <summary>bk-job's limit on hosts per log query.</summary>
    public const int MaxHosts = 500;

    /// <summary>Host 101 = cloud 0 / 10.0.0.1 (the file step's target) and host 102 = cloud 0 / 10.0.0.2 (the file step's source).</summary>
    public static IReadOnlyList<FakeHost> Hosts { get; } =
    [
        new FakeHost(101, 0, "10.0.0.1", "download"),
        new FakeHost(102, 0, "10.0.0.2", "upload"),
    ];

    private static readonly Dictionary<long, string> ScriptLogs = new()
    {
        [101] = "[2018-03-15 14:39:30][PID:56875] job_start\n" +
                "[2018-03-15 14:39:30][PID:56875] + hostname\n" +
                "host-10-0-0-1\n" +
                "[2018-03-15 14:39:30][PID:56875] + df -h /data\n" +
                "Filesystem      Size  Used Avail Use% Mounted on\n" +
                "/dev/vdb        200G   63G  138G  32% /data\n" +
                "[2018-03-15 14:39:31][PID:56875] job_success\n",
        [102] = "[2018-03-15 14:39:30][PID:16789] job_start\n" +
                "[2018-03-15 14:39:30][PID:16789] + hostname\n" +
                "host-10-0-0-2\n" +
                "[2018-03-15 14:39:30][PID:16789] + df -h /data\n" +
                "Filesystem      Size  Used Avail Use% Mounted on\n" +
                "/dev/vdb        200G  118G   83G  59% /data\n" +
                "[2018-03-15 14:39:31][PID:16789] job_success\n",
    };

    private const string DownloadLog = "[2021-06-28 11:32:16] FileName: /tmp/1.log FileSize: 9.0 Bytes State: dest agent success download file Speed: 1 KB/s Progress: 100% StatusDesc: dest agent success download file Detail: success";
    private const string UploadLog = "[2021-06-28 11:32:16] FileName: /data/1.log FileSize: 9.0 Bytes State: source agent success upload file Speed: 1 KB/s Progress: 100% StatusDesc: source agent success upload file Detail: success upload";

    /// <summary>
    /// The default handler of <c>batch_get_job_instance_ip_log</c> (both paths): validates the body like bk-job and answers
    /// from the store. Call it from a scripted handler to wrap the default behaviour.
    /// </summary>
    /// <param name="request">The received request (its JSON body is read).</param>
    public static FakeResponse BatchGetJobInstanceIpLog(FakeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var jobRequestId = FakeBkGateway.NewRequestId();
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(request.Body);
        }
        catch (JsonException)
        {
            return BadRequest(jobRequestId);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return BadRequest(jobRequestId);
            }

            if (!TryReadLong(root, "job_instance_id", out var jobInstanceId) ||
                !TryReadLong(root, "step_instance_id", out var stepInstanceId) ||
                !TryReadLong(root, "bk_biz_id", out var bizId))
            {
                return BadRequest(jobRequestId);
            }

            if (jobInstanceId is not >= 1)
            {
                return FakeResponse.BkJobError(1240003, "任务实例ID必须为正整数", jobRequestId);
            }

            if (stepInstanceId is not >= 1)
            {
                return FakeResponse.BkJobError(1240003, "步骤实例ID必须为正整数", jobRequestId);
            }

            if (ValidateScope(root, bizId) is { } scopeError)
            {
                return FakeResponse.BkJobError(1240003, scopeError, jobRequestId);
            }

            var hosts = ReadHosts(root, out var hostsValid);
            if (!hostsValid)
            {
                return FakeResponse.BkJobError(1241007, "请求参数[host_id_list/ip_list]缺失或不合法", jobRequestId);
            }

            if (jobInstanceId == JobInstanceId && stepInstanceId == FileSourceStepInstanceId)
            {
                return FileSourceLogs(jobRequestId);
            }

            if (jobInstanceId != JobInstanceId || stepInstanceId is not (ScriptStepInstanceId or FileStepInstanceId))
            {
                return FakeResponse.BkJobError(1244006, "作业实例不存在", jobRequestId);
            }

            return new FakeResponse(200, FakeResponse.JsonContentType, FakeJson.Write(w =>
            {
                w.WriteStartObject();
                w.WriteBoolean("result", true);
                w.WriteNumber("code", 0);
                w.WriteString("message", string.Empty);
                w.WriteStartObject("data");
                w.WriteNumber("log_type", stepInstanceId == ScriptStepInstanceId ? 1 : 2);
                w.WriteNumber("job_instance_id", jobInstanceId.Value);
                w.WriteNumber("step_instance_id", stepInstanceId.Value);
                if (stepInstanceId == ScriptStepInstanceId)
                {
                    WriteScriptLogs(w, hosts);
                }
                else
                {
                    WriteFileLogs(w, hosts);
                }

                w.WriteEndObject();
                w.WriteString("job_request_id", jobRequestId);
                w.WriteEndObject();
            }));
        }
    }

    /// <summary>The <see cref="FakeFixtures.FileSourceLogs"/> envelope, with this call's <c>job_request_id</c>.</summary>
    private static FakeResponse FileSourceLogs(string jobRequestId)
    {
        using var fixture = JsonDocument.Parse(FakeFixtures.FileSourceLogs);
        return new FakeResponse(200, FakeResponse.JsonContentType, FakeJson.Write(w =>
        {
            w.WriteStartObject();
            foreach (var member in fixture.RootElement.EnumerateObject().Where(m => m.Name != "job_request_id"))
            {
                member.WriteTo(w);
            }

            w.WriteString("job_request_id", jobRequestId);
            w.WriteEndObject();
        }));
    }

    private static FakeResponse BadRequest(string jobRequestId) => FakeResponse.BkJobError(1240003, "错误的请求", jobRequestId);

    /// <summary>bk_biz_id wins when present; otherwise bk_scope_type (biz / biz_set) and bk_scope_id are both required.</summary>
    private static string? ValidateScope(JsonElement root, long? bizId)
    {
        if (bizId is not null)
        {
            return bizId >= 1 ? null : "非法的业务ID";
        }

        var scopeType = ReadString(root, "bk_scope_type");
        if (scopeType is not ("biz" or "biz_set"))
        {
            return "非法的资源范围类型";
        }

        return string.IsNullOrWhiteSpace(ReadString(root, "bk_scope_id")) ? "非法的资源范围ID" : null;
    }

    /// <summary>host_id_list wins when non-empty (ip_list is then ignored, as documented); hosts the store does not know are skipped.</summary>
    private static List<FakeHost> ReadHosts(JsonElement root, out bool valid)
    {
        var result = new List<FakeHost>();
        valid = false;
        if (root.TryGetProperty("host_id_list", out var ids) && ids.ValueKind == JsonValueKind.Array && ids.GetArrayLength() > 0)
        {
            if (ids.GetArrayLength() > MaxHosts)
            {
                return result;
            }

            foreach (var id in ids.EnumerateArray())
            {
                if (!TryLong(id, out var hostId))
                {
                    return result;
                }

                Add(result, Hosts.FirstOrDefault(h => h.HostId == hostId));
            }

            valid = true;
            return result;
        }

        if (root.TryGetProperty("ip_list", out var ips) && ips.ValueKind == JsonValueKind.Array && ips.GetArrayLength() > 0)
        {
            if (ips.GetArrayLength() > MaxHosts)
            {
                return result;
            }

            foreach (var item in ips.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object ||
                    ReadString(item, "ip") is not { Length: > 0 } ip ||
                    !TryReadLong(item, "bk_cloud_id", out var cloudId) || cloudId is null)
                {
                    return result;
                }

                Add(result, Hosts.FirstOrDefault(h => h.CloudId == cloudId && h.Ip == ip));
            }

            valid = true;
        }

        return result;
    }

    private static void Add(List<FakeHost> hosts, FakeHost? host)
    {
        if (host is not null && !hosts.Contains(host))
        {
            hosts.Add(host);
        }
    }

    private static void WriteScriptLogs(Utf8JsonWriter w, List<FakeHost> hosts)
    {
        w.WriteStartArray("script_task_logs");
        foreach (var host in hosts)
        {
            w.WriteStartObject();
            w.WriteNumber("bk_host_id", host.HostId);
            w.WriteString("ip", host.Ip);
            w.WriteNumber("bk_cloud_id", host.CloudId);
            w.WriteString("log_content", ScriptLogs[host.HostId]);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteFileLogs(Utf8JsonWriter w, List<FakeHost> hosts)
    {
        var target = Hosts[0];
        var source = Hosts[1];
        w.WriteStartArray("file_task_logs");
        foreach (var host in hosts)
        {
            w.WriteStartObject();
            w.WriteNumber("bk_host_id", host.HostId);
            w.WriteString("ip", host.Ip);
            w.WriteNumber("bk_cloud_id", host.CloudId);
            w.WriteStartArray("file_logs");
            w.WriteStartObject();
            var download = host.FileMode == "download";
            w.WriteNumber("mode", download ? 1 : 0);
            WriteIp(w, "src_ip", source);
            w.WriteString("src_path", "/data/1.log");
            if (download)
            {
                WriteIp(w, "dest_ip", target);
                w.WriteString("dest_path", "/tmp/1.log");
            }

            w.WriteNumber("status", 4);
            w.WriteString("log_content", download ? DownloadLog : UploadLog);
            w.WriteString("size", "1.0 Bytes");
            w.WriteString("speed", "0 KB/s");
            w.WriteString("process", "100%");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteIp(Utf8JsonWriter w, string name, FakeHost host)
    {
        w.WriteStartObject(name);
        w.WriteNumber("bk_host_id", host.HostId);
        w.WriteNumber("bk_cloud_id", host.CloudId);
        w.WriteString("ip", host.Ip);
        w.WriteEndObject();
    }

    private static string? ReadString(JsonElement obj, string name)
        => obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Reads an optional long the way Jackson binds a <c>Long</c>: absent or null gives null; numbers and numeric strings bind; anything else is a bad request.</summary>
    private static bool TryReadLong(JsonElement obj, string name, out long? value)
    {
        value = null;
        if (!obj.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (TryLong(element, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    private static bool TryLong(JsonElement element, out long value)
    {
        value = 0;
        return element.ValueKind switch
        {
            JsonValueKind.Number => element.TryGetInt64(out value),
            JsonValueKind.String => long.TryParse(element.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value),
            _ => false,
        };
    }
}
