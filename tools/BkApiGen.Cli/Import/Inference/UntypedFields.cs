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

    public static void Infer(DefinitionGraph graph, WarningLog warnings)
    {
        // A table no field uses (a table of values under a | 字段 | 描述 | header) is left out: its rows need no type.
        var reachable = graph.ReachableFromRoots();
        foreach (var def in graph.Defs.Values.Where(d => reachable.Contains(d.Name)))
        {
            foreach (var prop in def.Props.Where(p => p.Type.Kind == Kind.Pending && p.UnreadType is not null))
            {
                var (file, line, text) = prop.UnreadType!.Value;
                var unstated = text.Trim() is "" or "-" or "--" or "无";
                if (VariesWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase) || unstated && prop.Description.Contains(w, StringComparison.OrdinalIgnoreCase)))
                {
                    prop.Type = TypeModel.Scalar(Kind.Any);
                    warnings.Add(prop.Line, $"'{prop.Name}' has type '{text}' and {(unstated ? "its description" : "it")} says its type varies: any JSON.");
                    continue;
                }

                var sample = def.Instances
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

                prop.Type = ExampleValues.Infer(sample.Value);
                if (prop.Type.Kind == Kind.Array && prop.Type.Items is { Kind: Kind.Array or Kind.Map })
                {
                    prop.Type.Items = TypeModel.Scalar(Kind.Any);
                }

                var said = text.Length == 0 ? "has no type" : $"has type '{text}', which is not a type";
                warnings.Add(prop.Line, $"'{prop.Name}' {said}: {ExampleValues.Describe(prop.Type)}, from the example at line {ExampleValues.KeyLine(sample.Example, prop.Name)}.");
            }
        }
    }
}
