namespace BkApiGen.Runtime;

/// <summary>How an operation's responses are shaped (the spec's <c>x-bkapi.protocol</c>).</summary>
public enum BkApiProtocol
{
    /// <summary>
    /// The BlueKing envelope (<c>result</c>, <c>code</c>, <c>message</c>, <c>data</c>, <c>permission</c>, request ids),
    /// usually at HTTP 200 whatever the outcome.
    /// </summary>
    V3 = 0,

    /// <summary>
    /// bk-job v4 (the new BlueKing HTTP API protocol): standard status codes; a 2xx body is <c>{"data": ...}</c> (204: no
    /// body), an error at 4xx/5xx is <c>{"error": {"code": "SYMBOL", "message": "...", "data": {permission}}}</c>.
    /// </summary>
    V4 = 1,
}
