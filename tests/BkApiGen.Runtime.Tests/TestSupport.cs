using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BkApiGen.Runtime.Serialization;

namespace BkApiGen.Runtime.Tests;

/// <summary>JSON metadata built the way generated code builds it: converters and JsonMetadataServices, no reflection.</summary>
internal static class TestJson
{
    public static JsonSerializerOptions NewOptions() => new() { TypeInfoResolver = JsonTypeInfoResolver.Combine() };

    public static JsonTypeInfo<BkApiResponse<T>> Envelope<T>(JsonConverter<T> data)
        => JsonMetadataServices.CreateValueInfo<BkApiResponse<T>>(NewOptions(), new BkApiResponseConverter<T>(data));

    public static readonly JsonTypeInfo<BkApiResponse<JsonElement>> ElementEnvelope = Envelope(BkScalarConverters.Element);

    public static readonly JsonTypeInfo<BkApiResponse<JobData>> JobEnvelope = Envelope(new JobDataConverter());

    public static readonly JsonTypeInfo<TestRequest> Request
        = JsonMetadataServices.CreateValueInfo<TestRequest>(NewOptions(), new TestRequestConverter());

    public static BkApiResponse<T> Read<T>(string json, JsonTypeInfo<BkApiResponse<T>> info)
        => JsonSerializer.Deserialize(json, info) ?? throw new InvalidOperationException("null envelope");

    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public static string[] MemberNames(JsonElement obj) => obj.EnumerateObject().Select(p => p.Name).ToArray();
}

/// <summary>A request like a generated one; serialized by a hand-written converter.</summary>
internal sealed class TestRequest
{
    public string BkScopeType { get; init; } = "biz";

    public string BkScopeId { get; init; } = "2";

    public long? JobInstanceId { get; init; }

    public IReadOnlyList<string>? IpList { get; init; }

    /// <summary>When true the request is written as an empty object.</summary>
    public bool Empty { get; init; }
}

internal sealed class TestRequestConverter : JsonConverter<TestRequest>
{
    public override TestRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => throw new NotSupportedException();

    public override void Write(Utf8JsonWriter writer, TestRequest value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (!value.Empty)
        {
            writer.WriteString("bk_scope_type", value.BkScopeType);
            writer.WriteString("bk_scope_id", value.BkScopeId);
            if (value.JobInstanceId is { } id)
            {
                writer.WriteNumber("job_instance_id", id);
            }

            if (value.IpList is { } ips)
            {
                writer.WriteStartArray("ip_list");
                foreach (var ip in ips)
                {
                    writer.WriteStringValue(ip);
                }

                writer.WriteEndArray();
            }
        }

        writer.WriteEndObject();
    }
}

/// <summary>A small typed data object, read like generated code reads one (strict about its own shape).</summary>
internal sealed record JobData(long JobInstanceId, string? Name);

internal sealed class JobDataConverter : JsonConverter<JobData>
{
    public int Calls { get; private set; }

    public override JobData Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Calls++;
        BkJson.ExpectStartObject(ref reader, "JobData");
        long? id = null;
        string? name = null;
        while (true)
        {
            BkJson.ReadValue(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            if (reader.ValueTextEquals("job_instance_id"u8))
            {
                BkJson.ReadValue(ref reader);
                id = BkJson.ReadInt64(ref reader, "data.job_instance_id");
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                BkJson.ReadValue(ref reader);
                name = reader.TokenType == JsonTokenType.Null ? null : BkJson.ReadString(ref reader, "data.name");
            }
            else
            {
                BkJson.ReadValue(ref reader);
                reader.Skip();
            }
        }

        return new JobData(id ?? throw BkJson.Missing("data.job_instance_id"), name);
    }

    public override void Write(Utf8JsonWriter writer, JobData value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("job_instance_id", value.JobInstanceId);
        if (value.Name is not null)
        {
            writer.WriteString("name", value.Name);
        }

        writer.WriteEndObject();
    }
}

/// <summary>What the handler saw of one request.</summary>
internal sealed record CapturedRequest(
    HttpMethod Method,
    Uri Uri,
    IReadOnlyDictionary<string, string[]> Headers,
    string? ContentType,
    string? Body);

/// <summary>An in-process HttpMessageHandler: records requests, answers with a delegate.</summary>
internal sealed class StubHandler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    public List<CapturedRequest> Requests { get; } = [];

    public static StubHandler Json(HttpStatusCode status, string body, Action<HttpResponseMessage>? configure = null)
        => Text(status, body, "application/json", configure);

    public static StubHandler Text(HttpStatusCode status, string body, string mediaType, Action<HttpResponseMessage>? configure = null)
        => new((_, _) =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
            configure?.Invoke(response);
            return Task.FromResult(response);
        });

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new CapturedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToArray(), StringComparer.OrdinalIgnoreCase),
            request.Content?.Headers.ContentType?.ToString(),
            body));
        var response = await respond(request, cancellationToken);
        response.RequestMessage ??= request;
        return response;
    }
}

/// <summary>A stream that hands out at most a few bytes per read, like a slow network.</summary>
internal sealed class TrickleStream(byte[] data, int maxChunk) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = Math.Min(Math.Min(buffer.Length, maxChunk), data.Length - _position);
        data.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(Read(buffer.Span));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
