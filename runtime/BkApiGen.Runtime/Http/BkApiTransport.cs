using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Diagnostics;
using BkApiGen.Runtime.Errors;
using BkApiGen.Runtime.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BkApiGen.Runtime.Http;

/// <summary>
/// Sends one operation over an <see cref="HttpClient"/>: builds the body and the authentication for the configured mode,
/// reads the envelope from the response stream as it arrives (generated metadata, no reflection, the body never held whole),
/// and turns every failure into a <see cref="BkApiException"/>. Each call is one <see cref="Activity"/> of the
/// <see cref="ActivitySourceName"/> source and, with a logger, one log line. Generated clients call it; it is public so
/// that hand-written calls share the same behaviour.
/// </summary>
public sealed class BkApiTransport
{
    /// <summary>Header of the gateway's authentication JSON.</summary>
    public const string AuthorizationHeader = "X-Bkapi-Authorization";

    /// <summary>Header of the language the API should answer in.</summary>
    public const string LanguageHeader = "blueking-language";

    /// <summary>Header of the BlueKing tenant of the call (multi-tenant BlueKing), sent when <see cref="BkApiClientOptions.TenantId"/> is set.</summary>
    public const string TenantIdHeader = "X-Bk-Tenant-Id";

    /// <summary>Header in which the gateway returns its request id.</summary>
    public const string RequestIdHeader = "X-Bkapi-Request-Id";

    /// <summary>Name of the <see cref="ActivitySource"/> of the calls (one span per call, retries included).</summary>
    public const string ActivitySourceName = BkApiTelemetry.ActivitySourceName;

    /// <summary>
    /// The operation of a request, set on every <see cref="HttpRequestMessage"/> the transport sends, so that handlers
    /// (e.g. a retry policy that must only retry idempotent operations) can read <see cref="BkApiOperation.IsIdempotent"/>.
    /// </summary>
    public static readonly HttpRequestOptionsKey<BkApiOperation> OperationOptionKey = new("BkApiGen.Operation");

    private const int ErrorBodyLimit = 64 * 1024;
    private const int PreviewBytes = 512;
    private const int InitialReadBuffer = 16 * 1024;
    private const int MinScrubbedLength = 4;
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _httpClient;
    private readonly BkApiClientOptions _options;
    private readonly BkVerification _identifies;
    private readonly ILogger _logger;

    /// <summary>Creates a transport over a caller-owned <see cref="HttpClient"/> (e.g. one from <c>IHttpClientFactory</c>).</summary>
    public BkApiTransport(HttpClient httpClient, BkApiClientOptions options)
        : this(httpClient, options, logger: null)
    {
    }

    /// <summary>
    /// Creates a transport that also logs one line per call to <paramref name="logger"/>: operation, HTTP status, BlueKing code,
    /// request id and duration (never a credential, a request body or a response body).
    /// </summary>
    public BkApiTransport(HttpClient httpClient, BkApiClientOptions options, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Credentials);
        if (options.AuthMode == BkAuthMode.Esb && !options.HasExplicitBaseAddress)
        {
            throw new ArgumentException("With AuthMode Esb, set BaseAddress to the PaaS root (e.g. https://paas.example.com/): the ESB has no gateway stages, so GatewayName and UrlTemplate do not apply.", nameof(options));
        }

        Uri baseAddress;
        try
        {
            baseAddress = options.BaseAddress; // resolved from GatewayName and UrlTemplate when not set
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            throw new ArgumentException($"The base address cannot be resolved: {ex.Message}", nameof(options), ex);
        }

        ArgumentNullException.ThrowIfNull(baseAddress, nameof(options.BaseAddress));
        if (!baseAddress.IsAbsoluteUri)
        {
            throw new ArgumentException($"BaseAddress must be an absolute URI, was '{baseAddress}'.", nameof(options));
        }

        if (options.Timeout is { } timeout && timeout <= TimeSpan.Zero && timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentException($"Timeout must be positive or Timeout.InfiniteTimeSpan, was {timeout}.", nameof(options));
        }

        if (options.MaxResponseBytes <= 0)
        {
            throw new ArgumentException($"MaxResponseBytes must be positive, was {options.MaxResponseBytes}.", nameof(options));
        }

        if (options.Language is { Length: > 0 } language && !BkApiClientOptions.IsValidLanguage(language))
        {
            throw new ArgumentException($"Language must be a language tag such as 'en' or 'zh-cn' (ASCII letters, digits, '-' or '_'), was '{language}'.", nameof(options));
        }

        if (options.TenantId is { Length: > 0 } tenant && !BkApiClientOptions.IsValidTenantId(tenant))
        {
            throw new ArgumentException($"TenantId must be a BlueKing tenant id such as 'system' (ASCII letters, digits, '-', '_' or '.'), was '{tenant}'.", nameof(options));
        }

        _httpClient = httpClient;
        _options = options;
        _identifies = options.Credentials.Identifies;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>The options this transport sends with.</summary>
    public BkApiClientOptions Options => _options;

    /// <summary>Calls the operation and returns its <c>data</c>, which must be present.</summary>
    /// <exception cref="BkApiException">The call failed; the subtype says how (see docs/errors.md).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<TData> SendAsync<TRequest, TData>(
        BkApiOperation operation,
        TRequest request,
        JsonTypeInfo<TRequest> requestTypeInfo,
        JsonTypeInfo<BkApiResponse<TData>> responseTypeInfo,
        CancellationToken cancellationToken = default)
    {
        var envelope = await SendCoreAsync(operation, request, requestTypeInfo, responseTypeInfo, requireData: true, cancellationToken).ConfigureAwait(false);
        return envelope.Data!;
    }

    /// <summary>
    /// Calls the operation and returns its <c>data</c>, or null when the server sent a null or no <c>data</c>: for operations
    /// whose spec lets it be null (<typeparamref name="TData"/> is then nullable: <c>long?</c>, <c>string?</c>).
    /// </summary>
    /// <exception cref="BkApiException">The call failed; the subtype says how (see docs/errors.md).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<TData?> SendAllowingNullDataAsync<TRequest, TData>(
        BkApiOperation operation,
        TRequest request,
        JsonTypeInfo<TRequest> requestTypeInfo,
        JsonTypeInfo<BkApiResponse<TData>> responseTypeInfo,
        CancellationToken cancellationToken = default)
    {
        var envelope = await SendCoreAsync(operation, request, requestTypeInfo, responseTypeInfo, requireData: false, cancellationToken).ConfigureAwait(false);
        return envelope.HasData ? envelope.Data : default;
    }

    /// <summary>Calls the operation and returns the whole successful envelope (for operations whose <c>data</c> may be null).</summary>
    /// <exception cref="BkApiException">The call failed; the subtype says how (see docs/errors.md).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<BkApiResponse<TData>> SendForEnvelopeAsync<TRequest, TData>(
        BkApiOperation operation,
        TRequest request,
        JsonTypeInfo<TRequest> requestTypeInfo,
        JsonTypeInfo<BkApiResponse<TData>> responseTypeInfo,
        CancellationToken cancellationToken = default)
        => SendCoreAsync(operation, request, requestTypeInfo, responseTypeInfo, requireData: false, cancellationToken).AsTask();

    /// <summary>One call with its span and its log line around it.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<BkApiResponse<TData>> SendCoreAsync<TRequest, TData>(
        BkApiOperation operation,
        TRequest request,
        JsonTypeInfo<TRequest> requestTypeInfo,
        JsonTypeInfo<BkApiResponse<TData>> responseTypeInfo,
        bool requireData,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(requestTypeInfo);
        ArgumentNullException.ThrowIfNull(responseTypeInfo);
        RefuseMissingIdentity(operation);

        using var activity = BkApiTelemetry.StartCall(operation, _options.AuthMode);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var (envelope, status, requestId) = await ExchangeAsync(operation, request, requestTypeInfo, responseTypeInfo, requireData, cancellationToken).ConfigureAwait(false);
            BkApiTelemetry.Succeeded(_logger, activity, operation, status, envelope.Code, requestId, Stopwatch.GetElapsedTime(started));
            return envelope;
        }
        catch (BkApiException ex)
        {
            BkApiTelemetry.Failed(_logger, activity, operation, ex, Stopwatch.GetElapsedTime(started));
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            BkApiTelemetry.Cancelled(_logger, activity, operation, Stopwatch.GetElapsedTime(started));
            throw;
        }
        catch (Exception ex)
        {
            // A misuse (e.g. an operation without a path for this auth mode): still visible on the span.
            BkApiTelemetry.Faulted(activity, ex);
            throw;
        }
    }

    /// <summary>
    /// Refuses, before anything is sent, a call whose operation the gateway verifies an identity for (the spec's
    /// <c>x-bkapi.auth</c>) that the credentials do not carry: the gateway would answer 1640001 after the round trip.
    /// </summary>
    private void RefuseMissingIdentity(BkApiOperation operation)
    {
        // Only the gateway's authConfig reaches specs: in ESB mode the ESB's own component rules decide.
        var missing = operation.Verification & ~_identifies;
        if (missing != BkVerification.None && _options.AuthMode == BkAuthMode.Gateway)
        {
            throw new BkMissingIdentityException(operation, missing);
        }
    }

    // Pooled: on a real socket these awaits complete asynchronously, and each level would box its state machine per call.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<(BkApiResponse<TData> Envelope, HttpStatusCode Status, string? RequestId)> ExchangeAsync<TRequest, TData>(
        BkApiOperation operation,
        TRequest request,
        JsonTypeInfo<TRequest> requestTypeInfo,
        JsonTypeInfo<BkApiResponse<TData>> responseTypeInfo,
        bool requireData,
        CancellationToken cancellationToken)
    {
        using var message = CreateRequestMessage(operation, request, requestTypeInfo);
        message.Options.Set(OperationOptionKey, operation);

        // With ResponseHeadersRead, HttpClient.Timeout only bounds the wait for the headers: without a deadline of our own, a
        // body that stalls after the headers would hang the call for ever. One budget bounds the whole call, body included.
        var timeout = _options.Timeout ?? _httpClient.Timeout;
        using var deadline = timeout == System.Threading.Timeout.InfiniteTimeSpan ? null
            : cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken)
            : new CancellationTokenSource(); // nothing to link to: a plain source is cheaper
        deadline?.CancelAfter(timeout);
        var token = deadline?.Token ?? cancellationToken;

        HttpResponseMessage response;
        try
        {
            response = await _httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
        }
        catch (HttpRequestException ex) when (ex is { HttpRequestError: HttpRequestError.ResponseEnded, StatusCode: { } status })
        {
            // A handler that reads the body ahead (BkApiGen.Runtime.DependencyInjection, for retries) lost the connection in it.
            throw new BkTransportException(Info(operation, status), "the connection failed while the response was read", ex);
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError == HttpRequestError.Unknown)
        {
            // No category: the message is the only account of what happened (e.g. an open circuit breaker).
            throw new BkTransportException(Info(operation, null), $"the request could not be sent: {Scrub(ex.Message)}", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new BkTransportException(Info(operation, null), $"the request could not be sent ({ex.HttpRequestError})", ex);
        }
        catch (TimeoutException ex)
        {
            // E.g. a resilience pipeline's timeout, translated by BkApiGen.Runtime.DependencyInjection.
            throw new BkTransportException(Info(operation, null), $"the request timed out ({ex.Message})", ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new BkTransportException(Info(operation, null), $"the request timed out after {timeout}", ex);
        }
        catch (OperationCanceledException ex) when (ex.CancellationToken != cancellationToken)
        {
            throw new OperationCanceledException(ex.Message, ex, cancellationToken); // the caller's token, not the linked one
        }

        using (response)
        {
            var headerRequestId = Scrub(HeaderValue(response, RequestIdHeader));
            if (!response.IsSuccessStatusCode)
            {
                throw await ReadHttpErrorAsync(operation, response, headerRequestId, token, cancellationToken).ConfigureAwait(false);
            }

            var status = response.StatusCode;
            var v4 = operation.Protocol == BkApiProtocol.V4;
            if (v4 && (status == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0))
            {
                // bk-job v4: a 2xx without a body (204 No Content) is a success with no data.
                if (requireData)
                {
                    throw new BkInvalidResponseException(Info(operation, status, requestId: headerRequestId, gatewayRequestId: headerRequestId), $"HTTP {(int)status} without a body: the operation returned no data", null, null);
                }

                return (new BkApiResponse<TData> { HasResult = true, Result = true }, status, headerRequestId);
            }

            var read = responseTypeInfo.Converter is BkApiResponseConverter<TData> envelopeConverter
                ? await ReadStreamingAsync(operation, response, envelopeConverter.DataConverter, responseTypeInfo.Options, headerRequestId, timeout, token, cancellationToken).ConfigureAwait(false)
                : await ReadBufferedAsync(operation, response, responseTypeInfo, headerRequestId, timeout, token, cancellationToken).ConfigureAwait(false);

            var envelope = read.Envelope;
            if (envelope is null)
            {
                throw new BkInvalidResponseException(Info(operation, status, requestId: headerRequestId, gatewayRequestId: headerRequestId), "the body is not a BlueKing envelope (no 'result' member)", read.PreviewText, null);
            }

            var requestId = Scrub(envelope.RequestId ?? envelope.JobRequestId) ?? headerRequestId;
            if (!envelope.HasResult)
            {
                if (envelope.Code != 0 || envelope.HasSymbolicCode || envelope.Permission is not null)
                {
                    // Some backends (e.g. the IAM permission error passed through by the gateway) send code and permission without 'result'.
                    throw new BkApiErrorException(Info(operation, status, envelope, requestId, headerRequestId));
                }

                if (read.Error is { Recognized: true } error)
                {
                    // bk-job v4's {"error": {...}} behind a gateway that rewrites error statuses to 200.
                    throw new BkApiErrorException(Info(operation, status, error.Code, error.CodeName, error.Message, Scrub(error.RequestId) ?? requestId, error.Permission, headerRequestId));
                }

                throw new BkInvalidResponseException(Info(operation, status, requestId: requestId, gatewayRequestId: headerRequestId), "the body is not a BlueKing envelope (no 'result' member)", read.PreviewText, null);
            }

            if (!envelope.Result)
            {
                throw new BkApiErrorException(Info(operation, status, envelope, requestId, headerRequestId));
            }

            // HasData, not just a null check: for a value-type TData a null or missing data would otherwise read as default (0, false).
            if (requireData && (!envelope.HasData || envelope.Data is null))
            {
                throw new BkInvalidResponseException(
                    Info(operation, status, envelope, requestId, headerRequestId),
                    v4 ? "the body has no 'data' or a null one (a bk-job v4 success is {\"data\": ...})" : "result is true but data is missing or null",
                    v4 ? read.PreviewText : null,
                    null);
            }

            return (envelope, status, requestId);
        }
    }

    /// <summary>
    /// Reads the envelope while the body arrives (see <see cref="BkEnvelopeScanner"/>): peak memory is the decoded
    /// <c>data</c> plus one token, not the body.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<ReadResult<TData>> ReadStreamingAsync<TData>(
        BkApiOperation operation,
        HttpResponseMessage response,
        JsonConverter<TData> dataConverter,
        JsonSerializerOptions serializerOptions,
        string? headerRequestId,
        TimeSpan timeout,
        CancellationToken token,
        CancellationToken cancellationToken)
    {
        var readerOptions = new JsonReaderOptions
        {
            MaxDepth = serializerOptions.MaxDepth == 0 ? 64 : serializerOptions.MaxDepth,
            AllowTrailingCommas = serializerOptions.AllowTrailingCommas,
            CommentHandling = serializerOptions.ReadCommentHandling,
        };

        // Raw JSON data is kept as it is: decoding its strings aside would only be undone.
        var scanner = new BkEnvelopeScanner(readerOptions, keepLongStringsAside: !ReferenceEquals(dataConverter, BkScalarConverters.Element));
        var preview = new PreviewBuffer(PreviewBytes);
        var status = response.StatusCode;
        var buffer = ArrayPool<byte>.Shared.Rent(InitialReadBuffer);
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var filled = 0;
                var pending = 0; // bytes of an incomplete token carried over from the last parse
                var bomChecked = false;
                long total = 0;
                while (true)
                {
                    var n = await stream.ReadAsync(buffer.AsMemory(filled), token).ConfigureAwait(false);
                    var final = n == 0;
                    if (!final)
                    {
                        preview.Add(buffer.AsSpan(filled, n));
                        filled += n;
                        total += n;
                        if (total > _options.MaxResponseBytes)
                        {
                            throw new BkInvalidResponseException(
                                Info(operation, status, requestId: Scrub(scanner.AnyRequestId) ?? headerRequestId, gatewayRequestId: headerRequestId),
                                $"the body is larger than MaxResponseBytes ({_options.MaxResponseBytes} bytes)",
                                Scrub(preview.Text),
                                null);
                        }

                        if (!bomChecked)
                        {
                            // Like JsonSerializer, accept a UTF-8 byte order mark before the document.
                            if (filled < 3)
                            {
                                continue;
                            }

                            bomChecked = true;
                            if (buffer.AsSpan(0, filled).StartsWith(Utf8Bom))
                            {
                                buffer.AsSpan(3, filled - 3).CopyTo(buffer);
                                filled -= 3;
                            }
                        }

                        // An incomplete token is parsed again from its start: wait until the bytes read since the last
                        // parse at least match it (or the buffer is full), so a long token costs linear, not quadratic, work.
                        if (filled < buffer.Length && filled - pending < pending)
                        {
                            continue;
                        }
                    }

                    var consumed = scanner.Process(buffer.AsSpan(0, filled), final);
                    if (final)
                    {
                        break;
                    }

                    var rest = filled - consumed;
                    buffer.AsSpan(consumed, rest).CopyTo(buffer);
                    filled = pending = rest;
                    if (filled == buffer.Length)
                    {
                        // One token is larger than the buffer (e.g. a host's whole log): make room for it.
                        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Array.MaxLength, buffer.Length * 2L));
                        buffer.AsSpan(0, filled).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                }
            }

            if (scanner.RootIsNull)
            {
                return new ReadResult<TData>(null, null, Scrub(preview.Text));
            }

            // bk-job v4: a 2xx body that is neither an envelope nor an error is {"data": ...}; it reads as result true, code 0.
            var v4Success = operation.Protocol == BkApiProtocol.V4 && scanner.Result is null && scanner.Error is null
                && scanner.Code is null && scanner.SymbolicCode is null && scanner.Permission is null;
            var data = default(TData);
            var hasData = false;
            if ((scanner.Result == true || v4Success) && scanner.Data is { } captured)
            {
                data = captured.Read(dataConverter, serializerOptions, readerOptions);
                hasData = true;
            }

            var envelope = new BkApiResponse<TData>
            {
                HasResult = scanner.Result is not null || v4Success,
                Result = scanner.Result ?? v4Success,
                Code = scanner.Code ?? (scanner.SymbolicCode is null ? 0 : -1),
                HasSymbolicCode = scanner.SymbolicCode is not null,
                CodeName = scanner.CodeName ?? scanner.SymbolicCode,
                Message = scanner.Message,
                Data = data,
                HasData = hasData,
                Permission = scanner.Permission is { } permission ? new BkPermission(ParseElement(permission)) : null,
                RequestId = scanner.RequestId,
                JobRequestId = scanner.JobRequestId,
            };
            var error = scanner.Error is { } errorJson ? BkErrorBody.Read(ParseElement(errorJson)) : (BkErrorBody?)null;

            // Converted (Permission and Error were cloned out): the pooled copies go back.
            scanner.Data?.Release();
            scanner.Permission?.Release();
            scanner.Error?.Release();
            return new ReadResult<TData>(envelope, error, ReadResult<TData>.NeedsPreview(envelope) ? Scrub(preview.Text) : null);
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            throw MapReadFailure(ex, operation, status, Scrub(scanner.AnyRequestId) ?? headerRequestId, headerRequestId, preview.Text, timeout, cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            preview.Return();
        }
    }

    /// <summary>The path for a hand-written <see cref="JsonTypeInfo{T}"/> whose converter is not the runtime's envelope converter: the serializer buffers the body.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<ReadResult<TData>> ReadBufferedAsync<TData>(
        BkApiOperation operation,
        HttpResponseMessage response,
        JsonTypeInfo<BkApiResponse<TData>> responseTypeInfo,
        string? headerRequestId,
        TimeSpan timeout,
        CancellationToken token,
        CancellationToken cancellationToken)
    {
        PreviewStream? body = null;
        try
        {
            body = new PreviewStream(await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false), PreviewBytes);
            await using (body.ConfigureAwait(false))
            {
                var envelope = await JsonSerializer.DeserializeAsync(body, responseTypeInfo, token).ConfigureAwait(false);
                return new ReadResult<TData>(envelope, null, ReadResult<TData>.NeedsPreview(envelope) ? Scrub(body.Preview) : null);
            }
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            throw MapReadFailure(ex, operation, response.StatusCode, headerRequestId, headerRequestId, body?.Preview, timeout, cancellationToken);
        }
    }

    /// <summary>Turns a failure while the body was read into the exception the caller gets.</summary>
    private Exception MapReadFailure(Exception ex, BkApiOperation operation, HttpStatusCode status, string? requestId, string? gatewayRequestId, string? preview, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var info = Info(operation, status, requestId: requestId, gatewayRequestId: gatewayRequestId);
        return ex switch
        {
            JsonException json => new BkInvalidResponseException(info, Scrub(DescribeJsonError(json))!, Scrub(preview), json),
            InvalidOperationException { InnerException: System.Text.DecoderFallbackException } utf8
                => new BkInvalidResponseException(info, "a string in the body is not valid UTF-8", Scrub(preview), utf8),
            InvalidOperationException text
                => new BkInvalidResponseException(info, $"the body has text that cannot be read: {Scrub(text.Message)}", Scrub(preview), text),
            IOException or HttpRequestException => new BkTransportException(info, "the connection failed while the response was read", ex),
            OperationCanceledException when cancellationToken.IsCancellationRequested
                => new OperationCanceledException(ex.Message, ex, cancellationToken), // the caller's token, not the linked one
            _ => new BkTransportException(info, $"the call timed out after {timeout} while the response was read", ex),
        };
    }

    /// <summary>
    /// The failures <see cref="MapReadFailure"/> turns into the caller's exception; anything else (a bug) propagates as is.
    /// System.Text.Json reports text it cannot decode (bytes that are not UTF-8, a <c>\u</c> escape of half a surrogate pair)
    /// as <see cref="InvalidOperationException"/>, when the string is read rather than when it is parsed: nothing in the
    /// reading of a body throws that type for another reason, so every one is the body's fault.
    /// </summary>
    private static bool IsReadFailure(Exception ex) => ex is JsonException or IOException or HttpRequestException or OperationCanceledException or InvalidOperationException;

    private static JsonElement ParseElement(BkCapturedJson json)
    {
        using var document = JsonDocument.Parse(json.Json.AsMemory(0, json.Length));
        return document.RootElement.Clone();
    }

    private HttpRequestMessage CreateRequestMessage<TRequest>(BkApiOperation operation, TRequest request, JsonTypeInfo<TRequest> requestTypeInfo)
    {
        var path = _options.AuthMode == BkAuthMode.Gateway ? operation.GatewayPath : operation.EsbPath;
        if (path is null)
        {
            throw new InvalidOperationException(
                $"{operation.DisplayName} has no {(_options.AuthMode == BkAuthMode.Gateway ? "API gateway" : "ESB")} path in its spec; use the other auth mode.");
        }

        // The spec's method is the gateway's; the ESB takes every component as POST with the whole request as a JSON body,
        // path variables included (an ESB component with a path variable still reads it from the parameters).
        var method = _options.AuthMode == BkAuthMode.Esb ? HttpMethod.Post : operation.Method;
        var body = JsonSerializer.SerializeToUtf8Bytes(request, requestTypeInfo);
        if (PathParameters.HasAny(path))
        {
            (path, var rest) = PathParameters.Fill(operation, path, body);
            body = _options.AuthMode == BkAuthMode.Gateway ? rest : body;
        }

        HttpRequestMessage message;
        if (method == HttpMethod.Get || method == HttpMethod.Delete)
        {
            // Gateway GET and DELETE operations take the request's members as query parameters.
            message = new HttpRequestMessage(method, Combine(_options.BaseAddress, path) + QueryString.FromJsonObject(body));
        }
        else if (method == HttpMethod.Post || method == HttpMethod.Put || method == HttpMethod.Patch)
        {
            if (_options.AuthMode == BkAuthMode.Esb && !_options.Credentials.IsAccessToken)
            {
                body = MergeCredentials(body, _options.Credentials);
            }

            message = new HttpRequestMessage(method, Combine(_options.BaseAddress, path)) { Content = new ByteArrayContent(body) };
            message.Content.Headers.ContentType = JsonContentType;
        }
        else
        {
            throw new NotSupportedException($"{operation.DisplayName}: HTTP {operation.Method} is not supported; GET, POST, PUT, DELETE and PATCH are.");
        }

        // Unparsed: the header is only written out, never read back, and a parsed value would be an object per call.
        message.Headers.TryAddWithoutValidation("Accept", "application/json");
        // The ESB reads an access token only from this header (its body parameters have no access_token): both modes send it there.
        if (_options.AuthMode == BkAuthMode.Gateway || _options.Credentials.IsAccessToken)
        {
            message.Headers.TryAddWithoutValidation(AuthorizationHeader, _options.Credentials.ToGatewayAuthorizationHeader());
        }

        if (_options.Language is { Length: > 0 } language)
        {
            message.Headers.TryAddWithoutValidation(LanguageHeader, language);
        }

        if (_options.TenantId is { Length: > 0 } tenant)
        {
            message.Headers.TryAddWithoutValidation(TenantIdHeader, tenant);
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

    private async Task<BkApiException> ReadHttpErrorAsync(BkApiOperation operation, HttpResponseMessage response, string? headerRequestId, CancellationToken token, CancellationToken cancellationToken)
    {
        var bytes = new byte[ErrorBodyLimit];
        var count = 0;
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                int read;
                while (count < bytes.Length && (read = await stream.ReadAsync(bytes.AsMemory(count), token).ConfigureAwait(false)) > 0)
                {
                    count += read;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The status and headers arrived: report them with what could be read of the body (in time).
        }
        catch (OperationCanceledException ex) when (ex.CancellationToken != cancellationToken)
        {
            throw new OperationCanceledException(ex.Message, ex, cancellationToken); // the caller's token, not the linked one
        }

        var body = BkErrorBody.Read(bytes.AsMemory(0, count));
        long? code = long.TryParse(HeaderValue(response, "X-Bkapi-Error-Code"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var headerCode) ? headerCode : null;
        var message = HeaderValue(response, "X-Bkapi-Error-Message");
        if (body.Recognized)
        {
            // A symbolic code replaces the header's number: both are the same error, and Code must not mix two vocabularies.
            code = body.Code ?? (body.HasSymbolicCode ? null : code);
        }

        var preview = body.Recognized || count == 0 ? null : BodyText.Preview(bytes.AsSpan(0, count));
        var info = Info(operation, response.StatusCode, code, body.CodeName, body.Message ?? message, Scrub(body.RequestId) ?? headerRequestId, body.Permission, headerRequestId);
        return new BkGatewayException(info, Scrub(preview)) { RetryAfter = RetryAfter(response, DateTimeOffset.UtcNow) };
    }

    /// <summary>The <c>Retry-After</c> delay: seconds as sent, or an HTTP date counted from <paramref name="now"/> (never negative).</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    /// <summary>The first value of a response header, read without validating (TryGetValues parses and allocates per call).</summary>
    private static string? HeaderValue(HttpResponseMessage response, string name)
    {
        if (!response.Headers.NonValidated.TryGetValues(name, out var values))
        {
            return null;
        }

        foreach (var value in values)
        {
            return value;
        }

        return null;
    }

    private static string DescribeJsonError(JsonException ex)
    {
        var where = ex.LineNumber is { } line ? $" (line {line + 1}, byte {ex.BytePositionInLine + 1})" : "";
        return ex.Message.Contains("LineNumber", StringComparison.Ordinal) ? ex.Message : ex.Message + where;
    }

    /// <summary>
    /// Removes the secret and the token from text the server sent (a message, a request id, a body quote) before it goes
    /// into an exception: a misbehaving server that echoes credentials must not make the client leak them.
    /// </summary>
    private string? Scrub(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var secret in _options.Credentials.SecretValues())
        {
            if (secret is { Length: >= MinScrubbedLength } && text.Contains(secret, StringComparison.Ordinal))
            {
                text = text.Replace(secret, "***", StringComparison.Ordinal);
            }
        }

        return text;
    }

    // gatewayRequestId: the X-Bkapi-Request-Id header, kept apart from a body's request id (the backend's) on every error with a response.
    private BkApiErrorInfo Info(BkApiOperation operation, HttpStatusCode? status, string? requestId = null, string? gatewayRequestId = null)
        => new(operation.DisplayName, status, null, null, null, Scrub(requestId), null) { GatewayRequestId = Scrub(gatewayRequestId) };

    private BkApiErrorInfo Info(BkApiOperation operation, HttpStatusCode? status, long? code, string? codeName, string? message, string? requestId, BkPermission? permission, string? gatewayRequestId)
        => new(operation.DisplayName, status, code, Scrub(codeName), Scrub(message), Scrub(requestId), permission) { GatewayRequestId = Scrub(gatewayRequestId) };

    private BkApiErrorInfo Info<TData>(BkApiOperation operation, HttpStatusCode status, BkApiResponse<TData> envelope, string? requestId, string? gatewayRequestId)
        => Info(operation, status, envelope.HasSymbolicCode ? null : envelope.Code, envelope.CodeName, envelope.Message, requestId, envelope.Permission, gatewayRequestId);

    /// <summary>What was read of a successful-status body; <see cref="PreviewText"/> only when the caller may report it.</summary>
    private readonly record struct ReadResult<TData>(BkApiResponse<TData>? Envelope, BkErrorBody? Error, string? PreviewText)
    {
        /// <summary>
        /// The preview is decoded only for what ExchangeAsync reports with one (no envelope, no <c>result</c>, a success
        /// without data), not on every successful call.
        /// </summary>
        public static bool NeedsPreview(BkApiResponse<TData>? envelope)
            => envelope is null || !envelope.HasResult || (envelope.Result && (!envelope.HasData || envelope.Data is null));
    }

    /// <summary>Keeps the first bytes of the body for error messages, in a pooled array: <see cref="Return"/> it.</summary>
    private sealed class PreviewBuffer(int capacity)
    {
        private byte[] _bytes = ArrayPool<byte>.Shared.Rent(capacity);
        private int _count;

        public string? Text => _count == 0 ? null : BodyText.Preview(_bytes.AsSpan(0, _count));

        public void Return()
        {
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = [];
            _count = 0;
        }

        public void Add(ReadOnlySpan<byte> read)
        {
            var take = Math.Min(capacity - _count, read.Length);
            if (take > 0)
            {
                read[..take].CopyTo(_bytes.AsSpan(_count));
                _count += take;
            }
        }
    }
}
