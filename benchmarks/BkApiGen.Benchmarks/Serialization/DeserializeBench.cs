using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BkApiGen.Benchmarks.Baselines;
using BkApiGen.Benchmarks.JobV3;
using BkApiGen.Benchmarks.Payloads;
using BkApiGen.Runtime;

namespace BkApiGen.Benchmarks.Serialization;

/// <summary>
/// Deserializing a whole response (envelope + data) from UTF-8 bytes already in memory. The baseline (Ratio 1.00) is the
/// expert's hand-written STJ source-generated context; <see cref="RawReaderFloor"/> is the floor.
/// </summary>
[MemoryDiagnoser]
public class DeserializeBench
{
    private static readonly global::Newtonsoft.Json.JsonSerializer NewtonsoftSerializer = global::Newtonsoft.Json.JsonSerializer.CreateDefault();

    private byte[] _json = null!;

    /// <summary>The payload.</summary>
    [ParamsAllValues]
    public PayloadKind Payload { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _json = SeedPayloads.Build(Payload);
        Fingerprint.Check(Payload.ToString(), _json, Generated(), StjSourceGen(), StjReflection(), Newtonsoft());
        Fingerprint.Check(Payload + " (no required)", _json, Generated(), StjSourceGenNoRequired(), StjReflection(), Newtonsoft());
    }

    /// <summary>(a) The generated context.</summary>
    [Benchmark]
    public BkApiResponse<IpLogs> Generated() => JsonSerializer.Deserialize(_json, BatchGetJobInstanceIpLogJsonContext.Default.BatchGetJobInstanceIpLogResponse)!;

    /// <summary>(b) STJ, reflection metadata, on the hand-written types.</summary>
    [Benchmark]
    public HwEnvelope<HwIpLogs> StjReflection() => JsonSerializer.Deserialize<HwEnvelope<HwIpLogs>>(_json, HwReflection.Options)!;

    /// <summary>(c) STJ source generator with polymorphism on log_type: the baseline.</summary>
    [Benchmark(Baseline = true)]
    public HwEnvelope<HwIpLogs> StjSourceGen() => JsonSerializer.Deserialize(_json, HwJsonContext.Default.HwEnvelopeHwIpLogs)!;

    /// <summary>
    /// (c') The baseline without STJ's checks of C# <c>required</c> members (a contract modifier clears IsRequired; the
    /// metadata is still source-generated): shows what those checks cost the baseline.
    /// </summary>
    [Benchmark]
    public HwEnvelope<HwIpLogs> StjSourceGenNoRequired() => JsonSerializer.Deserialize(_json, HwLax.Envelope)!;

    /// <summary>(d) Newtonsoft.Json (UTF-8 decoded by a StreamReader: it reads text, not bytes).</summary>
    [Benchmark]
    public HwEnvelope<NsIpLogs> Newtonsoft()
    {
        using var text = new StreamReader(new MemoryStream(_json, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        using var reader = new global::Newtonsoft.Json.JsonTextReader(text);
        return NewtonsoftSerializer.Deserialize<HwEnvelope<NsIpLogs>>(reader)!;
    }

    /// <summary>(e) The floor: every token read, every string materialised.</summary>
    [Benchmark]
    public long RawReader() => RawReaderFloor.Read(_json);
}

/// <summary>The source-generated baseline with the required-member checks removed.</summary>
public static class HwLax
{
    /// <summary>The envelope's metadata.</summary>
    public static System.Text.Json.Serialization.Metadata.JsonTypeInfo<HwEnvelope<HwIpLogs>> Envelope { get; } = Create();

    private static System.Text.Json.Serialization.Metadata.JsonTypeInfo<HwEnvelope<HwIpLogs>> Create()
    {
        var options = new JsonSerializerOptions(HwJsonContext.Default.Options)
        {
            TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.WithAddedModifier(HwJsonContext.Default, static info =>
            {
                foreach (var property in info.Properties)
                {
                    property.IsRequired = false;
                }
            }),
        };
        options.MakeReadOnly();
        return (System.Text.Json.Serialization.Metadata.JsonTypeInfo<HwEnvelope<HwIpLogs>>)options.GetTypeInfo(typeof(HwEnvelope<HwIpLogs>));
    }
}

/// <summary>Checks that every deserializer read the same content (hosts, files, characters of text), so no baseline cheats.</summary>
public static class Fingerprint
{
    /// <summary>Throws when the results differ.</summary>
    public static void Check(string what, byte[] json, BkApiResponse<IpLogs> generated, HwEnvelope<HwIpLogs> sourceGen, HwEnvelope<HwIpLogs> reflection, HwEnvelope<NsIpLogs> newtonsoft)
    {
        var expected = Of(generated.Data!);
        var floor = RawReaderFloor.Read(json);
        var actual = new[] { ("source-gen", Of(sourceGen.Data!)), ("reflection", Of(reflection.Data!)), ("newtonsoft", Of(newtonsoft.Data!)) };
        foreach (var (name, print) in actual)
        {
            if (print != expected)
            {
                throw new InvalidOperationException($"{what}: {name} read {print}, the generated context {expected}.");
            }
        }

        if (!generated.Result || generated.JobRequestId is null || floor <= 0)
        {
            throw new InvalidOperationException($"{what}: the envelope was not read.");
        }
    }

    /// <summary>(hosts, file entries, chars of text) of the generated model.</summary>
    public static (int Hosts, int Files, long Chars) Of(IpLogs logs) => logs switch
    {
        // Response members are nullable (a server may leave any out): the same sums, counting an absent one as empty.
        ScriptIpLogs s => (s.ScriptTaskLogs.Count, 0, s.ScriptTaskLogs.Sum(h => (long)(h.LogContent?.Length ?? 0) + (h.Ip?.Length ?? 0))),
        FileIpLogs f => (f.FileTaskLogs.Count, f.FileTaskLogs.Sum(h => h.FileLogs.Count), f.FileTaskLogs.Sum(h => (h.Ip?.Length ?? 0) + h.FileLogs.Sum(l => (long)(l.LogContent?.Length ?? 0) + (l.SrcIp?.Ip?.Length ?? 0) + (l.SrcPath?.Length ?? 0) + (l.Process?.Length ?? 0)))),
        _ => throw new InvalidOperationException($"unexpected case {logs.GetType().Name}"),
    };

    /// <summary>Same, for the hand-written polymorphic model.</summary>
    public static (int Hosts, int Files, long Chars) Of(HwIpLogs logs) => logs switch
    {
        HwScriptIpLogs s => (s.ScriptTaskLogs.Count, 0, s.ScriptTaskLogs.Sum(h => (long)h.LogContent.Length + h.Ip.Length)),
        HwFileIpLogs f => (f.FileTaskLogs.Count, f.FileTaskLogs.Sum(h => h.FileLogs.Count), f.FileTaskLogs.Sum(h => h.Ip.Length + h.FileLogs.Sum(l => (long)(l.LogContent?.Length ?? 0) + l.SrcIp.Ip.Length + (l.SrcPath?.Length ?? 0) + (l.Process?.Length ?? 0)))),
        _ => throw new InvalidOperationException($"unexpected case {logs.GetType().Name}"),
    };

    /// <summary>Same, for Newtonsoft's flat model.</summary>
    public static (int Hosts, int Files, long Chars) Of(NsIpLogs logs) => logs.LogType switch
    {
        HwLogType.Script => Of(new HwScriptIpLogs { ScriptTaskLogs = logs.ScriptTaskLogs! }),
        HwLogType.File => Of(new HwFileIpLogs { FileTaskLogs = logs.FileTaskLogs! }),
        _ => throw new InvalidOperationException($"unexpected log_type {logs.LogType}"),
    };
}
