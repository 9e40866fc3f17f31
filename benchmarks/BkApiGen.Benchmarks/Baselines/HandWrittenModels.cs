using System.Text.Json;
using System.Text.Json.Serialization;
using NsJsonProperty = Newtonsoft.Json.JsonPropertyAttribute;

namespace BkApiGen.Benchmarks.Baselines;

// What an expert would write by hand for batch_get_job_instance_ip_log with System.Text.Json: the same shapes and the same
// required members as the generated types (STJ enforces C# `required` while reading), int enums as numbers, and STJ's own
// polymorphism on the int discriminator log_type. The same leaf types carry Newtonsoft attributes too; Newtonsoft, which has
// no polymorphism on a discriminator without a custom JObject-buffering converter, reads the flat NsIpLogs instead (its
// most favourable setup).

/// <summary>The BlueKing envelope.</summary>
public sealed class HwEnvelope<TData>
{
    [JsonPropertyName("result"), NsJsonProperty("result")]
    public bool Result { get; init; }

    [JsonPropertyName("code"), NsJsonProperty("code")]
    public long Code { get; init; }

    [JsonPropertyName("message"), NsJsonProperty("message")]
    public string? Message { get; init; }

    [JsonPropertyName("data"), NsJsonProperty("data")]
    public TData? Data { get; init; }

    [JsonPropertyName("permission"), NsJsonProperty("permission")]
    public JsonElement? Permission { get; init; }

    [JsonPropertyName("request_id"), NsJsonProperty("request_id")]
    public string? RequestId { get; init; }

    [JsonPropertyName("job_request_id"), NsJsonProperty("job_request_id")]
    public string? JobRequestId { get; init; }
}

/// <summary>log_type.</summary>
public enum HwLogType
{
    /// <summary>Script logs.</summary>
    Script = 1,

    /// <summary>File logs.</summary>
    File = 2,
}

/// <summary>file_log.mode.</summary>
public enum HwFileLogMode
{
    /// <summary>Upload.</summary>
    Upload = 0,

    /// <summary>Download.</summary>
    Download = 1,
}

/// <summary>file_log.status.</summary>
public enum HwFileLogStatus
{
    /// <summary>Pulling.</summary>
    PullingFromFileSource = 0,

    /// <summary>Waiting.</summary>
    Waiting = 1,

    /// <summary>Uploading.</summary>
    Uploading = 2,

    /// <summary>Downloading.</summary>
    Downloading = 3,

    /// <summary>Success.</summary>
    Success = 4,

    /// <summary>Failed.</summary>
    Failed = 5,
}

/// <summary>ip_logs, polymorphic on log_type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "log_type")]
[JsonDerivedType(typeof(HwScriptIpLogs), 1)]
[JsonDerivedType(typeof(HwFileIpLogs), 2)]
public abstract record HwIpLogs
{
    [JsonPropertyName("job_instance_id")]
    public long? JobInstanceId { get; init; }

    [JsonPropertyName("step_instance_id")]
    public long? StepInstanceId { get; init; }
}

/// <summary>log_type 1.</summary>
public sealed record HwScriptIpLogs : HwIpLogs
{
    [JsonPropertyName("script_task_logs")]
    public List<HwScriptTaskLog> ScriptTaskLogs { get; init; } = [];
}

/// <summary>log_type 2.</summary>
public sealed record HwFileIpLogs : HwIpLogs
{
    [JsonPropertyName("file_task_logs")]
    public List<HwFileTaskLog> FileTaskLogs { get; init; } = [];
}

/// <summary>Newtonsoft's view of ip_logs: every case's members on one class.</summary>
public sealed class NsIpLogs
{
    [NsJsonProperty("log_type")]
    public HwLogType LogType { get; set; }

    [NsJsonProperty("job_instance_id")]
    public long? JobInstanceId { get; set; }

    [NsJsonProperty("step_instance_id")]
    public long? StepInstanceId { get; set; }

    [NsJsonProperty("script_task_logs")]
    public List<HwScriptTaskLog>? ScriptTaskLogs { get; set; }

    [NsJsonProperty("file_task_logs")]
    public List<HwFileTaskLog>? FileTaskLogs { get; set; }
}

/// <summary>script_task_log.</summary>
public sealed record HwScriptTaskLog
{
    [JsonPropertyName("bk_host_id"), NsJsonProperty("bk_host_id")]
    public long? HostId { get; init; }

    [JsonPropertyName("bk_cloud_id"), NsJsonProperty("bk_cloud_id")]
    public required long CloudId { get; init; }

    [JsonPropertyName("ip"), NsJsonProperty("ip")]
    public required string Ip { get; init; }

    [JsonPropertyName("ipv6"), NsJsonProperty("ipv6")]
    public string? IpV6 { get; init; }

    [JsonPropertyName("log_content"), NsJsonProperty("log_content")]
    public required string LogContent { get; init; }
}

/// <summary>file_task_log.</summary>
public sealed record HwFileTaskLog
{
    [JsonPropertyName("bk_host_id"), NsJsonProperty("bk_host_id")]
    public long? HostId { get; init; }

    [JsonPropertyName("bk_cloud_id"), NsJsonProperty("bk_cloud_id")]
    public required long CloudId { get; init; }

    [JsonPropertyName("ip"), NsJsonProperty("ip")]
    public required string Ip { get; init; }

    [JsonPropertyName("file_logs"), NsJsonProperty("file_logs")]
    public List<HwFileLog> FileLogs { get; init; } = [];
}

/// <summary>file_log.</summary>
public sealed record HwFileLog
{
    [JsonPropertyName("mode"), NsJsonProperty("mode")]
    public required HwFileLogMode Mode { get; init; }

    [JsonPropertyName("src_ip"), NsJsonProperty("src_ip")]
    public required HwHost SrcIp { get; init; }

    [JsonPropertyName("src_path"), NsJsonProperty("src_path")]
    public string? SrcPath { get; init; }

    [JsonPropertyName("dest_ip"), NsJsonProperty("dest_ip")]
    public HwHost? DestIp { get; init; }

    [JsonPropertyName("dest_path"), NsJsonProperty("dest_path")]
    public string? DestPath { get; init; }

    [JsonPropertyName("status"), NsJsonProperty("status")]
    public required HwFileLogStatus Status { get; init; }

    [JsonPropertyName("log_content"), NsJsonProperty("log_content")]
    public string? LogContent { get; init; }

    [JsonPropertyName("size"), NsJsonProperty("size")]
    public string? Size { get; init; }

    [JsonPropertyName("speed"), NsJsonProperty("speed")]
    public string? Speed { get; init; }

    [JsonPropertyName("process"), NsJsonProperty("process")]
    public string? Process { get; init; }
}

/// <summary>ip (a host).</summary>
public sealed record HwHost
{
    [JsonPropertyName("bk_host_id"), NsJsonProperty("bk_host_id")]
    public long? HostId { get; init; }

    [JsonPropertyName("bk_cloud_id"), NsJsonProperty("bk_cloud_id")]
    public required long CloudId { get; init; }

    [JsonPropertyName("ip"), NsJsonProperty("ip")]
    public required string Ip { get; init; }
}

/// <summary>The request, members in the generated writer's order; the scope type as its wire string.</summary>
public sealed record HwRequest
{
    [JsonPropertyName("bk_scope_type"), NsJsonProperty("bk_scope_type")]
    public string? ScopeType { get; init; }

    [JsonPropertyName("bk_scope_id"), NsJsonProperty("bk_scope_id")]
    public string? ScopeId { get; init; }

    [JsonPropertyName("bk_biz_id"), NsJsonProperty("bk_biz_id")]
    public long? BizId { get; init; }

    [JsonPropertyName("job_instance_id"), NsJsonProperty("job_instance_id")]
    public required long JobInstanceId { get; init; }

    [JsonPropertyName("step_instance_id"), NsJsonProperty("step_instance_id")]
    public required long StepInstanceId { get; init; }

    [JsonPropertyName("host_id_list"), NsJsonProperty("host_id_list")]
    public List<long>? HostIdList { get; init; }

    [JsonPropertyName("ip_list"), NsJsonProperty("ip_list")]
    public List<HwHost>? IpList { get; init; }
}

/// <summary>
/// The expert's baseline: STJ's source generator, with polymorphism on the int discriminator and
/// <c>AllowOutOfOrderMetadataProperties</c> (bk-job puts log_type first, but JSON does not promise member order).
/// </summary>
[JsonSourceGenerationOptions(
    AllowOutOfOrderMetadataProperties = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HwEnvelope<HwIpLogs>))]
[JsonSerializable(typeof(HwRequest))]
public sealed partial class HwJsonContext : JsonSerializerContext;

/// <summary>The request only, with the serialization fast path (<c>JsonSourceGenerationMode.Serialization</c>).</summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Serialization,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HwRequest))]
public sealed partial class HwFastPathJsonContext : JsonSerializerContext;

/// <summary>Options for the reflection runs (same settings as the contexts above, metadata by reflection).</summary>
public static class HwReflection
{
    /// <summary>Reflection-based options.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            AllowOutOfOrderMetadataProperties = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };
        options.MakeReadOnly();
        return options;
    }
}
