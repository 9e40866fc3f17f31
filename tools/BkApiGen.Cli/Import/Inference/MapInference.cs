using System.Text.Json.Nodes;
using BkApiGen.Cli.Import.Examples;

namespace BkApiGen.Cli.Import.Inference;

/// <summary>
/// Types what the examples show of maps: the value type of maps declared without one, and untyped objects whose
/// example keys are data (IPs, ids, <c>a:b:c</c> keys), which become maps instead of free-form JSON.
/// </summary>
internal static class MapInference
{
    public static void Infer(DefinitionGraph graph, ObservedExamples observed, WarningLog warnings)
    {
        var retyped = false;
        foreach (var def in graph.Defs.Values)
        {
            foreach (var prop in def.Props)
            {
                var values = def.Instances.Select(i => ExampleValues.Value(i.Instance, prop)).OfType<JsonObject>().ToList();
                if (prop.Type is { Kind: Kind.Ref } reference && graph.Defs.TryGetValue(reference.Ref!, out var target) && target.Props.Count > 0 && values.Count > 0
                    && values.All(v => MapDetection.DataKeys(v) is not null && v.All(p => target.Props.All(t => t.Name != p.Key))))
                {
                    // The table describes the values; the example shows the object keyed by ids.
                    warnings.Add(prop.Line, $"the keys of '{prop.Name}' in the example are {MapDetection.DataKeys(values[0])}: '{prop.Name}' is a map of string to '{target.Name}' (additionalProperties).");
                    prop.Type = new TypeModel(Kind.Map, items: reference);
                    retyped = true;
                }
                else if (prop.Type is { Kind: Kind.Map, Items.Kind: Kind.Pending })
                {
                    prop.Type.Items = values.Count > 0 ? ExampleValues.MapValueType(values.ToArray()) : TypeModel.Scalar(Kind.Any);
                }
                else if (prop.Type.Kind == Kind.FreeObject && values.Count > 0 && values.All(v => MapDetection.DataKeys(v) is not null))
                {
                    var why = MapDetection.DataKeys(values[0]);
                    prop.Type = new TypeModel(Kind.Map, items: ExampleValues.MapValueType(values.ToArray()));
                    warnings.Add(prop.Line, $"the keys of '{prop.Name}' in the example are {why}: '{prop.Name}' is a map of string to {ExampleValues.Describe(prop.Type.Items!)} (additionalProperties), not an object with those keys as fields.");
                }
            }
        }

        if (retyped)
        {
            // The value tables saw the maps themselves as instances: observe the examples again through the maps.
            observed.Replay();
        }
    }
}
