using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BkApiGen.Benchmarks.Baselines;
using BkApiGen.Benchmarks.JobV3;
using BkApiGen.Benchmarks.Payloads;
using BkApiGen.Benchmarks.Serialization;
using BkApiGen.Runtime;

namespace BkApiGen.Benchmarks.Prototypes;

/// <summary>
/// The generated context (baseline) against proposed changes, prototyped by hand in this project (docs/performance.md):
/// the one-pass union converter, and the generated envelope converter called directly on a reader (what the transport
/// does), which shows the fixed cost of the <c>JsonSerializer.Deserialize</c> entry on small payloads; and the floor with its
/// strings kept alive, which shows how much of the distance to the floor is the GC cost of a live result graph.
/// </summary>
[MemoryDiagnoser]
public class PrototypeBench
{
    private static readonly JsonConverter<BkApiResponse<IpLogs>> GeneratedConverter
        = (JsonConverter<BkApiResponse<IpLogs>>)BatchGetJobInstanceIpLogJsonContext.Default.BatchGetJobInstanceIpLogResponse.Converter;

    private byte[] _json = null!;

    /// <summary>The payload.</summary>
    [Params(PayloadKind.Small, PayloadKind.Medium, PayloadKind.MediumLogTypeLast, PayloadKind.FileLogs)]
    public PayloadKind Payload { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _json = SeedPayloads.Build(Payload);
        var expected = Fingerprint.Of(Generated().Data!);
        foreach (var (name, actual) in new[] { ("one pass", Fingerprint.Of(OnePassUnion().Data!)), ("length switch", Fingerprint.Of(OnePassLengthSwitch().Data!)), ("direct", Fingerprint.Of(GeneratedConverterDirect().Data!)) })
        {
            if (actual != expected)
            {
                throw new InvalidOperationException($"{Payload}: {name} read {actual}, the generated context {expected}.");
            }
        }
    }

    /// <summary>The generated context, as in <see cref="DeserializeBench"/>.</summary>
    [Benchmark(Baseline = true)]
    public BkApiResponse<IpLogs> Generated() => JsonSerializer.Deserialize(_json, BatchGetJobInstanceIpLogJsonContext.Default.BatchGetJobInstanceIpLogResponse)!;

    /// <summary>Proposed: the union read in one pass (no discriminator look-ahead).</summary>
    [Benchmark]
    public BkApiResponse<IpLogs> OnePassUnion() => JsonSerializer.Deserialize(_json, OnePassMetadata.Response)!;

    /// <summary>Proposed: one-pass union, and file converters that dispatch members by name length (script path unchanged).</summary>
    [Benchmark]
    public BkApiResponse<IpLogs> OnePassLengthSwitch() => JsonSerializer.Deserialize(_json, LengthSwitchMetadata.Response)!;

    /// <summary>The generated envelope converter on a reader, without the serializer's entry (the transport's way).</summary>
    [Benchmark]
    public BkApiResponse<IpLogs> GeneratedConverterDirect()
    {
        var reader = new Utf8JsonReader(_json);
        reader.Read();
        return GeneratedConverter.Read(ref reader, typeof(BkApiResponse<IpLogs>), BatchGetJobInstanceIpLogJsonContext.Default.Options)!;
    }

    /// <summary>The floor with every string kept alive to the end, as in a result graph (isolates the GC cost of a live result).</summary>
    [Benchmark]
    public List<string> RawReaderRetained() => RawReaderFloor.ReadRetained(_json);

    /// <summary>The floor, as in <see cref="DeserializeBench"/>.</summary>
    [Benchmark]
    public long RawReader() => RawReaderFloor.Read(_json);
}
