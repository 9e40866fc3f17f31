using System.Net;
using System.Text;

namespace BkApiGen.Runtime.Errors;

/// <summary>
/// Base of every error a BlueKing call can end in after the request was accepted for sending.
/// Carries what the server said (<see cref="Code"/>, <see cref="CodeName"/>, <see cref="ErrorMessage"/>,
/// <see cref="RequestId"/>, <see cref="Permission"/>) and never the credentials.
/// </summary>
/// <remarks>
/// <para>The hierarchy (the table with examples is docs/errors.md):</para>
/// <list type="table">
/// <listheader><term>type</term><description>when</description></listheader>
/// <item><term><see cref="BkApiErrorException"/></term><description>the API answered with its envelope and <c>result: false</c>
/// (or a <c>code</c>/<c>permission</c> without <c>result</c>, or bk-job v4's <c>error</c> object at HTTP 200).</description></item>
/// <item><term><see cref="BkGatewayException"/></term><description>an HTTP error status (4xx/5xx).</description></item>
/// <item><term><see cref="BkInvalidResponseException"/></term><description>a successful status with a body that is not the
/// documented JSON: not JSON, truncated, not an envelope, <c>data</c> of the wrong shape, invalid UTF-8, too deep, too large.</description></item>
/// <item><term><see cref="BkTransportException"/></term><description>no complete answer: connection failure or reset, or the
/// call's timeout (which covers reading the body).</description></item>
/// </list>
/// <para>
/// Arguments refused before sending throw <see cref="BkApiValidationException"/> instead, and cancelling the call's token
/// throws <see cref="OperationCanceledException"/> carrying that token.
/// </para>
/// <para>
/// <see cref="RequestId"/> is set whenever the server sent one before the failure: the body's <c>request_id</c> or
/// <c>job_request_id</c>, else the <c>X-Bkapi-Request-Id</c> header. <see cref="Code"/> is numeric only: a symbolic code
/// (<c>"INVALID_ARGUMENT"</c>) is in <see cref="CodeName"/> with <see cref="Code"/> null, at any HTTP status.
/// The app secret and the user token never appear in the message or any property; server text that echoes them is
/// scrubbed to <c>***</c>.
/// </para>
/// </remarks>
public abstract class BkApiException : Exception
{
    private const int MaxQuotedMessage = 1000;

    private protected BkApiException(BkApiErrorInfo info, string summary, Exception? inner)
        : base(Compose(info, summary), inner)
    {
        Operation = info.Operation;
        StatusCode = info.StatusCode;
        Code = info.Code;
        CodeName = info.CodeName;
        ErrorMessage = info.Message;
        RequestId = info.RequestId;
        GatewayRequestId = info.GatewayRequestId;
        Permission = info.Permission;
    }

    /// <summary>The operation, as <c>system.name</c> (e.g. <c>jobv3.batch_get_job_instance_ip_log</c>).</summary>
    public string Operation { get; }

    /// <summary>The HTTP status of the response, when one arrived.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>
    /// The numeric BlueKing error code (<c>code</c> in the body, or the <c>X-Bkapi-Error-Code</c> header); null when none
    /// was sent or the code was symbolic (see <see cref="CodeName"/>).
    /// </summary>
    public long? Code { get; }

    /// <summary>
    /// The symbolic code: the gateway's <c>code_name</c> (e.g. <c>APP_NO_PERMISSION</c>), or a <c>code</c> sent as a
    /// non-numeric string (bk-job v4, e.g. <c>INVALID_ARGUMENT</c>).
    /// </summary>
    public string? CodeName { get; }

    /// <summary>The server's message (<c>message</c>, or the <c>X-Bkapi-Error-Message</c> header).</summary>
    public string? ErrorMessage { get; }

    /// <summary>The request id to quote to the API's operators: <c>request_id</c>, <c>job_request_id</c> or <c>X-Bkapi-Request-Id</c>.</summary>
    public string? RequestId { get; }

    /// <summary>
    /// The API gateway's own request id, the <c>X-Bkapi-Request-Id</c> response header, on every exception whose response
    /// arrived with it (API errors, HTTP errors, invalid responses, bk-job v4 errors, a body cut off). Kept apart from
    /// <see cref="RequestId"/>, which prefers the backend's id from the body: the gateway's operators trace this one.
    /// </summary>
    public string? GatewayRequestId { get; }

    /// <summary>The <c>permission</c> object of a permission error, when sent.</summary>
    public BkPermission? Permission { get; }

    /// <summary>
    /// Whether the same call may succeed if made again later: a connection failure or timeout, a gateway rate or
    /// concurrency limit, a bad gateway or backend timeout (see <see cref="BkGatewayErrorCode"/> and docs/errors.md). A
    /// permission, parameter or authentication error is not. Says nothing about whether the operation is safe to repeat:
    /// only idempotent operations should be retried.
    /// </summary>
    public virtual bool IsRetryable => Code is { } code && BkGatewayErrorCode.IsRetryable(code) == true;

    private static string Compose(BkApiErrorInfo info, string summary)
    {
        var text = new StringBuilder();
        text.Append(info.Operation).Append(": ").Append(summary);
        if (info.Code is { } code)
        {
            text.Append("; code ").Append(code);
            if (info.CodeName is not null)
            {
                text.Append(" (").Append(info.CodeName).Append(')');
            }
        }

        if (!string.IsNullOrEmpty(info.Message))
        {
            // ErrorMessage keeps the whole text; the exception's message (logged, shown) quotes at most a screenful.
            text.Append(": ").Append(info.Message.Length <= MaxQuotedMessage ? info.Message : info.Message[..MaxQuotedMessage] + "…");
        }

        if (info.StatusCode is { } status)
        {
            text.Append("; HTTP ").Append((int)status);
        }

        if (info.RequestId is not null)
        {
            text.Append("; request id ").Append(info.RequestId);
        }

        if (info.GatewayRequestId is not null && info.GatewayRequestId != info.RequestId)
        {
            text.Append("; gateway request id ").Append(info.GatewayRequestId);
        }

        return text.ToString();
    }
}

/// <summary>What an error response said, gathered before the exception is built.</summary>
internal sealed record BkApiErrorInfo(
    string Operation,
    HttpStatusCode? StatusCode,
    long? Code,
    string? CodeName,
    string? Message,
    string? RequestId,
    BkPermission? Permission)
{
    /// <summary>The <c>X-Bkapi-Request-Id</c> response header, when a response with it arrived.</summary>
    public string? GatewayRequestId { get; init; }
}

/// <summary>
/// The API answered with its envelope and <c>result: false</c>, e.g. bk-job's 1240003 (invalid argument),
/// 1244006 (instance not found) or 9900403 (no permission, with <see cref="BkApiException.Permission"/>).
/// </summary>
public sealed class BkApiErrorException : BkApiException
{
    internal BkApiErrorException(BkApiErrorInfo info)
        : base(info, "the API returned an error", null)
    {
    }
}

/// <summary>
/// The response had an HTTP error status (4xx/5xx), e.g. the gateway's 400 INVALID_ARGS for bad credentials,
/// 403 APP_NO_PERMISSION, 429 RATE_LIMIT_RESTRICTION or 502 BAD_GATEWAY. The body's <c>code</c>/<c>code_name</c>/<c>message</c>
/// or the <c>X-Bkapi-Error-*</c> headers are carried when present; otherwise <see cref="BodyPreview"/> shows the start of the body.
/// </summary>
public sealed class BkGatewayException : BkApiException
{
    internal BkGatewayException(BkApiErrorInfo info, string? bodyPreview)
        : base(info, bodyPreview is null ? "HTTP error" : $"HTTP error, body starts with: {bodyPreview}", null)
    {
        BodyPreview = bodyPreview;
    }

    /// <summary>The start of a body that was not a BlueKing error object (e.g. an HTML error page), else null.</summary>
    public string? BodyPreview { get; }

    /// <summary>The <c>Retry-After</c> delay the server asked for, when it sent one (429/503).</summary>
    public TimeSpan? RetryAfter { get; internal init; }

    /// <summary>
    /// A known gateway code decides (<see cref="BkGatewayErrorCode.IsRetryable(long)"/>: rate limits and bad gateways yes,
    /// permission and parameter errors no); otherwise the HTTP status does: 408, 429 and 5xx are retryable.
    /// </summary>
    public override bool IsRetryable => BkGatewayErrorCode.IsRetryable(Code, StatusCode);
}

/// <summary>
/// The response had a successful status but could not be read as the documented JSON: not JSON at all, truncated, not an
/// envelope, <c>data</c> of the wrong shape (<see cref="Problem"/> names the member), a string that is not UTF-8, nesting
/// deeper than the serializer's <c>MaxDepth</c>, a body over <see cref="BkApiClientOptions.MaxResponseBytes"/>, or
/// <c>result: true</c> without <c>data</c>. <see cref="Exception.InnerException"/> holds the parser's error, when there is one.
/// </summary>
public sealed class BkInvalidResponseException : BkApiException
{
    internal BkInvalidResponseException(BkApiErrorInfo info, string problem, string? bodyPreview, Exception? inner)
        : base(info, bodyPreview is null ? $"invalid response: {problem}" : $"invalid response: {problem}; body starts with: {bodyPreview}", inner)
    {
        Problem = problem;
        BodyPreview = bodyPreview;
    }

    /// <summary>What was wrong with the body.</summary>
    public string Problem { get; }

    /// <summary>The first bytes of the body as text, when they could be captured.</summary>
    public string? BodyPreview { get; }
}

/// <summary>
/// No complete response arrived: the connection failed or was reset (before or while the body was read), or the call
/// timed out (<see cref="BkApiClientOptions.Timeout"/> covers reading the body; a resilience pipeline's timeout too).
/// <see cref="BkApiException.StatusCode"/> and <see cref="BkApiException.RequestId"/> are set when the headers (and an id)
/// had arrived; <see cref="Exception.InnerException"/> is the <see cref="HttpRequestException"/>, <see cref="IOException"/>,
/// <see cref="OperationCanceledException"/> or <see cref="TimeoutException"/>.
/// </summary>
public sealed class BkTransportException : BkApiException
{
    internal BkTransportException(BkApiErrorInfo info, string problem, Exception inner)
        : base(info, problem, inner)
    {
    }

    /// <summary>Always true: no complete answer arrived, so the same call may well succeed later.</summary>
    public override bool IsRetryable => true;
}
