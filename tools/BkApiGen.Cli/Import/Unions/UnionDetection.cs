using System.Text.RegularExpressions;
using BkApiGen.Cli.Import.Examples;

namespace BkApiGen.Cli.Import.Unions;

/// <summary>
/// The unions phase: a response object with an enum member named like a discriminator (<c>log_type</c>, <c>mode</c>)
/// becomes a union when the doc ties fields to its values — a description that says <c>log_type=2</c>, one that starts
/// like a value's label, or examples in which only one value has the field. Fields with no such evidence stay in the
/// common part; at least two cases are needed.
/// </summary>
internal static partial class UnionDetection
{
    [GeneratedRegex(@"(^|_)(type|kind|mode|category)$", RegexOptions.CultureInvariant)]
    private static partial Regex DiscriminatorName();

    public static void Detect(DefinitionGraph graph, WarningLog warnings)
    {
        var requestSide = graph.RequestSide();
        foreach (var def in graph.Defs.Values.ToList())
        {
            if (def.IsRequestSide || requestSide.Contains(def.Name) || def.Scalar is not null)
            {
                continue;
            }

            foreach (var candidate in def.Props.Where(p => p.Type.Kind == Kind.Ref && graph.Enums.ContainsKey(p.Type.Ref!) && DiscriminatorName().IsMatch(p.Name)).ToList())
            {
                if (TryUnion(graph, def, candidate, warnings))
                {
                    break;
                }
            }
        }
    }

    private static bool TryUnion(DefinitionGraph graph, DefModel def, PropModel discriminator, WarningLog warnings)
    {
        var enumModel = graph.Enums[discriminator.Type.Ref!];
        var evidence = CaseEvidence.Gather(def, discriminator, enumModel);
        var assigned = evidence.Where(e => e.Value.Count == 1).ToDictionary(e => e.Key, e => e.Value.Single());
        var groups = assigned.GroupBy(a => a.Value.Key).ToList();
        if (groups.Count < 2)
        {
            return false;
        }

        foreach (var conflict in evidence.Where(e => e.Value.Count > 1))
        {
            warnings.Add(conflict.Key.Line, $"'{conflict.Key.Name}' could go with {discriminator.Name} = {string.Join(" or ", conflict.Value.Keys)}: kept in the common part.");
        }

        def.Discriminator = discriminator.Name;
        discriminator.Required = true;
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

            var caseDef = new DefModel
            {
                Name = caseName,
                Line = def.Line,
                Description = $"{discriminator.Name} = {item.Value}: {item.Label}",
                CaseOf = def.Name,
                RequirednessStated = def.RequirednessStated,
            };
            foreach (var member in members)
            {
                def.Props.Remove(member);
                caseDef.Props.Add(member);
                graph.Lines[$"{caseName}.{member.Name}"] = member.Line;
            }

            foreach (var instance in def.Instances.Where(i => ExampleValues.Value(i.Instance, discriminator)?.ToString() == item.Value))
            {
                caseDef.Instances.Add(instance);
            }

            graph.Defs[caseName] = caseDef;
            graph.Lines[caseName] = def.Line;
            def.Cases.Add((item.Value, caseName));
            summary.Add($"{item.Value} → {string.Join(", ", members.Select(m => m.Name))} ({string.Join("; ", members.Select(m => assigned[m].Value.First()).Distinct())})");
        }

        var defLabel = def.IsRoot ? "data" : def.Name;
        warnings.Add(discriminator.Line, $"the doc does not say which fields of '{defLabel}' go with which {discriminator.Name}: emitted a union on {discriminator.Name} with {string.Join("; ", summary)}; the other fields are common to all cases.");
        return true;
    }
}
