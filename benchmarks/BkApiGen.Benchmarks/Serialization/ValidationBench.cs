using BenchmarkDotNet.Attributes;
using BkApiGen.Benchmarks.JobV3;
using BkApiGen.Benchmarks.Payloads;
using BkApiGen.Runtime.Errors;
using BkApiGen.Runtime.Validation;

namespace BkApiGen.Benchmarks.Serialization;

/// <summary>
/// Request validation (done by the generated client before every call) on a valid request: the collecting pass alone
/// (a validator allocated, and the path of every nested object built; baseline), against the generated <c>Validate()</c>
/// (the same rules with <c>BkValidator.FailFast</c> first: no validator, no path unless a rule fails); and the cost of
/// serializing the same request, for scale. (Before the rules were written once, the collecting pass built the path of
/// every check, not only of nested objects: the figures in docs/performance.md for that baseline are of that code.)
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

    /// <summary>The collecting pass alone: what the generated Validate() runs when the fail-fast pass fails.</summary>
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
