namespace BkApiGen.Runtime.Errors;

/// <summary>
/// A callback body (what a BlueKing system POSTs to the caller's <c>callback_url</c>) could not be read as the documented
/// payload: empty, not JSON, truncated, JSON <c>null</c>, or a member of the wrong shape (<see cref="Problem"/> names it,
/// e.g. <c>callback_protocol_payload.job_instance_id: expected a number, found an object.</c>).
/// <see cref="Exception.InnerException"/> holds the parser's error, when there is one.
/// </summary>
/// <remarks>
/// Not a <see cref="BkApiException"/>: no call was made, so there is no operation, status or request id. The message never
/// quotes the body (a receiver may log it, and the body is whatever reached a public URL).
/// </remarks>
public sealed class BkInvalidCallbackException : Exception
{
    internal BkInvalidCallbackException(string callback, string problem, Exception? inner)
        : base($"{callback}: invalid callback body: {problem}", inner)
    {
        Callback = callback;
        Problem = problem;
    }

    /// <summary>The callback, as <c>system.name</c> (e.g. <c>jobv3.callback_protocol</c>).</summary>
    public string Callback { get; }

    /// <summary>What was wrong with the body.</summary>
    public string Problem { get; }
}
