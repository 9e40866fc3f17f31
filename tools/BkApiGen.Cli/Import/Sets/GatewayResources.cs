using YamlDotNet.RepresentationModel;

namespace BkApiGen.Cli.Import.Sets;

/// <summary>
/// A bk-api-gateway definition's <c>resources.yaml</c>: OpenAPI 3 <c>paths</c>, each method an operation with
/// <c>operationId</c>, <c>description</c> and an <c>x-bk-apigateway-resource</c> block (<c>descriptionEn</c>,
/// <c>authConfig</c>, the backend): the operation, its method and path, its descriptions and what the gateway verifies
/// (<c>authConfig</c> → <c>x-bkapi.auth</c>) are read.
/// </summary>
internal static class GatewayResources
{
    public const string FileName = "resources.yaml";

    private static readonly string[] Methods = { "get", "post", "put", "patch", "delete", "head", "options" };

    public static IReadOnlyList<RegisteredOperation> Read(string folder, string file, List<SetWarning> warnings)
    {
        var display = Path.GetRelativePath(folder, file).Replace('\\', '/');
        var root = YamlNodes.Load(file, display).FirstOrDefault();
        if (root is null || YamlNodes.Child(root, "paths") is not YamlMappingNode paths)
        {
            throw new RegistryException(new SourceLocation(display, root is null ? 0 : YamlNodes.Line(root)), "no 'paths' mapping: this is not an OpenAPI resources file.");
        }

        var operations = new List<RegisteredOperation>();
        foreach (var (pathNode, item) in paths.Children)
        {
            var path = (pathNode as YamlScalarNode)?.Value;
            if (path is null || item is not YamlMappingNode methods)
            {
                warnings.Add(new SetWarning(new SourceLocation(display, YamlNodes.Line(pathNode)), "a path that is not a mapping of methods: ignored."));
                continue;
            }

            foreach (var (methodNode, operation) in methods.Children)
            {
                var method = (methodNode as YamlScalarNode)?.Value?.ToLowerInvariant();
                var location = new SourceLocation(display, YamlNodes.Line(methodNode));
                if (method is null || !Methods.Contains(method))
                {
                    // OpenAPI allows 'parameters', 'summary' ... beside the methods of a path.
                    continue;
                }

                var operationId = YamlNodes.Text(operation, "operationId");
                if (operationId is null)
                {
                    warnings.Add(new SetWarning(location, $"{method.ToUpperInvariant()} {path} has no operationId: ignored (its doc cannot be found without it)."));
                    continue;
                }

                var resource = YamlNodes.Child(operation, "x-bk-apigateway-resource");
                operations.Add(new RegisteredOperation(
                    operationId,
                    method.ToUpperInvariant(),
                    path,
                    null,
                    YamlNodes.Text(operation, "description") ?? YamlNodes.Text(operation, "summary"),
                    resource is null ? null : YamlNodes.Text(resource, "descriptionEn"),
                    location,
                    resource is null ? null : Auth(resource, display, warnings)));
            }
        }

        return operations;
    }

    /// <summary>
    /// <c>authConfig: {appVerifiedRequired, userVerifiedRequired, resourcePermissionRequired}</c> → <c>x-bkapi.auth</c>.
    /// resourcePermissionRequired is left out: it is about what the app was granted, which no credential tells.
    /// </summary>
    private static GatewayAuth? Auth(YamlNode resource, string display, List<SetWarning> warnings)
    {
        if (YamlNodes.Child(resource, "authConfig") is not { } config)
        {
            return null;
        }

        if (config is not YamlMappingNode)
        {
            warnings.Add(new SetWarning(new SourceLocation(display, YamlNodes.Line(config)), "authConfig is not a mapping: what the gateway verifies is left out of the spec."));
            return null;
        }

        var auth = new GatewayAuth(Flag(config, "appVerifiedRequired", display, warnings), Flag(config, "userVerifiedRequired", display, warnings));
        return auth is { App: null, User: null } ? null : auth;
    }

    private static bool? Flag(YamlNode config, string key, string display, List<SetWarning> warnings)
    {
        if (YamlNodes.Child(config, key) is not { } node)
        {
            return null;
        }

        var text = (node as YamlScalarNode)?.Value?.Trim();
        if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        warnings.Add(new SetWarning(new SourceLocation(display, YamlNodes.Line(node)), $"authConfig.{key} is neither true nor false: left out of the spec's x-bkapi.auth."));
        return null;
    }
}
