using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BkApiGen.Cli.Import.Examples;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Reconciliation;

/// <summary>What the examples say against the finished types: reported, never changed (the doc's tables win).</summary>
internal static class ExampleChecks
{
    public static void ReportUnshown(IReadOnlyDictionary<string, DefModel> defs, DefModel def, IReadOnlyList<(JsonObject Instance, DocExample Example)> examples, WarningLog warnings)
    {
        var instances = examples.Where(i => i.Example.Section == SectionKind.ResponseExample).ToList();
        if (instances.Count == 0)
        {
            return;
        }

        var label = def.CaseOf is { } union ? (defs[union].IsRoot ? "data" : union) : def.IsRoot ? "data" : def.Name;
        var exampleLines = string.Join(", ", instances.Select(i => i.Example.Line).Distinct());
        foreach (var prop in def.Props.Where(p => !p.FromExample))
        {
            if (instances.All(i => !ExampleValues.Has(i.Instance, prop)))
            {
                warnings.Add(prop.Line, $"'{label}.{prop.Name}' is in the table but not in the response example (line {exampleLines}): kept as the doc says; check that the server sends it.");
            }
        }
    }

    public static void CheckValues(IReadOnlyDictionary<string, EnumModel> enums, DefModel def, List<PropModel> props, IReadOnlyList<(JsonObject Instance, DocExample Example)> instances, WarningLog warnings)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (instance, example) in instances)
        {
            foreach (var prop in props)
            {
                var value = ExampleValues.Value(instance, prop);
                if (value is null || reported.Contains(prop.Name))
                {
                    continue;
                }

                var problem = Mismatch(enums, prop.Type, value);
                if (problem is not null)
                {
                    reported.Add(prop.Name);
                    warnings.Add(ExampleValues.KeyLine(example, prop.Name), $"the example gives '{(def.IsRoot ? "data" : def.Name)}.{prop.Name}' {problem}.");
                }
            }
        }
    }

    private static string? Mismatch(IReadOnlyDictionary<string, EnumModel> enums, TypeModel type, JsonNode value)
    {
        var kind = value.GetValueKind();
        string Shown() => value.ToJsonString().Length > 30 ? value.ToJsonString()[..30] + "…" : value.ToJsonString();
        switch (type.Kind)
        {
            case Kind.Int32 or Kind.Int64:
                return kind == JsonValueKind.Number && value.AsValue().TryGetValue<long>(out _) ? null : $"{Shown()}, but the table says it is an integer";
            case Kind.Number:
                return kind == JsonValueKind.Number ? null : $"{Shown()}, but the table says it is a number";
            case Kind.String:
                return kind == JsonValueKind.String ? null : $"{Shown()}, but the table says it is a string";
            case Kind.Boolean:
                return kind is JsonValueKind.True or JsonValueKind.False ? null : $"{Shown()}, but the table says it is a boolean";
            case Kind.Array:
                return kind == JsonValueKind.Array ? null : $"{Shown()}, but the table says it is an array";
            case Kind.FreeObject or Kind.Map:
                return kind == JsonValueKind.Object ? null : $"{Shown()}, but the table says it is an object";
            case Kind.Ref when enums.TryGetValue(type.Ref!, out var enumModel):
            {
                var text = kind == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
                return enumModel.Items.Any(i => i.Value == text) ? null : $"{Shown()}, which is not among the values the doc lists ({string.Join(", ", enumModel.Items.Select(i => i.Value))})";
            }

            case Kind.Ref:
                return kind == JsonValueKind.Object ? null : $"{Shown()}, but the table says it is an object ({type.Ref})";
            default:
                return null;
        }
    }

    /// <summary>An example under a heading that names one case but shows another (脚本执行步骤 with log_type 2).</summary>
    public static void CheckExampleLabels(DefinitionGraph graph, IReadOnlyList<(JsonNode Data, DocExample Example)> responses, WarningLog warnings)
    {
        var response = graph.Response;
        if (response.Discriminator is not { } discriminator)
        {
            return;
        }

        var prop = response.Props.First(p => p.Name == discriminator);
        var enumModel = graph.Enums[prop.Type.Ref!];
        foreach (var (data, example) in responses)
        {
            if (example.Label is null || data is not JsonObject obj || ExampleValues.Value(obj, prop) is not JsonValue value)
            {
                continue;
            }

            var scores = enumModel.Items.Select((item, i) => (item.Value, item.Label, Score: Math.Max(Similarity(example.Label, item.Label), Similarity(example.Label, enumModel.Descriptions[i])))).ToList();
            var best = scores.OrderByDescending(s => s.Score).First();
            var actual = value.ToString();
            if (best.Score > 0 && scores.Count(s => s.Score == best.Score) == 1 && best.Value != actual)
            {
                var actualLabel = enumModel.Items.FirstOrDefault(i => i.Value == actual)?.Label ?? "not a listed value";
                warnings.Add(example.LabelLine, $"the example under '{example.Label}' reads like {discriminator} = {best.Value} ({best.Label}), but it has {discriminator} = {actual} ({actualLabel}) (line {ExampleValues.KeyLine(example, discriminator)}).");
            }
        }
    }

    private static int Similarity(string a, string b)
    {
        static HashSet<string> Grams(string text)
        {
            var result = new HashSet<string>(StringComparer.Ordinal);
            var lower = text.ToLowerInvariant();
            for (var i = 0; i + 1 < lower.Length; i++)
            {
                if (lower[i] > 127 && lower[i + 1] > 127)
                {
                    result.Add(lower.Substring(i, 2));
                }
            }

            foreach (var word in Regex.Split(lower, "[^a-z0-9]+").Where(w => w.Length >= 4))
            {
                result.Add(word.Length > 6 ? word[..6] : word);
            }

            return result;
        }

        var x = Grams(a);
        x.IntersectWith(Grams(b));
        return x.Count;
    }
}
