using System.Text.Json.Nodes;
using BkApiGen.Cli.Import.Examples;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Inference;

/// <summary>
/// Fields whose type cell names no type (<c>-</c>, <c>超时时间</c>, <c>不同的field和operator对应不同的value格式</c>):
/// a cell that says the type varies is any JSON; otherwise the examples tell, and a field no example shows is refused
/// at its row, since nobody could know its type.
/// </summary>
internal static class UntypedFields
{
    private static readonly string[] VariesWords = ["任意", "不同", "多种", "不定", "any", "mixed", "various", "varies"];

    public static DefinitionGraph Infer(DefinitionGraph graph, ExampleInstances instances, WarningLog warnings)
    {
        // A table no field uses (a table of values under a | 字段 | 描述 | header) is left out: its rows need no type.
        var reachable = graph.ReachableFromRoots();
        var draft = graph.Edit();
        draft.Refine(def => reachable.Contains(def.Name)
            ? def with { Props = [.. def.Props.Select(p => p.Type.Kind == Kind.Pending && p.UnreadType is not null ? Typed(p, instances.Of(def.Name), warnings) : p)] }
            : def);
        return draft.ToGraph();
    }

    private static PropModel Typed(PropModel prop, IReadOnlyList<(JsonObject Instance, DocExample Example)> instances, WarningLog warnings)
    {
        var (file, line, text) = prop.UnreadType!.Value;
        var unstated = text.Trim() is "" or "-" or "--" or "无";
        if (VariesWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase) || unstated && prop.Description.Contains(w, StringComparison.OrdinalIgnoreCase)))
        {
            warnings.Add(prop.Line, $"'{prop.Name}' has type '{text}' and {(unstated ? "its description" : "it")} says its type varies: any JSON.");
            return prop with { Type = TypeModel.Scalar(Kind.Any) };
        }

        var sample = instances
            .Select(i => (Value: ExampleValues.Value(i.Instance, prop), i.Example))
            .FirstOrDefault(v => v.Value is not null);
        if (sample.Value is null && text.Length == 0)
        {
            throw new DocException(file, line,
                $"'{prop.Name}' has no type (no type cell) and no example shows it: give its type (long, int, string, bool, float, array or object).");
        }

        if (sample.Value is null)
        {
            throw new DocException(file, line,
                $"'{prop.Name}' has type '{text}', which is not a type: use long, int, string, bool, float, array or object.");
        }

        var type = ExampleValues.Infer(sample.Value);
        if (type.Kind == Kind.Array && type.Items is { Kind: Kind.Array or Kind.Map })
        {
            type = type with { Items = TypeModel.Scalar(Kind.Any) };
        }

        var said = text.Length == 0 ? "has no type" : $"has type '{text}', which is not a type";
        warnings.Add(prop.Line, $"'{prop.Name}' {said}: {ExampleValues.Describe(type)}, from the example at line {ExampleValues.KeyLine(sample.Example, prop.Name)}.");
        return prop with { Type = type };
    }
}
