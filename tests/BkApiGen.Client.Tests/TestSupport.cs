using System.Text.Json;
using System.Text.Json.Nodes;
using BkApiGen.Client.Tests.Generated;
using BkApiGen.FakeGateway;
using BkApiGen.Runtime;
using BkApiGen.Runtime.Auth;

namespace BkApiGen.Client.Tests;

/// <summary>One fake gateway plus the clients a test needs; HttpClients are disposed with it.</summary>
internal sealed class ClientHarness : IAsyncDisposable
{
    private readonly List<HttpClient> _httpClients = [];

    private ClientHarness(FakeBkGateway gateway)
    {
        Gateway = gateway;
    }

    public FakeBkGateway Gateway { get; }

    public static async Task<ClientHarness> StartAsync() => new(await FakeBkGateway.StartAsync(Secrets.GatewayOptions()));

    public BkApiClientOptions Options(BkAuthMode mode = BkAuthMode.Gateway, BkCredentials? credentials = null, string? language = null) => new()
    {
        BaseAddress = mode == BkAuthMode.Gateway ? Gateway.GatewayBaseAddress : Gateway.EsbBaseAddress,
        AuthMode = mode,
        Credentials = credentials ?? Secrets.ForUser(),
        Language = language,
    };

    /// <summary>A client over a fresh HttpClient (fresh connection pool, so no connection reuse between tests).</summary>
    public JobV3Client Client(BkApiClientOptions options, TimeSpan? timeout = null)
    {
        var http = new HttpClient();
        if (timeout is { } t)
        {
            http.Timeout = t;
        }

        _httpClients.Add(http);
        return new JobV3Client(http, options);
    }

    public JobV3Client Client(BkAuthMode mode = BkAuthMode.Gateway) => Client(Options(mode));

    /// <summary>The path the client calls in <paramref name="mode"/>.</summary>
    public static string PathOf(BkAuthMode mode)
        => mode == BkAuthMode.Gateway ? FakeBkGateway.BatchGetJobInstanceIpLogGatewayPath : FakeBkGateway.BatchGetJobInstanceIpLogEsbPath;

    public async ValueTask DisposeAsync()
    {
        foreach (var http in _httpClients)
        {
            http.Dispose();
        }

        await Gateway.DisposeAsync();
    }
}

internal static class Requests
{
    public static readonly Host Host1 = new() { CloudId = 0, Ip = "10.0.0.1" };
    public static readonly Host Host2 = new() { CloudId = 0, Ip = "10.0.0.2" };

    /// <summary>A valid request for the fake's job 100 by IP list, with the new scope members.</summary>
    public static BatchGetJobInstanceIpLogRequest ByIp(long step) => new()
    {
        ScopeType = ScopeType.Biz,
        ScopeId = "1",
        JobInstanceId = FakeJobStore.JobInstanceId,
        StepInstanceId = step,
        IpList = [Host1, Host2],
    };

    /// <summary>A valid request for the fake's job 100 by host id, with the deprecated bk_biz_id.</summary>
    public static BatchGetJobInstanceIpLogRequest ByHostId(long step) => new()
    {
        BizId = 1,
        JobInstanceId = FakeJobStore.JobInstanceId,
        StepInstanceId = step,
        HostIdList = [101, 102],
    };
}

internal static class JsonAssert
{
    /// <summary>Semantic JSON equality (member order ignored, numbers compared by value), with both texts in the failure message.</summary>
    public static void Equivalent(string expected, string actual)
    {
        var e = JsonNode.Parse(expected);
        var a = JsonNode.Parse(actual);
        Assert.True(JsonNode.DeepEquals(e, a), $"JSON differs.\nExpected: {e?.ToJsonString()}\nActual:   {a?.ToJsonString()}");
    }

    public static void EquivalentNodes(JsonNode? expected, JsonNode? actual)
        => Assert.True(JsonNode.DeepEquals(expected, actual), $"JSON differs.\nExpected: {expected?.ToJsonString()}\nActual:   {actual?.ToJsonString()}");

    /// <summary>The <c>data</c> member of an envelope fixture, as text.</summary>
    public static string DataOf(string envelopeJson)
    {
        using var document = JsonDocument.Parse(envelopeJson);
        return document.RootElement.GetProperty("data").GetRawText();
    }
}
