using System.Text.Json.Nodes;
using BkApiGen.Cli.Import.Examples;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Inference;

/// <summary>
/// Types what the examples show of maps: the value type of maps declared without one, and untyped objects whose
/// example keys are data (IPs, ids, <c>a:b:c</c> keys), which become maps instead of free-form JSON. A table that
/// turns out to describe a map's values saw the map itself as its instance: the importer walks the examples again.
/// </summary>
internal static class MapInference
{
    public static DefinitionGraph Infer(DefinitionGraph graph, ExampleInstances instances, WarningLog warnings)
    {
        var draft = graph.Edit();
        draft.Refine(def => def with { Props = [.. def.Props.Select(p => Typed(graph, p, instances.Of(def.Name), warnings))] });
        return draft.ToGraph();
    }

    private static PropModel Typed(DefinitionGraph graph, PropModel prop, IReadOnlyList<(JsonObject Instance, DocExample Example)> instances, WarningLog warnings)
    {
        var values = instances.Select(i => ExampleValues.Value(i.Instance, prop)).OfType<JsonObject>().ToList();
        if (prop.Type is { Kind: Kind.Ref } reference && graph.Defs.TryGetValue(reference.Ref!, out var target) && target.Props.Count > 0 && values.Count > 0
            && values.All(v => MapDetection.DataKeys(v) is not null && v.All(p => target.Props.All(t => t.Name != p.Key))))
        {
            // The table describes the values; the example shows the object keyed by ids.
            warnings.Add(prop.Line, $"the keys of '{prop.Name}' in the example are {MapDetection.DataKeys(values[0])}: '{prop.Name}' is a map of string to '{target.Name}' (additionalProperties).");
            return prop with { Type = new TypeModel(Kind.Map, items: reference) };
        }

        if (prop.Type is { Kind: Kind.Map, Items.Kind: Kind.Pending })
        {
            return prop with { Type = prop.Type with { Items = values.Count > 0 ? ExampleValues.MapValueType(values.ToArray()) : TypeModel.Scalar(Kind.Any) } };
        }

        if (prop.Type.Kind == Kind.FreeObject && values.Count > 0 && values.All(v => MapDetection.DataKeys(v) is not null))
        {
            var why = MapDetection.DataKeys(values[0]);
            var type = new TypeModel(Kind.Map, items: ExampleValues.MapValueType(values.ToArray()));
            warnings.Add(prop.Line, $"the keys of '{prop.Name}' in the example are {why}: '{prop.Name}' is a map of string to {ExampleValues.Describe(type.Items!)} (additionalProperties), not an object with those keys as fields.");
            return prop with { Type = type };
        }

        return prop;
    }
}
