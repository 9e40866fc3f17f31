using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BkApiGen.FakeGateway;

/// <summary>
/// A fake Tencent BlueKing API gateway and legacy ESB, served by Kestrel on <c>http://127.0.0.1:{random port}</c>.
/// It answers bk-job's <c>batch_get_job_instance_ip_log</c> on both its gateway and its ESB path from
/// <see cref="FakeJobStore"/>, checks credentials like the real entry points, records every request, and lets tests script
/// any response per path (<see cref="MapOperation"/>, <see cref="Enqueue"/>). Thread-safe. See README.md.
/// </summary>
/// <remarks>
/// Order of processing for each request: record it in <see cref="Requests"/>; unknown path (or a default route hit with a
/// method other than POST) gives the gateway's 404 <c>API_NOT_FOUND</c>; then, when <see cref="CheckAuth"/> is on, the
/// credentials are checked for every path, scripted ones included; then a queued response, else the mapped handler, else
/// the default handler answers. Every response carries <c>X-Bkapi-Request-Id</c> (= <see cref="FakeRequest.RequestId"/>).
/// </remarks>
public sealed class FakeBkGateway : IAsyncDisposable
{
    /// <summary>Paths under this prefix are legacy ESB paths (<see cref="FakeApiChannel.Esb"/>).</summary>
    public const string EsbPathPrefix = "/api/c/compapi/";

    /// <summary>The bk-job gateway's base path (gateway <c>bk-job</c>, stage <c>prod</c>).</summary>
    public const string JobGatewayBasePath = "/api/bk-job/prod/";

    /// <summary>Full gateway path of <c>batch_get_job_instance_ip_log</c>.</summary>
    public const string BatchGetJobInstanceIpLogGatewayPath = "/api/bk-job/prod/api/v3/batch_get_job_instance_ip_log";

    /// <summary>Full ESB path of <c>batch_get_job_instance_ip_log</c> (system <c>jobv3</c>).</summary>
    public const string BatchGetJobInstanceIpLogEsbPath = "/api/c/compapi/v2/jobv3/batch_get_job_instance_ip_log/";

    private const string RequestIdHeader = "X-Bkapi-Request-Id";

    private readonly Lock _lock = new();
    private readonly List<FakeRequest> _requests = [];
    private readonly Dictionary<string, Route> _routes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<FakeResponse>> _queues = new(StringComparer.Ordinal);
    private readonly HashSet<string> _appOnlyPaths = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly string _appCode;
    private readonly string _appSecret;
    private readonly HashSet<string> _usernames;
    private readonly HashSet<string> _tokens;
    private readonly HashSet<string> _accessTokens;
    private readonly string? _tenantId;
    private WebApplication? _app;
    private volatile bool _checkAuth;
    private int _disposed;

    private FakeBkGateway(FakeBkGatewayOptions options)
    {
        _appCode = options.AppCode;
        _appSecret = options.AppSecret;
        _usernames = new HashSet<string>(options.Usernames ?? [], StringComparer.Ordinal);
        _tokens = new HashSet<string>(options.Tokens ?? [], StringComparer.Ordinal);
        _accessTokens = new HashSet<string>(options.AccessTokens ?? [], StringComparer.Ordinal);
        _tenantId = options.TenantId;
        _checkAuth = options.CheckAuth;
        AddDefaultRoutes();
        BaseAddress = null!;
    }

    /// <summary>The server root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; }

    /// <summary>The bk-job gateway base, e.g. <c>http://127.0.0.1:41234/api/bk-job/prod/</c>; operations are under <c>api/v3/</c>.</summary>
    public Uri GatewayBaseAddress => new(BaseAddress, JobGatewayBasePath);

    /// <summary>The ESB base (the server root, e.g. <c>http://127.0.0.1:41234/</c>); operations are under <c>api/c/compapi/v2/{system}/</c>.</summary>
    public Uri EsbBaseAddress => BaseAddress;

    /// <summary>Whether credentials are checked before handlers run (initially <see cref="FakeBkGatewayOptions.CheckAuth"/>).</summary>
    public bool CheckAuth
    {
        get => _checkAuth;
        set => _checkAuth = value;
    }

    /// <summary>A snapshot of every request received so far, in arrival order (including rejected and unknown ones).</summary>
    public IReadOnlyList<FakeRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return _requests.ToArray();
            }
        }
    }

    /// <summary>The base address of another gateway on this fake, e.g. <c>http://127.0.0.1:41234/api/bk-cmdb/prod/</c>.</summary>
    /// <param name="gatewayName">Gateway name, e.g. <c>bk-cmdb</c>.</param>
    /// <param name="stage">Stage name.</param>
    public Uri GetGatewayBaseAddress(string gatewayName, string stage = "prod")
        => new(BaseAddress, $"/api/{gatewayName}/{stage}/");

    /// <summary>Starts the fake on a random loopback port and returns once it accepts connections.</summary>
    /// <param name="options">Accepted credentials; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<FakeBkGateway> StartAsync(FakeBkGatewayOptions? options = null, CancellationToken cancellationToken = default)
    {
        var gateway = new FakeBkGateway(options ?? new FakeBkGatewayOptions());
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });

        // No appsettings.json / environment variables from the host program: nothing may rebind the port or turn logging on.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();

        // Embedded in someone else's program: never take over its Ctrl+C/SIGTERM (the default console lifetime does,
        // and then waits for this host while the program waits for its own shutdown).
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.RequestHeaderEncodingSelector = _ => Encoding.UTF8;
            kestrel.ResponseHeaderEncodingSelector = _ => Encoding.UTF8;
        });

        var app = builder.Build();
        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        app.Run(gateway.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        gateway._app = app;
        var bound = app.Urls.First();
        gateway.BaseAddress = new Uri(bound.EndsWith('/') ? bound : bound + "/");
        return gateway;
    }

    /// <summary>
    /// Serves <paramref name="path"/> with <paramref name="handler"/> for any HTTP method, replacing the default or an
    /// earlier mapping. Credentials are still checked first while <see cref="CheckAuth"/> is on.
    /// </summary>
    /// <param name="path">The full request path (e.g. <see cref="BatchGetJobInstanceIpLogEsbPath"/>) or an absolute URL; a trailing <c>/</c> is ignored when matching.</param>
    /// <param name="handler">Builds the response; it runs on a server thread and may be called concurrently. An exception becomes an HTTP 500 text response.</param>
    public void MapOperation(string path, Func<FakeRequest, FakeResponse> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var key = NormalizePath(path);
        lock (_lock)
        {
            _routes[key] = new Route(null, handler);
        }
    }

    /// <summary>
    /// Makes the gateway path <paramref name="path"/> a resource that verifies the application but not the user
    /// (<c>authConfig.userVerifiedRequired: false</c>, as bk-job's <c>system_*</c> resources): app code and secret alone
    /// are accepted there. Other paths keep verifying the user; the ESB always does.
    /// </summary>
    /// <param name="path">The full request path or an absolute URL; see <see cref="MapOperation"/>.</param>
    public void SkipUserVerification(string path)
    {
        var key = NormalizePath(path);
        lock (_lock)
        {
            _appOnlyPaths.Add(key);
        }
    }

    /// <summary>
    /// Maps a bk-job operation on both of its paths: <c>/api/bk-job/prod/api/v3/{operation}</c> and
    /// <c>/api/c/compapi/v2/jobv3/{operation}/</c>.
    /// </summary>
    /// <param name="operation">Operation name, e.g. <c>get_job_instance_status</c>.</param>
    /// <param name="handler">Builds the response; see <see cref="MapOperation"/>.</param>
    public void MapBkJobOperation(string operation, Func<FakeRequest, FakeResponse> handler)
    {
        MapOperation($"{JobGatewayBasePath}api/v3/{operation}", handler);
        MapOperation($"{EsbPathPrefix}v2/jobv3/{operation}/", handler);
    }

    /// <summary>
    /// Queues one-shot responses for <paramref name="path"/>: each request (that passes the credential check) takes the next
    /// one, before any mapped or default handler; once the queue is empty the handler answers again. While responses are
    /// queued the path is known even if nothing is mapped on it (afterwards it gives 404 again).
    /// </summary>
    /// <param name="path">The full request path or an absolute URL; see <see cref="MapOperation"/>.</param>
    /// <param name="responses">Responses, in the order they are sent.</param>
    public void Enqueue(string path, params FakeResponse[] responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        var key = NormalizePath(path);
        lock (_lock)
        {
            if (!_queues.TryGetValue(key, out var queue))
            {
                queue = new Queue<FakeResponse>();
                _queues[key] = queue;
            }

            foreach (var response in responses)
            {
                queue.Enqueue(response ?? throw new ArgumentException("A queued response is null.", nameof(responses)));
            }
        }
    }

    /// <summary>Forgets the recorded requests.</summary>
    public void ClearRequests()
    {
        lock (_lock)
        {
            _requests.Clear();
        }
    }

    /// <summary>Removes every mapping and queued response, restores the default routes and forgets the recorded requests.</summary>
    public void Reset()
    {
        lock (_lock)
        {
            _requests.Clear();
            _queues.Clear();
            _routes.Clear();
            _appOnlyPaths.Clear();
            AddDefaultRoutes();
        }
    }

    /// <summary>Stops the server (pending delayed responses are cut short) and releases it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_app is { } app)
        {
            try
            {
                await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                await app.DisposeAsync().ConfigureAwait(false);
            }
        }

        _stopping.Dispose();
    }

    /// <summary>A new request id: a uuid4 as 32 lower-case hex digits.</summary>
    internal static string NewRequestId() => Guid.NewGuid().ToString("N");

    internal static FakeApiChannel ChannelOf(string path)
        => path.StartsWith(EsbPathPrefix, StringComparison.Ordinal) ? FakeApiChannel.Esb : FakeApiChannel.Gateway;

    private void AddDefaultRoutes()
    {
        _routes[NormalizePath(BatchGetJobInstanceIpLogGatewayPath)] = new Route("POST", FakeJobStore.BatchGetJobInstanceIpLog);
        _routes[NormalizePath(BatchGetJobInstanceIpLogEsbPath)] = new Route("POST", FakeJobStore.BatchGetJobInstanceIpLog);
    }

    private static string NormalizePath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Uri.TryCreate(path, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
        {
            path = absolute.AbsolutePath;
        }

        var query = path.IndexOf('?');
        if (query >= 0)
        {
            path = path[..query];
        }

        if (!path.StartsWith('/'))
        {
            path = "/" + path;
        }

        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = await ReadRequestAsync(context).ConfigureAwait(false);
        lock (_lock)
        {
            _requests.Add(request);
        }

        var response = Dispatch(request);
        await WriteResponseAsync(context, request, response).ConfigureAwait(false);
    }

    private FakeResponse Dispatch(FakeRequest request)
    {
        var key = NormalizePath(request.Path);
        bool known;
        lock (_lock)
        {
            known = (_queues.TryGetValue(key, out var queue) && queue.Count > 0) ||
                    (_routes.TryGetValue(key, out var route) && (route.Method is null || route.Method == request.Method));
        }

        if (!known)
        {
            return FakeResponse.GatewayApiNotFound(request.Method, request.Path);
        }

        if (_checkAuth && CheckCredentials(request) is { } authError)
        {
            return authError;
        }

        Func<FakeRequest, FakeResponse>? handler = null;
        lock (_lock)
        {
            if (_queues.TryGetValue(key, out var queue) && queue.TryDequeue(out var queued))
            {
                return queued;
            }

            if (_routes.TryGetValue(key, out var route) && (route.Method is null || route.Method == request.Method))
            {
                handler = route.Handler;
            }
        }

        if (handler is null)
        {
            // The queue ran dry between the two looks and nothing else serves the path.
            return FakeResponse.GatewayApiNotFound(request.Method, request.Path);
        }

        try
        {
            return handler(request) ?? FakeResponse.Text(500, "text/plain; charset=utf-8", "FakeBkGateway: the handler returned null.");
        }
        catch (Exception ex)
        {
            return FakeResponse.Text(500, "text/plain; charset=utf-8", $"FakeBkGateway: the handler threw {ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>The real entry point's error for bad credentials, or null when they are accepted.</summary>
    private FakeResponse? CheckCredentials(FakeRequest request)
        => request.Channel == FakeApiChannel.Esb ? CheckEsbCredentials(request) : CheckGatewayCredentials(request);

    /// <summary>
    /// apisix bk-tenant-validate (when a tenant is configured), then bk-auth-verify: an access token alone, or the app first
    /// (from the X-Bkapi-Authorization header only), then the user.
    /// </summary>
    private FakeResponse? CheckGatewayCredentials(FakeRequest request)
    {
        if (_tenantId is not null && request.GetHeader("X-Bk-Tenant-Id") != _tenantId)
        {
            return FakeResponse.GatewayError(403, 1640304, "BK_TENANT_NOT_ALLOWED", "Request rejected by bk-tenant restriction");
        }

        var auth = request.HeaderAuth;
        if (auth?.AccessToken is { } accessToken)
        {
            return _accessTokens.Contains(accessToken) ? null : FakeResponse.GatewayInvalidArgs("access_token is invalid");
        }

        if (auth?.AppCode is null)
        {
            return FakeResponse.GatewayInvalidArgs("app code cannot be empty");
        }

        if (auth.AppSecret is null)
        {
            return FakeResponse.GatewayInvalidArgs("please provide bk_app_secret or bk_signature to verify app");
        }

        if (auth.AppCode != _appCode || auth.AppSecret != _appSecret)
        {
            return FakeResponse.GatewayInvalidArgs("bk_app_code or bk_app_secret is incorrect");
        }

        bool appOnly;
        lock (_lock)
        {
            appOnly = _appOnlyPaths.Contains(NormalizePath(request.Path));
        }

        if (appOnly)
        {
            // bk-auth-verify skips the user of a resource that does not require it: whatever user is sent goes unchecked.
            return null;
        }

        if (auth.Token is not null)
        {
            return _tokens.Contains(auth.Token)
                ? null
                : FakeResponse.GatewayInvalidArgs("user authentication failed, please provide a valid user identity, such as bk_username, bk_token, access_token");
        }

        if (auth.Username is not null)
        {
            return _usernames.Contains(auth.Username)
                ? null
                : FakeResponse.GatewayInvalidArgs("user authentication failed, the user indicated by bk_username is not verified");
        }

        return FakeResponse.GatewayInvalidArgs("user authentication failed, please provide a valid user identity, such as bk_username, bk_token, access_token");
    }

    /// <summary>Legacy ESB (paas2 AppAuthValidator then UserAuthValidator): HTTP 200, code 1306000.</summary>
    private FakeResponse? CheckEsbCredentials(FakeRequest request)
    {
        var auth = request.Auth;
        string? message = null;
        if (auth is { Source: FakeAuthSource.Header, AccessToken: { } accessToken })
        {
            // The ESB's AppAuthValidator/AccessTokenValidator: the token stands for app and user. Only the header carries
            // it: the body parameters the ESB reads for authorization have no access_token.
            message = _accessTokens.Contains(accessToken) ? null : "verify access_token failed, please check if the access_token is valid";
        }
        else if (auth?.AppSecret is null)
        {
            message = "Signature [bk_signature] and APP Secret [bk_app_secret] cannot be empty at the same time";
        }
        else if (auth.AppCode is null)
        {
            message = "APP Code [bk_app_code] cannot be empty";
        }
        else if (auth.AppCode != _appCode)
        {
            message = $"Invalid APP Code [bk_app_code={auth.AppCode}], please confirm if the APP Code has been registered";
        }
        else if (auth.AppSecret != _appSecret)
        {
            // "pelase" is the real (misspelt) message.
            message = $"APP Secret verification failed, pelase confirm if the APP Secret and APP Code [bk_app_code={auth.AppCode}] match";
        }
        else if (auth.Token is not null)
        {
            if (!_tokens.Contains(auth.Token))
            {
                message = "User authentication failed, please check if the bk_token is valid";
            }
        }
        else if (auth.Username is null || !_usernames.Contains(auth.Username))
        {
            message = "User authentication failed, please provide a valid user identity, such as bk_token, bk_username";
        }

        return message is null ? null : FakeResponse.EsbError(message, 1306000, request.RequestId);
    }

    private static async Task<FakeRequest> ReadRequestAsync(HttpContext context)
    {
        var http = context.Request;
        using var buffer = new MemoryStream();
        await http.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in http.Headers)
        {
            headers[header.Key] = header.Value.ToString();
        }

        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        return new FakeRequest(
            NewRequestId(),
            http.Method,
            http.Path.HasValue ? http.PathBase.Add(http.Path).ToString() : "/",
            http.QueryString.Value ?? string.Empty,
            string.IsNullOrEmpty(rawTarget) ? http.Path.ToString() + http.QueryString : rawTarget,
            headers,
            buffer.ToArray(),
            DateTimeOffset.UtcNow);
    }

    private async Task WriteResponseAsync(HttpContext context, FakeRequest request, FakeResponse response)
    {
        if (response.Delay > TimeSpan.Zero)
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            try
            {
                await Task.Delay(response.Delay, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                context.Abort();
                return;
            }
        }

        if (response.AbortConnection)
        {
            context.Abort();
            return;
        }

        var http = context.Response;
        http.StatusCode = response.StatusCode;
        if (response.ContentType is not null)
        {
            http.ContentType = response.ContentType;
        }

        http.Headers[RequestIdHeader] = request.RequestId;
        foreach (var (name, value) in response.Headers)
        {
            http.Headers[name] = value;
        }

        if (response.Body.Length > 0 || response.StatusCode is >= 200 and not (204 or 304))
        {
            http.ContentLength = response.Body.Length;
        }

        if (response.AbortAfterBodyBytes is { } sent)
        {
            await http.Body.WriteAsync(response.Body[..Math.Min(sent, response.Body.Length)], context.RequestAborted).ConfigureAwait(false);
            await http.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);

            // Give the client time to take in what was sent: a reset would otherwise discard it from the client's socket
            // buffer, and the failure would happen before the headers instead of in the middle of the body.
            await Task.Delay(AbortPause, _stopping.Token).ConfigureAwait(false);
            context.Abort();
            return;
        }

        if (response.Body.Length > 0)
        {
            await http.Body.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>How long a response with <see cref="FakeResponse.AbortAfterBodyBytes"/> waits before dropping the connection.</summary>
    private static readonly TimeSpan AbortPause = TimeSpan.FromMilliseconds(200);

    private sealed record Route(string? Method, Func<FakeRequest, FakeResponse> Handler);
}

/// <summary>A host lifetime that leaves process signals to the program that embeds the fake gateway.</summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
