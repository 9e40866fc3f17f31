// How a failed BlueKing call becomes joblogs' one-line error and exit code.
using BkApiGen.JobLogs.Cli;
using BkApiGen.Runtime.Errors;

namespace BkApiGen.JobLogs;

internal static class ApiFailures
{
    /// <summary>The failure for a client exception, or null when <paramref name="exception"/> is not one.</summary>
    public static JobLogsFailure? From(Exception exception) => exception switch
    {
        BkApiValidationException ex => new JobLogsFailure(ExitCodes.Usage, "invalid request", "the API's rules refuse it")
        {
            Details = ex.Errors.Select(e => $"{e.Path}: {e.Message}").ToArray(),
        },
        BkApiErrorException ex => Failure(ExitCodes.ApiError, "API error", ex, ex.ErrorMessage),
        BkGatewayException ex => Failure(ExitCodes.HttpError, "HTTP error", ex, ex.ErrorMessage ?? (ex.BodyPreview is null ? null : $"body starts with: {ex.BodyPreview}")),
        BkInvalidResponseException ex => Failure(ExitCodes.InvalidResponse, "invalid response", ex, ex.BodyPreview is null ? ex.Problem : $"{ex.Problem}; body starts with: {ex.BodyPreview}"),
        BkTransportException ex => Failure(ExitCodes.Transport, "transport error", ex, ex.InnerException is { } inner ? $"{ex.Message} ({inner.Message})" : ex.Message),
        _ => null,
    };

    private static JobLogsFailure Failure(int exitCode, string kind, BkApiException ex, string? message)
        => new(exitCode, kind, message ?? string.Empty)
        {
            HttpStatus = ex is BkApiErrorException || ex.StatusCode is not { } status ? null : (int)status,
            Code = ex.Code,
            CodeName = ex.CodeName,
            RequestId = ex.RequestId,
        };
}
