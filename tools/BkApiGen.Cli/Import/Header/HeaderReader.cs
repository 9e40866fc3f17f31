using System.Text.RegularExpressions;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Header;

/// <summary>
/// The header phase: the operation's name, system, method, paths and description, from the doc's header, its file
/// name and the caller's options (which win). What none of them says is assumed and reported.
/// </summary>
internal static partial class HeaderReader
{
    private static readonly string[] IdempotentPrefixes = { "get_", "batch_get_", "list_", "search_", "query_", "check_", "fetch_", "count_", "describe_" };

    [GeneratedRegex(@"^/api/c/compapi/(?:v\d+/)?([A-Za-z0-9_]+)/", RegexOptions.CultureInvariant)]
    private static partial Regex EsbPathRegex();

    [GeneratedRegex(@"^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex OperationRegex();

    public static OperationHeader Read(ApiDoc doc, ImportOptions options, WarningLog warnings)
    {
        var stated = new HashSet<string>(StringComparer.Ordinal);
        var v4 = doc.IsV4;
        var op = OperationName(doc, options, v4, warnings);
        var system = SystemName(doc, options, warnings);
        var description = doc.Description ?? "";
        if (options.English?.Description is { Length: > 0 } english && english != description)
        {
            description = description.Length == 0 ? english : $"{description} / {english}";
        }

        if (CallbackRule.Applies(doc) is { } callbackLine)
        {
            // Nothing is called: no method, path or idempotence to state or guess (a registry's GET for it is not a call either).
            warnings.Add(callbackLine, $"'{doc.CallbackResponseHeading}' and no response section: the doc describes the body {system} sends to the caller's callback, not an operation. Written as a callback spec (x-bkapi.role \"callback\", its request tables as the payload '{op}_payload'): no client method, a static Parse on the payload.");
            return new OperationHeader
            {
                Operation = op,
                System = system,
                Method = "POST",
                IsCallback = true,
                Description = description,
                Stated = stated,
            };
        }

        var statedMethod = doc.Method ?? doc.ExampleMethod ?? (doc.HasQueryParameters ? "GET" : null);
        var methodLine = doc.Method is not null ? doc.MethodLine : doc.ExampleMethod is not null ? doc.ExampleMethodLine : doc.QueryLine;
        if (statedMethod is not null)
        {
            stated.Add("method");
        }

        var method = options.Method?.ToUpperInvariant() ?? statedMethod ?? "POST";
        if (statedMethod is null && options.Method is null)
        {
            warnings.Add(0, "the doc does not state the HTTP method: assumed POST (ESB components are called with POST); pass --method to override.");
        }

        if (method is not ("POST" or "GET"))
        {
            warnings.Add(methodLine, $"the method is {method}: BlueKing operations are GET or POST, so the generator rejects this spec (BKGEN0011).");
        }

        var (esbPath, gatewayPath) = Paths(doc, options, op, system, v4, stated, warnings);

        var idempotent = false;
        var prefix = IdempotentPrefixes.FirstOrDefault(p => op.StartsWith(p, StringComparison.Ordinal));
        if (prefix is not null)
        {
            idempotent = true;
            warnings.Add(0, $"marked idempotent (safe to retry) because the operation name starts with '{prefix}': the doc does not say.");
        }

        return new OperationHeader
        {
            Operation = op,
            System = system,
            Method = method,
            EsbPath = esbPath,
            GatewayPath = gatewayPath,
            Idempotent = idempotent,
            Auth = options.Auth,
            IsV4 = v4,
            Description = description,
            Stated = stated,
        };
    }

    private static string OperationName(ApiDoc doc, ImportOptions options, bool v4, WarningLog warnings)
    {
        var fileOp = doc.FileName;
        foreach (var suffix in new[] { ".j2", ".md", ".markdown" })
        {
            if (fileOp.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                fileOp = fileOp[..^suffix.Length];
            }
        }

        if (fileOp != fileOp.Trim())
        {
            // "update_script_basic .md": a space before the extension is a slip, not part of the name.
            warnings.Add(0, $"the file name '{doc.FileName}' has spaces around its name: the operation is '{fileOp.Trim()}'.");
            fileOp = fileOp.Trim();
        }

        if (v4 && fileOp.StartsWith("v4_", StringComparison.Ordinal) && options.Operation is null && doc.Path is null)
        {
            // bk-job names its v4 docs v4_<operation>.md; the operation (and the path) has no prefix.
            fileOp = fileOp["v4_".Length..];
        }

        var pathOp = doc.Path?.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        var op = options.Operation ?? pathOp ?? fileOp;
        if (!OperationRegex().IsMatch(op))
        {
            throw new DocException(doc.FileName, doc.PathLine, $"'{op}' is not an operation name (lower_snake_case): pass --operation.");
        }

        if (options.Operation is null && pathOp is not null && OperationRegex().IsMatch(fileOp) && fileOp != pathOp)
        {
            warnings.Add(doc.PathLine, $"the path names the operation '{pathOp}', the file name '{fileOp}': used '{pathOp}'.");
        }

        return op;
    }

    private static string SystemName(ApiDoc doc, ImportOptions options, WarningLog warnings)
    {
        string? pathSystem = null;
        if (doc.Path is not null && EsbPathRegex().Match(doc.Path) is { Success: true } esb)
        {
            pathSystem = esb.Groups[1].Value;
        }

        var system = options.System ?? pathSystem
            ?? throw new DocException(doc.FileName, 0, "the doc does not say which BlueKing system the API belongs to: pass --system (for example --system jobv3).");
        if (options.System is not null && pathSystem is not null && pathSystem != options.System)
        {
            warnings.Add(doc.PathLine, $"the path says system '{pathSystem}', --system says '{options.System}': used '{options.System}'.");
        }

        return system;
    }

    private static (string? Esb, string? Gateway) Paths(ApiDoc doc, ImportOptions options, string op, string system, bool v4, HashSet<string> stated, WarningLog warnings)
    {
        string? esbPath = null;
        string? gatewayPath = null;
        if (doc.Path is not null)
        {
            if (doc.Path.StartsWith("/api/c/compapi", StringComparison.Ordinal))
            {
                esbPath = doc.Path;
                stated.Add("esbPath");
            }
            else
            {
                gatewayPath = doc.Path;
                stated.Add("gatewayPath");
            }
        }

        if (esbPath is null && doc.Flavour == DocFlavour.EsbTemplate)
        {
            esbPath = $"/api/c/compapi/v2/{system}/{op}/";
        }

        if (gatewayPath is null && doc.Flavour == DocFlavour.Gateway)
        {
            gatewayPath = v4 ? $"/api/v4/{op}" : $"/api/v3/{op}";
        }

        esbPath = options.EsbPath ?? esbPath;
        if (options.GatewayPath is not null)
        {
            gatewayPath = options.GatewayPath;
        }
        else if (gatewayPath is null && v4)
        {
            gatewayPath = $"/api/v4/{op}";
            warnings.Add(doc.V4Line, $"the doc gives no API gateway path: assumed {gatewayPath} (bk-job's v4 gateway); pass --gateway-path to set it.");
        }
        else if (gatewayPath is null && system == "jobv3")
        {
            gatewayPath = $"/api/v3/{op}";
            warnings.Add(doc.PathLine, $"the doc gives no API gateway path: assumed {gatewayPath} (bk-job's v3 gateway); pass --gateway-path to set it.");
        }

        if (gatewayPath is null && esbPath is null)
        {
            throw new DocException(doc.FileName, 0, "the doc gives no request path: pass --gateway-path or --esb-path.");
        }

        return (esbPath, gatewayPath);
    }
}
