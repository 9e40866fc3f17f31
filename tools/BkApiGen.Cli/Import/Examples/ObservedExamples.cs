using System.Text.Json.Nodes;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Examples;

/// <summary>
/// The example objects of the two root types, and how they are walked down to every definition they show
/// (<see cref="DefModel.Instances"/>). A phase that changes how a member is found (an alias) or what it is (a map)
/// walks them again with <see cref="Replay"/>.
/// </summary>
internal sealed class ObservedExamples(DefinitionGraph graph)
{
    private readonly List<(DefModel Def, JsonObject Instance, DocExample Example)> _roots = new();

    /// <summary>Records an example of a root type and walks it.</summary>
    public void AddRoot(DefModel def, JsonObject instance, DocExample example)
    {
        _roots.Add((def, instance, example));
        Observe(def, instance, example);
    }

    /// <summary>Forgets every definition's instances and walks the root examples again, through the current members.</summary>
    public void Replay()
    {
        foreach (var def in graph.Defs.Values)
        {
            def.Instances.Clear();
        }

        foreach (var (def, instance, example) in _roots)
        {
            Observe(def, instance, example);
        }
    }

    private void Observe(DefModel def, JsonObject instance, DocExample example)
    {
        def.Instances.Add((instance, example));
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
                Observe(target, child, example);
            }
            else if (type.Kind == Kind.Array && type.Items is { Kind: Kind.Ref } items && graph.Defs.TryGetValue(items.Ref!, out var element) && value is JsonArray array)
            {
                foreach (var item in array.OfType<JsonObject>())
                {
                    Observe(element, item, example);
                }
            }
            else if (type.Kind == Kind.Map && type.Items is { Kind: Kind.Ref } values && graph.Defs.TryGetValue(values.Ref!, out var valueDef) && value is JsonObject map)
            {
                foreach (var item in map.Select(p => p.Value).OfType<JsonObject>())
                {
                    Observe(valueDef, item, example);
                }
            }
        }
    }
}
