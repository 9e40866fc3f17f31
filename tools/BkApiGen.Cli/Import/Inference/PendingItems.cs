using System.Text.Json.Nodes;
using BkApiGen.Cli.Import.Examples;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Inference;

/// <summary>Arrays whose table does not say what their elements are: the first element an example shows decides, else any JSON.</summary>
internal static class PendingItems
{
    public static DefinitionGraph Infer(DefinitionGraph graph, ExampleInstances instances, WarningLog warnings)
    {
        var draft = graph.Edit();
        draft.Refine(def => def with { Props = [.. def.Props.Select(p => p.Type is { Kind: Kind.Array, Items.Kind: Kind.Pending } ? Typed(p, instances.Of(def.Name), warnings) : p)] });
        return draft.ToGraph();
    }

    private static PropModel Typed(PropModel prop, IReadOnlyList<(JsonObject Instance, DocExample Example)> instances, WarningLog warnings)
    {
        var sample = instances
            .Select(i => (Value: ExampleValues.Value(i.Instance, prop) as JsonArray, i.Example))
            .Where(v => v.Value is { Count: > 0 })
            .Select(v => (Element: v.Value!.FirstOrDefault(e => e is not null), v.Example))
            .FirstOrDefault(v => v.Element is not null);
        if (sample.Element is null)
        {
            warnings.Add(prop.Line, $"the array '{prop.Name}' does not say what its elements are and no example shows one: its elements are untyped JSON.");
            return prop with { Type = prop.Type with { Items = TypeModel.Scalar(Kind.Any) } };
        }

        var items = ExampleValues.Infer(sample.Element);
        if (items.Kind == Kind.Array)
        {
            items = TypeModel.Scalar(Kind.Any);
        }

        warnings.Add(prop.Line, $"the array '{prop.Name}' does not say what its elements are: {ExampleValues.Describe(items)}, from the example at line {ExampleValues.KeyLine(sample.Example, prop.Name)}.");
        return prop with { Type = prop.Type with { Items = items } };
    }
}
