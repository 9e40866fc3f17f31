using BenchmarkDotNet.Attributes;
using BkApiGen.Benchmarks.JobV3;
using BkApiGen.Benchmarks.Payloads;
using BkApiGen.Runtime.Errors;

namespace BkApiGen.Benchmarks.Prototypes;

/// <summary>
/// Request validation (done by the generated client before every call) on a valid request: the generated
/// <c>Validate()</c> (baseline) against the proposed boolean pre-check (<see cref="LazyPathValidation"/>); and the cost of
/// serializing the same request, for scale.
/// </summary>
[MemoryDiagnoser]
public class ValidationBench
{
    private BatchGetJobInstanceIpLogRequest _request = null!;

    /// <summary>Hosts in ip_list.</summary>
    [Params(2, 500)]
    public int Hosts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _request = EndToEnd.Requests.Generated() with
        {
            IpList = Enumerable.Range(0, Hosts).Select(i => new Host { CloudId = 0, Ip = SeedPayloads.HostIp(i) }).ToArray(),
        };

        // Same verdicts and the same errors as the generated code, on valid and invalid requests.
        var invalid = _request with
        {
            JobInstanceId = 0,
            IpList = [new Host { CloudId = -1, Ip = "10.0.0.300" }, new Host { CloudId = 0, Ip = "fe80::1" }],
        };
        var expected = Errors(invalid.Validate);
        var actual = Errors(() => LazyPathValidation.Validate(invalid));
        if (expected != actual || expected.Length == 0 || Errors(Generated).Length != 0 || Errors(Proposed).Length != 0)
        {
            throw new InvalidOperationException($"validation differs: generated [{expected}], proposed [{actual}]");
        }
    }

    /// <summary>The generated Validate().</summary>
    [Benchmark(Baseline = true)]
    public void Generated() => _request.Validate();

    /// <summary>Proposed: boolean pre-check, path-building pass only on failure.</summary>
    [Benchmark]
    public void Proposed() => LazyPathValidation.Validate(_request);

    /// <summary>For scale: serializing the same request with the generated context.</summary>
    [Benchmark]
    public byte[] Serialize() => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(_request, BatchGetJobInstanceIpLogJsonContext.Default.BatchGetJobInstanceIpLogRequest);

    private static string Errors(Action validate)
    {
        try
        {
            validate();
            return "";
        }
        catch (BkApiValidationException ex)
        {
            return string.Join("; ", ex.Errors.Select(e => $"{e.Path}: {e.Message}"));
        }
    }
}
