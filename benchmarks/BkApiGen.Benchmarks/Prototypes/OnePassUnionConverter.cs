using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BkApiGen.Benchmarks.JobV3;
using BkApiGen.Runtime;
using BkApiGen.Runtime.Serialization;

namespace BkApiGen.Benchmarks.Prototypes;

/// <summary>
/// PROTOTYPE of a proposed change to the generator's union converter template (docs/performance.md, "discriminator
/// look-ahead"). The generated <c>IpLogsJsonConverter</c> first scans the object on a copy of the reader until it finds
/// <c>log_type</c> (<c>BkJson.TryPeekInt64</c>), then reads it again with the case's converter: when <c>log_type</c> comes
/// after the host list, every token of the data is read twice. This variant reads the object once: the members common to
/// all cases go into locals; a member that belongs to exactly one case (<c>script_task_logs</c>, <c>file_task_logs</c>) is
/// read with that case's element converter at once (when log_type is not known yet, as a speculation on that case); the
/// record is built at the end from the discriminator. A wrong speculation (log_type of another or an unknown case, or a
/// member that does not have the case's shape) rewinds the reader to <c>{</c> (a struct copy) and runs the generated
/// converter, so the results, errors and <c>Unknown…</c> raw JSON are exactly the generated converter's. The common case,
/// log_type first, costs nothing extra.
/// </summary>
public sealed class OnePassIpLogsConverter : JsonConverter<IpLogs>
{
    private readonly JsonConverter<ScriptTaskLog> _scriptTaskLog;
    private readonly JsonConverter<FileTaskLog> _fileTaskLog;

    /// <summary>Uses the generated element converters (through the generated context's public metadata).</summary>
    public OnePassIpLogsConverter(BatchGetJobInstanceIpLogJsonContext context)
        : this((JsonConverter<ScriptTaskLog>)context.ScriptTaskLog.Converter, (JsonConverter<FileTaskLog>)context.FileTaskLog.Converter)
    {
    }

    /// <summary>Uses the given element converters.</summary>
    public OnePassIpLogsConverter(JsonConverter<ScriptTaskLog> scriptTaskLog, JsonConverter<FileTaskLog> fileTaskLog)
    {
        _scriptTaskLog = scriptTaskLog;
        _fileTaskLog = fileTaskLog;
    }

    /// <inheritdoc />
    public override IpLogs Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        BkJson.ExpectStartObject(ref reader, "ip_logs");
        var start = reader;
        long? jobInstanceId = null, stepInstanceId = null, discriminator = null;
        List<ScriptTaskLog>? scriptTaskLogs = null;
        List<FileTaskLog>? fileTaskLogs = null;
        long? speculated = null;
        while (true)
        {
            BkJson.ReadValue(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            if (reader.ValueTextEquals("log_type"u8))
            {
                BkJson.ReadValue(ref reader);
                discriminator = reader.TokenType == JsonTokenType.Null ? null : BkJson.ReadInt64(ref reader, "ip_logs.log_type");
            }
            else if (reader.ValueTextEquals("job_instance_id"u8) || reader.ValueTextEquals("task_instance_id"u8))
            {
                BkJson.ReadValue(ref reader);
                jobInstanceId = reader.TokenType == JsonTokenType.Null ? null : BkJson.ReadInt64(ref reader, "ip_logs.job_instance_id");
            }
            else if (reader.ValueTextEquals("step_instance_id"u8))
            {
                BkJson.ReadValue(ref reader);
                stepInstanceId = reader.TokenType == JsonTokenType.Null ? null : BkJson.ReadInt64(ref reader, "ip_logs.step_instance_id");
            }
            else if (reader.ValueTextEquals("script_task_logs"u8) && discriminator is null or 1)
            {
                BkJson.ReadValue(ref reader);
                if (discriminator is null)
                {
                    // Speculation: log_type not seen yet, this member says case 1. Wrong guesses rewind (below).
                    speculated ??= 1;
                    if (speculated != 1 || !TryRead(ref reader, _scriptTaskLog, options, "script_ip_logs.script_task_logs", out scriptTaskLogs))
                    {
                        return Rewind(ref reader, start, options);
                    }
                }
                else
                {
                    scriptTaskLogs = reader.TokenType == JsonTokenType.Null ? null : BkJson.ReadList(ref reader, _scriptTaskLog, options, "script_ip_logs.script_task_logs");
                }
            }
            else if (reader.ValueTextEquals("file_task_logs"u8) && discriminator is null or 2)
            {
                BkJson.ReadValue(ref reader);
                if (discriminator is null)
                {
                    speculated ??= 2;
                    if (speculated != 2 || !TryRead(ref reader, _fileTaskLog, options, "file_ip_logs.file_task_logs", out fileTaskLogs))
                    {
                        return Rewind(ref reader, start, options);
                    }
                }
                else
                {
                    fileTaskLogs = reader.TokenType == JsonTokenType.Null ? null : BkJson.ReadList(ref reader, _fileTaskLog, options, "file_ip_logs.file_task_logs");
                }
            }
            else
            {
                // Unknown members, and the members of a case the discriminator (seen first) excludes.
                BkJson.ReadValue(ref reader);
                reader.Skip();
            }
        }

        if (speculated is not null && discriminator != speculated)
        {
            // A case member came before a log_type of another (or unknown) case: do exactly what the generated converter does.
            return Rewind(ref reader, start, options);
        }

        switch (discriminator)
        {
            case null:
                throw BkJson.MissingDiscriminator("ip_logs", "log_type");
            case 1:
                return new ScriptIpLogs { JobInstanceId = jobInstanceId, StepInstanceId = stepInstanceId, ScriptTaskLogs = scriptTaskLogs ?? [] };
            case 2:
                return new FileIpLogs { JobInstanceId = jobInstanceId, StepInstanceId = stepInstanceId, FileTaskLogs = fileTaskLogs ?? [] };
            default:
                // Rare: keep the raw JSON exactly as the generated converter does.
                return new UnknownIpLogs((LogType)discriminator.Value, JsonElement.ParseValue(ref start))
                {
                    JobInstanceId = jobInstanceId,
                    StepInstanceId = stepInstanceId,
                };
        }
    }

    private static bool TryRead<T>(ref Utf8JsonReader reader, JsonConverter<T> element, JsonSerializerOptions options, string member, out List<T>? list)
    {
        list = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        try
        {
            list = BkJson.ReadList(ref reader, element, options, member);
            return true;
        }
        catch (JsonException)
        {
            // Not this case's shape: the generated path decides (it may skip the member, or report the right error).
            return false;
        }
    }

    private static IpLogs Rewind(ref Utf8JsonReader reader, Utf8JsonReader start, JsonSerializerOptions options)
    {
        reader = start;
        return ((JsonConverter<IpLogs>)BatchGetJobInstanceIpLogJsonContext.Default.IpLogs.Converter).Read(ref reader, typeof(IpLogs), options)!;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IpLogs value, JsonSerializerOptions options)
        => ((JsonConverter<IpLogs>)BatchGetJobInstanceIpLogJsonContext.Default.IpLogs.Converter).Write(writer, value, options);
}

/// <summary>A context-free <see cref="JsonTypeInfo{T}"/> of the envelope over the one-pass union converter.</summary>
public static class OnePassMetadata
{
    /// <summary>The response metadata, as the generated context would build it with the proposed template.</summary>
    public static JsonTypeInfo<BkApiResponse<IpLogs>> Response { get; } = Create();

    private static JsonTypeInfo<BkApiResponse<IpLogs>> Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General) { TypeInfoResolver = BatchGetJobInstanceIpLogJsonContext.Default };
        var converter = new BkApiResponseConverter<IpLogs>(new OnePassIpLogsConverter(BatchGetJobInstanceIpLogJsonContext.Default));
        var info = JsonMetadataServices.CreateValueInfo<BkApiResponse<IpLogs>>(options, converter);
        options.MakeReadOnly();
        return info;
    }
}
