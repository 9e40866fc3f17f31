using System.Text.Json;
using BkApiGen.Runtime.Auth;

namespace BkApiGen.Runtime.Tests;

public class BkCredentialsTests
{
    [Fact]
    public void ForUser_identifies_by_user_name()
    {
        var credentials = BkCredentials.ForUser(Secrets.AppCode, Secrets.AppSecret, Secrets.Username);

        Assert.Equal(Secrets.AppCode, credentials.AppCode);
        Assert.Equal(Secrets.AppSecret, credentials.AppSecret);
        Assert.Equal(Secrets.Username, credentials.BkUsername);
        Assert.Null(credentials.BkToken);
    }

    [Fact]
    public void ForToken_identifies_by_login_token()
    {
        var credentials = BkCredentials.ForToken(Secrets.AppCode, Secrets.AppSecret, Secrets.BkToken);

        Assert.Equal(Secrets.AppCode, credentials.AppCode);
        Assert.Equal(Secrets.AppSecret, credentials.AppSecret);
        Assert.Equal(Secrets.BkToken, credentials.BkToken);
        Assert.Null(credentials.BkUsername);
    }

    [Fact]
    public void Create_keeps_both_token_and_user_name()
    {
        var credentials = BkCredentials.Create(Secrets.AppCode, Secrets.AppSecret, Secrets.BkToken, Secrets.Username);

        Assert.Equal(Secrets.BkToken, credentials.BkToken);
        Assert.Equal(Secrets.Username, credentials.BkUsername);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Missing_app_code_is_refused(string? appCode)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => BkCredentials.ForUser(appCode!, Secrets.AppSecret, Secrets.Username));
        Assert.Equal("appCode", ex.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Missing_app_secret_is_refused(string? appSecret)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => BkCredentials.ForToken(Secrets.AppCode, appSecret!, Secrets.BkToken));
        Assert.Equal("appSecret", ex.ParamName);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", "")]
    [InlineData(" ", "\t")]
    public void Neither_token_nor_user_name_is_refused(string? token, string? username)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => BkCredentials.Create(Secrets.AppCode, Secrets.AppSecret, token, username));
        Assert.Contains("bk_token", ex.Message, StringComparison.Ordinal);
        Assert.Contains("bk_username", ex.Message, StringComparison.Ordinal);
        Secrets.AssertAbsent(ex.ToString());
    }

    [Fact]
    public void Blank_token_next_to_a_user_name_is_dropped()
    {
        var credentials = BkCredentials.Create(Secrets.AppCode, Secrets.AppSecret, "  ", Secrets.Username);

        Assert.Null(credentials.BkToken);
        Assert.DoesNotContain("bk_token", credentials.ToGatewayAuthorizationHeader(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_shows_app_code_and_user_but_never_secret_or_token()
    {
        var credentials = BkCredentials.Create(Secrets.AppCode, Secrets.AppSecret, Secrets.BkToken, Secrets.Username);

        var text = credentials.ToString();

        Assert.Contains(Secrets.AppCode, text, StringComparison.Ordinal);
        Assert.Contains(Secrets.Username, text, StringComparison.Ordinal);
        Secrets.AssertAbsent(text);
    }

    [Fact]
    public void ToString_of_token_credentials_masks_the_token()
    {
        var text = BkCredentials.ForToken(Secrets.AppCode, Secrets.AppSecret, Secrets.BkToken).ToString();

        Assert.Contains(Secrets.AppCode, text, StringComparison.Ordinal);
        Secrets.AssertAbsent(text);
    }

    [Fact]
    public void Client_options_ToString_never_shows_secret_or_token()
    {
        var options = new BkApiClientOptions
        {
            BaseAddress = new Uri("https://bkapi.example.com/api/bk-job/prod/"),
            Credentials = BkCredentials.Create(Secrets.AppCode, Secrets.AppSecret, Secrets.BkToken, Secrets.Username),
            Language = "en",
        };

        var text = options.ToString();

        Assert.Contains(Secrets.AppCode, text, StringComparison.Ordinal);
        Assert.Contains("bkapi.example.com", text, StringComparison.Ordinal);
        Secrets.AssertAbsent(text);
    }

    [Fact]
    public void Gateway_header_for_user_has_exactly_code_secret_and_user_name()
    {
        var header = BkCredentials.ForUser(Secrets.AppCode, Secrets.AppSecret, Secrets.Username).ToGatewayAuthorizationHeader();

        var json = TestJson.Parse(header);

        Assert.Equal(["bk_app_code", "bk_app_secret", "bk_username"], TestJson.MemberNames(json));
        Assert.Equal(Secrets.AppCode, json.GetProperty("bk_app_code").GetString());
        Assert.Equal(Secrets.AppSecret, json.GetProperty("bk_app_secret").GetString());
        Assert.Equal(Secrets.Username, json.GetProperty("bk_username").GetString());
    }

    [Fact]
    public void Gateway_header_for_token_has_exactly_code_secret_and_token()
    {
        var header = BkCredentials.ForToken(Secrets.AppCode, Secrets.AppSecret, Secrets.BkToken).ToGatewayAuthorizationHeader();

        var json = TestJson.Parse(header);

        Assert.Equal(["bk_app_code", "bk_app_secret", "bk_token"], TestJson.MemberNames(json));
        Assert.Equal(Secrets.BkToken, json.GetProperty("bk_token").GetString());
    }

    [Fact]
    public void Gateway_header_with_both_identities_sends_both()
    {
        var header = BkCredentials.Create(Secrets.AppCode, Secrets.AppSecret, Secrets.BkToken, Secrets.Username).ToGatewayAuthorizationHeader();

        var json = TestJson.Parse(header);

        Assert.Equal(["bk_app_code", "bk_app_secret", "bk_token", "bk_username"], TestJson.MemberNames(json));
    }

    [Theory]
    [InlineData("quote\"d")]
    [InlineData("back\\slash\\\"mix")]
    [InlineData("密钥-é-😀")]
    [InlineData("line\r\nbreak\ttab\u0001")]
    [InlineData("<script>&'+")]
    public void Gateway_header_escapes_any_secret_so_that_it_round_trips(string secret)
    {
        var credentials = BkCredentials.Create("app\"code\\é", secret, "tok\"en\\密", "用户\"name");

        var header = credentials.ToGatewayAuthorizationHeader();

        // A header value must be plain ASCII without line breaks; non-ASCII travels as \u escapes.
        Assert.All(header, c => Assert.InRange(c, ' ', '~'));
        var json = TestJson.Parse(header);
        Assert.Equal(4, TestJson.MemberNames(json).Length);
        Assert.Equal("app\"code\\é", json.GetProperty("bk_app_code").GetString());
        Assert.Equal(secret, json.GetProperty("bk_app_secret").GetString());
        Assert.Equal("tok\"en\\密", json.GetProperty("bk_token").GetString());
        Assert.Equal("用户\"name", json.GetProperty("bk_username").GetString());
    }
}
