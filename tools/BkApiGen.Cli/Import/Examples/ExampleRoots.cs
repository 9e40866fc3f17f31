using System.Text.Json.Nodes;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Examples;

/// <summary>
/// The example objects of the two root types, found by the observation phase. <see cref="Walk"/> follows them down
/// the members of a graph to every definition they show; a phase that changes how a member is found (an alias) or
/// what it is (a map) changes what a walk finds, so the importer walks again after it.
/// </summary>
internal sealed class ExampleRoots(IReadOnlyList<(string Def, JsonObject Instance, DocExample Example)> roots)
{
    public IReadOnlyList<(string Def, JsonObject Instance, DocExample Example)> Roots { get; } = roots;

    public ExampleInstances Walk(DefinitionGraph graph)
    {
        var found = new Dictionary<string, List<(JsonObject, DocExample)>>(StringComparer.Ordinal);
        foreach (var (def, instance, example) in Roots)
        {
            Observe(graph, graph.Defs[def], instance, example, found);
        }

        return new ExampleInstances(found.ToDictionary(p => p.Key, p => (IReadOnlyList<(JsonObject, DocExample)>)p.Value, StringComparer.Ordinal));
    }

    private static void Observe(DefinitionGraph graph, DefModel def, JsonObject instance, DocExample example, Dictionary<string, List<(JsonObject, DocExample)>> found)
    {
        if (!found.TryGetValue(def.Name, out var instances))
        {
            found[def.Name] = instances = new List<(JsonObject, DocExample)>();
        }

        instances.Add((instance, example));
        foreach (var prop in def.Props)
        {
            var value = ExampleValues.Value(instance, prop);
            if (value is null)
            {
                continue;
            }

            var type = prop.Type;
            if (type.Kind == Kind.Ref && graph.Defs.TryGetValue(type.Ref!, out var target) && value is JsonObject child)
            {
                Observe(graph, target, child, example, found);
            }
            else if (type.Kind == Kind.Array && type.Items is { Kind: Kind.Ref } items && graph.Defs.TryGetValue(items.Ref!, out var element) && value is JsonArray array)
            {
                foreach (var item in array.OfType<JsonObject>())
                {
                    Observe(graph, element, item, example, found);
                }
            }
            else if (type.Kind == Kind.Map && type.Items is { Kind: Kind.Ref } values && graph.Defs.TryGetValue(values.Ref!, out var valueDef) && value is JsonObject map)
            {
                foreach (var item in map.Select(p => p.Value).OfType<JsonObject>())
                {
                    Observe(graph, valueDef, item, example, found);
                }
            }
        }
    }
}
