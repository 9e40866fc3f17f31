using System.Net;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Http;

namespace BkApiGen.Runtime.Tests;

/// <summary>The <c>X-Bk-Tenant-Id</c> header of multi-tenant BlueKing.</summary>
public class TenantIdTests
{
    private static readonly BkApiOperation Operation = new("jobv3", "get_job_instance_status", HttpMethod.Post, "/api/v3/get_job_instance_status", "/api/c/compapi/v2/jobv3/get_job_instance_status/", IsIdempotent: true);

    private static BkApiTransport Transport(StubHandler handler, string? tenantId, BkAuthMode mode = BkAuthMode.Gateway)
        => new(new HttpClient(handler), new BkApiClientOptions
        {
            BaseAddress = new Uri("https://bkapi.example.com/api/bk-job/prod/"),
            AuthMode = mode,
            Credentials = BkCredentials.ForUser(Secrets.AppCode, Secrets.AppSecret, Secrets.Username),
            TenantId = tenantId,
        });

    private static StubHandler Ok() => StubHandler.Json(HttpStatusCode.OK, """{"result":true,"code":0,"data":{"job_instance_id":1}}""");

    [Theory]
    [InlineData(BkAuthMode.Gateway)]
    [InlineData(BkAuthMode.Esb)]
    public async Task The_tenant_is_sent_on_every_call(BkAuthMode mode)
    {
        var handler = Ok();
        var transport = Transport(handler, "system", mode);

        await transport.SendAsync(Operation, new TestRequest(), TestJson.Request, TestJson.JobEnvelope);
        await transport.SendAsync(Operation, new TestRequest(), TestJson.Request, TestJson.JobEnvelope);

        Assert.Equal(2, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.Equal(["system"], r.Headers[BkApiTransport.TenantIdHeader]));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task No_tenant_header_without_a_tenant(string? tenantId)
    {
        var handler = Ok();

        await Transport(handler, tenantId).SendAsync(Operation, new TestRequest(), TestJson.Request, TestJson.JobEnvelope);

        Assert.False(handler.Requests.Single().Headers.ContainsKey(BkApiTransport.TenantIdHeader));
    }

    [Theory]
    [InlineData("system")]
    [InlineData("default")]
    [InlineData("tenant-01_a.b")]
    public void Tenant_ids_are_accepted(string tenantId) => Assert.True(BkApiClientOptions.IsValidTenantId(tenantId));

    [Theory]
    [InlineData("system\r\nX-Bkapi-Authorization: {}")]
    [InlineData("sys tem")]
    [InlineData("租户")]
    [InlineData("a/b")]
    [InlineData(" ")]
    public void A_tenant_that_could_split_or_break_the_header_is_refused_when_the_transport_is_built(string tenantId)
    {
        Assert.False(BkApiClientOptions.IsValidTenantId(tenantId));

        var ex = Assert.Throws<ArgumentException>(() => Transport(Ok(), tenantId));

        Assert.Contains("TenantId must be a BlueKing tenant id", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tenant_longer_than_64_characters_is_refused()
    {
        Assert.True(BkApiClientOptions.IsValidTenantId(new string('t', 64)));
        Assert.False(BkApiClientOptions.IsValidTenantId(new string('t', 65)));
    }

    [Fact]
    public void The_options_show_the_tenant()
    {
        var options = new BkApiClientOptions
        {
            BaseAddress = new Uri("https://bkapi.example.com/"),
            Credentials = BkCredentials.ForUser(Secrets.AppCode, Secrets.AppSecret, Secrets.Username),
            TenantId = "system",
        };

        Assert.Contains("TenantId = system", options.ToString(), StringComparison.Ordinal);
    }
}
