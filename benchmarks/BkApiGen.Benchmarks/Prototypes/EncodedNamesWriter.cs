using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using BkApiGen.Benchmarks.JobV3;
using BkApiGen.Benchmarks.Serialization;

namespace BkApiGen.Benchmarks.Prototypes;

/// <summary>
/// PROTOTYPE of a proposed change to the generator's <c>Write</c> template (docs/performance.md, "request serialization").
/// The generated writers pass member names as UTF-8 literals (<c>writer.WriteNumber("bk_cloud_id"u8, …)</c>), which
/// <see cref="Utf8JsonWriter"/> must check for characters to escape on every call, and write lists through the shared
/// generic <c>BkJson.WriteList</c>, with an interface call for every element read and a virtual converter call for every
/// element written. STJ's source generator instead keeps pre-encoded <see cref="JsonEncodedText"/> names (checked once)
/// and loops inline. These writers do the same, and walk arrays and Lists as spans, as the template would emit them; the
/// bytes are identical (checked in <see cref="SerializePrototypeBench"/>).
/// </summary>
public sealed class EncodedNamesRequestConverter : JsonConverter<BatchGetJobInstanceIpLogRequest>
{
    /// <summary>The instance.</summary>
    public static readonly EncodedNamesRequestConverter Instance = new();

    private static readonly JsonEncodedText ScopeTypeName = JsonEncodedText.Encode("bk_scope_type"u8);
    private static readonly JsonEncodedText ScopeIdName = JsonEncodedText.Encode("bk_scope_id"u8);
    private static readonly JsonEncodedText BizIdName = JsonEncodedText.Encode("bk_biz_id"u8);
    private static readonly JsonEncodedText JobInstanceIdName = JsonEncodedText.Encode("job_instance_id"u8);
    private static readonly JsonEncodedText StepInstanceIdName = JsonEncodedText.Encode("step_instance_id"u8);
    private static readonly JsonEncodedText HostIdListName = JsonEncodedText.Encode("host_id_list"u8);
    private static readonly JsonEncodedText IpListName = JsonEncodedText.Encode("ip_list"u8);
    private static readonly JsonEncodedText HostIdName = JsonEncodedText.Encode("bk_host_id"u8);
    private static readonly JsonEncodedText CloudIdName = JsonEncodedText.Encode("bk_cloud_id"u8);
    private static readonly JsonEncodedText IpName = JsonEncodedText.Encode("ip"u8);

    /// <inheritdoc />
    public override BatchGetJobInstanceIpLogRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, BatchGetJobInstanceIpLogRequest value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.ScopeType is { } scopeType)
        {
            writer.WriteString(ScopeTypeName, scopeType.Value);
        }

        if (value.ScopeId is { } scopeId)
        {
            writer.WriteString(ScopeIdName, scopeId);
        }

        if (value.BizId is { } bizId)
        {
            writer.WriteNumber(BizIdName, bizId);
        }

        writer.WriteNumber(JobInstanceIdName, value.JobInstanceId);
        writer.WriteNumber(StepInstanceIdName, value.StepInstanceId);
        if (value.HostIdList is { } hostIds)
        {
            writer.WriteStartArray(HostIdListName);
            foreach (var id in Items(hostIds))
            {
                writer.WriteNumberValue(id);
            }

            writer.WriteEndArray();
        }

        if (value.IpList is { } hosts)
        {
            writer.WriteStartArray(IpListName);
            foreach (var host in Items(hosts))
            {
                if (host is not null)
                {
                    WriteHost(writer, host);
                }
                else
                {
                    writer.WriteNullValue();
                }
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// The elements as a span when the list is an array or a List (what callers pass: collection expressions, ToArray,
    /// ToList), so the loop indexes memory instead of calling IReadOnlyList's indexer through an interface per element;
    /// any other list is copied (rare).
    /// </summary>
    private static ReadOnlySpan<T> Items<T>(IReadOnlyList<T> list) => list switch
    {
        T[] array => array,
        List<T> items => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items),
        _ => list.ToArray(),
    };

    private static void WriteHost(Utf8JsonWriter writer, Host value)
    {
        writer.WriteStartObject();
        if (value.HostId is { } hostId)
        {
            writer.WriteNumber(HostIdName, hostId);
        }

        writer.WriteNumber(CloudIdName, value.CloudId);
        if (value.Ip is { } ip)
        {
            writer.WriteString(IpName, ip);
        }

        writer.WriteEndObject();
    }
}

/// <summary>Request serialization: the generated context (baseline), the proposed writer, STJ's fast path.</summary>
[MemoryDiagnoser]
public class SerializePrototypeBench
{
    private static readonly JsonTypeInfo<BatchGetJobInstanceIpLogRequest> Proposed = CreateProposed();

    private readonly SerializeBench _inner = new();

    /// <summary>The request.</summary>
    [ParamsAllValues]
    public RequestShape Shape { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _inner.Shape = Shape;
        _inner.Setup();
        if (!EncodedNames().AsSpan().SequenceEqual(Generated()))
        {
            throw new InvalidOperationException($"{Shape}: the proposed writer's bytes differ from the generated context's.");
        }
    }

    /// <summary>The generated context.</summary>
    [Benchmark(Baseline = true)]
    public byte[] Generated() => _inner.Generated();

    /// <summary>Proposed: encoded names, inline loops.</summary>
    [Benchmark]
    public byte[] EncodedNames() => JsonSerializer.SerializeToUtf8Bytes(_inner.GeneratedRequest, Proposed);

    /// <summary>STJ source generator, serialization fast path.</summary>
    [Benchmark]
    public byte[] StjFastPath() => _inner.StjFastPath();

    private static JsonTypeInfo<BatchGetJobInstanceIpLogRequest> CreateProposed()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General) { TypeInfoResolver = BatchGetJobInstanceIpLogJsonContext.Default };
        var info = JsonMetadataServices.CreateValueInfo<BatchGetJobInstanceIpLogRequest>(options, EncodedNamesRequestConverter.Instance);
        options.MakeReadOnly();
        return info;
    }
}
