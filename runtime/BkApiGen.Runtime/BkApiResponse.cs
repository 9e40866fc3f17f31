namespace BkApiGen.Runtime;

/// <summary>
/// The envelope every BlueKing API answers with: <c>result</c>, <c>code</c>, <c>message</c>, <c>data</c>,
/// <c>permission</c> and a request id (<c>request_id</c> on ESB and the gateway, <c>job_request_id</c> on bk-job).
/// </summary>
/// <typeparam name="TData">The operation's <c>data</c> type.</typeparam>
public sealed class BkApiResponse<TData>
{
    /// <summary><c>result</c>: true when the call succeeded.</summary>
    public bool Result { get; init; }

    /// <summary>
    /// <c>code</c>: 0 on success (or when absent), a BlueKing error code otherwise; -1 when the server sent a symbolic string
    /// code (bk-job v4 style, e.g. <c>"INVALID_ARGUMENT"</c>), which is then in <see cref="CodeName"/>.
    /// </summary>
    public long Code { get; init; }

    /// <summary>
    /// <c>code_name</c>: the gateway's symbolic error name (e.g. <c>INVALID_ARGS</c>), when sent; else a symbolic string
    /// <c>code</c>.
    /// </summary>
    public string? CodeName { get; init; }

    /// <summary><c>message</c>: the error message, when the call failed.</summary>
    public string? Message { get; init; }

    /// <summary><c>data</c>: the payload; read only when <see cref="Result"/> is true.</summary>
    public TData? Data { get; init; }

    /// <summary><c>permission</c>: what the user lacks, on permission errors (e.g. code 9900403).</summary>
    public BkPermission? Permission { get; init; }

    /// <summary><c>request_id</c>, sent by the ESB and the gateway.</summary>
    public string? RequestId { get; init; }

    /// <summary><c>job_request_id</c>, sent by bk-job.</summary>
    public string? JobRequestId { get; init; }

    /// <summary>Whether the <c>result</c> field was present at all (a body without it is not an envelope).</summary>
    public bool HasResult { get; init; }

    /// <summary>
    /// Whether a non-null <c>data</c> was read. Tells a missing or <c>null</c> <c>data</c> apart from a value-type
    /// <typeparamref name="TData"/> whose default (<c>0</c>, <c>false</c>, an undefined <c>JsonElement</c>) is a legitimate value.
    /// </summary>
    public bool HasData { get; init; }

    /// <summary>Whether <c>code</c> was a non-numeric string: exceptions then carry no <see cref="Code"/>, only <see cref="CodeName"/>.</summary>
    internal bool HasSymbolicCode { get; init; }
}
