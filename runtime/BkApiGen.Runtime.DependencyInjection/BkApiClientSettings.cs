using BkApiGen.Runtime.Auth;

namespace BkApiGen.Runtime.DependencyInjection;

/// <summary>
/// The settings of one registered BlueKing client, bound from the configuration section <c>BkApi</c> (by default) and
/// validated at start-up:
/// <code>
/// "BkApi": {
///   "BaseUrl": "https://bkapi.example.com/api/bk-job/prod/",
///   // or, as BlueKing's SDKs: "GatewayName": "bk-job", "Stage": "prod", "UrlTemplate": "https://bkapi.example.com/api/{api_name}"
///   "AuthMode": "Gateway",            // or "Esb" (then BaseUrl is the PaaS root)
///   "AppCode": "my-app",
///   "AppSecret": "…",                 // from a secret store in production; never logged or shown
///   "BkUsername": "admin",            // and/or "BkToken" (neither: the app alone); or "AccessToken" instead of all four
///   "TenantId": "system",             // X-Bk-Tenant-Id, multi-tenant BlueKing
///   "Language": "en",
///   "Timeout": "00:01:40"             // the whole call: retries and the response body included
/// }
/// </code>
/// Durations are <c>hh:mm:ss</c> (a bare number is refused, since <c>TimeSpan</c> would read <c>30</c> as 30 days).
/// <para>
/// A value the section does not set is read from the environment variables BlueKing's SDKs (bkapi-client-core,
/// bk-apigateway-sdks) read, in this order: <see cref="UrlTemplate"/> from <c>BK_API_URL_TMPL</c>, else
/// <c>BK_API_STAGE_URL_TMPL</c>; <see cref="AppCode"/> from <c>BK_APP_CODE</c>, <c>BKPAAS_APP_ID</c>, <c>APP_CODE</c>;
/// <see cref="AppSecret"/> from <c>BK_APP_SECRET</c>, <c>BKPAAS_APP_SECRET</c>, <c>SECRET_KEY</c>; <see cref="TenantId"/>
/// from <c>BKPAAS_APP_TENANT_ID</c> (set but empty: <c>system</c>, a global-tenant app), else <c>BK_APP_TENANT_ID</c>.
/// The <c>configure</c> delegate of <c>AddBkApiClient</c> runs last and wins over both.
/// </para>
/// </summary>
public sealed class BkApiClientSettings
{
    /// <summary>The configuration section read by default.</summary>
    public const string DefaultSectionName = "BkApi";

    /// <summary>
    /// The gateway stage URL, or the PaaS root for <see cref="BkAuthMode.Esb"/>. Required unless <see cref="GatewayName"/>
    /// and a <see cref="UrlTemplate"/> give it; wins over them when set.
    /// </summary>
    public string? BaseUrl { get; set; }

    /// <summary>The gateway name (e.g. <c>bk-job</c>) put into <see cref="UrlTemplate"/> when <see cref="BaseUrl"/> is not set.</summary>
    public string? GatewayName { get; set; }

    /// <summary>The gateway stage appended to the template's URL; <c>prod</c> when not set.</summary>
    public string? Stage { get; set; }

    /// <summary>
    /// The gateway URL template, e.g. <c>https://bkapi.example.com/api/{api_name}</c> (see <see cref="BkStageUrl"/>);
    /// from <c>BK_API_URL_TMPL</c> or <c>BK_API_STAGE_URL_TMPL</c> when not set.
    /// </summary>
    public string? UrlTemplate { get; set; }

    /// <summary>
    /// The API gateway's OAuth <c>access_token</c>, instead of app code, secret and user (which are then not needed and not
    /// sent). Secret like <see cref="AppSecret"/>.
    /// </summary>
    public string? AccessToken { get; set; }

    /// <summary>The <c>X-Bk-Tenant-Id</c> header of every call (e.g. <c>system</c>); none when null.</summary>
    public string? TenantId { get; set; }

    /// <summary>Where the credentials travel: <c>Gateway</c> (default) or <c>Esb</c>.</summary>
    public BkAuthMode AuthMode { get; set; } = BkAuthMode.Gateway;

    /// <summary><c>bk_app_code</c>. Required.</summary>
    public string? AppCode { get; set; }

    /// <summary><c>bk_app_secret</c>. Required. Never logged, never shown in a validation message or <see cref="ToString"/>.</summary>
    public string? AppSecret { get; set; }

    /// <summary>
    /// <c>bk_username</c>, and/or <see cref="BkToken"/>: the user the calls act for. With neither, the credentials are the
    /// app's alone (<see cref="BkCredentials.ForApp"/>), for gateway resources that do not verify the user (bk-job's
    /// <c>system_*</c>); an operation whose spec says the gateway verifies the user is then refused before sending.
    /// </summary>
    public string? BkUsername { get; set; }

    /// <summary><c>bk_token</c>, and/or <see cref="BkUsername"/> (see there). Secret like <see cref="AppSecret"/>.</summary>
    public string? BkToken { get; set; }

    /// <summary>The <c>blueking-language</c> header (e.g. <c>en</c>), none when null.</summary>
    public string? Language { get; set; }

    /// <summary>The whole call, retries and the response body included (default 100 s; 10 ms to 1 day).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>One attempt, up to the response headers (10 ms to 1 day; when unset, 30 s or <see cref="Timeout"/> if shorter).</summary>
    public TimeSpan? AttemptTimeout { get; set; }

    /// <summary>The attempt timeout in force.</summary>
    internal TimeSpan EffectiveAttemptTimeout => AttemptTimeout ?? (Timeout < DefaultAttemptTimeout ? Timeout : DefaultAttemptTimeout);

    private static TimeSpan DefaultAttemptTimeout => TimeSpan.FromSeconds(30);

    /// <summary>Retries of an idempotent operation after a 429, a 5xx, a timeout or a connection failure (default 3; 0 turns retries off).</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first retry delay, doubled at each retry, with jitter (default 1 s). A <c>Retry-After</c> header wins.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait before a retry, <c>Retry-After</c> included (default 30 s).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest response body read (default 1 GiB, see <see cref="BkApiClientOptions.MaxResponseBytes"/>).</summary>
    public long MaxResponseBytes { get; set; } = 1L << 30;

    /// <summary>
    /// The share of failed attempts (5xx, 408, 429, timeouts, connection failures) within 30 s that opens the circuit
    /// breaker, after which calls fail at once for <see cref="CircuitBreakerBreakDuration"/> instead of loading a server
    /// in trouble (default 0.1, as Microsoft's standard resilience handler; 0 turns the breaker off; at most 1).
    /// </summary>
    public double CircuitBreakerFailureRatio { get; set; } = 0.1;

    /// <summary>The attempts within 30 s below which the breaker never opens, whatever their outcome (default 100; at least 2).</summary>
    public int CircuitBreakerMinimumThroughput { get; set; } = 100;

    /// <summary>How long an open breaker refuses calls before letting one through to probe (default 5 s; 0.5 s to 1 day).</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The largest response body of an idempotent operation read ahead inside the retry pipeline, so that a connection lost
    /// while the body arrives is retried like one lost before the headers (default 1 MiB; 0 turns read-ahead off; at most
    /// 64 MiB). Only bodies with a <c>Content-Length</c> are read ahead; larger or unannounced ones are streamed, and a
    /// failure in them ends the call.
    /// </summary>
    public long MaxReadAheadBytes { get; set; } = DefaultMaxReadAheadBytes;

    /// <summary>The default of <see cref="MaxReadAheadBytes"/>: 1 MiB.</summary>
    public const long DefaultMaxReadAheadBytes = 1024 * 1024;

    /// <summary>The largest <see cref="MaxReadAheadBytes"/> accepted: 64 MiB (the body is held in memory).</summary>
    public const long MaxReadAheadLimit = 64 * 1024 * 1024;

    /// <summary>The configuration path the settings were bound from (for messages); null when not registered by this package.</summary>
    internal string? SectionPath { get; set; }

    /// <summary>Values the configuration held that could not be read (reported by validation, without the value of secrets).</summary>
    internal List<string> BindingErrors { get; } = [];

    /// <summary>The settings read from an environment variable, and which (named in validation messages).</summary>
    internal Dictionary<string, string> FromEnvironment { get; } = new(StringComparer.Ordinal);

    /// <summary>The stage in force.</summary>
    internal string EffectiveStage => string.IsNullOrWhiteSpace(Stage) ? BkStageUrl.DefaultStage : Stage.Trim();

    /// <summary>Whether the credentials are the access token alone.</summary>
    internal bool UsesAccessToken => !string.IsNullOrWhiteSpace(AccessToken);

    /// <summary>A description safe to log: the secret and the token are masked.</summary>
    public override string ToString()
        => $"BkApiClientSettings {{ BaseUrl = {BaseUrl}, GatewayName = {GatewayName ?? "(none)"}, Stage = {EffectiveStage}, UrlTemplate = {UrlTemplate ?? "(none)"}, AuthMode = {AuthMode}, AppCode = {AppCode}, AppSecret = {(string.IsNullOrEmpty(AppSecret) ? "(none)" : "***")}, " +
           $"BkUsername = {BkUsername ?? "(none)"}, BkToken = {(string.IsNullOrEmpty(BkToken) ? "(none)" : "***")}, AccessToken = {(string.IsNullOrEmpty(AccessToken) ? "(none)" : "***")}, TenantId = {TenantId ?? "(none)"}, Language = {Language ?? "(none)"}, Timeout = {Timeout}, " +
           $"AttemptTimeout = {EffectiveAttemptTimeout}, MaxRetryAttempts = {MaxRetryAttempts}, RetryBaseDelay = {RetryBaseDelay}, MaxRetryDelay = {MaxRetryDelay}, MaxResponseBytes = {MaxResponseBytes}, MaxReadAheadBytes = {MaxReadAheadBytes}, " +
           $"CircuitBreakerFailureRatio = {CircuitBreakerFailureRatio}, CircuitBreakerMinimumThroughput = {CircuitBreakerMinimumThroughput}, CircuitBreakerBreakDuration = {CircuitBreakerBreakDuration} }}";

    /// <summary>The runtime options of validated settings.</summary>
    internal BkApiClientOptions ToClientOptions() => new()
    {
        BaseAddress = string.IsNullOrWhiteSpace(BaseUrl) ? BkStageUrl.Resolve(UrlTemplate!.Trim(), GatewayName!.Trim(), EffectiveStage) : new Uri(BaseUrl, UriKind.Absolute),
        AuthMode = AuthMode,
        Credentials = UsesAccessToken ? BkCredentials.ForAccessToken(AccessToken!)
            : string.IsNullOrWhiteSpace(BkToken) && string.IsNullOrWhiteSpace(BkUsername) ? BkCredentials.ForApp(AppCode!, AppSecret!)
            : BkCredentials.Create(AppCode!, AppSecret!, BkToken, BkUsername),
        Language = string.IsNullOrWhiteSpace(Language) ? null : Language.Trim(),
        TenantId = string.IsNullOrWhiteSpace(TenantId) ? null : TenantId.Trim(),
        Timeout = Timeout,
        MaxResponseBytes = MaxResponseBytes,
    };
}
