using YamlDotNet.RepresentationModel;

namespace BkApiGen.Cli.Import.Sets;

/// <summary>
/// An ESB component folder's registry: every <c>*.yaml</c> beside the docs (<c>cc.yaml</c>; bk-job's <c>job.yaml</c>
/// for jobv3; gse splits its APIs over <c>gse.yaml</c> and <c>gse_config.yaml</c>), each a list of entries
/// <c>{path: /v2/&lt;system&gt;/&lt;name&gt;/, name, label, label_en, suggest_method (or method), ...}</c>.
/// </summary>
internal static class EsbRegistry
{
    public const string EsbPrefix = "/api/c/compapi";

    public static IReadOnlyList<RegisteredOperation> Read(string folder, IReadOnlyList<string> files, List<SetWarning> warnings)
    {
        var operations = new List<RegisteredOperation>();
        foreach (var file in files)
        {
            var display = Path.GetRelativePath(folder, file).Replace('\\', '/');
            foreach (var root in YamlNodes.Load(file, display))
            {
                if (root is not YamlSequenceNode entries)
                {
                    if (root is not YamlScalarNode { Value: null or "" })
                    {
                        warnings.Add(new SetWarning(new SourceLocation(display, YamlNodes.Line(root)), "a registry document that is not a list of APIs: ignored."));
                    }

                    continue;
                }

                foreach (var entry in entries)
                {
                    var operation = ReadEntry(entry, display, warnings);
                    if (operation is not null)
                    {
                        operations.Add(operation);
                    }
                }
            }
        }

        return operations;
    }

    private static RegisteredOperation? ReadEntry(YamlNode entry, string display, List<SetWarning> warnings)
    {
        var location = new SourceLocation(display, YamlNodes.Line(entry));
        var path = YamlNodes.Text(entry, "path");
        var name = YamlNodes.Text(entry, "name") ?? path?.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (entry is not YamlMappingNode || name is null)
        {
            warnings.Add(new SetWarning(location, "a registry entry without 'name' or 'path': ignored."));
            return null;
        }

        var method = (YamlNodes.Text(entry, "suggest_method") ?? YamlNodes.Text(entry, "method"))?.ToUpperInvariant();
        if (method is null)
        {
            method = "POST";
            warnings.Add(new SetWarning(location, $"'{name}' has no suggest_method: assumed POST (ESB components are called with POST)."));
        }

        string? esbPath = null;
        if (path is not null)
        {
            esbPath = path.StartsWith(EsbPrefix + "/", StringComparison.Ordinal) ? path : EsbPrefix + (path.StartsWith('/') ? path : "/" + path);
        }

        return new RegisteredOperation(name, method, null, esbPath, YamlNodes.Text(entry, "label"), YamlNodes.Text(entry, "label_en"), location);
    }

    /// <summary>The system an ESB path names: <c>/api/c/compapi/v2/cc/search_host/</c> → <c>cc</c>.</summary>
    public static string? SystemOf(string esbPath)
    {
        var segments = esbPath[EsbPrefix.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 2 && segments[0].StartsWith('v') && segments[0][1..].All(char.IsAsciiDigit) ? segments[1] : segments.FirstOrDefault();
    }
}
