using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using BkApiGen.Runtime;
using BkApiGen.Runtime.DependencyInjection;
using BkApiGen.Runtime.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers BkApiGen-generated clients with <c>IHttpClientFactory</c>:
/// <code>
/// services.AddBkApiClient&lt;IJobV3Client, JobV3Client&gt;();                 // settings from the "BkApi" section
/// services.AddBkApiClient&lt;IJobV3Client&gt;(t =&gt; new JobV3Client(t));       // the same, without reflection
/// </code>
/// Each client gets a typed <see cref="HttpClient"/> and a <see cref="BkApiTransport"/> built from it, with:
/// <list type="bullet">
/// <item><see cref="BkApiClientSettings"/> bound from configuration and validated at start-up (<c>ValidateOnStart</c>);</item>
/// <item>a log line per call (category <c>BkApiGen.Runtime.Http.BkApiTransport</c>) and a span per call
/// (<see cref="System.Diagnostics.ActivitySource"/> <c>BkApiGen</c>); the factory's own request logging is removed, because
/// its Trace events carry raw header values (the credentials) in their structured state;</item>
/// <item>a resilience pipeline (Microsoft.Extensions.Http.Resilience): total timeout, then retries with exponential backoff
/// and jitter honouring <c>Retry-After</c> on retryable conditions only (timeouts, connection failures, and responses that
/// <see cref="BkApiGen.Runtime.Errors.BkGatewayErrorCode"/> classes as retryable: gateway rate limits and bad gateways, else
/// 408/429/5xx; never a gateway permission or parameter error), only for operations whose
/// <see cref="BkApiOperation.IsIdempotent"/> is true, then a circuit breaker, then a per-attempt timeout.</item>
/// </list>
/// The returned <see cref="IHttpClientBuilder"/> takes further handlers or settings.
/// </summary>
public static class BkApiServiceCollectionExtensions
{
    /// <summary>Name of the resilience pipeline added to each client.</summary>
    public const string ResiliencePipelineName = "bkapi";

    /// <summary>Registers <typeparamref name="TClient"/> created by <paramref name="factory"/> from its transport.</summary>
    /// <typeparam name="TClient">The service type, e.g. the generated <c>IJobV3Client</c>.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="factory">Creates the client from the transport, e.g. <c>t =&gt; new JobV3Client(t)</c>.</param>
    /// <param name="configure">Applied after the configuration section (e.g. to set the secret from a vault); optional.</param>
    /// <param name="configSectionPath">The configuration section, <c>BkApi</c> by default.</param>
    public static IHttpClientBuilder AddBkApiClient<TClient>(
        this IServiceCollection services,
        Func<BkApiTransport, TClient> factory,
        Action<BkApiClientSettings>? configure = null,
        string configSectionPath = BkApiClientSettings.DefaultSectionName)
        where TClient : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(factory);
        var name = ClientName(typeof(TClient));
        AddSettings(services, name, configure, configSectionPath);
        var builder = services.AddHttpClient<TClient, TClient>(name, (HttpClient http, IServiceProvider provider) => factory(provider.GetRequiredService<BkApiTransportFactory>().Create(name, http)));
        return ConfigurePipeline(builder, name);
    }

    /// <summary>
    /// Registers <typeparamref name="TClient"/> implemented by the generated <typeparamref name="TImplementation"/>, created
    /// through its public constructor that takes a <see cref="BkApiTransport"/>.
    /// </summary>
    /// <typeparam name="TClient">The service type, e.g. <c>IJobV3Client</c>.</typeparam>
    /// <typeparam name="TImplementation">The generated client, e.g. <c>JobV3Client</c>.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="configure">Applied after the configuration section; optional.</param>
    /// <param name="configSectionPath">The configuration section, <c>BkApi</c> by default.</param>
    public static IHttpClientBuilder AddBkApiClient<TClient, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TImplementation>(
        this IServiceCollection services,
        Action<BkApiClientSettings>? configure = null,
        string configSectionPath = BkApiClientSettings.DefaultSectionName)
        where TClient : class
        where TImplementation : class, TClient
    {
        ArgumentNullException.ThrowIfNull(services);
        var name = ClientName(typeof(TClient));
        AddSettings(services, name, configure, configSectionPath);
        var builder = services.AddHttpClient<TClient, TImplementation>(
            name,
            (HttpClient http, IServiceProvider provider) => ActivatorUtilities.CreateInstance<TImplementation>(provider, provider.GetRequiredService<BkApiTransportFactory>().Create(name, http)));
        return ConfigurePipeline(builder, name);
    }

    /// <summary>The name of the client's <see cref="HttpClient"/> and of its <see cref="BkApiClientSettings"/> (<c>IOptionsMonitor.Get(name)</c>).</summary>
    public static string ClientName(Type clientType)
    {
        ArgumentNullException.ThrowIfNull(clientType);
        return clientType.FullName ?? clientType.Name;
    }

    private static void AddSettings(IServiceCollection services, string name, Action<BkApiClientSettings>? configure, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        services.AddOptions<BkApiClientSettings>(name)
            .Configure<IServiceProvider>((settings, provider) =>
            {
                settings.SectionPath = path;
                if (provider.GetService<IConfiguration>() is { } configuration)
                {
                    BkApiClientSettingsBinding.Bind(configuration.GetSection(path), settings);
                }

                BkApiClientSettingsBinding.ApplyEnvironment(settings, Environment.GetEnvironmentVariable);

                configure?.Invoke(settings);
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BkApiClientSettings>, BkApiClientSettingsValidator>());
        services.TryAddSingleton<BkApiTransportFactory>();
    }

    private static IHttpClientBuilder ConfigurePipeline(IHttpClientBuilder builder, string name)
    {
        // The transport (whole call, body included) and the pipeline (attempts) time the call: HttpClient.Timeout would
        // only cut the pipeline short with a less precise error.
        builder.ConfigureHttpClient(static client => client.Timeout = System.Threading.Timeout.InfiniteTimeSpan);
        // The factory's default request logging puts raw header values, X-Bkapi-Authorization (app secret, user token)
        // included, in the structured state of its Trace events: RedactLoggedHeaders only redacts the formatted message,
        // and a structured log sink would export the secret. The transport logs each call itself, without headers.
        builder.RemoveAllLoggers();
        builder.RedactLoggedHeaders(static _ => true);
        builder.AddHttpMessageHandler(static () => new BkApiTimeoutTranslationHandler()); // outside the pipeline
        builder.AddResilienceHandler(ResiliencePipelineName, (pipeline, context) =>
        {
            var settings = context.ServiceProvider.GetRequiredService<IOptionsMonitor<BkApiClientSettings>>().Get(name);
            pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "bkapi-total", Timeout = settings.Timeout });
            if (settings.MaxRetryAttempts > 0)
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    Name = "bkapi-retry",
                    MaxRetryAttempts = settings.MaxRetryAttempts,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = settings.RetryBaseDelay,
                    MaxDelay = settings.MaxRetryDelay,
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = static args => ValueTask.FromResult(
                        !args.Context.CancellationToken.IsCancellationRequested && IsIdempotent(args.Context) && IsRetryable(args.Outcome)),
                });
            }

            if (settings.CircuitBreakerFailureRatio > 0)
            {
                // After the retries, so that each attempt counts; an open breaker is not retried (it would only wait).
                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    Name = "bkapi-circuit-breaker",
                    FailureRatio = settings.CircuitBreakerFailureRatio,
                    MinimumThroughput = settings.CircuitBreakerMinimumThroughput,
                    SamplingDuration = TimeSpan.FromSeconds(30),
                    BreakDuration = settings.CircuitBreakerBreakDuration,
                });
            }

            pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "bkapi-attempt", Timeout = settings.EffectiveAttemptTimeout });
        });
        // Inside the pipeline: per attempt.
        builder.AddHttpMessageHandler(provider => new BkApiBodyBufferingHandler(provider.GetRequiredService<IOptionsMonitor<BkApiClientSettings>>().Get(name).MaxReadAheadBytes));
        return builder;
    }

    /// <summary>
    /// A response is retried when <see cref="BkApiGen.Runtime.Errors.BkGatewayErrorCode.IsRetryable(HttpResponseMessage)"/>
    /// says so: the gateway's <c>X-Bkapi-Error-Code</c> decides (a rate limit yes, a permission or parameter error no,
    /// whatever the status), else the status (408, 429, 5xx). A failure without a response (connection, timeout) is retried.
    /// </summary>
    private static bool IsRetryable(Outcome<HttpResponseMessage> outcome)
        => outcome.Result is { } response ? BkApiGen.Runtime.Errors.BkGatewayErrorCode.IsRetryable(response) : HttpClientResiliencePredicates.IsTransient(outcome);

    /// <summary>Only operations marked idempotent in their spec are retried: a write could otherwise run twice.</summary>
    private static bool IsIdempotent(ResilienceContext context)
        => context.GetRequestMessage() is { } request
           && request.Options.TryGetValue(BkApiTransport.OperationOptionKey, out var operation)
           && operation.IsIdempotent;
}

/// <summary>Creates the transport of each client from its validated settings (options built once per settings instance).</summary>
internal sealed class BkApiTransportFactory(IOptionsMonitor<BkApiClientSettings> settings, ILogger<BkApiTransport> logger)
{
    private readonly ConcurrentDictionary<string, (BkApiClientSettings Settings, BkApiClientOptions Options)> _options = new(StringComparer.Ordinal);

    public BkApiTransport Create(string name, HttpClient httpClient)
    {
        var current = settings.Get(name);
        var cached = _options.AddOrUpdate(
            name,
            static (_, s) => (s, s.ToClientOptions()),
            static (_, old, s) => ReferenceEquals(old.Settings, s) ? old : (s, s.ToClientOptions()),
            current);
        return new BkApiTransport(httpClient, cached.Options, logger);
    }
}

/// <summary>
/// Reads the body of an idempotent operation's response inside the retry pipeline when its <c>Content-Length</c> is at most
/// <see cref="BkApiClientSettings.MaxReadAheadBytes"/>, so that a connection that fails while the body arrives is retried like one that fails
/// before the headers. Larger (or unannounced) bodies are left to the transport, which streams them: a failure there
/// reaches the caller as a <see cref="BkApiGen.Runtime.Errors.BkTransportException"/>.
/// </summary>
internal sealed class BkApiBodyBufferingHandler(long maxReadAheadBytes) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.Content.Headers.ContentLength is not { } length || length <= 0 || length > maxReadAheadBytes
            || !request.Options.TryGetValue(BkApiTransport.OperationOptionKey, out var operation) || !operation.IsIdempotent)
        {
            return response;
        }

        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            // The retry strategy treats HttpRequestException as transient; the transport reports the last one as a
            // BkTransportException if the retries run out.
            var status = response.StatusCode;
            response.Dispose();
            throw new HttpRequestException(HttpRequestError.ResponseEnded, $"the connection failed while the body of an HTTP {(int)status} response was read", ex, status);
        }
    }
}

/// <summary>
/// Turns the resilience pipeline's rejections into what the transport reports as
/// <see cref="BkApiGen.Runtime.Errors.BkTransportException"/> (the runtime does not depend on Polly): a
/// <see cref="TimeoutRejectedException"/> into a <see cref="TimeoutException"/>, an open circuit breaker into an
/// <see cref="HttpRequestException"/> that says so.
/// </summary>
internal sealed class BkApiTimeoutTranslationHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new TimeoutException($"no answer within {ex.Timeout}", ex);
        }
        catch (BrokenCircuitException ex)
        {
            throw new HttpRequestException(HttpRequestError.Unknown, "the circuit breaker is open after repeated failures of this API (calls resume after BkApi:CircuitBreakerBreakDuration)", ex);
        }
    }
}
