namespace BkApiGen.Runtime.Errors;

/// <summary>
/// A request broke the operation's documented rules (an id below 1, too many hosts, a malformed IP address, ...).
/// Thrown before anything is sent. <see cref="Errors"/> lists every problem found, not just the first.
/// </summary>
public sealed class BkApiValidationException : ArgumentException
{
    /// <summary>Creates the exception for the problems found in one request.</summary>
    public BkApiValidationException(string requestType, IReadOnlyList<BkValidationError> errors)
        : base($"{requestType} is invalid: " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}")), errors.Count > 0 ? errors[0].Path : null)
    {
        RequestType = requestType;
        Errors = errors;
    }

    /// <summary>The request type that was validated.</summary>
    public string RequestType { get; }

    /// <summary>Every problem found, with the JSON path of the offending value.</summary>
    public IReadOnlyList<BkValidationError> Errors { get; }
}

/// <summary>One problem in a request: the JSON path of the value (e.g. <c>ip_list[3].ip</c>) and what is wrong with it.</summary>
public sealed record BkValidationError(string Path, string Message);
