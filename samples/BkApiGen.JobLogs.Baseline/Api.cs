// Hand-written models of jobv3 batch_get_job_instance_ip_log and a System.Text.Json source-generated context:
// what an expert writes without BkApiGen. log_type picks the record through STJ's own polymorphism.
using System.Text.Json.Serialization;

namespace BkApiGen.JobLogs.Baseline;

internal sealed record IpLogRequest
{
    // ESB only: the legacy ESB reads the credentials from the body.
    [JsonPropertyName("bk_app_code")]
    public string? AppCode { get; init; }

    [JsonPropertyName("bk_app_secret")]
    public string? AppSecret { get; init; }

    [JsonPropertyName("bk_token")]
    public string? Token { get; init; }

    [JsonPropertyName("bk_username")]
    public string? Username { get; init; }

    [JsonPropertyName("bk_scope_type")]
    public string? ScopeType { get; init; }

    [JsonPropertyName("bk_scope_id")]
    public string? ScopeId { get; init; }

    [JsonPropertyName("bk_biz_id")]
    public long? BizId { get; init; }

    [JsonPropertyName("job_instance_id")]
    public long JobInstanceId { get; init; }

    [JsonPropertyName("step_instance_id")]
    public long StepInstanceId { get; init; }

    [JsonPropertyName("host_id_list")]
    public IReadOnlyList<long>? HostIdList { get; init; }

    [JsonPropertyName("ip_list")]
    public IReadOnlyList<HostIp>? IpList { get; init; }
}

internal sealed record HostIp(
    [property: JsonPropertyName("bk_host_id")] long? HostId,
    [property: JsonPropertyName("bk_cloud_id")] long CloudId,
    [property: JsonPropertyName("ip")] string Ip);

/// <summary>The X-Bkapi-Authorization header of the API gateway.</summary>
internal sealed record GatewayAuthorization(
    [property: JsonPropertyName("bk_app_code")] string AppCode,
    [property: JsonPropertyName("bk_app_secret")] string AppSecret,
    [property: JsonPropertyName("bk_token")] string? Token,
    [property: JsonPropertyName("bk_username")] string? Username);

internal sealed record Envelope<T>
{
    [JsonPropertyName("result")]
    public bool? Result { get; init; }

    [JsonPropertyName("code")]
    public long Code { get; init; }

    [JsonPropertyName("code_name")]
    public string? CodeName { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }

    [JsonPropertyName("data")]
    public T? Data { get; init; }

    [JsonPropertyName("request_id")]
    public string? RequestId { get; init; }

    [JsonPropertyName("job_request_id")]
    public string? JobRequestId { get; init; }
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "log_type")]
[JsonDerivedType(typeof(ScriptIpLogs), 1)]
[JsonDerivedType(typeof(FileIpLogs), 2)]
internal abstract record IpLogs
{
    [JsonPropertyName("job_instance_id")]
    public long? JobInstanceId { get; init; }

    /// <summary>Older servers (and the ESB doc's example) call it task_instance_id.</summary>
    [JsonPropertyName("task_instance_id")]
    public long? TaskInstanceId { get; init; }

    [JsonPropertyName("step_instance_id")]
    public long? StepInstanceId { get; init; }
}

internal sealed record ScriptIpLogs : IpLogs
{
    [JsonPropertyName("script_task_logs")]
    public IReadOnlyList<ScriptTaskLog> ScriptTaskLogs { get; init; } = [];
}

internal sealed record FileIpLogs : IpLogs
{
    [JsonPropertyName("file_task_logs")]
    public IReadOnlyList<FileTaskLog> FileTaskLogs { get; init; } = [];
}

internal sealed record ScriptTaskLog(
    [property: JsonPropertyName("bk_host_id")] long? HostId,
    [property: JsonPropertyName("bk_cloud_id")] long CloudId,
    [property: JsonPropertyName("ip")] string Ip,
    [property: JsonPropertyName("ipv6")] string? IpV6,
    [property: JsonPropertyName("log_content")] string? LogContent);

internal sealed record FileTaskLog(
    [property: JsonPropertyName("bk_host_id")] long? HostId,
    [property: JsonPropertyName("bk_cloud_id")] long CloudId,
    [property: JsonPropertyName("ip")] string Ip,
    [property: JsonPropertyName("file_logs")] IReadOnlyList<FileLog>? FileLogs);

internal sealed record FileLog(
    [property: JsonPropertyName("mode")] int Mode,
    [property: JsonPropertyName("src_ip")] HostIp? SrcIp,
    [property: JsonPropertyName("src_path")] string? SrcPath,
    [property: JsonPropertyName("dest_ip")] HostIp? DestIp,
    [property: JsonPropertyName("dest_path")] string? DestPath,
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("log_content")] string? LogContent,
    [property: JsonPropertyName("size")] string? Size,
    [property: JsonPropertyName("speed")] string? Speed,
    [property: JsonPropertyName("process")] string? Process);

[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowOutOfOrderMetadataProperties = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(IpLogRequest))]
[JsonSerializable(typeof(GatewayAuthorization))]
[JsonSerializable(typeof(Envelope<IpLogs>))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext;
