using System.Text.Json.Nodes;
using BkApiGen.Cli.Import.Header;
using BkApiGen.SpecFormat;

namespace BkApiGen.Cli.Import.Output;

/// <summary>
/// The spec-writing phase: the <c>*.bkapi.json</c> object, its definitions in the order a reader meets them (the
/// request, then the response, each followed depth-first by what it uses), only those the operation reaches.
/// </summary>
internal static class SpecWriter
{
    public static JsonObject Write(DefinitionGraph graph, OperationHeader header, HashSet<string> reachable)
    {
        var definitions = new JsonObject();
        var order = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        void Visit(string name)
        {
            if (!visited.Add(name))
            {
                return;
            }

            order.Add(name);
            if (!graph.Defs.TryGetValue(name, out var def))
            {
                return;
            }

            foreach (var reference in def.References())
            {
                Visit(reference);
            }

            foreach (var (_, caseName) in def.Cases)
            {
                Visit(caseName);
            }
        }

        Visit(graph.RequestName);
        if (!header.IsCallback)
        {
            Visit(graph.ResponseName);
        }

        foreach (var name in order.Where(reachable.Contains))
        {
            definitions[name] = graph.Enums.TryGetValue(name, out var enumModel) ? DefinitionWriter.EnumSchema(enumModel) : DefinitionWriter.ObjectSchema(graph.Defs[name], header.Description);
        }

        var api = header.IsCallback ? CallbackApi(graph, header) : OperationApi(graph, header);
        var spec = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["title"] = header.Operation,
        };
        if (header.Description.Length > 0)
        {
            spec["description"] = header.Description;
        }

        spec["x-bkapi"] = api;
        spec["definitions"] = definitions;
        return spec;
    }

    /// <summary>A callback spec's header (docs/spec-format.md, "Callback specs"): the payload, nothing to call.</summary>
    private static JsonObject CallbackApi(DefinitionGraph graph, OperationHeader header) => new()
    {
        ["system"] = header.System,
        ["role"] = SpecFile.CallbackRole,
        ["callback"] = header.Operation,
        ["payload"] = new JsonObject { ["$ref"] = SpecReference.Format("", graph.RequestName) },
    };

    private static JsonObject OperationApi(DefinitionGraph graph, OperationHeader header)
    {
        var api = new JsonObject
        {
            ["system"] = header.System,
            ["operation"] = header.Operation,
            ["method"] = header.Method,
        };
        if (header.GatewayPath is not null)
        {
            api["gatewayPath"] = header.GatewayPath;
        }

        if (header.EsbPath is not null)
        {
            api["esbPath"] = header.EsbPath;
        }

        api["idempotent"] = header.Idempotent;
        if (header.IsV4)
        {
            api["protocol"] = "v4";
        }

        if (header.Auth is { } auth)
        {
            api[SpecAuth.Key] = auth.ToSpec();
        }

        api["request"] = new JsonObject { ["$ref"] = SpecReference.Format("", graph.RequestName) };
        api["response"] = new JsonObject { ["$ref"] = SpecReference.Format("", graph.ResponseName) };
        return api;
    }
}
