using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BkApiGen.FakeGateway;

/// <summary>One HTTP request as the fake received it. Immutable; recorded in <see cref="FakeBkGateway.Requests"/> whatever the outcome.</summary>
public sealed class FakeRequest
{
    private readonly byte[] _body;

    internal FakeRequest(
        string requestId,
        string method,
        string path,
        string queryString,
        string rawTarget,
        IReadOnlyDictionary<string, string> headers,
        byte[] body,
        DateTimeOffset receivedAt)
    {
        RequestId = requestId;
        Method = method;
        Path = path;
        QueryString = queryString;
        RawTarget = rawTarget;
        Headers = headers;
        _body = body;
        Body = Encoding.UTF8.GetString(body);
        ReceivedAt = receivedAt;
        Channel = FakeBkGateway.ChannelOf(path);
    }

    /// <summary>The id the fake assigned (a uuid4 in 32 hex digits); also sent back in the <c>X-Bkapi-Request-Id</c> response header.</summary>
    public string RequestId { get; }

    /// <summary>HTTP method, upper case (<c>POST</c>).</summary>
    public string Method { get; }

    /// <summary>The request path without query string, percent-decoded (e.g. <c>/api/bk-job/prod/api/v3/batch_get_job_instance_ip_log</c>). See <see cref="RawTarget"/> for the bytes as sent.</summary>
    public string Path { get; }

    /// <summary>The raw query string including the leading <c>?</c>, or an empty string.</summary>
    public string QueryString { get; }

    /// <summary>The request target exactly as sent on the request line: path (not decoded) plus query string.</summary>
    public string RawTarget { get; }

    /// <summary>All request headers, case-insensitive by name; repeated headers are joined with <c>", "</c>.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The raw request body decoded as UTF-8 (empty when there was none).</summary>
    public string Body { get; }

    /// <summary>The raw request body bytes (a copy).</summary>
    public byte[] BodyBytes => (byte[])_body.Clone();

    /// <summary>When the fake received the request.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>Whether the path is a gateway or a legacy ESB path (<c>/api/c/compapi/...</c>).</summary>
    public FakeApiChannel Channel { get; }

    /// <summary>The value of a header, or <see langword="null"/> when absent.</summary>
    /// <param name="name">Header name, any case.</param>
    public string? GetHeader(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>
    /// The credentials in the <c>X-Bkapi-Authorization</c> header, or <see langword="null"/> when the header is absent
    /// or is not a JSON object.
    /// </summary>
    public FakeAuth? HeaderAuth => FakeAuth.FromJson(GetHeader("X-Bkapi-Authorization"), FakeAuthSource.Header);

    /// <summary>
    /// The credentials found as members of the JSON body (legacy ESB style), or <see langword="null"/> when the body is not a
    /// JSON object or carries none of the credential fields.
    /// </summary>
    public FakeAuth? BodyAuth
    {
        get
        {
            var auth = FakeAuth.FromJson(Body, FakeAuthSource.Body);
            return auth is { HasAnyField: true } ? auth : null;
        }
    }

    /// <summary>
    /// The credentials the fake checks: for <see cref="FakeApiChannel.Gateway"/> only the header; for
    /// <see cref="FakeApiChannel.Esb"/> the header when present, else the body, else (no body) the query string.
    /// <see langword="null"/> when none was sent.
    /// </summary>
    public FakeAuth? Auth
    {
        get
        {
            var header = HeaderAuth;
            if (Channel == FakeApiChannel.Gateway || header is not null)
            {
                return header;
            }

            var body = BodyAuth;
            if (body is not null)
            {
                return body;
            }

            var query = FakeAuth.FromPairs(GetQueryValue, FakeAuthSource.Query);
            return query.HasAnyField ? query : null;
        }
    }

    /// <summary>The first value of a query-string parameter (URL-decoded), or <see langword="null"/>.</summary>
    /// <param name="name">Parameter name (case-sensitive).</param>
    public string? GetQueryValue(string name)
    {
        var query = QueryString.StartsWith('?') ? QueryString[1..] : QueryString;
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var key = Uri.UnescapeDataString((eq < 0 ? pair : pair[..eq]).Replace('+', ' '));
            if (key == name)
            {
                return eq < 0 ? string.Empty : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            }
        }

        return null;
    }

    /// <summary>Parses the body as JSON (a fresh mutable tree on each call), or returns <see langword="null"/> when it is not valid JSON.</summary>
    public JsonNode? GetBodyJson()
    {
        if (_body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(_body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Method, path and request id, for test failure messages.</summary>
    public override string ToString() => $"{Method} {Path}{QueryString} ({RequestId})";
}
