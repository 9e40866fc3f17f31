using BkApiGen.Runtime.Auth;

namespace BkApiGen.Runtime;

/// <summary>Settings shared by every call a generated client makes.</summary>
public sealed class BkApiClientOptions
{
    /// <summary>
    /// Root of the API. For the gateway, the stage URL, e.g. <c>https://bkapi.example.com/api/bk-job/prod/</c>;
    /// for the ESB, the PaaS host, e.g. <c>https://paas.example.com/</c>. The operation's path is appended.
    /// </summary>
    public required Uri BaseAddress { get; init; }

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

    /// <summary>A description safe to log.</summary>
    public override string ToString()
        => $"BkApiClientOptions {{ BaseAddress = {BaseAddress}, AuthMode = {AuthMode}, Credentials = {Credentials}, Language = {Language ?? "(none)"}, Timeout = {(Timeout is { } t ? t.ToString() : "(HttpClient.Timeout)")}, MaxResponseBytes = {MaxResponseBytes} }}";
}
