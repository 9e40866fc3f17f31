using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace BkApiGen.Runtime;

/// <summary>
/// Stage URLs of the API gateway from a URL template, as BlueKing's own SDKs build them (bkapi-client-core for Python,
/// bk-apigateway-sdks for Go):
/// <list type="bullet">
/// <item><c>BK_API_URL_TMPL</c>, e.g. <c>https://bkapi.example.com/api/{api_name}</c>: <c>{api_name}</c> (or
/// <c>{gateway_name}</c>) becomes the gateway name and <c>/{stage}/</c> is appended, so gateway <c>bk-job</c> at stage
/// <c>prod</c> is <c>https://bkapi.example.com/api/bk-job/prod/</c>;</item>
/// <item><c>BK_API_STAGE_URL_TMPL</c> (Go), e.g. <c>https://{api_name}.bkapi.example.com/{stage}/</c>: a template that
/// places <c>{stage}</c> itself is used as it is.</item>
/// </list>
/// The stage is <c>prod</c> unless given. Placeholders may have spaces inside the braces (<c>{ api_name }</c>, as the Go
/// SDK reads them); any other placeholder is refused, since it would end up in the URL.
/// </summary>
public static class BkStageUrl
{
    /// <summary>The stage used when none is given, as in both SDKs.</summary>
    public const string DefaultStage = "prod";

    /// <summary>The environment variable of the gateway URL template (both SDKs).</summary>
    public const string UrlTemplateVariable = "BK_API_URL_TMPL";

    /// <summary>The environment variable of a template that places the stage itself (Go SDK), read when <see cref="UrlTemplateVariable"/> is unset.</summary>
    public const string StageUrlTemplateVariable = "BK_API_STAGE_URL_TMPL";

    /// <summary>The stage URL of <paramref name="gatewayName"/> at <paramref name="stage"/>, always ending in <c>/</c>.</summary>
    /// <exception cref="ArgumentException">The template, the gateway name or the stage cannot make an http(s) URL; the message says why.</exception>
    public static Uri Resolve(string template, string gatewayName, string stage = DefaultStage)
        => TryResolve(template, gatewayName, stage, out var url, out var error) ? url : throw new ArgumentException(error, nameof(template));

    /// <summary>Like <see cref="Resolve"/>, with the reason in <paramref name="error"/> instead of an exception.</summary>
    public static bool TryResolve(string template, string gatewayName, string stage, [NotNullWhen(true)] out Uri? url, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(gatewayName);
        ArgumentNullException.ThrowIfNull(stage);
        url = null;
        if (!IsValidName(gatewayName))
        {
            error = $"the gateway name must be ASCII letters, digits, '-' or '_' (at most 64), was '{gatewayName}'";
            return false;
        }

        if (!IsValidName(stage))
        {
            error = $"the stage must be ASCII letters, digits, '-' or '_' (at most 64), was '{stage}'";
            return false;
        }

        var text = new StringBuilder(template.Length + gatewayName.Length + stage.Length + 2);
        var placesStage = false;
        var at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOf('{', at);
            if (open < 0)
            {
                text.Append(template, at, template.Length - at);
                break;
            }

            var close = template.IndexOf('}', open);
            if (close < 0)
            {
                error = $"the URL template has a '{{' without '}}': {Shown(template)}";
                return false;
            }

            text.Append(template, at, open - at);
            var name = template.AsSpan(open + 1, close - open - 1).Trim();
            if (name is "api_name" or "gateway_name")
            {
                text.Append(gatewayName);
            }
            else if (name is "stage" or "stage_name")
            {
                text.Append(stage);
                placesStage = true;
            }
            else
            {
                error = $"the URL template has the unknown placeholder '{template[open..(close + 1)]}' (known: {{api_name}}, {{gateway_name}}, {{stage}}): {Shown(template)}";
                return false;
            }

            at = close + 1;
        }

        var resolved = text.ToString().TrimEnd('/');
        resolved = placesStage ? resolved + "/" : resolved + "/" + stage + "/";
        if (!Uri.TryCreate(resolved, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            error = $"the URL template must make an absolute http or https URL, made {Shown(resolved)}";
            return false;
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            error = "the URL template must not contain user information (credentials go in the credentials)";
            return false;
        }

        url = uri;
        error = null;
        return true;
    }

    // A URL with user information could carry a password: it is never quoted.
    private static string Shown(string text) => text.Contains('@', StringComparison.Ordinal) ? "(not shown: it contains '@')" : $"'{text}'";

    private static bool IsValidName(string name)
        => name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
