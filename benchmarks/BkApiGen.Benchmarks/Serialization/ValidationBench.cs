using BenchmarkDotNet.Attributes;
using BkApiGen.Benchmarks.JobV3;
using BkApiGen.Benchmarks.Payloads;
using BkApiGen.Runtime.Errors;
using BkApiGen.Runtime.Validation;

namespace BkApiGen.Benchmarks.Serialization;

/// <summary>
/// Request validation (done by the generated client before every call) on a valid request: the collecting pass alone, as
/// the generated <c>Validate()</c> ran it before it got a boolean pre-check (every check builds its JSON path string;
/// baseline), against today's generated <c>Validate()</c> (the same rules fail-fast first, paths only when it fails); and the cost of
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

        // Same verdicts and the same errors from both, on a valid and an invalid request.
        var invalid = _request with
        {
            JobInstanceId = 0,
            IpList = [new Host { CloudId = -1, Ip = "10.0.0.300" }, new Host { CloudId = 0, Ip = "fe80::1" }],
        };
        var expected = Errors(() => Collecting(invalid));
        var actual = Errors(invalid.Validate);
        if (expected != actual || expected.Length == 0 || Errors(Collecting).Length != 0 || Errors(Generated).Length != 0)
        {
            throw new InvalidOperationException($"validation differs: collecting [{expected}], generated [{actual}]");
        }
    }

    /// <summary>The collecting pass alone: the generated Validate() before it got a fail-fast pass.</summary>
    [Benchmark(Baseline = true)]
    public void Collecting() => Collecting(_request);

    /// <summary>The generated Validate(): the fail-fast pass, then the collecting pass only if it failed.</summary>
    [Benchmark]
    public void Generated() => _request.Validate();

    /// <summary>For scale: serializing the same request with the generated context.</summary>
    [Benchmark]
    public byte[] Serialize() => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(_request, BatchGetJobInstanceIpLogJsonContext.Default.BatchGetJobInstanceIpLogRequest);

    private static void Collecting(BatchGetJobInstanceIpLogRequest request)
    {
        var validator = new BkValidator();
        request.Validate(validator, "");
        validator.ThrowIfAny("batch_get_job_instance_ip_log_request");
    }

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
