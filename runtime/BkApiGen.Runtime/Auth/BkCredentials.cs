using System.Text.Json;

namespace BkApiGen.Runtime.Auth;

/// <summary>
/// Application credentials plus the identity of the user on whose behalf the call is made.
/// <c>bk_app_secret</c> and <c>bk_token</c> never appear in <see cref="ToString"/>, exceptions or logs.
/// </summary>
public sealed class BkCredentials
{
    private BkCredentials(string appCode, string appSecret, string? bkToken, string? bkUsername)
    {
        AppCode = appCode;
        AppSecret = appSecret;
        BkToken = bkToken;
        BkUsername = bkUsername;
    }

    private string? _gatewayHeader;

    /// <summary><c>bk_app_code</c>: the application id.</summary>
    public string AppCode { get; }

    /// <summary><c>bk_app_secret</c>: the application secret. Secret: never logged.</summary>
    public string AppSecret { get; }

    /// <summary><c>bk_token</c>: the user's login token, when the call acts for a logged-in user. Secret: never logged.</summary>
    public string? BkToken { get; }

    /// <summary><c>bk_username</c>: the user name, for applications whitelisted to skip login verification.</summary>
    public string? BkUsername { get; }

    /// <summary>Credentials that identify the user by name (<c>bk_username</c>).</summary>
    public static BkCredentials ForUser(string appCode, string appSecret, string bkUsername)
        => Create(appCode, appSecret, bkToken: null, bkUsername);

    /// <summary>Credentials that identify the user by login token (<c>bk_token</c>).</summary>
    public static BkCredentials ForToken(string appCode, string appSecret, string bkToken)
        => Create(appCode, appSecret, bkToken, bkUsername: null);

    /// <summary>
    /// Credentials with a token and/or a user name: at least one of the two is required, as BlueKing requires.
    /// </summary>
    /// <exception cref="ArgumentException">A field is empty, or neither <paramref name="bkToken"/> nor <paramref name="bkUsername"/> is given.</exception>
    public static BkCredentials Create(string appCode, string appSecret, string? bkToken, string? bkUsername)
    {
        if (string.IsNullOrWhiteSpace(appCode))
        {
            throw new ArgumentException("bk_app_code must not be empty or blank.", nameof(appCode));
        }

        if (string.IsNullOrWhiteSpace(appSecret))
        {
            // The secret's value is never echoed, only the fact that it is missing.
            throw new ArgumentException("bk_app_secret must not be empty or blank.", nameof(appSecret));
        }

        bkToken = string.IsNullOrWhiteSpace(bkToken) ? null : bkToken;
        bkUsername = string.IsNullOrWhiteSpace(bkUsername) ? null : bkUsername;
        if (bkToken is null && bkUsername is null)
        {
            throw new ArgumentException("One of bk_token or bk_username is required to identify the user.", nameof(bkUsername));
        }

        return new BkCredentials(appCode, appSecret, bkToken, bkUsername);
    }

    /// <summary>Writes the credential fields as JSON properties (used for the ESB body and the gateway header).</summary>
    internal void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteString("bk_app_code"u8, AppCode);
        writer.WriteString("bk_app_secret"u8, AppSecret);
        if (BkToken is not null)
        {
            writer.WriteString("bk_token"u8, BkToken);
        }

        if (BkUsername is not null)
        {
            writer.WriteString("bk_username"u8, BkUsername);
        }
    }

    /// <summary>The value of the <c>X-Bkapi-Authorization</c> header: a compact JSON object of the credential fields.</summary>
    internal string ToGatewayAuthorizationHeader() => _gatewayHeader ??= BuildGatewayAuthorizationHeader();

    // Credentials never change: the header is built once, not on every call.
    private string BuildGatewayAuthorizationHeader()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            WriteProperties(writer);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A description safe to log: the secret and token are masked.</summary>
    public override string ToString()
        => $"BkCredentials {{ AppCode = {AppCode}, AppSecret = ***, BkToken = {(BkToken is null ? "(none)" : "***")}, BkUsername = {BkUsername ?? "(none)"} }}";
}
