using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BkApiGen.Benchmarks.Baselines;
using BkApiGen.Benchmarks.JobV3;
using BkApiGen.Benchmarks.Payloads;
using BkApiGen.Runtime;
using BkApiGen.Runtime.Auth;

namespace BkApiGen.Benchmarks.Serialization;

/// <summary>
/// The large payload (500 hosts × 200 KB logs, about 100 MB) read from a <see cref="Stream"/>, as a client reads a body:
/// <c>JsonSerializer.DeserializeAsync</c> with each context, Newtonsoft over a StreamReader, and the two clients (the generated
/// one, whose transport reads the envelope incrementally, and a plain HttpClient + STJ source-gen one) over an in-memory
/// <see cref="HttpMessageHandler"/> that answers with the payload, so no socket is involved.
/// </summary>
[MemoryDiagnoser]
public class StreamDeserializeBench
{
    private static readonly global::Newtonsoft.Json.JsonSerializer NewtonsoftSerializer = global::Newtonsoft.Json.JsonSerializer.CreateDefault();

    private byte[] _json = null!;
    private HttpClient _http = null!;
    private JobV3Client _generatedClient = null!;
    private PlainStjClient _plainClient = null!;

    /// <summary>The payload.</summary>
    [Params(PayloadKind.Large)]
    public PayloadKind Payload { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _json = SeedPayloads.Build(Payload);
        _http = new HttpClient(new StaticResponseHandler(_json)) { Timeout = TimeSpan.FromMinutes(5) };
        var baseAddress = new Uri("http://bench.invalid/api/bk-job/prod/");
        var credentials = BkCredentials.ForUser("bench-app", "bench-secret", "admin");
        _generatedClient = new JobV3Client(_http, new BkApiClientOptions { BaseAddress = baseAddress, Credentials = credentials });
        _plainClient = new PlainStjClient(_http, baseAddress, "bench-app", "bench-secret", "admin");

        var expected = Fingerprint.Of(GeneratedAsync().GetAwaiter().GetResult().Data!);
        Require(expected, Fingerprint.Of(StjSourceGenAsync().GetAwaiter().GetResult().Data!), "source-gen");
        Require(expected, Fingerprint.Of(GeneratedClientAsync().GetAwaiter().GetResult()), "generated client");
        Require(expected, Fingerprint.Of(PlainStjClientAsync().GetAwaiter().GetResult()), "plain client");
        Require(expected, Fingerprint.Of(Newtonsoft().Data!), "newtonsoft");
    }

    [GlobalCleanup]
    public void Cleanup() => _http.Dispose();

    /// <summary>(a) <c>DeserializeAsync</c> with the generated context.</summary>
    [Benchmark]
    public async Task<BkApiResponse<IpLogs>> GeneratedAsync()
        => (await JsonSerializer.DeserializeAsync(Body(), BatchGetJobInstanceIpLogJsonContext.Default.BatchGetJobInstanceIpLogResponse))!;

    /// <summary>(b) <c>DeserializeAsync</c>, STJ reflection.</summary>
    [Benchmark]
    public async Task<HwEnvelope<HwIpLogs>> StjReflectionAsync()
        => (await JsonSerializer.DeserializeAsync<HwEnvelope<HwIpLogs>>(Body(), HwReflection.Options))!;

    /// <summary>(c) <c>DeserializeAsync</c>, STJ source generator: the baseline.</summary>
    [Benchmark(Baseline = true)]
    public async Task<HwEnvelope<HwIpLogs>> StjSourceGenAsync()
        => (await JsonSerializer.DeserializeAsync(Body(), HwJsonContext.Default.HwEnvelopeHwIpLogs))!;

    /// <summary>(d) Newtonsoft over a StreamReader (synchronous: it has no async deserializer).</summary>
    [Benchmark]
    public HwEnvelope<NsIpLogs> Newtonsoft()
    {
        using var text = new StreamReader(Body(), Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        using var reader = new global::Newtonsoft.Json.JsonTextReader(text);
        return NewtonsoftSerializer.Deserialize<HwEnvelope<NsIpLogs>>(reader)!;
    }

    /// <summary>The generated client: request, in-memory HTTP exchange, the transport's incremental envelope reader.</summary>
    [Benchmark]
    public Task<IpLogs> GeneratedClientAsync() => _generatedClient.BatchGetJobInstanceIpLogAsync(EndToEnd.Requests.Generated());

    /// <summary>A plain HttpClient + STJ source-gen client doing the same call.</summary>
    [Benchmark]
    public Task<HwIpLogs> PlainStjClientAsync() => _plainClient.BatchGetJobInstanceIpLogAsync(EndToEnd.Requests.HandWritten());

    private MemoryStream Body() => new(_json, writable: false);

    private static void Require((int, int, long) expected, (int, int, long) actual, string what)
    {
        if (expected != actual)
        {
            throw new InvalidOperationException($"{what} read {actual}, expected {expected}.");
        }
    }

    /// <summary>Answers every request with the same JSON body, streamed from memory.</summary>
    private sealed class StaticResponseHandler(byte[] body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new StreamContent(new MemoryStream(body, writable: false));
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }
}

/// <summary>
/// What a careful developer writes without BkApiGen: HttpClient, the gateway header, STJ source-gen metadata, the envelope
/// checked by hand. Used by the stream benchmark and the end-to-end run.
/// </summary>
public sealed class PlainStjClient
{
    private static readonly System.Net.Http.Headers.MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };
    private readonly HttpClient _http;
    private readonly Uri _endpoint;
    private readonly string _authorization;

    /// <summary>Creates the client.</summary>
    public PlainStjClient(HttpClient http, Uri gatewayBase, string appCode, string appSecret, string username)
    {
        _http = http;
        _endpoint = new Uri(gatewayBase, "api/v3/batch_get_job_instance_ip_log");
        _authorization = JsonSerializer.Serialize(new Dictionary<string, string> { ["bk_app_code"] = appCode, ["bk_app_secret"] = appSecret, ["bk_username"] = username }, PlainAuthContext.Default.DictionaryStringString);
    }

    /// <summary>One call.</summary>
    public async Task<HwIpLogs> BatchGetJobInstanceIpLogAsync(HwRequest request, CancellationToken cancellationToken = default)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, _endpoint)
        {
            // Serialized up front with the fast path, as BkApiTransport does (JsonContent would need the metadata mode).
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(request, HwFastPathJsonContext.Default.HwRequest)) { Headers = { ContentType = JsonMediaType } },
        };
        message.Headers.TryAddWithoutValidation("X-Bkapi-Authorization", _authorization);
        using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var envelope = await response.Content.ReadFromJsonAsync(HwJsonContext.Default.HwEnvelopeHwIpLogs, cancellationToken).ConfigureAwait(false);
        if (envelope is not { Result: true, Data: { } data })
        {
            throw new InvalidOperationException($"BlueKing error {envelope?.Code}: {envelope?.Message}");
        }

        return data;
    }
}

/// <summary>STJ metadata for the gateway header.</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(Dictionary<string, string>))]
public sealed partial class PlainAuthContext : System.Text.Json.Serialization.JsonSerializerContext;
