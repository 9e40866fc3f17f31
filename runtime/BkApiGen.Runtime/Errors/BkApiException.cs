using System.Net;
using System.Text;

namespace BkApiGen.Runtime.Errors;

/// <summary>
/// Base of every error a BlueKing call can end in after the request was accepted for sending.
/// Carries what the server said (<see cref="Code"/>, <see cref="ErrorMessage"/>, <see cref="RequestId"/>,
/// <see cref="Permission"/>) and never the credentials.
/// </summary>
/// <remarks>
/// The hierarchy: <see cref="BkApiErrorException"/> (the API answered <c>result: false</c>),
/// <see cref="BkGatewayException"/> (an HTTP error status), <see cref="BkInvalidResponseException"/>
/// (a body that is not the documented JSON), <see cref="BkTransportException"/> (no answer: network or timeout).
/// Arguments refused before sending throw <see cref="BkApiValidationException"/> instead.
/// </remarks>
public abstract class BkApiException : Exception
{
    private protected BkApiException(BkApiErrorInfo info, string summary, Exception? inner)
        : base(Compose(info, summary), inner)
    {
        Operation = info.Operation;
        StatusCode = info.StatusCode;
        Code = info.Code;
        CodeName = info.CodeName;
        ErrorMessage = info.Message;
        RequestId = info.RequestId;
        Permission = info.Permission;
    }

    /// <summary>The operation, as <c>system.name</c> (e.g. <c>jobv3.batch_get_job_instance_ip_log</c>).</summary>
    public string Operation { get; }

    /// <summary>The HTTP status of the response, when one arrived.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The BlueKing error code (<c>code</c> in the body, or the <c>X-Bkapi-Error-Code</c> header).</summary>
    public long? Code { get; }

    /// <summary>The gateway's symbolic code (<c>code_name</c>, e.g. <c>APP_NO_PERMISSION</c>), when sent.</summary>
    public string? CodeName { get; }

    /// <summary>The server's message (<c>message</c>, or the <c>X-Bkapi-Error-Message</c> header).</summary>
    public string? ErrorMessage { get; }

    /// <summary>The request id to quote to the API's operators: <c>request_id</c>, <c>job_request_id</c> or <c>X-Bkapi-Request-Id</c>.</summary>
    public string? RequestId { get; }

    /// <summary>The <c>permission</c> object of a permission error, when sent.</summary>
    public BkPermission? Permission { get; }

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
            text.Append(": ").Append(info.Message);
        }

        if (info.StatusCode is { } status)
        {
            text.Append("; HTTP ").Append((int)status);
        }

        if (info.RequestId is not null)
        {
            text.Append("; request id ").Append(info.RequestId);
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
    BkPermission? Permission);

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
}

/// <summary>
/// The response could not be read as the documented JSON: not JSON at all, truncated, not an envelope,
/// or <c>data</c> of the wrong shape. <see cref="Exception.InnerException"/> holds the parser's error.
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

/// <summary>No response arrived: connection failure, reset, or the call timed out.</summary>
public sealed class BkTransportException : BkApiException
{
    internal BkTransportException(BkApiErrorInfo info, string problem, Exception inner)
        : base(info, problem, inner)
    {
    }
}
