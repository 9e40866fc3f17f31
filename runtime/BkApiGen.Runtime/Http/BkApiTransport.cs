using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Errors;

namespace BkApiGen.Runtime.Http;

/// <summary>
/// Sends one operation over an <see cref="HttpClient"/>: builds the body and the authentication for the configured mode,
/// reads the envelope from the response stream with generated metadata (no reflection), and turns every failure into a
/// <see cref="BkApiException"/>. Generated clients call it; it is public so that hand-written calls share the same behaviour.
/// </summary>
public sealed class BkApiTransport
{
    /// <summary>Header of the gateway's authentication JSON.</summary>
    public const string AuthorizationHeader = "X-Bkapi-Authorization";

    /// <summary>Header of the language the API should answer in.</summary>
    public const string LanguageHeader = "blueking-language";

    private const int ErrorBodyLimit = 64 * 1024;
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _httpClient;
    private readonly BkApiClientOptions _options;

    /// <summary>Creates a transport over a caller-owned <see cref="HttpClient"/> (e.g. one from <c>IHttpClientFactory</c>).</summary>
    public BkApiTransport(HttpClient httpClient, BkApiClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.BaseAddress);
        ArgumentNullException.ThrowIfNull(options.Credentials);
        if (!options.BaseAddress.IsAbsoluteUri)
        {
            throw new ArgumentException($"BaseAddress must be an absolute URI, was '{options.BaseAddress}'.", nameof(options));
        }

        _httpClient = httpClient;
        _options = options;
    }

    /// <summary>The options this transport sends with.</summary>
    public BkApiClientOptions Options => _options;

    /// <summary>Calls the operation and returns its <c>data</c>, which must be present.</summary>
    /// <exception cref="BkApiException">The call failed; the subtype says how.</exception>
    public async Task<TData> SendAsync<TRequest, TData>(
        BkApiOperation operation,
        TRequest request,
        JsonTypeInfo<TRequest> requestTypeInfo,
        JsonTypeInfo<BkApiResponse<TData>> responseTypeInfo,
        CancellationToken cancellationToken = default)
    {
        var (envelope, statusCode, headerRequestId) = await SendCoreAsync(operation, request, requestTypeInfo, responseTypeInfo, cancellationToken).ConfigureAwait(false);
        // HasData, not just a null check: for a value-type TData a null or missing data would otherwise read as default (0, false).
        if (!envelope.HasData || envelope.Data is null)
        {
            throw new BkInvalidResponseException(Info(operation, statusCode, envelope, headerRequestId), "result is true but data is missing or null", null, null);
        }

        return envelope.Data;
    }

    /// <summary>Calls the operation and returns the whole successful envelope (for operations whose <c>data</c> may be null).</summary>
    /// <exception cref="BkApiException">The call failed; the subtype says how.</exception>
    public async Task<BkApiResponse<TData>> SendForEnvelopeAsync<TRequest, TData>(
        BkApiOperation operation,
        TRequest request,
        JsonTypeInfo<TRequest> requestTypeInfo,
        JsonTypeInfo<BkApiResponse<TData>> responseTypeInfo,
        CancellationToken cancellationToken = default)
        => (await SendCoreAsync(operation, request, requestTypeInfo, responseTypeInfo, cancellationToken).ConfigureAwait(false)).Envelope;

    private async Task<(BkApiResponse<TData> Envelope, HttpStatusCode Status, string? HeaderRequestId)> SendCoreAsync<TRequest, TData>(
        BkApiOperation operation,
        TRequest request,
        JsonTypeInfo<TRequest> requestTypeInfo,
        JsonTypeInfo<BkApiResponse<TData>> responseTypeInfo,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(requestTypeInfo);
        ArgumentNullException.ThrowIfNull(responseTypeInfo);

        using var message = CreateRequestMessage(operation, request, requestTypeInfo);

        // With ResponseHeadersRead, HttpClient.Timeout only bounds the wait for the headers: without this, a body that
        // stalls after the headers would hang the call for ever. The same budget, counted from here, bounds the body.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_httpClient.Timeout != Timeout.InfiniteTimeSpan)
        {
            deadline.CancelAfter(_httpClient.Timeout);
        }

        var readToken = deadline.Token;
        HttpResponseMessage response;
        try
        {
            response = await _httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new BkTransportException(Info(operation, null), $"the request could not be sent ({ex.HttpRequestError})", ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new BkTransportException(Info(operation, null), "the request timed out", ex);
        }

        using (response)
        {
            var headerRequestId = HeaderValue(response, "X-Bkapi-Request-Id");
            if (!response.IsSuccessStatusCode)
            {
                throw await ReadHttpErrorAsync(operation, response, headerRequestId, readToken, cancellationToken).ConfigureAwait(false);
            }

            BkApiResponse<TData>? envelope;
            var body = new PreviewStream(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), 512);
            await using (body.ConfigureAwait(false))
            {
                try
                {
                    envelope = await JsonSerializer.DeserializeAsync(body, responseTypeInfo, readToken).ConfigureAwait(false);
                }
                catch (JsonException ex)
                {
                    throw new BkInvalidResponseException(Info(operation, response.StatusCode, requestId: headerRequestId), DescribeJsonError(ex), body.Preview, ex);
                }
                catch (Exception ex) when (ex is IOException or HttpRequestException)
                {
                    throw new BkTransportException(Info(operation, response.StatusCode, requestId: headerRequestId), "the connection failed while the response was read", ex);
                }
                catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new BkTransportException(Info(operation, response.StatusCode, requestId: headerRequestId), "the response timed out while it was read", ex);
                }
                catch (OperationCanceledException ex) when (ex.CancellationToken != cancellationToken)
                {
                    throw new OperationCanceledException(ex.Message, ex, cancellationToken); // the caller's token, not the linked one
                }
            }

            if (envelope is { HasResult: false } && (envelope.Code != 0 || envelope.Permission is not null))
            {
                // Some backends (e.g. the IAM permission error passed through by the gateway) send code and permission without 'result'.
                throw new BkApiErrorException(Info(operation, response.StatusCode, envelope, headerRequestId));
            }

            if (envelope is null || !envelope.HasResult)
            {
                throw new BkInvalidResponseException(
                    Info(operation, response.StatusCode, requestId: envelope?.RequestId ?? envelope?.JobRequestId ?? headerRequestId),
                    "the body is not a BlueKing envelope (no 'result' member)",
                    body.Preview,
                    null);
            }

            if (!envelope.Result)
            {
                throw new BkApiErrorException(Info(operation, response.StatusCode, envelope, headerRequestId));
            }

            return (envelope, response.StatusCode, headerRequestId);
        }
    }

    private HttpRequestMessage CreateRequestMessage<TRequest>(BkApiOperation operation, TRequest request, JsonTypeInfo<TRequest> requestTypeInfo)
    {
        var path = _options.AuthMode == BkAuthMode.Gateway ? operation.GatewayPath : operation.EsbPath;
        if (path is null)
        {
            throw new InvalidOperationException(
                $"{operation.DisplayName} has no {(_options.AuthMode == BkAuthMode.Gateway ? "API gateway" : "ESB")} path in its spec; use the other auth mode.");
        }

        // The spec's method is the gateway's; the ESB takes every component as POST with a JSON body.
        var method = _options.AuthMode == BkAuthMode.Esb ? HttpMethod.Post : operation.Method;
        if (method != HttpMethod.Post && method != HttpMethod.Get)
        {
            throw new NotSupportedException($"{operation.DisplayName}: HTTP {operation.Method} is not supported; only GET and POST are.");
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(request, requestTypeInfo);
        HttpRequestMessage message;
        if (method == HttpMethod.Get)
        {
            // Gateway GET operations take the request's members as query parameters.
            message = new HttpRequestMessage(HttpMethod.Get, Combine(_options.BaseAddress, path) + QueryString.FromJsonObject(body));
        }
        else
        {
            if (_options.AuthMode == BkAuthMode.Esb)
            {
                body = MergeCredentials(body, _options.Credentials);
            }

            message = new HttpRequestMessage(HttpMethod.Post, Combine(_options.BaseAddress, path)) { Content = new ByteArrayContent(body) };
            message.Content.Headers.ContentType = JsonContentType;
        }

        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (_options.AuthMode == BkAuthMode.Gateway)
        {
            message.Headers.TryAddWithoutValidation(AuthorizationHeader, _options.Credentials.ToGatewayAuthorizationHeader());
        }

        if (_options.Language is { Length: > 0 } language)
        {
            message.Headers.TryAddWithoutValidation(LanguageHeader, language);
        }

        return message;
    }

    /// <summary>Puts the credential members at the front of the request object (the ESB reads them from the body).</summary>
    internal static byte[] MergeCredentials(byte[] body, BkCredentials credentials)
    {
        if (body.Length < 2 || body[0] != (byte)'{' || body[^1] != (byte)'}')
        {
            throw new InvalidOperationException("An ESB request body must be a JSON object.");
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>(body.Length + 128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            credentials.WriteProperties(writer);
            writer.WriteEndObject();
        }

        var auth = buffer.WrittenSpan;
        var isEmpty = body.AsSpan(1, body.Length - 2).Trim(" \t\r\n"u8).IsEmpty;
        var merged = new byte[auth.Length - 1 + (isEmpty ? 1 : body.Length)];
        auth[..^1].CopyTo(merged);
        if (isEmpty)
        {
            merged[^1] = (byte)'}';
        }
        else
        {
            merged[auth.Length - 1] = (byte)',';
            body.AsSpan(1).CopyTo(merged.AsSpan(auth.Length));
        }

        return merged;
    }

    private static string Combine(Uri baseAddress, string path)
    {
        var root = baseAddress.AbsoluteUri;
        return root.EndsWith('/') ? root + path.TrimStart('/') : root + "/" + path.TrimStart('/');
    }

    private static async Task<BkApiException> ReadHttpErrorAsync(BkApiOperation operation, HttpResponseMessage response, string? headerRequestId, CancellationToken readToken, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await ReadLimitedAsync(response.Content, ErrorBodyLimit, readToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The status and headers arrived: report them even when the body cannot be read (in time).
            bytes = [];
        }
        catch (OperationCanceledException ex) when (ex.CancellationToken != cancellationToken)
        {
            throw new OperationCanceledException(ex.Message, ex, cancellationToken); // the caller's token, not the linked one
        }

        long? code = long.TryParse(HeaderValue(response, "X-Bkapi-Error-Code"), out var headerCode) ? headerCode : null;
        var message = HeaderValue(response, "X-Bkapi-Error-Message");
        string? codeName = null, bodyRequestId = null;
        BkPermission? permission = null;
        string? preview = null;
        if (!TryReadErrorBody(bytes, ref code, ref codeName, ref message, ref bodyRequestId, ref permission))
        {
            preview = bytes.Length == 0 ? null : BodyText.Preview(bytes);
        }

        var info = new BkApiErrorInfo(operation.DisplayName, response.StatusCode, code, codeName, message, bodyRequestId ?? headerRequestId, permission);
        return new BkGatewayException(info, preview) { RetryAfter = RetryAfter(response) };
    }

    private static bool TryReadErrorBody(byte[] bytes, ref long? code, ref string? codeName, ref string? message, ref string? requestId, ref BkPermission? permission)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            // bk-job v4 wraps errors as {"error": {"code", "message", "data"}}.
            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                root = error;
            }

            if (root.TryGetProperty("code", out var c))
            {
                if (c.ValueKind == JsonValueKind.Number && c.TryGetInt64(out var n))
                {
                    code = n;
                }
                else if (c.ValueKind == JsonValueKind.String)
                {
                    if (long.TryParse(c.GetString(), out n))
                    {
                        code = n;
                    }
                    else
                    {
                        codeName = c.GetString();
                    }
                }
            }

            codeName = StringMember(root, "code_name") ?? codeName;
            message = StringMember(root, "message") ?? message;
            requestId = StringMember(root, "request_id") ?? StringMember(root, "job_request_id");
            if (root.TryGetProperty("permission", out var p) && p.ValueKind == JsonValueKind.Object)
            {
                permission = new BkPermission(p.Clone());
            }
            else if (root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object && d.TryGetProperty("actions", out _))
            {
                permission = new BkPermission(d.Clone());
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? StringMember(JsonElement e, string name)
        => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static async Task<byte[]> ReadLimitedAsync(HttpContent content, int limit, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[limit];
            var total = 0;
            int read;
            while (total < limit && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
            }

            return buffer.AsSpan(0, total).ToArray();
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? date - DateTimeOffset.UtcNow : null;
    }

    private static string? HeaderValue(HttpResponseMessage response, string name)
        => response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static string DescribeJsonError(JsonException ex)
    {
        var where = ex.LineNumber is { } line ? $" (line {line + 1}, byte {ex.BytePositionInLine + 1})" : "";
        return ex.Message.Contains("LineNumber", StringComparison.Ordinal) ? ex.Message : ex.Message + where;
    }

    private static BkApiErrorInfo Info(BkApiOperation operation, HttpStatusCode? status, string? requestId = null)
        => new(operation.DisplayName, status, null, null, null, requestId, null);

    private static BkApiErrorInfo Info<TData>(BkApiOperation operation, HttpStatusCode status, BkApiResponse<TData> envelope, string? headerRequestId)
        => new(operation.DisplayName, status, envelope.Code, envelope.CodeName, envelope.Message, envelope.RequestId ?? envelope.JobRequestId ?? headerRequestId, envelope.Permission);
}
