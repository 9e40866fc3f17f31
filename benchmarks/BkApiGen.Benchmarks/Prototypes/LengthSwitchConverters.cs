using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BkApiGen.Benchmarks.JobV3;
using BkApiGen.Runtime;
using BkApiGen.Runtime.Serialization;

namespace BkApiGen.Benchmarks.Prototypes;

// PROTOTYPE of a proposed change to the generator's object converter template (docs/performance.md, "member dispatch").
// The generated Read loop finds a member with an if/else chain of reader.ValueTextEquals("name"u8): the k-th member of an
// object costs k comparisons, and each ValueTextEquals re-checks HasValueSequence/ValueIsEscaped and the length. file_log
// has 10 members (55 comparisons per entry when all are present). These converters, written as the template would emit
// them, switch on the name's length first and compare only the few names of that length (SequenceEqual on the raw span);
// an escaped or split name (rare: never from bk-job) takes the generated chain unchanged. Everything else (null checks,
// required members, messages, lenient scalars) is the generated code's, through the same BkJson helpers.

/// <summary>Member lookup helpers the proposed template would use.</summary>
internal static class MemberName
{
    /// <summary>The raw name when it can be compared as bytes; empty (length 0, never a member) when escaped or split.</summary>
    public static ReadOnlySpan<byte> Raw(ref Utf8JsonReader reader) => reader.HasValueSequence || reader.ValueIsEscaped ? default : reader.ValueSpan;
}

/// <summary>ip (Host), length-switch dispatch.</summary>
public sealed class LengthSwitchHostConverter : JsonConverter<Host>
{
    /// <summary>The instance.</summary>
    public static readonly LengthSwitchHostConverter Instance = new();

    /// <inheritdoc />
    public override Host Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        BkJson.ExpectStartObject(ref reader, "ip");
        long? hostIdValue = default;
        long cloudIdValue = default;
        var hasCloudId = false;
        string ipValue = default!;
        var hasIp = false;
        while (true)
        {
            BkJson.ReadValue(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var name = MemberName.Raw(ref reader);
            var member = name.Length switch
            {
                2 when name.SequenceEqual("ip"u8) => 3,
                10 when name.SequenceEqual("bk_host_id"u8) => 1,
                11 when name.SequenceEqual("bk_cloud_id"u8) => 2,
                0 => reader.ValueTextEquals("bk_host_id"u8) ? 1 : reader.ValueTextEquals("bk_cloud_id"u8) ? 2 : reader.ValueTextEquals("ip"u8) ? 3 : 0,
                _ => 0,
            };
            BkJson.ReadValue(ref reader);
            switch (member)
            {
                case 1:
                    hostIdValue = reader.TokenType == JsonTokenType.Null ? null : BkJson.ReadInt64(ref reader, "ip.bk_host_id");
                    break;
                case 2:
                    if (reader.TokenType == JsonTokenType.Null)
                    {
                        throw BkJson.Null("ip.bk_cloud_id");
                    }

                    cloudIdValue = BkJson.ReadInt64(ref reader, "ip.bk_cloud_id");
                    hasCloudId = true;
                    break;
                case 3:
                    if (reader.TokenType == JsonTokenType.Null)
                    {
                        throw BkJson.Null("ip.ip");
                    }

                    ipValue = BkJson.ReadString(ref reader, "ip.ip");
                    hasIp = true;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (!hasCloudId)
        {
            throw BkJson.Missing("ip.bk_cloud_id");
        }

        if (!hasIp)
        {
            throw BkJson.Missing("ip.ip");
        }

        return new Host { HostId = hostIdValue, CloudId = cloudIdValue, Ip = ipValue };
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Host value, JsonSerializerOptions options) => throw new NotSupportedException();
}

/// <summary>file_log, length-switch dispatch.</summary>
public sealed class LengthSwitchFileLogConverter : JsonConverter<FileLog>
{
    /// <summary>The instance.</summary>
    public static readonly LengthSwitchFileLogConverter Instance = new();

    private enum M
    {
        Unknown,
        Mode,
        SrcIp,
        SrcPath,
        DestIp,
        DestPath,
        Status,
        LogContent,
        Size,
        Speed,
        Process,
    }

    /// <inheritdoc />
    public override FileLog Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        BkJson.ExpectStartObject(ref reader, "file_log");
        FileLogMode modeValue = default;
        var hasMode = false;
        Host srcIpValue = default!;
        var hasSrcIp = false;
        string? srcPathValue = default;
        Host? destIpValue = default;
        string? destPathValue = default;
        FileLogStatus statusValue = default;
        var hasStatus = false;
        string? logContentValue = default;
        string? sizeValue = default;
        string? speedValue = default;
        string? processValue = default;
        while (true)
        {
            BkJson.ReadValue(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var name = MemberName.Raw(ref reader);
            var member = name.Length switch
            {
                4 => name.SequenceEqual("mode"u8) ? M.Mode : name.SequenceEqual("size"u8) ? M.Size : M.Unknown,
                5 => name.SequenceEqual("speed"u8) ? M.Speed : M.Unknown,
                6 => name.SequenceEqual("src_ip"u8) ? M.SrcIp : name.SequenceEqual("status"u8) ? M.Status : M.Unknown,
                7 => name.SequenceEqual("dest_ip"u8) ? M.DestIp : name.SequenceEqual("process"u8) ? M.Process : M.Unknown,
                8 => name.SequenceEqual("src_path"u8) ? M.SrcPath : M.Unknown,
                9 => name.SequenceEqual("dest_path"u8) ? M.DestPath : M.Unknown,
                11 => name.SequenceEqual("log_content"u8) ? M.LogContent : M.Unknown,
                0 => Slow(ref reader),
                _ => M.Unknown,
            };
            BkJson.ReadValue(ref reader);
            switch (member)
            {
                case M.Mode:
                    if (reader.TokenType == JsonTokenType.Null)
                    {
                        throw BkJson.Null("file_log.mode");
                    }

                    modeValue = (FileLogMode)BkJson.ReadInt32(ref reader, "file_log_mode");
                    hasMode = true;
                    break;
                case M.SrcIp:
                    if (reader.TokenType == JsonTokenType.Null)
                    {
                        throw BkJson.Null("file_log.src_ip");
                    }

                    srcIpValue = LengthSwitchHostConverter.Instance.Read(ref reader, typeof(Host), options);
                    hasSrcIp = true;
                    break;
                case M.SrcPath:
                    srcPathValue = reader.TokenType == JsonTokenType.Null ? null : BkJson.ReadString(ref reader, "file_log.src_path");
                    break;
                case M.DestIp:
                    destIpValue = reader.TokenType == JsonTokenType.Null ? null : LengthSwitchHostConverter.Instance.Read(ref reader, typeof(Host), options);
                    break;
                case M.DestPath:
                    destPathValue = reader.TokenType == JsonTokenType.Null ? null : BkJson.ReadString(ref reader, "file_log.dest_path");
                    break;
                case M.Status:
                    if (reader.TokenType == JsonTokenType.Null)
                    {
                        throw BkJson.Null("file_log.status");
                    }

                    statusValue = (FileLogStatus)BkJson.ReadInt32(ref reader, "file_log_status");
                    hasStatus = true;
                    break;
                case M.LogContent:
                    logContentValue = reader.TokenType == JsonTokenType.Null ? null : BkJson.ReadString(ref reader, "file_log.log_content");
                    break;
                case M.Size:
                    sizeValue = reader.TokenType == JsonTokenType.Null ? null : BkJson.ReadString(ref reader, "file_log.size");
                    break;
                case M.Speed:
                    speedValue = reader.TokenType == JsonTokenType.Null ? null : BkJson.ReadString(ref reader, "file_log.speed");
                    break;
                case M.Process:
                    processValue = reader.TokenType == JsonTokenType.Null ? null : BkJson.ReadString(ref reader, "file_log.process");
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (!hasMode)
        {
            throw BkJson.Missing("file_log.mode");
        }

        if (!hasSrcIp)
        {
            throw BkJson.Missing("file_log.src_ip");
        }

        if (!hasStatus)
        {
            throw BkJson.Missing("file_log.status");
        }

        return new FileLog
        {
            Mode = modeValue,
            SrcIp = srcIpValue,
            SrcPath = srcPathValue,
            DestIp = destIpValue,
            DestPath = destPathValue,
            Status = statusValue,
            LogContent = logContentValue,
            Size = sizeValue,
            Speed = speedValue,
            Process = processValue,
        };
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, FileLog value, JsonSerializerOptions options) => throw new NotSupportedException();

    private static M Slow(ref Utf8JsonReader reader)
        => reader.ValueTextEquals("mode"u8) ? M.Mode
            : reader.ValueTextEquals("src_ip"u8) ? M.SrcIp
            : reader.ValueTextEquals("src_path"u8) ? M.SrcPath
            : reader.ValueTextEquals("dest_ip"u8) ? M.DestIp
            : reader.ValueTextEquals("dest_path"u8) ? M.DestPath
            : reader.ValueTextEquals("status"u8) ? M.Status
            : reader.ValueTextEquals("log_content"u8) ? M.LogContent
            : reader.ValueTextEquals("size"u8) ? M.Size
            : reader.ValueTextEquals("speed"u8) ? M.Speed
            : reader.ValueTextEquals("process"u8) ? M.Process
            : M.Unknown;
}

/// <summary>file_task_log, length-switch dispatch, over the length-switch file_log converter.</summary>
public sealed class LengthSwitchFileTaskLogConverter : JsonConverter<FileTaskLog>
{
    /// <summary>The instance.</summary>
    public static readonly LengthSwitchFileTaskLogConverter Instance = new();

    /// <inheritdoc />
    public override FileTaskLog Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        BkJson.ExpectStartObject(ref reader, "file_task_log");
        long? hostIdValue = default;
        long cloudIdValue = default;
        var hasCloudId = false;
        string ipValue = default!;
        var hasIp = false;
        IReadOnlyList<FileLog> fileLogsValue = [];
        while (true)
        {
            BkJson.ReadValue(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var name = MemberName.Raw(ref reader);
            var member = name.Length switch
            {
                2 when name.SequenceEqual("ip"u8) => 3,
                9 when name.SequenceEqual("file_logs"u8) => 4,
                10 when name.SequenceEqual("bk_host_id"u8) => 1,
                11 when name.SequenceEqual("bk_cloud_id"u8) => 2,
                0 => reader.ValueTextEquals("bk_host_id"u8) ? 1 : reader.ValueTextEquals("bk_cloud_id"u8) ? 2 : reader.ValueTextEquals("ip"u8) ? 3 : reader.ValueTextEquals("file_logs"u8) ? 4 : 0,
                _ => 0,
            };
            BkJson.ReadValue(ref reader);
            switch (member)
            {
                case 1:
                    hostIdValue = reader.TokenType == JsonTokenType.Null ? null : BkJson.ReadInt64(ref reader, "file_task_log.bk_host_id");
                    break;
                case 2:
                    if (reader.TokenType == JsonTokenType.Null)
                    {
                        throw BkJson.Null("file_task_log.bk_cloud_id");
                    }

                    cloudIdValue = BkJson.ReadInt64(ref reader, "file_task_log.bk_cloud_id");
                    hasCloudId = true;
                    break;
                case 3:
                    if (reader.TokenType == JsonTokenType.Null)
                    {
                        throw BkJson.Null("file_task_log.ip");
                    }

                    ipValue = BkJson.ReadString(ref reader, "file_task_log.ip");
                    hasIp = true;
                    break;
                case 4:
                    fileLogsValue = reader.TokenType == JsonTokenType.Null ? [] : BkJson.ReadList(ref reader, LengthSwitchFileLogConverter.Instance, options, "file_task_log.file_logs");
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (!hasCloudId)
        {
            throw BkJson.Missing("file_task_log.bk_cloud_id");
        }

        if (!hasIp)
        {
            throw BkJson.Missing("file_task_log.ip");
        }

        return new FileTaskLog { HostId = hostIdValue, CloudId = cloudIdValue, Ip = ipValue, FileLogs = fileLogsValue };
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, FileTaskLog value, JsonSerializerOptions options) => throw new NotSupportedException();
}

/// <summary>The envelope over the one-pass union and the length-switch file converters (the script path is unchanged).</summary>
public static class LengthSwitchMetadata
{
    /// <summary>The response metadata.</summary>
    public static JsonTypeInfo<BkApiResponse<IpLogs>> Response { get; } = Create();

    private static JsonTypeInfo<BkApiResponse<IpLogs>> Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General) { TypeInfoResolver = BatchGetJobInstanceIpLogJsonContext.Default };
        var union = new OnePassIpLogsConverter((JsonConverter<ScriptTaskLog>)BatchGetJobInstanceIpLogJsonContext.Default.ScriptTaskLog.Converter, LengthSwitchFileTaskLogConverter.Instance);
        var info = JsonMetadataServices.CreateValueInfo<BkApiResponse<IpLogs>>(options, new BkApiResponseConverter<IpLogs>(union));
        options.MakeReadOnly();
        return info;
    }
}
