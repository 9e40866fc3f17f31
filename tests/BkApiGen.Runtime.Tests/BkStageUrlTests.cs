using System.Net;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Http;

namespace BkApiGen.Runtime.Tests;

/// <summary>Stage URLs from <c>BK_API_URL_TMPL</c>-style templates, as bkapi-client-core and bk-apigateway-sdks build them.</summary>
public class BkStageUrlTests
{
    private static readonly BkCredentials Credentials = BkCredentials.ForUser(Secrets.AppCode, Secrets.AppSecret, Secrets.Username);

    [Theory]
    [InlineData("https://bkapi.example.com/api/{api_name}", "bk-job", "prod", "https://bkapi.example.com/api/bk-job/prod/")]
    [InlineData("https://bkapi.example.com/api/{api_name}/", "bk-job", "stag", "https://bkapi.example.com/api/bk-job/stag/")]
    [InlineData("http://{gateway_name}.bkapi.example.com", "bk-cmdb", "prod", "http://bk-cmdb.bkapi.example.com/prod/")]
    [InlineData("https://bkapi.example.com/api/{ api_name }", "bk-job", "prod", "https://bkapi.example.com/api/bk-job/prod/")]
    [InlineData("https://bkapi.example.com/api/bk-job", "ignored-name", "prod", "https://bkapi.example.com/api/bk-job/prod/")]
    public void The_gateway_name_fills_the_template_and_the_stage_is_appended(string template, string gateway, string stage, string expected)
        => Assert.Equal(expected, BkStageUrl.Resolve(template, gateway, stage).AbsoluteUri);

    [Theory]
    [InlineData("https://{api_name}.bkapi.example.com/{stage}", "https://bk-job.bkapi.example.com/test/")]
    [InlineData("https://bkapi.example.com/{stage_name}/api/{api_name}/", "https://bkapi.example.com/test/api/bk-job/")]
    public void A_template_that_places_the_stage_is_used_as_it_is(string template, string expected)
        => Assert.Equal(expected, BkStageUrl.Resolve(template, "bk-job", "test").AbsoluteUri);

    [Fact]
    public void The_stage_is_prod_unless_given()
    {
        Assert.Equal("https://bkapi.example.com/api/bk-job/prod/", BkStageUrl.Resolve("https://bkapi.example.com/api/{api_name}", "bk-job").AbsoluteUri);
        Assert.Equal("prod", new BkApiClientOptions { GatewayName = "bk-job", UrlTemplate = "https://x.example.com/{api_name}", Credentials = Credentials }.Stage);
    }

    [Theory]
    [InlineData("https://bkapi.example.com/api/{app_code}", "bk-job", "prod", "unknown placeholder '{app_code}'")]
    [InlineData("https://bkapi.example.com/api/{api_name", "bk-job", "prod", "without '}'")]
    [InlineData("bkapi.example.com/api/{api_name}", "bk-job", "prod", "absolute http or https URL")]
    [InlineData("ftp://bkapi.example.com/api/{api_name}", "bk-job", "prod", "absolute http or https URL")]
    [InlineData("https://bkapi.example.com/api/{api_name}", "bk/job", "prod", "gateway name")]
    [InlineData("https://bkapi.example.com/api/{api_name}", "bk-job", "pr od", "stage")]
    [InlineData("https://bkapi.example.com/api/{api_name}", "bk-job", "", "stage")]
    public void A_template_that_cannot_make_a_stage_url_is_refused_with_the_reason(string template, string gateway, string stage, string reason)
    {
        var ex = Assert.Throws<ArgumentException>(() => BkStageUrl.Resolve(template, gateway, stage));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_with_user_information_is_refused_without_quoting_it()
    {
        var ex = Assert.Throws<ArgumentException>(() => BkStageUrl.Resolve("https://user:pa55word@bkapi.example.com/{api_name}", "bk-job"));

        Assert.DoesNotContain("pa55word", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_options_resolve_the_base_address_from_gateway_name_stage_and_template()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, """{"result":true,"code":0,"data":{"job_instance_id":1}}""");
        var options = new BkApiClientOptions
        {
            GatewayName = "bk-job",
            Stage = "stag",
            UrlTemplate = "https://bkapi.example.com/api/{api_name}",
            Credentials = Credentials,
        };
        var operation = new BkApiOperation("jobv3", "get_job_instance_status", HttpMethod.Post, "/api/v3/get_job_instance_status", null, true);

        await new BkApiTransport(new HttpClient(handler), options).SendAsync(operation, new TestRequest(), TestJson.Request, TestJson.JobEnvelope);

        Assert.Equal("https://bkapi.example.com/api/bk-job/stag/", options.BaseAddress.AbsoluteUri);
        Assert.Equal("https://bkapi.example.com/api/bk-job/stag/api/v3/get_job_instance_status", handler.Requests.Single().Uri.AbsoluteUri);
    }

    [Fact]
    public void An_explicit_base_address_wins_over_the_template()
    {
        var options = new BkApiClientOptions
        {
            BaseAddress = new Uri("https://direct.example.com/api/bk-job/prod/"),
            GatewayName = "bk-job",
            UrlTemplate = "https://bkapi.example.com/api/{api_name}",
            Credentials = Credentials,
        };

        Assert.Equal("https://direct.example.com/api/bk-job/prod/", options.BaseAddress.AbsoluteUri);
    }

    [Fact]
    public void Without_a_base_address_or_a_gateway_name_the_transport_says_what_to_set()
    {
        var ex = Assert.Throws<ArgumentException>(() => new BkApiTransport(new HttpClient(), new BkApiClientOptions { Credentials = Credentials }));

        Assert.Contains("BaseAddress is not set", ex.Message, StringComparison.Ordinal);
        Assert.Contains("GatewayName", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gateway_name_without_a_template_is_refused_when_the_transport_is_built()
    {
        var ex = Assert.Throws<ArgumentException>(() => new BkApiTransport(new HttpClient(), new BkApiClientOptions { GatewayName = "bk-job", Credentials = Credentials }));

        Assert.Contains("needs UrlTemplate", ex.Message, StringComparison.Ordinal);
        Assert.Contains("BK_API_URL_TMPL", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_esb_needs_an_explicit_base_address_since_it_has_no_stages()
    {
        var options = new BkApiClientOptions { AuthMode = BkAuthMode.Esb, GatewayName = "bk-job", UrlTemplate = "https://bkapi.example.com/api/{api_name}", Credentials = Credentials };

        var ex = Assert.Throws<ArgumentException>(() => new BkApiTransport(new HttpClient(), options));

        Assert.Contains("With AuthMode Esb, set BaseAddress to the PaaS root", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_template_is_refused_when_the_transport_is_built_and_the_options_still_describe_themselves()
    {
        var options = new BkApiClientOptions { GatewayName = "bk-job", UrlTemplate = "https://x.example.com/{nope}", Credentials = Credentials };

        var ex = Assert.Throws<ArgumentException>(() => new BkApiTransport(new HttpClient(), options));

        Assert.Contains("unknown placeholder '{nope}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("unresolved", options.ToString(), StringComparison.Ordinal);
    }
}
