using System.Text.Json;

namespace BkApiGen.Runtime.Auth;

/// <summary>
/// What identifies a call to BlueKing: application credentials plus the identity of the user on whose behalf the call is
/// made (<see cref="ForUser"/>, <see cref="ForToken"/>, <see cref="Create"/>), application credentials alone
/// (<see cref="ForApp"/>, for operations whose gateway resource does not verify the user), or an OAuth access token of the API gateway
/// that stands for both (<see cref="ForAccessToken"/>). <c>bk_app_secret</c>, <c>bk_token</c> and <c>access_token</c> never
/// appear in <see cref="ToString"/>, exceptions or logs.
/// </summary>
public sealed class BkCredentials
{
    private BkCredentials(string? appCode, string? appSecret, string? bkToken, string? bkUsername, string? accessToken)
    {
        AppCode = appCode;
        AppSecret = appSecret;
        BkToken = bkToken;
        BkUsername = bkUsername;
        AccessToken = accessToken;
    }

    private string? _gatewayHeader;

    /// <summary><c>bk_app_code</c>: the application id; null for <see cref="ForAccessToken"/> credentials.</summary>
    public string? AppCode { get; }

    /// <summary><c>bk_app_secret</c>: the application secret; null for <see cref="ForAccessToken"/> credentials. Secret: never logged.</summary>
    public string? AppSecret { get; }

    /// <summary><c>bk_token</c>: the user's login token, when the call acts for a logged-in user. Secret: never logged.</summary>
    public string? BkToken { get; }

    /// <summary><c>bk_username</c>: the user name, for applications whitelisted to skip login verification.</summary>
    public string? BkUsername { get; }

    /// <summary>
    /// <c>access_token</c>: the API gateway's OAuth access token, which represents the application and the user at once.
    /// Secret: never logged.
    /// </summary>
    public string? AccessToken { get; }

    /// <summary>Whether these credentials are an access token (<see cref="ForAccessToken"/>) rather than app code and secret.</summary>
    public bool IsAccessToken => AccessToken is not null;

    /// <summary>
    /// Credentials of the application alone (<c>bk_app_code</c> and <c>bk_app_secret</c>, no user), for the operations whose
    /// gateway resource does not verify the user (bk-job's <c>system_*</c> resources, <c>userVerifiedRequired: false</c>).
    /// An operation whose spec says the gateway verifies the user (<c>x-bkapi.auth.user</c>) is refused with these
    /// before anything is sent (<see cref="Errors.BkMissingIdentityException"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The app code or the secret is empty or blank.</exception>
    public static BkCredentials ForApp(string appCode, string appSecret)
    {
        RequireApp(appCode, appSecret);
        return new BkCredentials(appCode, appSecret, bkToken: null, bkUsername: null, accessToken: null);
    }

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
        RequireApp(appCode, appSecret);

        bkToken = string.IsNullOrWhiteSpace(bkToken) ? null : bkToken;
        bkUsername = string.IsNullOrWhiteSpace(bkUsername) ? null : bkUsername;
        if (bkToken is null && bkUsername is null)
        {
            throw new ArgumentException("One of bk_token or bk_username is required to identify the user.", nameof(bkUsername));
        }

        return new BkCredentials(appCode, appSecret, bkToken, bkUsername, accessToken: null);
    }

    private static void RequireApp(string appCode, string appSecret)
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
    }

    /// <summary>
    /// What these credentials identify: the application, and the user when a <c>bk_username</c> or <c>bk_token</c> is
    /// set. An access token counts as both: it is opaque, and the gateway derives the app and the user (if any) from it.
    /// </summary>
    public BkVerification Identifies => AccessToken is not null || BkToken is not null || BkUsername is not null ? BkVerification.AppAndUser : BkVerification.App;

    /// <summary>
    /// Credentials that are the API gateway's OAuth access token alone. As in BlueKing's own SDKs (bkapi-client-core,
    /// bk-apigateway-sdks), the <c>X-Bkapi-Authorization</c> header is then exactly <c>{"access_token": "..."}</c>: the token
    /// stands for the application and the user, so no app code, secret or user is sent. With <see cref="BkAuthMode.Esb"/>
    /// the same header is sent and nothing is merged into the body: the ESB reads <c>access_token</c> only from
    /// <c>X-Bkapi-Authorization</c> (its <c>RequestHandler</c> takes the header first, and its body parameters have no
    /// <c>access_token</c>), derives the app and the user from it, and needs a user-type token.
    /// </summary>
    /// <exception cref="ArgumentException">The token is empty or blank.</exception>
    public static BkCredentials ForAccessToken(string accessToken)
    {
        if (string.IsNullOrWhiteSpace(accessToken))
        {
            throw new ArgumentException("access_token must not be empty or blank.", nameof(accessToken));
        }

        return new BkCredentials(appCode: null, appSecret: null, bkToken: null, bkUsername: null, accessToken);
    }

    /// <summary>Writes the credential fields as JSON properties (used for the ESB body and the <c>X-Bkapi-Authorization</c> header).</summary>
    internal void WriteProperties(Utf8JsonWriter writer)
    {
        if (AccessToken is not null)
        {
            // The token alone, as bkapi-client-core and bk-apigateway-sdks send it: other fields would be ignored anyway.
            writer.WriteString("access_token"u8, AccessToken);
            return;
        }

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

    /// <summary>The values that must never leave the client in text: secret, user token, access token.</summary>
    internal string?[] SecretValues() => _secrets ??= [AppSecret, BkToken, AccessToken];

    private string?[]? _secrets;

    /// <summary>A description safe to log: the secret and tokens are masked.</summary>
    public override string ToString()
        => AccessToken is not null ? "BkCredentials { AccessToken = *** }" : $"BkCredentials {{ AppCode = {AppCode}, AppSecret = ***, BkToken = {(BkToken is null ? "(none)" : "***")}, BkUsername = {BkUsername ?? "(none)"} }}";
}
