using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BkApiGen.FakeGateway;

/// <summary>
/// A response the fake sends: status code, content type, body bytes, extra headers, plus test knobs (<see cref="Delay"/>,
/// <see cref="AbortConnection"/>). Build one with the static helpers; <see cref="WithHeader"/> and <see cref="WithDelay"/> return the same instance.
/// </summary>
public sealed class FakeResponse
{
    /// <summary>Content type of JSON bodies sent by bk-job and by these helpers.</summary>
    public const string JsonContentType = "application/json";

    /// <summary>Content type apisix sets on its own error responses.</summary>
    public const string GatewayErrorContentType = "application/json; charset=utf-8";

    /// <summary>Creates a response.</summary>
    /// <param name="statusCode">HTTP status code.</param>
    /// <param name="contentType">The <c>Content-Type</c> header, or <see langword="null"/> for none.</param>
    /// <param name="body">Body bytes (not copied).</param>
    public FakeResponse(int statusCode, string? contentType, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        StatusCode = statusCode;
        ContentType = contentType;
        Body = body;
    }

    /// <summary>HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The <c>Content-Type</c> header, or <see langword="null"/> for none.</summary>
    public string? ContentType { get; }

    /// <summary>The body bytes, sent verbatim.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The body decoded as UTF-8.</summary>
    public string BodyText => Encoding.UTF8.GetString(Body.Span);

    /// <summary>
    /// Extra response headers (case-insensitive), applied after <see cref="ContentType"/> so they can override it.
    /// <c>X-Bkapi-Request-Id</c> is added by the fake unless set here.
    /// </summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Wait this long before answering (the wait ends early if the client disconnects or the fake stops). Default zero.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>When true the fake aborts the connection instead of answering (after <see cref="Delay"/>), so the client sees a transport error.</summary>
    public bool AbortConnection { get; set; }

    /// <summary>
    /// When set, the fake sends the status, the headers (with the full <c>Content-Length</c>) and only this many bytes of the
    /// body, then (after a short pause, so the client has read them) drops the connection: a reset in the middle of the body.
    /// </summary>
    public int? AbortAfterBodyBytes { get; set; }

    /// <summary>Sets <see cref="AbortAfterBodyBytes"/> and returns this response.</summary>
    /// <param name="bytes">How many bytes of the body to send before dropping the connection.</param>
    public FakeResponse WithAbortAfter(int bytes)
    {
        AbortAfterBodyBytes = bytes;
        return this;
    }

    /// <summary>Adds or replaces a response header and returns this response.</summary>
    /// <param name="name">Header name.</param>
    /// <param name="value">Header value (non-ASCII is sent as UTF-8).</param>
    public FakeResponse WithHeader(string name, string value)
    {
        Headers[name] = value;
        return this;
    }

    /// <summary>Sets <see cref="Delay"/> and returns this response.</summary>
    /// <param name="delay">How long to wait before answering.</param>
    public FakeResponse WithDelay(TimeSpan delay)
    {
        Delay = delay;
        return this;
    }

    /// <summary>A JSON body sent verbatim (not validated) with <c>Content-Type: application/json</c>.</summary>
    /// <param name="statusCode">HTTP status code.</param>
    /// <param name="json">The body text.</param>
    public static FakeResponse Json(int statusCode, string json)
        => new(statusCode, JsonContentType, Encoding.UTF8.GetBytes(json));

    /// <summary>A JSON body sent verbatim with HTTP 200.</summary>
    /// <param name="json">The body text.</param>
    public static FakeResponse Json(string json) => Json(200, json);

    /// <summary>A text body with any content type, e.g. an HTML error page from a proxy.</summary>
    /// <param name="statusCode">HTTP status code.</param>
    /// <param name="contentType">The <c>Content-Type</c> header, or <see langword="null"/> for none.</param>
    /// <param name="body">The body text, sent as UTF-8.</param>
    public static FakeResponse Text(int statusCode, string? contentType, string body)
        => new(statusCode, contentType, Encoding.UTF8.GetBytes(body));

    /// <summary>A body of raw bytes (e.g. invalid UTF-8, or a truncated document).</summary>
    /// <param name="statusCode">HTTP status code.</param>
    /// <param name="contentType">The <c>Content-Type</c> header, or <see langword="null"/> for none.</param>
    /// <param name="body">Body bytes (not copied).</param>
    public static FakeResponse Bytes(int statusCode, string? contentType, byte[] body) => new(statusCode, contentType, body);

    /// <summary>A response with no body and no content type.</summary>
    /// <param name="statusCode">HTTP status code.</param>
    public static FakeResponse Empty(int statusCode) => new(statusCode, null, []);

    /// <summary>A response that aborts the connection without answering.</summary>
    public static FakeResponse Abort() => new(0, null, []) { AbortConnection = true };

    /// <summary>
    /// An error generated by the API gateway (apisix), as its <c>bk-error-wrapper</c> sends it: the body
    /// <c>{"code":..,"data":null,"code_name":..,"message":..,"result":false}</c>, <c>Content-Type: application/json; charset=utf-8</c>,
    /// and the <c>X-Bkapi-Error-Code</c> / <c>X-Bkapi-Error-Message</c> headers.
    /// </summary>
    /// <param name="statusCode">HTTP status code, e.g. 400, 403, 404, 429, 502, 504.</param>
    /// <param name="code">Gateway error code, e.g. 1640001.</param>
    /// <param name="codeName">Gateway error name, e.g. <c>INVALID_ARGS</c>.</param>
    /// <param name="message">The full message, e.g. <c>Parameters error [reason="app code cannot be empty"]</c>.</param>
    public static FakeResponse GatewayError(int statusCode, int code, string codeName, string message)
    {
        var body = FakeJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("code", code);
            w.WriteNull("data");
            w.WriteString("code_name", codeName);
            w.WriteString("message", message);
            w.WriteBoolean("result", false);
            w.WriteEndObject();
        });
        return new FakeResponse(statusCode, GatewayErrorContentType, body)
            .WithHeader("X-Bkapi-Error-Code", code.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithHeader("X-Bkapi-Error-Message", message);
    }

    /// <summary>The gateway's HTTP 400 <c>INVALID_ARGS</c> (1640001) error: message <c>Parameters error [reason="…"]</c>.</summary>
    /// <param name="reason">The reason, e.g. <c>app code cannot be empty</c>.</param>
    public static FakeResponse GatewayInvalidArgs(string reason)
        => GatewayError(400, 1640001, "INVALID_ARGS", $"Parameters error [reason=\"{reason}\"]");

    /// <summary>The gateway's HTTP 404 <c>API_NOT_FOUND</c> (1640401) error for a method and path.</summary>
    /// <param name="method">HTTP method.</param>
    /// <param name="path">Request path.</param>
    public static FakeResponse GatewayApiNotFound(string method, string path)
        => GatewayError(404, 1640401, "API_NOT_FOUND", $"API not found [method=\"{method}\" path=\"{path}\"]");

    /// <summary>
    /// A legacy ESB error: HTTP 200, body <c>{"result":false,"code":..,"data":null,"message":..,"request_id":..}</c>.
    /// </summary>
    /// <param name="message">The error message.</param>
    /// <param name="code">ESB error code; 1306000 (common API error) for every validator failure.</param>
    /// <param name="requestId">The request id to embed; a new uuid4 hex when <see langword="null"/>. Pass <see cref="FakeRequest.RequestId"/> to match the response header.</param>
    public static FakeResponse EsbError(string message, int code = 1306000, string? requestId = null)
    {
        requestId ??= FakeBkGateway.NewRequestId();
        var body = FakeJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteBoolean("result", false);
            w.WriteNumber("code", code);
            w.WriteNull("data");
            w.WriteString("message", message);
            w.WriteString("request_id", requestId);
            w.WriteEndObject();
        });
        return new FakeResponse(200, JsonContentType, body);
    }

    /// <summary>
    /// A bk-job v3 error as its <c>EsbResp</c> serializes it (HTTP 200, nulls omitted):
    /// <c>{"code":..,"result":false,"job_request_id":..,"message":..}</c>.
    /// </summary>
    /// <param name="code">bk-job error code, e.g. 1244006.</param>
    /// <param name="message">The message, e.g. <c>作业实例不存在</c>.</param>
    /// <param name="jobRequestId">The <c>job_request_id</c>; a new 32-hex id when <see langword="null"/>.</param>
    public static FakeResponse BkJobError(int code, string message, string? jobRequestId = null)
    {
        jobRequestId ??= FakeBkGateway.NewRequestId();
        var body = FakeJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("code", code);
            w.WriteBoolean("result", false);
            w.WriteString("job_request_id", jobRequestId);
            w.WriteString("message", message);
            w.WriteEndObject();
        });
        return new FakeResponse(200, JsonContentType, body);
    }

    /// <summary>
    /// A bk-job v3 success: HTTP 200, <c>{"result":true,"code":0,"message":"","data":&lt;dataJson&gt;,"job_request_id":..}</c>.
    /// </summary>
    /// <param name="dataJson">The <c>data</c> member as JSON text (validated).</param>
    /// <param name="jobRequestId">The <c>job_request_id</c>; a new 32-hex id when <see langword="null"/>.</param>
    public static FakeResponse BkJobOk(string dataJson, string? jobRequestId = null)
    {
        jobRequestId ??= FakeBkGateway.NewRequestId();
        return new FakeResponse(200, JsonContentType, FakeJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteBoolean("result", true);
            w.WriteNumber("code", 0);
            w.WriteString("message", string.Empty);
            w.WritePropertyName("data");
            w.WriteRawValue(dataJson);
            w.WriteString("job_request_id", jobRequestId);
            w.WriteEndObject();
        }));
    }

    /// <summary>Status, content type and body length, for test failure messages.</summary>
    public override string ToString() => $"FakeResponse({StatusCode}, {ContentType ?? "no content type"}, {Body.Length} bytes)";
}

/// <summary>Compact JSON writing that keeps non-ASCII text (Chinese messages) unescaped, as Java and Python servers send it.</summary>
internal static class FakeJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
