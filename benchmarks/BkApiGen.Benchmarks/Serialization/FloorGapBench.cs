using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BkApiGen.Benchmarks.Baselines;
using BkApiGen.Benchmarks.JobV3;
using BkApiGen.Benchmarks.Payloads;
using BkApiGen.Runtime;

namespace BkApiGen.Benchmarks.Serialization;

/// <summary>
/// Where the distance between the generated code and the raw-reader floor goes (docs/performance.md): the generated
/// context against the generated envelope converter called directly on a reader (what the transport does: no
/// <c>JsonSerializer.Deserialize</c> entry), and the floor with its strings kept alive to the end (the GC cost of a live
/// result graph, which any deserializer that returns objects pays and the floor does not).
/// </summary>
[MemoryDiagnoser]
public class FloorGapBench
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
        var direct = Fingerprint.Of(GeneratedConverterDirect().Data!);
        if (direct != expected)
        {
            throw new InvalidOperationException($"{Payload}: the converter called directly read {direct}, the generated context {expected}.");
        }
    }

    /// <summary>The generated context, as in <see cref="DeserializeBench"/>.</summary>
    [Benchmark(Baseline = true)]
    public BkApiResponse<IpLogs> Generated() => JsonSerializer.Deserialize(_json, BatchGetJobInstanceIpLogJsonContext.Default.BatchGetJobInstanceIpLogResponse)!;

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
