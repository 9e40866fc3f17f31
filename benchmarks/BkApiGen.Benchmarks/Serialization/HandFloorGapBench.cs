using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BkApiGen.Benchmarks.Baselines;
using BkApiGen.Benchmarks.JobV3;
using BkApiGen.Benchmarks.Payloads;
using BkApiGen.Runtime;
using BkApiGen.Runtime.Serialization;

namespace BkApiGen.Benchmarks.Serialization;

/// <summary>
/// Where the distance between the generated code and the hand-written floor (<see cref="HandReaderFloor"/>) goes on the
/// 2-host payload, the one where it is largest (docs/performance.md, "Against a hand-written reader"): each variant replaces
/// one layer of the generated path by the hand-written one, from the outside in. The serializer's entry; the runtime's
/// envelope converter (<see cref="BkApiResponseConverter{TData}"/>) around the hand-written data reader; the envelope
/// converter around the generated case converter called directly (no union dispatch); the hand-written reader alone.
/// </summary>
[MemoryDiagnoser]
public class HandFloorGapBench
{
    private static readonly JsonSerializerOptions Options = BatchGetJobInstanceIpLogJsonContext.Default.Options;

    private static readonly JsonConverter<BkApiResponse<IpLogs>> GeneratedEnvelope
        = (JsonConverter<BkApiResponse<IpLogs>>)BatchGetJobInstanceIpLogJsonContext.Default.BatchGetJobInstanceIpLogResponse.Converter;

    private static readonly BkApiResponseConverter<IpLogs> EnvelopeOfHandData = new(new HandDataConverter());

    private static readonly BkApiResponseConverter<IpLogs> EnvelopeOfScriptCase = new(new ScriptCaseConverter());

    private byte[] _json = null!;

    /// <summary>The payload (script steps only: the case converter called directly is the script one).</summary>
    [Params(PayloadKind.Small)]
    public PayloadKind Payload { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _json = SeedPayloads.Build(Payload);
        var expected = Fingerprint.Of(Generated().Data!);
        foreach (var (name, read) in new (string, Func<BkApiResponse<IpLogs>>)[] { ("direct", GeneratedConverterDirect), ("hand data", EnvelopeWithHandData), ("case", EnvelopeWithCaseConverter), ("hand", HandReader) })
        {
            if (Fingerprint.Of(read().Data!) != expected)
            {
                throw new InvalidOperationException($"{Payload}: the {name} variant read {Fingerprint.Of(read().Data!)}, the generated context {expected}.");
            }
        }
    }

    /// <summary>The generated context, as in <see cref="DeserializeBench"/>.</summary>
    [Benchmark(Baseline = true)]
    public BkApiResponse<IpLogs> Generated() => JsonSerializer.Deserialize(_json, BatchGetJobInstanceIpLogJsonContext.Default.BatchGetJobInstanceIpLogResponse)!;

    /// <summary>The generated envelope converter on a reader, without the serializer's entry.</summary>
    [Benchmark]
    public BkApiResponse<IpLogs> GeneratedConverterDirect() => ReadWith(GeneratedEnvelope);

    /// <summary>The runtime's envelope converter around the generated script case converter: no union dispatch.</summary>
    [Benchmark]
    public BkApiResponse<IpLogs> EnvelopeWithCaseConverter() => ReadWith(EnvelopeOfScriptCase);

    /// <summary>The runtime's envelope converter around the hand-written data reader.</summary>
    [Benchmark]
    public BkApiResponse<IpLogs> EnvelopeWithHandData() => ReadWith(EnvelopeOfHandData);

    /// <summary>The hand-written floor, as in <see cref="DeserializeBench"/>.</summary>
    [Benchmark]
    public BkApiResponse<IpLogs> HandReader() => HandReaderFloor.Read(_json);

    private BkApiResponse<IpLogs> ReadWith(JsonConverter<BkApiResponse<IpLogs>> envelope)
    {
        var reader = new Utf8JsonReader(_json);
        reader.Read();
        return envelope.Read(ref reader, typeof(BkApiResponse<IpLogs>), Options)!;
    }

    private sealed class HandDataConverter : JsonConverter<IpLogs>
    {
        public override IpLogs Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => HandReaderFloor.ReadIpLogs(ref reader);

        public override void Write(Utf8JsonWriter writer, IpLogs value, JsonSerializerOptions options) => throw new NotSupportedException();
    }

    private sealed class ScriptCaseConverter : JsonConverter<IpLogs>
    {
        public override IpLogs Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ScriptIpLogsJsonConverter.ReadCase(ref reader, options, out _);

        public override void Write(Utf8JsonWriter writer, IpLogs value, JsonSerializerOptions options) => throw new NotSupportedException();
    }
}
