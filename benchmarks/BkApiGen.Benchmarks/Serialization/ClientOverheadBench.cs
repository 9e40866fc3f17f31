using System.Net;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BkApiGen.Benchmarks.Baselines;
using BkApiGen.Benchmarks.JobV3;
using BkApiGen.Benchmarks.Payloads;
using BkApiGen.Runtime;
using BkApiGen.Runtime.Auth;

namespace BkApiGen.Benchmarks.Serialization;

/// <summary>
/// The client side of one small call (script step, 2 hosts) with no network: both clients over an in-memory handler that
/// answers with the Small payload, so their difference is the client's own cost (request validation, serialization,
/// auth header, the transport's reading, error bookkeeping). The other methods time, alone, per-call steps of the
/// generated client that the end-to-end run showed to matter (some are internal to the runtime: called through
/// reflection-bound delegates, a diagnostic only).
/// </summary>
[MemoryDiagnoser]
public class ClientOverheadBench
{
    private static readonly PreviewFunc Preview = typeof(BkApiResponse<>).Assembly.GetType("BkApiGen.Runtime.Http.BodyText", throwOnError: true)!
        .GetMethod("Preview", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.CreateDelegate<PreviewFunc>();

    private static readonly Func<BkCredentials, string> GatewayHeader = typeof(BkCredentials)
        .GetMethod("ToGatewayAuthorizationHeader", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)!.CreateDelegate<Func<BkCredentials, string>>();

    private delegate string PreviewFunc(ReadOnlySpan<byte> bytes);

    private readonly BkCredentials _credentials = BkCredentials.ForUser("bench-app", "bench-secret", "admin");
    private HttpClient _http = null!;
    private JobV3Client _generated = null!;
    private PlainStjClient _plain = null!;
    private BatchGetJobInstanceIpLogRequest _request = null!;
    private byte[] _previewBytes = null!;

    [GlobalSetup]
    public void Setup()
    {
        var json = SeedPayloads.Build(PayloadKind.Small);
        _previewBytes = json.AsSpan(0, Math.Min(512, json.Length)).ToArray();
        _http = new HttpClient(new StaticHandler(json));
        var baseAddress = new Uri("http://bench.invalid/api/bk-job/prod/");
        _generated = new JobV3Client(_http, new BkApiClientOptions { BaseAddress = baseAddress, Credentials = _credentials });
        _plain = new PlainStjClient(_http, baseAddress, "bench-app", "bench-secret", "admin");
        _request = EndToEnd.Requests.Generated();
        if (GeneratedClient().GetAwaiter().GetResult() is not ScriptIpLogs { ScriptTaskLogs.Count: 2 } || PlainClient().GetAwaiter().GetResult() is not HwScriptIpLogs { ScriptTaskLogs.Count: 2 })
        {
            throw new InvalidOperationException("unexpected answer");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _http.Dispose();

    /// <summary>The generated client, whole call, in-memory.</summary>
    [Benchmark]
    public Task<IpLogs> GeneratedClient() => _generated.BatchGetJobInstanceIpLogAsync(_request);

    /// <summary>HttpClient + STJ source-gen, whole call, in-memory: the baseline.</summary>
    [Benchmark(Baseline = true)]
    public Task<HwIpLogs> PlainClient() => _plain.BatchGetJobInstanceIpLogAsync(EndToEnd.Requests.HandWritten());

    /// <summary>Step: the request's Validate() (2 hosts): the fail-fast pass, no path strings for a valid request (500 hosts: ValidationBench).</summary>
    [Benchmark]
    public void Validate2Hosts() => _request.Validate();

    /// <summary>Step: the error-message preview of the body, which the transport computes on every successful call too.</summary>
    [Benchmark]
    public string BodyPreview() => Preview(_previewBytes);

    /// <summary>Step: the gateway header, serialized again on every call.</summary>
    [Benchmark]
    public string GatewayAuthorizationHeader() => GatewayHeader(_credentials);

    /// <summary>Step: the per-call deadline (linked token source + timer).</summary>
    [Benchmark]
    public void Deadline()
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken.None);
        deadline.CancelAfter(TimeSpan.FromSeconds(100));
    }

    private sealed class StaticHandler(byte[] body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }
}
