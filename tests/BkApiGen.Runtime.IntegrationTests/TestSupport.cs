using System.Text;
using BkApiGen.FakeGateway;
using BkApiGen.Runtime.IntegrationTests.JobV3;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BkApiGen.Runtime.IntegrationTests;

internal static class Requests
{
    /// <summary>The fake store's script step (job 100, step 200) for the given hosts (10.0.0.1 and 10.0.0.2 are known).</summary>
    public static BatchGetJobInstanceIpLogRequest ScriptStep(params string[] ips) => new()
    {
        ScopeType = ScopeType.Biz,
        ScopeId = "2",
        JobInstanceId = 100,
        StepInstanceId = 200,
        IpList = (ips.Length == 0 ? ["10.0.0.1"] : ips).Select(ip => new JobV3.Host { CloudId = 0, Ip = ip }).ToList(),
    };
}

/// <summary>Builds a service provider the way an application does: configuration section "BkApi", then AddBkApiClient.</summary>
internal static class DiHost
{
    public static Dictionary<string, string?> Settings(Uri baseUrl, string mode = "Gateway") => new()
    {
        ["BkApi:BaseUrl"] = baseUrl.AbsoluteUri,
        ["BkApi:AuthMode"] = mode,
        ["BkApi:AppCode"] = Secrets.AppCode,
        ["BkApi:AppSecret"] = Secrets.AppSecret,
        ["BkApi:BkUsername"] = Secrets.Username,
        ["BkApi:BkToken"] = Secrets.BkToken,
        ["BkApi:Language"] = "en",
        ["BkApi:Timeout"] = "00:00:30",
        ["BkApi:AttemptTimeout"] = "00:00:10",
        ["BkApi:RetryBaseDelay"] = "00:00:00.010",
        ["BkApi:MaxRetryDelay"] = "00:00:05",
    };

    public static ServiceProvider Build(
        IDictionary<string, string?> settings,
        Action<IServiceCollection>? configureServices = null,
        ILoggerProvider? loggerProvider = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            if (loggerProvider is not null)
            {
                logging.AddProvider(loggerProvider);
            }
        });
        services.AddBkApiClient<IJobV3Client, JobV3Client>();
        configureServices?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}

/// <summary>A bare Kestrel server on loopback for bodies the fake gateway cannot send: streamed, slow, or cut mid-way.</summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<LoopbackServer> StartAsync(RequestDelegate handler)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], EnvironmentName = Environments.Production });
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        var app = builder.Build();
        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        app.Run(handler);
        await app.StartAsync();
        var bound = app.Urls.First();
        return new LoopbackServer(app, new Uri(bound.EndsWith('/') ? bound : bound + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _app.StopAsync(stop.Token);
        }
        finally
        {
            await _app.DisposeAsync();
        }
    }
}

internal static class Bytes
{
    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
