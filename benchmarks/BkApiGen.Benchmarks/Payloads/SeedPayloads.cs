using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BkApiGen.Benchmarks.Payloads;

/// <summary>The response payloads of the deserialization benchmarks.</summary>
public enum PayloadKind
{
    /// <summary>Script step, 2 hosts, one short log line each (the API-gateway doc's example size).</summary>
    Small,

    /// <summary>Script step, 500 hosts (the API's maximum), about 4 KB of log per host: about 2 MB.</summary>
    Medium,

    /// <summary>Script step, 500 hosts, about 200 KB of log per host: about 100 MB.</summary>
    Large,

    /// <summary>File step, 500 hosts, 20 file entries per host: about 6 MB.</summary>
    FileLogs,

    /// <summary>Medium, with <c>log_type</c> written after the host list (allowed by JSON; shows the cost of finding the discriminator).</summary>
    MediumLogTypeLast,
}

/// <summary>
/// Builds realistic, deterministic bk-job <c>batch_get_job_instance_ip_log</c> responses (full envelope) as UTF-8 bytes,
/// laid out as bk-job writes them: compact, <c>log_type</c> first in <c>data</c>, non-ASCII text unescaped, newlines as
/// <c>\n</c> escapes. Logs are multi-line script output with timestamps, some Chinese lines, tabs and quotes, so the
/// readers have to unescape (the common case for log_content), not just copy.
/// </summary>
public static class SeedPayloads
{
    /// <summary>The hosts of the 500-host payloads.</summary>
    public const int ManyHosts = 500;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>The payload of <paramref name="kind"/>.</summary>
    public static byte[] Build(PayloadKind kind) => kind switch
    {
        PayloadKind.Small => Script(hosts: 2, logBytes: 0, logTypeLast: false),
        PayloadKind.Medium => Script(hosts: ManyHosts, logBytes: 4 * 1024, logTypeLast: false),
        PayloadKind.Large => Script(hosts: ManyHosts, logBytes: 200 * 1024, logTypeLast: false),
        PayloadKind.FileLogs => File(hosts: ManyHosts, filesPerHost: 20),
        PayloadKind.MediumLogTypeLast => Script(hosts: ManyHosts, logBytes: 4 * 1024, logTypeLast: true),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The IP of host <paramref name="index"/> (0-based): 10.0.x.y, never .0 or .255.</summary>
    public static string HostIp(int index) => $"10.0.{index / 250}.{(index % 250) + 1}";

    /// <summary>
    /// A script step. <paramref name="logBytes"/> 0 gives the doc's one-line log
    /// (<c>[2018-03-15 14:39:30][PID:56875] job_start\n</c>).
    /// </summary>
    public static byte[] Script(int hosts, int logBytes, bool logTypeLast)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Max(4096, hosts * (logBytes + 200)));
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteEnvelopeStart(w);
            if (!logTypeLast)
            {
                w.WriteNumber("log_type", 1);
            }

            w.WriteNumber("job_instance_id", 100);
            w.WriteNumber("step_instance_id", 200);
            w.WriteStartArray("script_task_logs");
            var log = new StringBuilder(logBytes + 256);
            for (var i = 0; i < hosts; i++)
            {
                w.WriteStartObject();
                w.WriteNumber("bk_host_id", 101 + i);
                w.WriteString("ip", HostIp(i));
                w.WriteNumber("bk_cloud_id", 0);
                w.WriteString("log_content", logBytes == 0 ? $"[2018-03-15 14:39:30][PID:{56875 + i}] job_start\n" : ScriptLog(log, i, logBytes));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (logTypeLast)
            {
                w.WriteNumber("log_type", 1);
            }

            WriteEnvelopeEnd(w);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A file step: every host gets <paramref name="filesPerHost"/> entries, alternating download and upload.</summary>
    public static byte[] File(int hosts, int filesPerHost)
    {
        var buffer = new ArrayBufferWriter<byte>(hosts * filesPerHost * 600);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteEnvelopeStart(w);
            w.WriteNumber("log_type", 2);
            w.WriteNumber("job_instance_id", 100);
            w.WriteNumber("step_instance_id", 201);
            w.WriteStartArray("file_task_logs");
            for (var i = 0; i < hosts; i++)
            {
                w.WriteStartObject();
                w.WriteNumber("bk_host_id", 101 + i);
                w.WriteString("ip", HostIp(i));
                w.WriteNumber("bk_cloud_id", 0);
                w.WriteStartArray("file_logs");
                for (var f = 0; f < filesPerHost; f++)
                {
                    var download = f % 2 == 0;
                    var source = (i + 1) % hosts;
                    w.WriteStartObject();
                    w.WriteNumber("mode", download ? 1 : 0);
                    WriteHost(w, "src_ip", source);
                    w.WriteString("src_path", $"/data/release/pkg-{f:D3}/app_{f}.tar.gz");
                    if (download)
                    {
                        WriteHost(w, "dest_ip", i);
                        w.WriteString("dest_path", "/tmp/deploy/");
                    }

                    w.WriteNumber("status", 4);
                    w.WriteString(
                        "log_content",
                        download
                            ? $"[2021-06-28 11:32:{f % 60:D2}] FileName: /tmp/deploy/app_{f}.tar.gz FileSize: {1024 + (f * 37)}.0 Bytes State: dest agent success download file Speed: {f + 1} KB/s Progress: 100% StatusDesc: dest agent success download file Detail: success"
                            : $"[2021-06-28 11:32:{f % 60:D2}] FileName: /data/release/pkg-{f:D3}/app_{f}.tar.gz FileSize: {1024 + (f * 37)}.0 Bytes State: source agent success upload file Speed: {f + 1} KB/s Progress: 100% StatusDesc: source agent success upload file Detail: success upload");
                    w.WriteString("size", $"{1024 + (f * 37)}.0 Bytes");
                    w.WriteString("speed", $"{f + 1} KB/s");
                    w.WriteString("process", "100%");
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteEnvelopeEnd(w);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteEnvelopeStart(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteBoolean("result", true);
        w.WriteNumber("code", 0);
        w.WriteString("message", "");
        w.WriteStartObject("data");
    }

    private static void WriteEnvelopeEnd(Utf8JsonWriter w)
    {
        w.WriteEndObject(); // data
        w.WriteString("job_request_id", "d5b3ab2dc1b24f3e9f2a8c5d7e61b0a4");
        w.WriteEndObject();
    }

    private static void WriteHost(Utf8JsonWriter w, string name, int index)
    {
        w.WriteStartObject(name);
        w.WriteNumber("bk_host_id", 101 + index);
        w.WriteNumber("bk_cloud_id", 0);
        w.WriteString("ip", HostIp(index));
        w.WriteEndObject();
    }

    /// <summary>About <paramref name="targetBytes"/> bytes (as UTF-8, before JSON escaping) of script output for host <paramref name="host"/>.</summary>
    private static string ScriptLog(StringBuilder log, int host, int targetBytes)
    {
        log.Clear();
        var random = new Random(host * 7919 + 17);
        var pid = 10000 + random.Next(50000);
        var bytes = 0;
        var line = 0;
        var second = 0;
        while (bytes < targetBytes)
        {
            second += random.Next(3);
            var stamp = $"[2024-05-01 {10 + (second / 3600) % 10:D2}:{(second / 60) % 60:D2}:{second % 60:D2}][PID:{pid}] ";
            string text = (line % 10) switch
            {
                0 => line == 0 ? "job_start" : $"checkpoint {line}: ok",
                1 => $"正在检查磁盘空间: /data 可用 {random.Next(10, 95)}%, inode 可用 {random.Next(10, 95)}%",
                2 => $"copying /data/release/app-1.{line % 7}.{random.Next(100)}/lib/module_{line:D4}.so -> /opt/app/lib/ ({random.Next(1, 900)} KB)",
                3 => $"\tstat: size={random.Next(1000, 9_000_000)} mode=0644 owner=\"app:app\" mtime=1714550{random.Next(100, 999)}",
                4 => $"curl -s -o /dev/null -w '%{{http_code}}' http://127.0.0.1:{8000 + (host % 100)}/healthz -> 200",
                5 => $"[INFO] worker-{random.Next(16)} processed batch {line} in {random.Next(1, 999)} ms (rows={random.Next(100_000)})",
                6 => "执行完成, 返回码 0 / exit code 0",
                7 => $"WARN retrying connection to redis://10.0.{random.Next(4)}.{random.Next(1, 250)}:6379 (attempt {random.Next(1, 4)}/3)",
                8 => $"{{\"metric\":\"latency_ms\",\"p50\":{random.Next(1, 50)},\"p99\":{random.Next(50, 900)},\"host\":\"{HostIp(host)}\"}}",
                _ => $"sha256 {random.NextInt64():x16}{random.NextInt64():x16} /opt/app/lib/module_{line:D4}.so",
            };
            log.Append(stamp).Append(text).Append('\n');
            bytes += Encoding.UTF8.GetByteCount(stamp) + Encoding.UTF8.GetByteCount(text) + 1;
            line++;
        }

        return log.ToString();
    }
}
