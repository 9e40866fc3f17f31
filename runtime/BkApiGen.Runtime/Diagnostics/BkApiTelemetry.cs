using System.Diagnostics;
using System.Net;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Errors;
using Microsoft.Extensions.Logging;

namespace BkApiGen.Runtime.Diagnostics;

/// <summary>
/// The span and the log line of each call. Only what identifies the call and its outcome is recorded: operation, HTTP
/// status, BlueKing code and code name, request id, duration, exception type and message. Never a header, a body, the
/// app secret or the user token (exception messages never contain them either, see <see cref="BkApiException"/>).
/// </summary>
internal static partial class BkApiTelemetry
{
    public const string ActivitySourceName = "BkApiGen";

    private static readonly ActivitySource Source = new(ActivitySourceName, typeof(BkApiTelemetry).Assembly.GetName().Version?.ToString(3));

    /// <summary>Starts the span of one call (null when nobody listens).</summary>
    public static Activity? StartCall(BkApiOperation operation, BkAuthMode mode)
    {
        var activity = Source.StartActivity(operation.DisplayName, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("bkapi.system", operation.System);
            activity.SetTag("bkapi.operation", operation.Name);
            activity.SetTag("bkapi.auth_mode", mode == BkAuthMode.Esb ? "esb" : "gateway");
            activity.SetTag("bkapi.idempotent", operation.IsIdempotent);
        }

        return activity;
    }

    public static void Succeeded(ILogger logger, Activity? activity, BkApiOperation operation, HttpStatusCode status, long code, string? requestId, TimeSpan duration)
    {
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("http.response.status_code", (int)status);
            activity.SetTag("bkapi.code", code);
            activity.SetTag("bkapi.request_id", requestId);
            activity.SetStatus(ActivityStatusCode.Ok);
        }

        LogSucceeded(logger, operation.DisplayName, (int)status, code, requestId, duration.TotalMilliseconds);
    }

    public static void Failed(ILogger logger, Activity? activity, BkApiOperation operation, BkApiException exception, TimeSpan duration)
    {
        var errorType = exception.GetType().Name;
        if (activity is { IsAllDataRequested: true })
        {
            if (exception.StatusCode is { } status)
            {
                activity.SetTag("http.response.status_code", (int)status);
            }

            activity.SetTag("bkapi.code", exception.Code);
            activity.SetTag("bkapi.code_name", exception.CodeName);
            activity.SetTag("bkapi.request_id", exception.RequestId);
            activity.SetTag("error.type", errorType);
            activity.SetStatus(ActivityStatusCode.Error, exception.Message.Length <= 300 ? exception.Message : exception.Message[..300] + "…");
        }

        LogFailed(
            logger,
            exception,
            operation.DisplayName,
            errorType,
            exception.StatusCode is { } s ? (int)s : null,
            exception.Code,
            exception.CodeName,
            exception.RequestId,
            duration.TotalMilliseconds);
    }

    public static void Cancelled(ILogger logger, Activity? activity, BkApiOperation operation, TimeSpan duration)
    {
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("error.type", nameof(OperationCanceledException));
            activity.SetStatus(ActivityStatusCode.Error, "cancelled by the caller");
        }

        LogCancelled(logger, operation.DisplayName, duration.TotalMilliseconds);
    }

    public static void Faulted(Activity? activity, Exception exception)
    {
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("error.type", exception.GetType().Name);
            activity.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
        }
    }

    [LoggerMessage(EventId = 1, EventName = "BkApiCallSucceeded", Level = LogLevel.Information,
        Message = "BlueKing call {Operation} succeeded: HTTP {StatusCode}, code {Code}, request id {RequestId}, {DurationMs:F1} ms")]
    private static partial void LogSucceeded(ILogger logger, string operation, int statusCode, long code, string? requestId, double durationMs);

    [LoggerMessage(EventId = 2, EventName = "BkApiCallFailed", Level = LogLevel.Warning,
        Message = "BlueKing call {Operation} failed with {ErrorType}: HTTP {StatusCode}, code {Code} {CodeName}, request id {RequestId}, {DurationMs:F1} ms")]
    private static partial void LogFailed(ILogger logger, Exception exception, string operation, string errorType, int? statusCode, long? code, string? codeName, string? requestId, double durationMs);

    [LoggerMessage(EventId = 3, EventName = "BkApiCallCancelled", Level = LogLevel.Debug,
        Message = "BlueKing call {Operation} was cancelled by the caller after {DurationMs:F1} ms")]
    private static partial void LogCancelled(ILogger logger, string operation, double durationMs);
}
