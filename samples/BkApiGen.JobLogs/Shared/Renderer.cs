// Text and JSON output of joblogs (shared with the baseline). JSON is written with Utf8JsonWriter: no reflection.
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BkApiGen.JobLogs.Cli;

internal static class Renderer
{
    /// <summary>bk-job's file transfer modes (<c>mode</c>).</summary>
    public static string ModeName(int? mode) => mode switch
    {
        null => "?",
        0 => "upload",
        1 => "download",
        _ => string.Create(CultureInfo.InvariantCulture, $"mode-{mode}"),
    };

    /// <summary>bk-job's file transfer states (<c>status</c>).</summary>
    public static string StatusName(int? status) => status switch
    {
        null => "?",
        0 => "pulling",
        1 => "waiting",
        2 => "uploading",
        3 => "downloading",
        4 => "success",
        5 => "failed",
        _ => string.Create(CultureInfo.InvariantCulture, $"status-{status}"),
    };

    public static string LogTypeName(int? logType) => logType switch
    {
        1 => "script",
        2 => "file",
        _ => "unknown",
    };

    /// <summary>The requested hosts that have no entry in the answer (bk-job skips hosts it does not know).</summary>
    public static (IReadOnlyList<HostAddress> Hosts, IReadOnlyList<long> HostIds) Missing(JobLogsQuery query, StepLogs logs)
    {
        if (logs.UnknownRawJson is not null)
        {
            return ([], []);
        }

        // host_id_list wins over ip_list on the server, so only the ids are checked when both were sent.
        if (query.HostIds.Count > 0)
        {
            var returned = logs.Hosts.Where(h => h.HostId is not null).Select(h => h.HostId!.Value).ToHashSet();
            return ([], query.HostIds.Distinct().Where(id => !returned.Contains(id)).ToArray());
        }

        var missing = query.Hosts.Distinct()
            .Where(wanted => !logs.Hosts.Any(h => wanted.Matches(h.CloudId, h.Ip) || wanted.Matches(h.CloudId, h.IpV6)))
            .ToArray();
        return (missing, []);
    }

    /// <summary>Per host: a header line, then the script log, or one line per file.</summary>
    public static void WriteText(StepLogs logs, TextWriter output)
    {
        if (logs.UnknownRawJson is not null)
        {
            output.WriteLine(logs.LogType is { } logType
                ? string.Create(CultureInfo.InvariantCulture, $"log_type {logType} is not known to this version of joblogs; the data as received:")
                : "the answer has no log_type (bk-job sends none for a step that is neither script nor file); the data as received:");
            output.WriteLine(logs.UnknownRawJson);
            return;
        }

        var first = true;
        foreach (var host in logs.Hosts)
        {
            if (!first)
            {
                output.WriteLine();
            }

            first = false;
            output.Write("=== ");
            // A host without an IP (asked for by host id, IPv6-only) is named by its host id.
            output.Write(HostAddress.Describe(host.HostId, host.CloudId, host.Ip, host.IpV6));
            if (host.Ip is { Length: > 0 } && host.IpV6 is { Length: > 0 } ipv6 && ipv6 != host.Ip)
            {
                output.Write(" / ");
                output.Write(ipv6);
            }

            if (host.HostId is { } hostId && (host.Ip is { Length: > 0 } || host.IpV6 is { Length: > 0 }))
            {
                output.Write(string.Create(CultureInfo.InvariantCulture, $" (host id {hostId})"));
            }

            output.WriteLine(" ===");
            if (host.Log is { } log)
            {
                output.Write(log);
                if (log.Length > 0 && log[^1] != '\n')
                {
                    output.WriteLine();
                }
            }

            foreach (var file in host.Files ?? [])
            {
                output.WriteLine(FileLine(file));
            }
        }
    }

    /// <summary><c>download success  0:10.0.0.2:/data/1.log -> 0:10.0.0.1:/tmp/1.log  (1.0 Bytes, 0 KB/s, 100%)</c>.</summary>
    public static string FileLine(FileEntry file)
    {
        var line = new System.Text.StringBuilder();
        line.Append(ModeName(file.Mode).PadRight(8)).Append(' ').Append(StatusName(file.Status).PadRight(11)).Append(' ');
        // No source host: the file came from a file source (a COS bucket...), which its path names.
        line.Append(file.Source is null ? "file source " + (file.SourcePath ?? "?") : Endpoint(file.Source, file.SourcePath));
        if (file.Destination is not null || file.DestinationPath is not null)
        {
            line.Append(" -> ").Append(Endpoint(file.Destination, file.DestinationPath));
        }

        var facts = new[] { file.Size, file.Speed, file.Progress }.Where(f => !string.IsNullOrEmpty(f)).ToArray();
        if (facts.Length > 0)
        {
            line.Append("  (").Append(string.Join(", ", facts)).Append(')');
        }

        return line.ToString();

        static string Endpoint(HostRef? host, string? path)
            => (host is null ? "?" : HostAddress.Describe(host.HostId, host.CloudId, host.Ip)) + ":" + (path ?? "?");
    }

    /// <summary>The --json document (see README.md): one object with the step, the hosts and the hosts without logs.</summary>
    public static void WriteJson(JobLogsQuery query, StepLogs logs, Stream output)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        WriteNumberOrNull(w, "job_instance_id", logs.JobInstanceId);
        WriteNumberOrNull(w, "step_instance_id", logs.StepInstanceId);
        WriteNumberOrNull(w, "log_type", logs.LogType);
        w.WriteString("log_type_name", LogTypeName(logs.LogType));
        w.WriteStartArray("hosts");
        foreach (var host in logs.Hosts)
        {
            w.WriteStartObject();
            WriteNumberOrNull(w, "bk_host_id", host.HostId);
            WriteNumberOrNull(w, "bk_cloud_id", host.CloudId);
            w.WriteString("ip", host.Ip);
            if (host.IpV6 is not null)
            {
                w.WriteString("ipv6", host.IpV6);
            }

            if (host.Log is not null)
            {
                w.WriteString("log", host.Log);
            }

            if (host.Files is not null)
            {
                w.WriteStartArray("files");
                foreach (var file in host.Files)
                {
                    w.WriteStartObject();
                    w.WriteString("mode", file.Mode is null ? null : ModeName(file.Mode));
                    w.WriteString("status", file.Status is null ? null : StatusName(file.Status));
                    WriteHost(w, "src", file.Source);
                    w.WriteString("src_path", file.SourcePath);
                    WriteHost(w, "dest", file.Destination);
                    w.WriteString("dest_path", file.DestinationPath);
                    w.WriteString("size", file.Size);
                    w.WriteString("speed", file.Speed);
                    w.WriteString("progress", file.Progress);
                    w.WriteString("log", file.Log);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        var (missingHosts, missingIds) = Missing(query, logs);
        w.WriteStartArray("missing_hosts");
        foreach (var host in missingHosts)
        {
            w.WriteStartObject();
            w.WriteNumber("bk_cloud_id", host.CloudId);
            w.WriteString("ip", host.Ip);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("missing_host_ids");
        foreach (var id in missingIds)
        {
            w.WriteNumberValue(id);
        }

        w.WriteEndArray();
        if (logs.UnknownRawJson is not null)
        {
            w.WritePropertyName("raw");
            w.WriteRawValue(logs.UnknownRawJson, skipInputValidation: false);
        }

        w.WriteEndObject();
        w.Flush();
        output.Write("\n"u8);
    }

    private static void WriteNumberOrNull(Utf8JsonWriter w, string name, long? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteHost(Utf8JsonWriter w, string name, HostRef? host)
    {
        if (host is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        WriteNumberOrNull(w, "bk_host_id", host.HostId);
        WriteNumberOrNull(w, "bk_cloud_id", host.CloudId);
        w.WriteString("ip", host.Ip);
        w.WriteEndObject();
    }
}
