using System.Globalization;
using BkApiGen.Runtime.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace BkApiGen.Runtime.DependencyInjection;

/// <summary>
/// Reads <see cref="BkApiClientSettings"/> from a configuration section by hand: no reflection (so no trimming or AOT
/// warning, unlike <c>ConfigurationBinder</c>), and a clear message per bad value, never quoting a secret.
/// </summary>
internal static class BkApiClientSettingsBinding
{
    public static void Bind(IConfigurationSection section, BkApiClientSettings settings)
    {
        ReadString(section, nameof(BkApiClientSettings.BaseUrl), v => settings.BaseUrl = v);
        ReadString(section, nameof(BkApiClientSettings.GatewayName), v => settings.GatewayName = v);
        ReadString(section, nameof(BkApiClientSettings.Stage), v => settings.Stage = v);
        ReadString(section, nameof(BkApiClientSettings.UrlTemplate), v => settings.UrlTemplate = v);
        ReadString(section, nameof(BkApiClientSettings.AccessToken), v => settings.AccessToken = v);
        ReadString(section, nameof(BkApiClientSettings.TenantId), v => settings.TenantId = v);
        ReadString(section, nameof(BkApiClientSettings.AppCode), v => settings.AppCode = v);
        ReadString(section, nameof(BkApiClientSettings.AppSecret), v => settings.AppSecret = v);
        ReadString(section, nameof(BkApiClientSettings.BkUsername), v => settings.BkUsername = v);
        ReadString(section, nameof(BkApiClientSettings.BkToken), v => settings.BkToken = v);
        ReadString(section, nameof(BkApiClientSettings.Language), v => settings.Language = v);

        if (section[nameof(BkApiClientSettings.AuthMode)] is { } mode)
        {
            if (string.Equals(mode.Trim(), "Gateway", StringComparison.OrdinalIgnoreCase))
            {
                settings.AuthMode = BkAuthMode.Gateway;
            }
            else if (string.Equals(mode.Trim(), "Esb", StringComparison.OrdinalIgnoreCase))
            {
                settings.AuthMode = BkAuthMode.Esb;
            }
            else
            {
                settings.BindingErrors.Add($"{Key(section, nameof(BkApiClientSettings.AuthMode))} must be 'Gateway' or 'Esb', was '{mode}'.");
            }
        }

        ReadTimeSpan(section, nameof(BkApiClientSettings.Timeout), settings, v => settings.Timeout = v);
        ReadTimeSpan(section, nameof(BkApiClientSettings.AttemptTimeout), settings, v => settings.AttemptTimeout = v);
        ReadTimeSpan(section, nameof(BkApiClientSettings.RetryBaseDelay), settings, v => settings.RetryBaseDelay = v);
        ReadTimeSpan(section, nameof(BkApiClientSettings.MaxRetryDelay), settings, v => settings.MaxRetryDelay = v);
        ReadNumber<int>(section, nameof(BkApiClientSettings.MaxRetryAttempts), settings, NumberStyles.Integer, "a whole number", v => settings.MaxRetryAttempts = v);
        ReadTimeSpan(section, nameof(BkApiClientSettings.CircuitBreakerBreakDuration), settings, v => settings.CircuitBreakerBreakDuration = v);
        ReadNumber<int>(section, nameof(BkApiClientSettings.CircuitBreakerMinimumThroughput), settings, NumberStyles.Integer, "a whole number", v => settings.CircuitBreakerMinimumThroughput = v);
        ReadNumber<double>(section, nameof(BkApiClientSettings.CircuitBreakerFailureRatio), settings, NumberStyles.Float, "a number between 0 and 1", v => settings.CircuitBreakerFailureRatio = v);
        ReadNumber<long>(section, nameof(BkApiClientSettings.MaxResponseBytes), settings, NumberStyles.Integer, "a whole number of bytes", v => settings.MaxResponseBytes = v);
        ReadNumber<long>(section, nameof(BkApiClientSettings.MaxReadAheadBytes), settings, NumberStyles.Integer, "a whole number of bytes", v => settings.MaxReadAheadBytes = v);
    }

    /// <summary>
    /// Fills what the configuration left unset from the environment variables of BlueKing's SDKs (the order is theirs; see
    /// <see cref="BkApiClientSettings"/>). <paramref name="getenv"/> is <see cref="Environment.GetEnvironmentVariable(string)"/>
    /// outside tests.
    /// </summary>
    public static void ApplyEnvironment(BkApiClientSettings settings, Func<string, string?> getenv)
    {
        if (string.IsNullOrWhiteSpace(settings.UrlTemplate) && First(getenv, BkStageUrl.UrlTemplateVariable, BkStageUrl.StageUrlTemplateVariable) is var (template, variable))
        {
            settings.UrlTemplate = template;
            settings.FromEnvironment[nameof(BkApiClientSettings.UrlTemplate)] = variable;
        }

        if (string.IsNullOrWhiteSpace(settings.AppCode) && First(getenv, "BK_APP_CODE", "BKPAAS_APP_ID", "APP_CODE") is var (code, codeVariable))
        {
            settings.AppCode = code;
            settings.FromEnvironment[nameof(BkApiClientSettings.AppCode)] = codeVariable;
        }

        if (string.IsNullOrWhiteSpace(settings.AppSecret) && First(getenv, "BK_APP_SECRET", "BKPAAS_APP_SECRET", "SECRET_KEY") is var (secret, secretVariable))
        {
            settings.AppSecret = secret;
            settings.FromEnvironment[nameof(BkApiClientSettings.AppSecret)] = secretVariable;
        }

        if (string.IsNullOrWhiteSpace(settings.TenantId))
        {
            // BKPAAS_APP_TENANT_ID is set by the PaaS on every app it runs: empty means a global-tenant app, whose calls are
            // made in the operating tenant "system" (both SDKs). BK_APP_TENANT_ID is the tenant an app belongs to.
            if (getenv("BKPAAS_APP_TENANT_ID") is { } paasTenant)
            {
                settings.TenantId = paasTenant.Length == 0 ? "system" : paasTenant;
                settings.FromEnvironment[nameof(BkApiClientSettings.TenantId)] = "BKPAAS_APP_TENANT_ID";
            }
            else if (First(getenv, "BK_APP_TENANT_ID") is var (tenant, tenantVariable))
            {
                settings.TenantId = tenant;
                settings.FromEnvironment[nameof(BkApiClientSettings.TenantId)] = tenantVariable;
            }
        }
    }

    private static (string Value, string Variable)? First(Func<string, string?> getenv, params ReadOnlySpan<string> variables)
    {
        foreach (var variable in variables)
        {
            if (getenv(variable) is { Length: > 0 } value)
            {
                return (value, variable);
            }
        }

        return null;
    }

    private static void ReadNumber<T>(IConfigurationSection section, string key, BkApiClientSettings settings, NumberStyles styles, string expected, Action<T> set)
        where T : System.Numerics.INumberBase<T>
    {
        if (section[key] is not { } text)
        {
            return;
        }

        if (T.TryParse(text, styles, CultureInfo.InvariantCulture, out var n))
        {
            set(n);
        }
        else
        {
            settings.BindingErrors.Add($"{Key(section, key)} must be {expected}, was '{text}'.");
        }
    }

    private static void ReadString(IConfigurationSection section, string key, Action<string> set)
    {
        if (section[key] is { } value)
        {
            set(value);
        }
    }

    private static void ReadTimeSpan(IConfigurationSection section, string key, BkApiClientSettings settings, Action<TimeSpan> set)
    {
        if (section[key] is not { } text)
        {
            return;
        }

        // hh:mm:ss (or d.hh:mm:ss, fractions allowed). A bare number is refused: TimeSpan would read "30" as 30 days.
        if (text.Contains(':', StringComparison.Ordinal) && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value))
        {
            set(value);
        }
        else
        {
            settings.BindingErrors.Add($"{Key(section, key)} must be a duration as hh:mm:ss (e.g. 00:00:30), was '{text}'.");
        }
    }

    private static string Key(IConfigurationSection section, string key) => section.Path + ":" + key;
}

/// <summary>Checks every registered client's settings (at start-up with <c>ValidateOnStart</c>), listing every problem.</summary>
internal sealed class BkApiClientSettingsValidator : IValidateOptions<BkApiClientSettings>
{
    private static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, BkApiClientSettings options)
    {
        if (options.SectionPath is not { } path)
        {
            return ValidateOptionsResult.Skip;
        }

        var errors = new List<string>(options.BindingErrors);
        CheckAddress(errors, path, options);
        if (!options.UsesAccessToken)
        {
            if (string.IsNullOrWhiteSpace(options.AppCode))
            {
                errors.Add($"{path}:AppCode (bk_app_code) is required. Set it, or the environment variable BK_APP_CODE, or AccessToken instead of app and user.");
            }

            if (string.IsNullOrWhiteSpace(options.AppSecret))
            {
                errors.Add($"{path}:AppSecret (bk_app_secret) is required and must not be blank. Set it, or the environment variable BK_APP_SECRET, or AccessToken instead of app and user.");
            }

            // No user is app credentials alone (BkCredentials.ForApp), for resources that do not verify the user: an
            // operation whose spec says the gateway verifies one is refused per call, before sending, naming BkUsername.
        }

        if (!string.IsNullOrWhiteSpace(options.TenantId) && !BkApiClientOptions.IsValidTenantId(options.TenantId.Trim()))
        {
            errors.Add($"{Key(options, path, nameof(BkApiClientSettings.TenantId))} must be a BlueKing tenant id such as 'system' (ASCII letters, digits, '-', '_' or '.', at most 64), was '{options.TenantId}'.");
        }

        CheckTimeout(errors, path, nameof(BkApiClientSettings.Timeout), options.Timeout);
        CheckTimeout(errors, path, nameof(BkApiClientSettings.AttemptTimeout), options.EffectiveAttemptTimeout);
        if (options.AttemptTimeout > options.Timeout)
        {
            errors.Add($"{path}:AttemptTimeout ({options.AttemptTimeout}) must not be longer than Timeout ({options.Timeout}).");
        }

        if (options.MaxRetryAttempts is < 0 or > 20)
        {
            errors.Add($"{path}:MaxRetryAttempts must be between 0 and 20, was {options.MaxRetryAttempts}.");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero || options.RetryBaseDelay > MaxTimeout)
        {
            errors.Add($"{path}:RetryBaseDelay must be between 00:00:00 and 1.00:00:00, was {options.RetryBaseDelay}.");
        }

        if (options.MaxRetryDelay <= TimeSpan.Zero || options.MaxRetryDelay > MaxTimeout)
        {
            errors.Add($"{path}:MaxRetryDelay must be positive and at most 1.00:00:00, was {options.MaxRetryDelay}.");
        }

        if (!string.IsNullOrWhiteSpace(options.Language) && !BkApiClientOptions.IsValidLanguage(options.Language.Trim()))
        {
            errors.Add($"{path}:Language must be a language tag such as 'en' or 'zh-cn' (ASCII letters, digits, '-' or '_'), was '{options.Language}'.");
        }

        if (options.MaxResponseBytes <= 0)
        {
            errors.Add($"{path}:MaxResponseBytes must be positive, was {options.MaxResponseBytes}.");
        }

        if (!(options.CircuitBreakerFailureRatio is >= 0 and <= 1))
        {
            errors.Add($"{path}:CircuitBreakerFailureRatio must be between 0 (off) and 1, was {options.CircuitBreakerFailureRatio.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (options.CircuitBreakerMinimumThroughput < 2)
        {
            errors.Add($"{path}:CircuitBreakerMinimumThroughput must be at least 2, was {options.CircuitBreakerMinimumThroughput}.");
        }

        if (options.CircuitBreakerBreakDuration < TimeSpan.FromMilliseconds(500) || options.CircuitBreakerBreakDuration > MaxTimeout)
        {
            errors.Add($"{path}:CircuitBreakerBreakDuration must be between 00:00:00.500 and 1.00:00:00, was {options.CircuitBreakerBreakDuration}.");
        }

        if (options.MaxReadAheadBytes is < 0 or > BkApiClientSettings.MaxReadAheadLimit)
        {
            errors.Add($"{path}:MaxReadAheadBytes must be between 0 and {BkApiClientSettings.MaxReadAheadLimit} (64 MiB), was {options.MaxReadAheadBytes}.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>BaseUrl wins; without it, GatewayName with a URL template makes the stage URL.</summary>
    private static void CheckAddress(List<string> errors, string path, BkApiClientSettings options)
    {
        if (!string.IsNullOrWhiteSpace(options.BaseUrl))
        {
            if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                // The value is quoted unless it could carry credentials (user:password@host).
                var shown = options.BaseUrl.Contains('@', StringComparison.Ordinal) ? "" : $", was '{options.BaseUrl}'";
                errors.Add($"{path}:BaseUrl must be an absolute http or https URL{shown}.");
            }
            else if (!string.IsNullOrEmpty(uri.UserInfo))
            {
                errors.Add($"{path}:BaseUrl must not contain user information (credentials go in AppCode/AppSecret).");
            }

            return;
        }

        if (options.AuthMode == BkAuthMode.Esb)
        {
            errors.Add($"{path}:BaseUrl is required with AuthMode Esb: the PaaS root (e.g. https://paas.example.com/); the ESB has no gateway stages, so GatewayName and UrlTemplate do not apply.");
            return;
        }

        if (string.IsNullOrWhiteSpace(options.GatewayName))
        {
            errors.Add($"{path}:BaseUrl is required: the API gateway stage URL (e.g. https://bkapi.example.com/api/bk-job/prod/), or the PaaS root with AuthMode Esb; " +
                       $"or set {path}:GatewayName with {path}:UrlTemplate (or the environment variable {BkStageUrl.UrlTemplateVariable}, e.g. https://bkapi.example.com/api/{{api_name}}).");
            return;
        }

        if (string.IsNullOrWhiteSpace(options.UrlTemplate))
        {
            errors.Add($"{path}:GatewayName '{options.GatewayName}' needs a URL template: {path}:UrlTemplate or the environment variable {BkStageUrl.UrlTemplateVariable} " +
                       $"(e.g. https://bkapi.example.com/api/{{api_name}}) or {BkStageUrl.StageUrlTemplateVariable}; or set {path}:BaseUrl instead.");
            return;
        }

        if (!BkStageUrl.TryResolve(options.UrlTemplate.Trim(), options.GatewayName.Trim(), options.EffectiveStage, out _, out var problem))
        {
            errors.Add($"{Key(options, path, nameof(BkApiClientSettings.UrlTemplate))} with GatewayName '{options.GatewayName}' and Stage '{options.EffectiveStage}' does not make a stage URL: {problem}.");
        }
    }

    /// <summary>The setting's configuration key, and the environment variable it came from if it did.</summary>
    private static string Key(BkApiClientSettings options, string path, string key)
        => options.FromEnvironment.TryGetValue(key, out var variable) ? $"{path}:{key} (from the environment variable {variable})" : $"{path}:{key}";

    private static void CheckTimeout(List<string> errors, string path, string key, TimeSpan value)
    {
        if (value < MinTimeout || value > MaxTimeout)
        {
            errors.Add($"{path}:{key} must be between 00:00:00.010 and 1.00:00:00, was {value}.");
        }
    }
}
