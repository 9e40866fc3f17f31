using System.Net;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Errors;
using BkApiGen.Runtime.Http;

namespace BkApiGen.Runtime.Tests;

/// <summary>
/// The gateway's OAuth access token as the whole of the credentials, as bkapi-client-core (Python) and bk-apigateway-sdks
/// (Go) send it: <c>X-Bkapi-Authorization: {"access_token": "..."}</c> and nothing else.
/// </summary>
public class AccessTokenTests
{
    private const string AccessToken = "ACCESS-tok-3c9e51b8f2";

    private static readonly BkApiOperation Operation = new("jobv3", "get_job_instance_status", HttpMethod.Post, "/api/v3/get_job_instance_status", "/api/c/compapi/v2/jobv3/get_job_instance_status/", IsIdempotent: true);

    private const string Success = """{"result":true,"code":0,"message":"success","data":{"job_instance_id":123,"name":"n"}}""";

    private static BkApiTransport Transport(StubHandler handler, BkAuthMode mode = BkAuthMode.Gateway)
        => new(new HttpClient(handler), new BkApiClientOptions
        {
            BaseAddress = new Uri(mode == BkAuthMode.Gateway ? "https://bkapi.example.com/api/bk-job/prod/" : "https://paas.example.com/"),
            AuthMode = mode,
            Credentials = BkCredentials.ForAccessToken(AccessToken),
        });

    private static Task<JobData> Send(BkApiTransport transport)
        => transport.SendAsync(Operation, new TestRequest { JobInstanceId = 123 }, TestJson.Request, TestJson.JobEnvelope);

    private static void AssertNoToken(string text)
    {
        Assert.DoesNotContain(AccessToken, text, StringComparison.Ordinal);
        Assert.DoesNotContain("3c9e51b8", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_credentials_are_the_token_alone()
    {
        var credentials = BkCredentials.ForAccessToken(AccessToken);

        Assert.True(credentials.IsAccessToken);
        Assert.Equal(AccessToken, credentials.AccessToken);
        Assert.Null(credentials.AppCode);
        Assert.Null(credentials.AppSecret);
        Assert.Null(credentials.BkToken);
        Assert.Null(credentials.BkUsername);
        Assert.False(BkCredentials.ForUser(Secrets.AppCode, Secrets.AppSecret, Secrets.Username).IsAccessToken);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t")]
    [InlineData(null)]
    public void A_blank_token_is_refused(string? token)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => BkCredentials.ForAccessToken(token!));

        Assert.Equal("accessToken", ex.ParamName);
    }

    [Fact]
    public void The_gateway_header_is_exactly_the_access_token_member()
    {
        var json = TestJson.Parse(BkCredentials.ForAccessToken(AccessToken).ToGatewayAuthorizationHeader());

        Assert.Equal(["access_token"], TestJson.MemberNames(json));
        Assert.Equal(AccessToken, json.GetProperty("access_token").GetString());
    }

    [Fact]
    public void A_token_with_quotes_or_line_breaks_is_escaped_into_one_ascii_header_line()
    {
        const string odd = "to\"k\\en\r\nX-Evil: 1 密";

        var header = BkCredentials.ForAccessToken(odd).ToGatewayAuthorizationHeader();

        Assert.All(header, c => Assert.InRange(c, ' ', '~'));
        Assert.Equal(odd, TestJson.Parse(header).GetProperty("access_token").GetString());
    }

    [Fact]
    public async Task Gateway_calls_send_the_token_in_the_header_and_nothing_in_the_body()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, Success);

        await Send(Transport(handler));

        var sent = Assert.Single(handler.Requests);
        var auth = TestJson.Parse(Assert.Single(sent.Headers[BkApiTransport.AuthorizationHeader]));
        Assert.Equal(["access_token"], TestJson.MemberNames(auth));
        Assert.DoesNotContain(AccessToken, sent.Body!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Esb_calls_send_the_token_in_the_header_too_and_leave_the_body_alone()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, Success);

        await Send(Transport(handler, BkAuthMode.Esb));

        var sent = Assert.Single(handler.Requests);
        Assert.Equal("https://paas.example.com/api/c/compapi/v2/jobv3/get_job_instance_status/", sent.Uri.AbsoluteUri);
        var auth = TestJson.Parse(Assert.Single(sent.Headers[BkApiTransport.AuthorizationHeader]));
        Assert.Equal(["access_token"], TestJson.MemberNames(auth));
        Assert.Equal(["bk_scope_type", "bk_scope_id", "job_instance_id"], TestJson.MemberNames(TestJson.Parse(sent.Body!)));
    }

    [Fact]
    public void ToString_of_the_credentials_and_the_options_masks_the_token()
    {
        var credentials = BkCredentials.ForAccessToken(AccessToken);
        var options = new BkApiClientOptions { BaseAddress = new Uri("https://bkapi.example.com/api/bk-job/prod/"), Credentials = credentials };

        Assert.Equal("BkCredentials { AccessToken = *** }", credentials.ToString());
        AssertNoToken(options.ToString());
    }

    [Fact]
    public async Task Server_text_that_echoes_the_token_is_scrubbed_from_every_exception()
    {
        var envelope = StubHandler.Json(HttpStatusCode.OK, $$"""{"result":false,"code":1306000,"message":"token {{AccessToken}} expired","request_id":"r-{{AccessToken}}"}""");
        var html = StubHandler.Text(HttpStatusCode.BadGateway, $"<html>{AccessToken}</html>", "text/html", r => r.Headers.Add(BkApiTransport.RequestIdHeader, $"gw-{AccessToken}"));
        var notJson = StubHandler.Text(HttpStatusCode.OK, $"oops {AccessToken}", "text/plain");

        var apiEx = await Assert.ThrowsAsync<BkApiErrorException>(() => Send(Transport(envelope)));
        var gwEx = await Assert.ThrowsAsync<BkGatewayException>(() => Send(Transport(html)));
        var invalidEx = await Assert.ThrowsAsync<BkInvalidResponseException>(() => Send(Transport(notJson)));

        Assert.Equal("token *** expired", apiEx.ErrorMessage);
        Assert.Equal("r-***", apiEx.RequestId);
        Assert.Equal("gw-***", gwEx.GatewayRequestId);
        foreach (var ex in new BkApiException[] { apiEx, gwEx, invalidEx })
        {
            AssertNoToken(ex.ToString());
        }
    }
}
