using BkApiGen.Runtime.Auth;

namespace BkApiGen.Runtime;

/// <summary>Settings shared by every call a generated client makes.</summary>
public sealed class BkApiClientOptions
{
    private readonly Uri? _baseAddress;
    private Uri? _resolvedBaseAddress;

    /// <summary>
    /// Root of the API. For the gateway, the stage URL, e.g. <c>https://bkapi.example.com/api/bk-job/prod/</c>;
    /// for the ESB, the PaaS host, e.g. <c>https://paas.example.com/</c>. The operation's path is appended.
    /// When not set, it is the stage URL of <see cref="GatewayName"/> and <see cref="Stage"/> in <see cref="UrlTemplate"/>
    /// (see <see cref="BkStageUrl"/>); when set, it wins over them.
    /// </summary>
    /// <exception cref="InvalidOperationException">Read while neither this nor <see cref="GatewayName"/> with a template is set.</exception>
    public Uri BaseAddress
    {
        get => _baseAddress ?? (_resolvedBaseAddress ??= ResolveStageUrl());
        init => _baseAddress = value;
    }

    /// <summary>Whether <see cref="BaseAddress"/> was set rather than resolved from a template.</summary>
    internal bool HasExplicitBaseAddress => _baseAddress is not null;

    /// <summary>
    /// The API gateway's name (e.g. <c>bk-job</c>) put into <see cref="UrlTemplate"/> when <see cref="BaseAddress"/> is not
    /// set: the <c>api_name</c> of BlueKing's SDKs.
    /// </summary>
    public string? GatewayName { get; init; }

    /// <summary>The gateway stage (environment) appended to the template's URL: <c>prod</c> unless set.</summary>
    public string Stage { get; init; } = BkStageUrl.DefaultStage;

    /// <summary>
    /// The gateway URL template, as the <c>BK_API_URL_TMPL</c> environment variable of BlueKing's SDKs holds it, e.g.
    /// <c>https://bkapi.example.com/api/{api_name}</c>: <c>{api_name}</c> (or <c>{gateway_name}</c>) becomes
    /// <see cref="GatewayName"/> and <c>/{stage}/</c> is appended. A template that already places the stage
    /// (<c>BK_API_STAGE_URL_TMPL</c> style, with a <c>{stage}</c> placeholder) is used as it is.
    /// </summary>
    public string? UrlTemplate { get; init; }

    /// <summary>
    /// The BlueKing tenant the calls are made in, sent as the <c>X-Bk-Tenant-Id</c> header of every call (multi-tenant
    /// BlueKing, e.g. <c>system</c> for a global-tenant application); none is sent when null.
    /// </summary>
    public string? TenantId { get; init; }

    /// <summary>How credentials are sent: the gateway header (default) or merged into the ESB request body.</summary>
    public BkAuthMode AuthMode { get; init; } = BkAuthMode.Gateway;

    /// <summary>Application and user credentials.</summary>
    public required BkCredentials Credentials { get; init; }

    /// <summary>Value of the <c>blueking-language</c> header (e.g. <c>en</c>, <c>zh-cn</c>); none is sent when null.</summary>
    public string? Language { get; init; }

    /// <summary>
    /// The time one call may take, from sending the request to the last byte of the response body (and every retry a
    /// resilience handler makes in between). <see langword="null"/> (the default) uses the <see cref="HttpClient.Timeout"/>
    /// of the client; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> means none. Needed because with
    /// <see cref="HttpCompletionOption.ResponseHeadersRead"/> <see cref="HttpClient.Timeout"/> stops at the headers, and a
    /// body that stalls would otherwise never end. A timeout ends in <see cref="Errors.BkTransportException"/>.
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// The largest response body read, in bytes (default 1 GiB): a longer body ends in
    /// <see cref="Errors.BkInvalidResponseException"/>. Bodies are read as they arrive and never held whole, but their
    /// decoded content (e.g. 500 hosts' logs) is: this bounds what a broken or hostile server can make the client hold.
    /// </summary>
    public long MaxResponseBytes { get; init; } = 1L << 30;

    /// <summary>
    /// Whether <paramref name="language"/> can be sent as the <c>blueking-language</c> header: a language tag such as
    /// <c>en</c>, <c>zh-cn</c> or <c>zh_CN</c> (ASCII letters, digits, <c>-</c>, <c>_</c>; at most 35 characters). Anything
    /// else (a line break would split the header, non-ASCII text is refused by the HTTP stack) is refused up front.
    /// </summary>
    public static bool IsValidLanguage(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.Length is > 0 and <= 35 && language.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
    }

    /// <summary>
    /// Whether <paramref name="tenantId"/> can be sent as the <c>X-Bk-Tenant-Id</c> header: ASCII letters, digits,
    /// <c>-</c>, <c>_</c> and <c>.</c>, at most 64 characters (BlueKing tenant ids such as <c>system</c> or <c>default</c>).
    /// Anything else (a line break would split the header) is refused up front.
    /// </summary>
    public static bool IsValidTenantId(string tenantId)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        return tenantId.Length is > 0 and <= 64 && tenantId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
    }

    private Uri ResolveStageUrl()
    {
        if (GatewayName is null)
        {
            throw new InvalidOperationException("BaseAddress is not set: set it, or GatewayName with UrlTemplate (BK_API_URL_TMPL, e.g. https://bkapi.example.com/api/{api_name}).");
        }

        if (UrlTemplate is null)
        {
            throw new InvalidOperationException($"GatewayName '{GatewayName}' needs UrlTemplate (BK_API_URL_TMPL, e.g. https://bkapi.example.com/api/{{api_name}}) or an explicit BaseAddress.");
        }

        return BkStageUrl.Resolve(UrlTemplate, GatewayName, Stage);
    }

    private string DescribeBaseAddress()
    {
        if (_baseAddress is not null || (GatewayName is not null && UrlTemplate is not null && Stage is not null && BkStageUrl.TryResolve(UrlTemplate, GatewayName, Stage, out _, out _)))
        {
            return BaseAddress.ToString();
        }

        return $"(unresolved: GatewayName = {GatewayName ?? "(none)"}, Stage = {Stage}, UrlTemplate = {UrlTemplate ?? "(none)"})";
    }

    /// <summary>A description safe to log.</summary>
    public override string ToString()
        => $"BkApiClientOptions {{ BaseAddress = {DescribeBaseAddress()}, AuthMode = {AuthMode}, Credentials = {Credentials}, Language = {Language ?? "(none)"}, TenantId = {TenantId ?? "(none)"}, Timeout = {(Timeout is { } t ? t.ToString() : "(HttpClient.Timeout)")}, MaxResponseBytes = {MaxResponseBytes} }}";
}
