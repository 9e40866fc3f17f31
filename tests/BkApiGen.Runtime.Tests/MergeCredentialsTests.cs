using System.Text;
using System.Text.Json;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Http;

namespace BkApiGen.Runtime.Tests;

public class MergeCredentialsTests
{
    private static readonly BkCredentials Credentials = BkCredentials.Create(Secrets.AppCode, Secrets.AppSecret, Secrets.BkToken, Secrets.Username);

    private static JsonElement Merge(string body, BkCredentials? credentials = null)
    {
        var merged = BkApiTransport.MergeCredentials(Encoding.UTF8.GetBytes(body), credentials ?? Credentials);
        return TestJson.Parse(Encoding.UTF8.GetString(merged));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{ }")]
    [InlineData("{\r\n\t}")]
    public void Into_an_empty_object_gives_just_the_credentials(string body)
    {
        var json = Merge(body);

        Assert.Equal(["bk_app_code", "bk_app_secret", "bk_token", "bk_username"], TestJson.MemberNames(json));
        Assert.Equal(Secrets.AppCode, json.GetProperty("bk_app_code").GetString());
        Assert.Equal(Secrets.AppSecret, json.GetProperty("bk_app_secret").GetString());
        Assert.Equal(Secrets.BkToken, json.GetProperty("bk_token").GetString());
        Assert.Equal(Secrets.Username, json.GetProperty("bk_username").GetString());
    }

    [Fact]
    public void Into_a_request_puts_credentials_first_and_keeps_every_member()
    {
        const string body = """{"bk_scope_type":"biz","bk_scope_id":"2","job_instance_id":123,"ip_list":[{"bk_cloud_id":0,"ip":"10.0.0.1"}],"nested":{"a":[1,null,"x"]},"flag":false,"nothing":null}""";

        var json = Merge(body);

        Assert.Equal(
            ["bk_app_code", "bk_app_secret", "bk_token", "bk_username", "bk_scope_type", "bk_scope_id", "job_instance_id", "ip_list", "nested", "flag", "nothing"],
            TestJson.MemberNames(json));
        var original = TestJson.Parse(body);
        foreach (var member in original.EnumerateObject())
        {
            Assert.True(JsonElement.DeepEquals(member.Value, json.GetProperty(member.Name)), member.Name);
        }
    }

    [Fact]
    public void Into_a_single_member_request()
    {
        var json = Merge("""{"a":1}""", BkCredentials.ForUser(Secrets.AppCode, Secrets.AppSecret, Secrets.Username));

        Assert.Equal(["bk_app_code", "bk_app_secret", "bk_username", "a"], TestJson.MemberNames(json));
        Assert.Equal(1, json.GetProperty("a").GetInt32());
    }

    [Fact]
    public void Escaped_credentials_stay_valid_json()
    {
        var credentials = BkCredentials.ForToken("app", "se\"cr\\et-密", "to\"ken");

        var json = Merge("""{"x":"y"}""", credentials);

        Assert.Equal("se\"cr\\et-密", json.GetProperty("bk_app_secret").GetString());
        Assert.Equal("to\"ken", json.GetProperty("bk_token").GetString());
        Assert.Equal("y", json.GetProperty("x").GetString());
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("null")]
    [InlineData("{")]
    [InlineData("")]
    public void A_body_that_is_not_an_object_is_refused(string body)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => BkApiTransport.MergeCredentials(Encoding.UTF8.GetBytes(body), Credentials));
        Secrets.AssertAbsent(ex.ToString());
    }
}
