using System.Text.Json;

namespace BkApiGen.FakeGateway;

/// <summary>
/// The credential fields a request carried (<c>bk_app_code</c>, <c>bk_app_secret</c>, <c>bk_token</c>, <c>bk_username</c>,
/// <c>access_token</c>), as read by the fake. Empty strings are reported as <see langword="null"/>, as BlueKing treats them.
/// </summary>
public sealed class FakeAuth
{
    private FakeAuth(FakeAuthSource source, string? appCode, string? appSecret, string? token, string? username, string? accessToken)
    {
        Source = source;
        AppCode = appCode;
        AppSecret = appSecret;
        Token = token;
        Username = username;
        AccessToken = accessToken;
    }

    /// <summary>Where the fields were read from.</summary>
    public FakeAuthSource Source { get; }

    /// <summary><c>bk_app_code</c>, or <see langword="null"/> when absent or empty.</summary>
    public string? AppCode { get; }

    /// <summary><c>bk_app_secret</c>, or <see langword="null"/> when absent or empty.</summary>
    public string? AppSecret { get; }

    /// <summary><c>bk_token</c>, or <see langword="null"/> when absent or empty.</summary>
    public string? Token { get; }

    /// <summary><c>bk_username</c>, or <see langword="null"/> when absent or empty.</summary>
    public string? Username { get; }

    /// <summary><c>access_token</c>, or <see langword="null"/> when absent or empty (accepted when listed in <see cref="FakeBkGatewayOptions.AccessTokens"/>).</summary>
    public string? AccessToken { get; }

    /// <summary>Field names and which are set; secret values are never printed.</summary>
    public override string ToString()
        => $"FakeAuth({Source}: bk_app_code={AppCode ?? "<none>"}, bk_app_secret={(AppSecret is null ? "<none>" : "***")}, " +
           $"bk_token={(Token is null ? "<none>" : "***")}, bk_username={Username ?? "<none>"}, access_token={(AccessToken is null ? "<none>" : "***")})";

    /// <summary>
    /// Reads credential fields from a JSON object (the <c>X-Bkapi-Authorization</c> header value or an ESB body).
    /// Returns <see langword="null"/> when <paramref name="json"/> is not a JSON object. Non-string values are kept as their raw JSON text.
    /// </summary>
    internal static FakeAuth? FromJson(string? json, FakeAuthSource source)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(json);
            return FromElement(doc.RootElement, source);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads credential fields from a JSON object element, or returns <see langword="null"/> when it is not an object.</summary>
    internal static FakeAuth? FromElement(JsonElement root, FakeAuthSource source)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return new FakeAuth(
            source,
            Read(root, "bk_app_code"),
            Read(root, "bk_app_secret"),
            Read(root, "bk_token"),
            Read(root, "bk_username"),
            Read(root, "access_token"));
    }

    /// <summary>Reads credential fields from query-string style pairs.</summary>
    internal static FakeAuth FromPairs(Func<string, string?> get, FakeAuthSource source)
        => new(source, Empty(get("bk_app_code")), Empty(get("bk_app_secret")), Empty(get("bk_token")), Empty(get("bk_username")), Empty(get("access_token")));

    /// <summary>True when at least one credential field is present.</summary>
    internal bool HasAnyField => AppCode is not null || AppSecret is not null || Token is not null || Username is not null || AccessToken is not null;

    private static string? Read(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => Empty(value.GetString()),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => value.GetRawText(),
        };
    }

    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
