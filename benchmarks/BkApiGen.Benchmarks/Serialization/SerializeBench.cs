using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BkApiGen.Benchmarks.Baselines;
using BkApiGen.Benchmarks.JobV3;

namespace BkApiGen.Benchmarks.Serialization;

/// <summary>How the 500 hosts of a request are given.</summary>
public enum RequestShape
{
    /// <summary><c>ip_list</c>: 500 <c>{"bk_cloud_id":0,"ip":"10.0.x.y"}</c>.</summary>
    IpList500,

    /// <summary><c>host_id_list</c>: 500 host ids.</summary>
    HostIdList500,
}

/// <summary>
/// Serializing the request with 500 hosts to UTF-8 bytes, as the transport does (<c>SerializeToUtf8Bytes</c>). Every
/// variant writes the same bytes (checked in the setup). Baseline: STJ's source-generated serialization fast path.
/// </summary>
[MemoryDiagnoser]
public class SerializeBench
{
    private static readonly global::Newtonsoft.Json.JsonSerializerSettings NewtonsoftSettings = new() { NullValueHandling = global::Newtonsoft.Json.NullValueHandling.Ignore };

    private BatchGetJobInstanceIpLogRequest _generated = null!;
    private HwRequest _handWritten = null!;

    /// <summary>The request.</summary>
    [ParamsAllValues]
    public RequestShape Shape { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var hosts = Enumerable.Range(0, Payloads.SeedPayloads.ManyHosts).ToArray();
        _generated = new BatchGetJobInstanceIpLogRequest
        {
            ScopeType = ScopeType.Biz,
            ScopeId = "2",
            JobInstanceId = 100,
            StepInstanceId = 200,
            IpList = Shape == RequestShape.IpList500 ? hosts.Select(i => new Host { CloudId = 0, Ip = Payloads.SeedPayloads.HostIp(i) }).ToArray() : null,
            HostIdList = Shape == RequestShape.HostIdList500 ? hosts.Select(i => 101L + i).ToArray() : null,
        };
        _handWritten = new HwRequest
        {
            ScopeType = "biz",
            ScopeId = "2",
            JobInstanceId = 100,
            StepInstanceId = 200,
            IpList = Shape == RequestShape.IpList500 ? hosts.Select(i => new HwHost { CloudId = 0, Ip = Payloads.SeedPayloads.HostIp(i) }).ToList() : null,
            HostIdList = Shape == RequestShape.HostIdList500 ? hosts.Select(i => 101L + i).ToList() : null,
        };

        var expected = Generated();
        foreach (var (name, bytes) in new[] { ("fast path", StjFastPath()), ("reflection", StjReflection()), ("newtonsoft", Newtonsoft()) })
        {
            if (!bytes.AsSpan().SequenceEqual(expected))
            {
                throw new InvalidOperationException($"{Shape}: {name} wrote {System.Text.Encoding.UTF8.GetString(bytes)[..200]}…, the generated context {System.Text.Encoding.UTF8.GetString(expected)[..200]}…");
            }
        }
    }

    /// <summary>The generated context.</summary>
    [Benchmark]
    public byte[] Generated() => JsonSerializer.SerializeToUtf8Bytes(_generated, BatchGetJobInstanceIpLogJsonContext.Default.BatchGetJobInstanceIpLogRequest);

    /// <summary>STJ source generator, serialization fast path.</summary>
    [Benchmark(Baseline = true)]
    public byte[] StjFastPath() => JsonSerializer.SerializeToUtf8Bytes(_handWritten, HwFastPathJsonContext.Default.HwRequest);

    /// <summary>STJ reflection.</summary>
    [Benchmark]
    public byte[] StjReflection() => JsonSerializer.SerializeToUtf8Bytes(_handWritten, HwReflection.Options);

    /// <summary>Newtonsoft.Json (string, then UTF-8).</summary>
    [Benchmark]
    public byte[] Newtonsoft() => System.Text.Encoding.UTF8.GetBytes(global::Newtonsoft.Json.JsonConvert.SerializeObject(_handWritten, NewtonsoftSettings));
}
