using YamlDotNet.RepresentationModel;

namespace BkApiGen.Cli.Import.Sets;

/// <summary>
/// A bk-api-gateway definition's <c>resources.yaml</c>: OpenAPI 3 <c>paths</c>, each method an operation with
/// <c>operationId</c>, <c>description</c> and an <c>x-bk-apigateway-resource</c> block (<c>descriptionEn</c>,
/// <c>authConfig</c>, the backend): the operation, its method and path, and its descriptions are read.
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

                // authConfig (userVerifiedRequired ...) is not carried: the spec format has no key for it yet, and the
                // client sends the same credentials either way.
                var resource = YamlNodes.Child(operation, "x-bk-apigateway-resource");
                operations.Add(new RegisteredOperation(
                    operationId,
                    method.ToUpperInvariant(),
                    path,
                    null,
                    YamlNodes.Text(operation, "description") ?? YamlNodes.Text(operation, "summary"),
                    resource is null ? null : YamlNodes.Text(resource, "descriptionEn"),
                    location));
            }
        }

        return operations;
    }
}
