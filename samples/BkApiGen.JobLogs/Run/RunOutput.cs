// What `joblogs run` prints on stdout: each host as it finishes (text), or one JSON document at the end (--json).
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using BkApiGen.Jobs;

namespace BkApiGen.JobLogs.Run;

internal static class RunOutput
{
    public static void WriteText(BkJobHostResult host, TextWriter output)
    {
        var outcome = host.Succeeded ? "success" : $"failed ({host.Status?.ToString() ?? "no status"})";
        var exit = host.ExitCode is { } code ? string.Create(CultureInfo.InvariantCulture, $", exit {code}") : "";
        var id = host.HostId is { } hostId && host.Ip is { Length: > 0 } ? string.Create(CultureInfo.InvariantCulture, $" (host id {hostId})") : "";
        output.WriteLine($"=== {host.DisplayName}{id}: {outcome}{exit} ===");
        if (host.LogError is { } error)
        {
            output.WriteLine($"(no log: {error.Message})");
        }
        else if (host.ScriptLog is { Length: > 0 } log)
        {
            output.Write(log.EndsWith('\n') ? log : log + "\n");
        }

        output.WriteLine();
    }

    public static void WriteJson(BkJobInstance job, IReadOnlyList<BkJobHostResult> hosts, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("job_instance_id", job.JobInstanceId);
        json.WriteNumber("succeeded", hosts.Count(h => h.Succeeded));
        json.WriteNumber("failed", hosts.Count(h => !h.Succeeded));
        json.WriteStartArray("hosts");
        foreach (var host in hosts)
        {
            json.WriteStartObject();
            WriteNumber(json, "bk_host_id", host.HostId);
            WriteNumber(json, "bk_cloud_id", host.CloudId);
            if (host.Ip is { } ip)
            {
                json.WriteString("ip", ip);
            }
            else
            {
                json.WriteNull("ip");
            }

            WriteNumber(json, "step_instance_id", host.StepInstanceId);
            WriteNumber(json, "status", host.Status is { } status ? (long)status : null);
            json.WriteString("status_name", host.Status?.ToString());
            json.WriteBoolean("succeeded", host.Succeeded);
            WriteNumber(json, "exit_code", host.ExitCode);
            if (host.LogError is { } error)
            {
                json.WriteString("log_error", error.Message);
            }
            else
            {
                json.WriteString("log", host.ScriptLog);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
