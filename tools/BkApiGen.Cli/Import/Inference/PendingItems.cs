using System.Text.Json.Nodes;
using BkApiGen.Cli.Import.Examples;

namespace BkApiGen.Cli.Import.Inference;

/// <summary>Arrays whose table does not say what their elements are: the first element an example shows decides, else any JSON.</summary>
internal static class PendingItems
{
    public static void Infer(DefinitionGraph graph, WarningLog warnings)
    {
        foreach (var def in graph.Defs.Values)
        {
            foreach (var prop in def.Props.Where(p => p.Type is { Kind: Kind.Array, Items.Kind: Kind.Pending }))
            {
                var sample = def.Instances
                    .Select(i => (Value: ExampleValues.Value(i.Instance, prop) as JsonArray, i.Example))
                    .Where(v => v.Value is { Count: > 0 })
                    .Select(v => (Element: v.Value!.FirstOrDefault(e => e is not null), v.Example))
                    .FirstOrDefault(v => v.Element is not null);
                if (sample.Element is null)
                {
                    prop.Type.Items = TypeModel.Scalar(Kind.Any);
                    warnings.Add(prop.Line, $"the array '{prop.Name}' does not say what its elements are and no example shows one: its elements are untyped JSON.");
                    continue;
                }

                prop.Type.Items = ExampleValues.Infer(sample.Element);
                if (prop.Type.Items.Kind == Kind.Array)
                {
                    prop.Type.Items = TypeModel.Scalar(Kind.Any);
                }

                warnings.Add(prop.Line, $"the array '{prop.Name}' does not say what its elements are: {ExampleValues.Describe(prop.Type.Items)}, from the example at line {ExampleValues.KeyLine(sample.Example, prop.Name)}.");
            }
        }
    }
}
