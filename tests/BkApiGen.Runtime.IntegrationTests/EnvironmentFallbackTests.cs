using BkApiGen.FakeGateway;
using BkApiGen.Runtime.DependencyInjection;
using BkApiGen.Runtime.Http;
using BkApiGen.Runtime.IntegrationTests.JobV3;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BkApiGen.Runtime.IntegrationTests;

/// <summary>The environment variables of BlueKing's SDKs as the fallback of unset settings (read by ApplyEnvironment).</summary>
public sealed class EnvironmentFallbackTests
{
    private static BkApiClientSettings Apply(BkApiClientSettings settings, params (string Name, string Value)[] variables)
    {
        var environment = variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        BkApiClientSettingsBinding.ApplyEnvironment(settings, name => environment.GetValueOrDefault(name));
        return settings;
    }

    [Fact]
    public void Unset_settings_are_read_from_the_sdk_variables()
    {
        var settings = Apply(new BkApiClientSettings(), ("BK_API_URL_TMPL", "https://bkapi.example.com/api/{api_name}"), ("BK_APP_CODE", "app"), ("BK_APP_SECRET", "s"), ("BK_APP_TENANT_ID", "t1"));

        Assert.Equal("https://bkapi.example.com/api/{api_name}", settings.UrlTemplate);
        Assert.Equal("app", settings.AppCode);
        Assert.Equal("s", settings.AppSecret);
        Assert.Equal("t1", settings.TenantId);
    }

    [Fact]
    public void Configuration_wins_over_the_environment()
    {
        var settings = Apply(
            new BkApiClientSettings { UrlTemplate = "https://mine/{api_name}", AppCode = "mine", AppSecret = "mine-s", TenantId = "mine-t" },
            ("BK_API_URL_TMPL", "https://env/{api_name}"), ("BK_APP_CODE", "env"), ("BK_APP_SECRET", "env-s"), ("BKPAAS_APP_TENANT_ID", "env-t"));

        Assert.Equal("https://mine/{api_name}", settings.UrlTemplate);
        Assert.Equal("mine", settings.AppCode);
        Assert.Equal("mine-s", settings.AppSecret);
        Assert.Equal("mine-t", settings.TenantId);
    }

    [Fact]
    public void The_sdks_alternative_names_are_read_in_their_order()
    {
        var paas = Apply(new BkApiClientSettings(), ("BKPAAS_APP_ID", "paas-app"), ("APP_CODE", "old-app"), ("BKPAAS_APP_SECRET", "paas-s"), ("SECRET_KEY", "old-s"), ("BK_API_STAGE_URL_TMPL", "https://{api_name}.example.com/{stage}"));
        var old = Apply(new BkApiClientSettings(), ("APP_CODE", "old-app"), ("SECRET_KEY", "old-s"));
        var both = Apply(new BkApiClientSettings(), ("BK_API_URL_TMPL", "https://a/{api_name}"), ("BK_API_STAGE_URL_TMPL", "https://b/{stage}"));

        Assert.Equal(("paas-app", "paas-s"), (paas.AppCode, paas.AppSecret));
        Assert.Equal("https://{api_name}.example.com/{stage}", paas.UrlTemplate);
        Assert.Equal(("old-app", "old-s"), (old.AppCode, old.AppSecret));
        Assert.Equal("https://a/{api_name}", both.UrlTemplate);
    }

    [Theory]
    [InlineData("", "system")]   // a global-tenant app on the PaaS: the operating tenant
    [InlineData("tenant-a", "tenant-a")]
    public void The_paas_tenant_variable_wins_and_empty_means_system(string paasValue, string expected)
    {
        var settings = Apply(new BkApiClientSettings(), ("BKPAAS_APP_TENANT_ID", paasValue), ("BK_APP_TENANT_ID", "other"));

        Assert.Equal(expected, settings.TenantId);
    }

    [Fact]
    public void Nothing_is_set_from_an_empty_environment()
    {
        var settings = Apply(new BkApiClientSettings());

        Assert.Null(settings.UrlTemplate);
        Assert.Null(settings.AppCode);
        Assert.Null(settings.AppSecret);
        Assert.Null(settings.TenantId);
    }
}

/// <summary>
/// The same through the real process environment. The variables are process-wide, so this collection runs alone, after
/// the parallel ones (xunit's DisableParallelization), and every variable is restored.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "Process environment";
}

[Collection(ProcessEnvironmentCollection.Name)]
public sealed class ProcessEnvironmentTests : IAsyncLifetime
{
    private static readonly string[] Variables = ["BK_API_URL_TMPL", "BK_API_STAGE_URL_TMPL", "BK_APP_CODE", "BK_APP_SECRET", "BK_APP_TENANT_ID", "BKPAAS_APP_TENANT_ID", "BKPAAS_APP_ID", "BKPAAS_APP_SECRET", "APP_CODE", "SECRET_KEY"];
    private readonly Dictionary<string, string?> _saved = Variables.ToDictionary(v => v, Environment.GetEnvironmentVariable);
    private FakeBkGateway _gateway = null!;

    public async Task InitializeAsync()
    {
        foreach (var variable in Variables)
        {
            Environment.SetEnvironmentVariable(variable, null);
        }

        _gateway = await FakeBkGateway.StartAsync(Secrets.GatewayOptions());
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        foreach (var (variable, value) in _saved)
        {
            Environment.SetEnvironmentVariable(variable, value);
        }
    }

    [Fact]
    public async Task A_client_configured_by_the_sdk_variables_calls_the_gateway()
    {
        Environment.SetEnvironmentVariable("BK_API_URL_TMPL", _gateway.BaseAddress.AbsoluteUri + "api/{api_name}");
        Environment.SetEnvironmentVariable("BK_APP_CODE", Secrets.AppCode);
        Environment.SetEnvironmentVariable("BK_APP_SECRET", Secrets.AppSecret);
        Environment.SetEnvironmentVariable("BK_APP_TENANT_ID", "tenant-env");
        await using var provider = DiHost.Build(new Dictionary<string, string?> { ["BkApi:GatewayName"] = "bk-job", ["BkApi:BkUsername"] = Secrets.Username });

        var logs = await provider.GetRequiredService<IJobV3Client>().BatchGetJobInstanceIpLogAsync(Requests.ScriptStep());

        Assert.IsType<ScriptIpLogs>(logs);
        var sent = Assert.Single(_gateway.Requests);
        Assert.Equal(FakeBkGateway.BatchGetJobInstanceIpLogGatewayPath, sent.Path);
        Assert.Equal("tenant-env", sent.GetHeader(BkApiTransport.TenantIdHeader));
        Assert.Equal(Secrets.AppSecret, sent.HeaderAuth!.AppSecret);
    }

    [Fact]
    public async Task A_bad_template_in_the_environment_is_named_at_start_up()
    {
        Environment.SetEnvironmentVariable("BK_API_URL_TMPL", "bkapi.example.com/{api_name}");
        await using var provider = DiHost.Build(new Dictionary<string, string?> { ["BkApi:GatewayName"] = "bk-job", ["BkApi:AppCode"] = "a", ["BkApi:AppSecret"] = "s", ["BkApi:BkUsername"] = "u" });

        var ex = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("BkApi:UrlTemplate (from the environment variable BK_API_URL_TMPL) with GatewayName 'bk-job'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("absolute http or https URL", ex.Message, StringComparison.Ordinal);
    }
}
