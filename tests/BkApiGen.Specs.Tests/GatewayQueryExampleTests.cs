using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using BkApiGen.Runtime;
using BkApiGen.Specs.Tests.JobV3;

namespace BkApiGen.Specs.Tests;

/// <summary>
/// The gateway docs' GET examples are query strings. Each one, read into the request type (query values are text: the
/// generated readers take numbers and enum codes from strings), must pass <c>Validate()</c> and give back the same
/// parameters when written out as the runtime writes a GET query (members as text, lists comma-separated, nulls left out).
/// </summary>
public sealed class GatewayQueryExampleTests
{
    /// <summary>get_job_instance_status on the gateway: <c>GET /api/v3/get_job_instance_status?...&amp;return_ip_result=true</c>.</summary>
    [Fact]
    public void Get_job_instance_status_query()
    {
        var request = RoundTrip("get_job_instance_status.apigw.request.query", JobV3Client.GetJobInstanceStatusOperation,
            GetJobInstanceStatusJsonContext.Default.GetJobInstanceStatusRequest, r => r.Validate());

        Assert.Equal(100, request.JobInstanceId);
        Assert.True(request.ReturnIpResult);
    }

    /// <summary>get_job_instance_ip_log on the gateway: the host by bk_cloud_id + ip.</summary>
    [Fact]
    public void Get_job_instance_ip_log_query()
    {
        var request = RoundTrip("get_job_instance_ip_log.apigw.request.query", JobV3Client.GetJobInstanceIpLogOperation,
            GetJobInstanceIpLogJsonContext.Default.GetJobInstanceIpLogRequest, r => r.Validate());

        Assert.Equal(50, request.JobInstanceId);
        Assert.Equal(100, request.StepInstanceId);
        Assert.Null(request.HostId);
        Assert.Equal(0, request.CloudId);
        Assert.Equal("127.0.0.1", request.Ip);
    }

    private static T RoundTrip<T>(string file, BkApiOperation operation, JsonTypeInfo<T> info, Action<T> validate)
        where T : class
    {
        var text = Examples.Text(file).Trim();
        Assert.StartsWith(operation.GatewayPath + "?", text, StringComparison.Ordinal);
        Assert.Equal(HttpMethod.Get, operation.Method);
        var parameters = Parse(text.Substring(text.IndexOf('?', StringComparison.Ordinal) + 1));

        var json = new JsonObject();
        foreach (var (name, value) in parameters)
        {
            json[name] = value is "true" or "false" ? JsonValue.Create(value == "true") : JsonValue.Create(value);
        }

        var request = JsonSerializer.Deserialize(json.ToJsonString(), info);
        Assert.NotNull(request);
        validate(request);

        var written = JsonNode.Parse(JsonSerializer.Serialize(request, info))!.AsObject();
        var back = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in written)
        {
            switch (value)
            {
                case null:
                    break;
                case JsonArray list:
                    back[name] = string.Join(",", list.Select(Scalar));
                    break;
                default:
                    back[name] = Scalar(value);
                    break;
            }
        }

        Assert.Equal(parameters.OrderBy(p => p.Key, StringComparer.Ordinal), back.OrderBy(p => p.Key, StringComparer.Ordinal));
        return request;
    }

    private static Dictionary<string, string> Parse(string query)
        => query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""), StringComparer.Ordinal);

    private static string Scalar(JsonNode? node) => node switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value => value.ToJsonString(),
        _ => throw new InvalidOperationException($"{node?.ToJsonString()} cannot travel in a query string."),
    };
}
