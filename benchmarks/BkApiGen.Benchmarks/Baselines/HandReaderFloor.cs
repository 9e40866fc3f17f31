using System.Text.Json;
using BkApiGen.Benchmarks.JobV3;
using BkApiGen.Runtime;

namespace BkApiGen.Benchmarks.Baselines;

/// <summary>
/// The second floor (issue 14): the best reader a human can write by hand into the <b>same</b> generated record types
/// (<see cref="BkApiResponse{TData}"/>, <see cref="ScriptIpLogs"/>, <see cref="FileLog"/>, ...). One
/// <see cref="Utf8JsonReader"/> pass, no <see cref="JsonDocument"/>, no converters or options, member names compared with
/// <c>ValueTextEquals</c> on u8 literals in the order bk-job writes them, <c>log_type</c> read wherever it stands (every
/// case's members are read into locals and the case is built at the end, so there is no look-ahead), and lists collected
/// in a reusable per-type scratch array and copied once into an exactly sized array (no <see cref="List{T}"/> growth).
/// It reads what the payloads hold and what bk-job may send in them (null members, unknown members, any member order),
/// but, unlike the generated code, it has no leniency (numbers sent as strings), no member paths in its errors and no
/// unknown-<c>log_type</c> case: that is the floor's advantage, and the generated code is measured against it.
/// </summary>
public static class HandReaderFloor
{
    /// <summary>Reads a whole <c>batch_get_job_instance_ip_log</c> response.</summary>
    public static BkApiResponse<IpLogs> Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        ExpectStartObject(ref reader);
        bool? result = null;
        long code = 0;
        string? message = null, requestId = null, jobRequestId = null;
        IpLogs? data = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("result"u8))
            {
                reader.Read();
                result = reader.GetBoolean();
            }
            else if (reader.ValueTextEquals("code"u8))
            {
                reader.Read();
                code = reader.TokenType == JsonTokenType.Null ? 0 : reader.GetInt64();
            }
            else if (reader.ValueTextEquals("message"u8))
            {
                reader.Read();
                message = reader.GetString();
            }
            else if (reader.ValueTextEquals("data"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.Null || result == false)
                {
                    reader.Skip(); // an error's data may have any shape
                }
                else
                {
                    data = ReadIpLogs(ref reader);
                }
            }
            else if (reader.ValueTextEquals("job_request_id"u8))
            {
                reader.Read();
                jobRequestId = reader.GetString();
            }
            else if (reader.ValueTextEquals("request_id"u8))
            {
                reader.Read();
                requestId = reader.GetString();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new BkApiResponse<IpLogs>
        {
            HasResult = result is not null,
            Result = result ?? false,
            Code = code,
            Message = message,
            Data = data,
            HasData = data is not null,
            RequestId = requestId,
            JobRequestId = jobRequestId,
        };
    }

    /// <summary>The <c>data</c> member alone (for <see cref="Serialization.HandFloorGapBench"/>).</summary>
    internal static IpLogs ReadIpLogs(ref Utf8JsonReader reader)
    {
        ExpectStartObject(ref reader);
        long? logType = null, jobInstanceId = null, stepInstanceId = null;
        ScriptTaskLog[]? scriptTaskLogs = null;
        FileTaskLog[]? fileTaskLogs = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("log_type"u8))
            {
                reader.Read();
                logType = ReadNullableInt64(ref reader);
            }
            else if (reader.ValueTextEquals("job_instance_id"u8))
            {
                reader.Read();
                jobInstanceId = ReadNullableInt64(ref reader);
            }
            else if (reader.ValueTextEquals("step_instance_id"u8))
            {
                reader.Read();
                stepInstanceId = ReadNullableInt64(ref reader);
            }
            else if (reader.ValueTextEquals("script_task_logs"u8))
            {
                reader.Read();
                scriptTaskLogs = ReadScriptTaskLogs(ref reader);
            }
            else if (reader.ValueTextEquals("file_task_logs"u8))
            {
                reader.Read();
                fileTaskLogs = ReadFileTaskLogs(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return logType switch
        {
            1 => new ScriptIpLogs { JobInstanceId = jobInstanceId, StepInstanceId = stepInstanceId, ScriptTaskLogs = scriptTaskLogs ?? [] },
            2 => new FileIpLogs { JobInstanceId = jobInstanceId, StepInstanceId = stepInstanceId, FileTaskLogs = fileTaskLogs ?? [] },
            _ => throw new JsonException($"log_type {logType} is not 1 (script) or 2 (file)."),
        };
    }

    private static ScriptTaskLog[] ReadScriptTaskLogs(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        ExpectStartArray(ref reader);
        var scratch = Scratch<ScriptTaskLog>.Items;
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Scratch<ScriptTaskLog>.Add(ref scratch, ref count, ReadScriptTaskLog(ref reader));
        }

        return Scratch<ScriptTaskLog>.ToArray(scratch, count);
    }

    private static ScriptTaskLog ReadScriptTaskLog(ref Utf8JsonReader reader)
    {
        ExpectStartObject(ref reader);
        long? hostId = null, cloudId = null;
        string? ip = null, ipV6 = null, logContent = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("bk_host_id"u8))
            {
                reader.Read();
                hostId = ReadNullableInt64(ref reader);
            }
            else if (reader.ValueTextEquals("ip"u8))
            {
                reader.Read();
                ip = reader.GetString();
            }
            else if (reader.ValueTextEquals("bk_cloud_id"u8))
            {
                reader.Read();
                cloudId = ReadNullableInt64(ref reader);
            }
            else if (reader.ValueTextEquals("log_content"u8))
            {
                reader.Read();
                logContent = reader.GetString();
            }
            else if (reader.ValueTextEquals("ipv6"u8))
            {
                reader.Read();
                ipV6 = reader.GetString();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new ScriptTaskLog { HostId = hostId, CloudId = cloudId, Ip = ip, IpV6 = ipV6, LogContent = logContent };
    }

    private static FileTaskLog[] ReadFileTaskLogs(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        ExpectStartArray(ref reader);
        var scratch = Scratch<FileTaskLog>.Items;
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Scratch<FileTaskLog>.Add(ref scratch, ref count, ReadFileTaskLog(ref reader));
        }

        return Scratch<FileTaskLog>.ToArray(scratch, count);
    }

    private static FileTaskLog ReadFileTaskLog(ref Utf8JsonReader reader)
    {
        ExpectStartObject(ref reader);
        long? hostId = null, cloudId = null;
        string? ip = null;
        FileLog[]? fileLogs = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("bk_host_id"u8))
            {
                reader.Read();
                hostId = ReadNullableInt64(ref reader);
            }
            else if (reader.ValueTextEquals("ip"u8))
            {
                reader.Read();
                ip = reader.GetString();
            }
            else if (reader.ValueTextEquals("bk_cloud_id"u8))
            {
                reader.Read();
                cloudId = ReadNullableInt64(ref reader);
            }
            else if (reader.ValueTextEquals("file_logs"u8))
            {
                reader.Read();
                fileLogs = ReadFileLogs(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new FileTaskLog { HostId = hostId, CloudId = cloudId, Ip = ip, FileLogs = fileLogs ?? [] };
    }

    private static FileLog[] ReadFileLogs(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        ExpectStartArray(ref reader);
        var scratch = Scratch<FileLog>.Items;
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Scratch<FileLog>.Add(ref scratch, ref count, ReadFileLog(ref reader));
        }

        return Scratch<FileLog>.ToArray(scratch, count);
    }

    private static FileLog ReadFileLog(ref Utf8JsonReader reader)
    {
        ExpectStartObject(ref reader);
        FileLogMode? mode = null;
        FileLogStatus? status = null;
        Host? srcIp = null, destIp = null;
        string? srcPath = null, destPath = null, logContent = null, size = null, speed = null, process = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("mode"u8))
            {
                reader.Read();
                mode = reader.TokenType == JsonTokenType.Null ? null : (FileLogMode)reader.GetInt32();
            }
            else if (reader.ValueTextEquals("src_ip"u8))
            {
                reader.Read();
                srcIp = ReadHost(ref reader);
            }
            else if (reader.ValueTextEquals("src_path"u8))
            {
                reader.Read();
                srcPath = reader.GetString();
            }
            else if (reader.ValueTextEquals("dest_ip"u8))
            {
                reader.Read();
                destIp = ReadHost(ref reader);
            }
            else if (reader.ValueTextEquals("dest_path"u8))
            {
                reader.Read();
                destPath = reader.GetString();
            }
            else if (reader.ValueTextEquals("status"u8))
            {
                reader.Read();
                status = reader.TokenType == JsonTokenType.Null ? null : (FileLogStatus)reader.GetInt32();
            }
            else if (reader.ValueTextEquals("log_content"u8))
            {
                reader.Read();
                logContent = reader.GetString();
            }
            else if (reader.ValueTextEquals("size"u8))
            {
                reader.Read();
                size = reader.GetString();
            }
            else if (reader.ValueTextEquals("speed"u8))
            {
                reader.Read();
                speed = reader.GetString();
            }
            else if (reader.ValueTextEquals("process"u8))
            {
                reader.Read();
                process = reader.GetString();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new FileLog
        {
            Mode = mode,
            SrcIp = srcIp,
            SrcPath = srcPath,
            DestIp = destIp,
            DestPath = destPath,
            Status = status,
            LogContent = logContent,
            Size = size,
            Speed = speed,
            Process = process,
        };
    }

    private static Host? ReadHost(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        ExpectStartObject(ref reader);
        long? hostId = null, cloudId = null;
        string? ip = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("bk_host_id"u8))
            {
                reader.Read();
                hostId = ReadNullableInt64(ref reader);
            }
            else if (reader.ValueTextEquals("bk_cloud_id"u8))
            {
                reader.Read();
                cloudId = ReadNullableInt64(ref reader);
            }
            else if (reader.ValueTextEquals("ip"u8))
            {
                reader.Read();
                ip = reader.GetString();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new Host { HostId = hostId, CloudId = cloudId, Ip = ip };
    }

    private static long? ReadNullableInt64(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.GetInt64();

    private static void ExpectStartObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"expected an object, found {reader.TokenType}.");
        }
    }

    private static void ExpectStartArray(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"expected an array, found {reader.TokenType}.");
        }
    }

    /// <summary>
    /// A per-thread, per-element-type scratch array that lists are collected in (nested lists have other element types, so
    /// they never share one), then copied once into an exactly sized array and cleared, so that it keeps nothing alive.
    /// </summary>
    private static class Scratch<T>
        where T : class
    {
        [ThreadStatic]
        private static T[]? t_items;

        public static T[] Items => t_items ??= new T[32];

        public static void Add(ref T[] items, ref int count, T item)
        {
            if (count == items.Length)
            {
                Array.Resize(ref items, items.Length * 2);
                t_items = items;
            }

            items[count++] = item;
        }

        public static T[] ToArray(T[] items, int count)
        {
            if (count == 0)
            {
                return [];
            }

            var result = items.AsSpan(0, count).ToArray();
            Array.Clear(items, 0, count);
            return result;
        }
    }
}
