using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BkApiGen.Cli.Import.Examples;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Unions;

/// <summary>
/// The unions phase: a response object with an enum member named like a discriminator (<c>log_type</c>, <c>mode</c>)
/// becomes a union when the doc ties fields to its values — a description that says <c>log_type=2</c>, one that starts
/// like a value's label, or examples in which only one value has the field. Fields with no such evidence stay in the
/// common part; at least two cases are needed.
/// </summary>
internal static partial class UnionDetection
{
    /// <summary>What the unions phase gives: the graph with the unions and their cases, and the examples each case shows.</summary>
    public sealed record Found(DefinitionGraph Graph, ExampleInstances Instances);

    [GeneratedRegex(@"(^|_)(type|kind|mode|category)$", RegexOptions.CultureInvariant)]
    private static partial Regex DiscriminatorName();

    public static Found Detect(DefinitionGraph inferred, ExampleInstances instances, WarningLog warnings)
    {
        var requestSide = inferred.RequestSide();
        var graph = inferred.Edit();
        var caseInstances = new Dictionary<string, IReadOnlyList<(JsonObject Instance, DocExample Example)>>(StringComparer.Ordinal);
        foreach (var def in inferred.Defs.Values)
        {
            if (def.IsRequestSide || requestSide.Contains(def.Name) || def.Alias is not null)
            {
                continue;
            }

            foreach (var candidate in def.Props.Where(p => p.Type.Kind == Kind.Ref && graph.Enums.ContainsKey(p.Type.Ref!) && DiscriminatorName().IsMatch(p.Name)).ToList())
            {
                if (TryUnion(graph, def, instances.Of(def.Name), candidate, caseInstances, warnings))
                {
                    break;
                }
            }
        }

        return new Found(graph.ToGraph(), instances.With(caseInstances));
    }

    private static bool TryUnion(GraphDraft graph, DefModel def, IReadOnlyList<(JsonObject Instance, DocExample Example)> instances, PropModel discriminator,
        Dictionary<string, IReadOnlyList<(JsonObject Instance, DocExample Example)>> caseInstances, WarningLog warnings)
    {
        var enumModel = graph.Enums[discriminator.Type.Ref!];
        var evidence = CaseEvidence.Gather(def, instances, discriminator, enumModel);
        var assigned = new Dictionary<PropModel, KeyValuePair<string, List<string>>>(
            evidence.Where(e => e.Value.Count == 1).Select(e => KeyValuePair.Create(e.Key, e.Value.Single())), ReferenceEqualityComparer.Instance);
        var groups = assigned.GroupBy(a => a.Value.Key).ToList();
        if (groups.Count < 2)
        {
            return false;
        }

        foreach (var conflict in evidence.Where(e => e.Value.Count > 1))
        {
            warnings.Add(conflict.Key.Line, $"'{conflict.Key.Name}' could go with {discriminator.Name} = {string.Join(" or ", conflict.Value.Keys)}: kept in the common part.");
        }

        var common = def.Props.Select(p => ReferenceEquals(p, discriminator) ? p with { Required = true } : p).ToList();
        var cases = new List<(string Value, string Case)>();
        var summary = new List<string>();
        foreach (var item in enumModel.Items)
        {
            var members = def.Props.Where(p => assigned.TryGetValue(p, out var a) && a.Key == item.Value).ToList();
            if (members.Count == 0)
            {
                continue;
            }

            var memberName = enumModel.MemberNames[enumModel.Items.ToList().IndexOf(item)];
            var caseName = def.Name + "_" + Names.Snake(memberName);
            while (graph.Defs.ContainsKey(caseName))
            {
                caseName += "_case";
            }

            foreach (var member in members)
            {
                common.RemoveAll(p => ReferenceEquals(p, member));
                graph.Lines[$"{caseName}.{member.Name}"] = member.Line;
            }

            graph.Add(new DefModel
            {
                Name = caseName,
                Line = def.Line,
                Description = $"{discriminator.Name} = {item.Value}: {item.Label}",
                CaseOf = def.Name,
                RequirednessStated = def.RequirednessStated,
                Props = [.. members],
            });
            caseInstances[caseName] = instances.Where(i => ExampleValues.Value(i.Instance, discriminator)?.ToString() == item.Value).ToList();
            cases.Add((item.Value, caseName));
            summary.Add($"{item.Value} → {string.Join(", ", members.Select(m => m.Name))} ({string.Join("; ", members.Select(m => assigned[m].Value.First()).Distinct())})");
        }

        graph.Set(def with { Discriminator = discriminator.Name, Props = [.. common], Cases = [.. cases] });
        var defLabel = def.IsRoot ? "data" : def.Name;
        warnings.Add(discriminator.Line, $"the doc does not say which fields of '{defLabel}' go with which {discriminator.Name}: emitted a union on {discriminator.Name} with {string.Join("; ", summary)}; the other fields are common to all cases.");
        return true;
    }
}
