using BkApiGen.Cli.Import.Examples;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Reconciliation;

/// <summary>
/// The renames phase: example keys that are table fields under another name (host_id / bk_host_id, file_source /
/// file_source_list, task_status / status) become aliases before anything is inferred from the examples. A rename
/// can reveal the examples of the types below it, which can show more renames: up to five rounds.
/// </summary>
internal static class RenameDiscovery
{
    private const int MaxPasses = 5;

    /// <summary>The graph with the aliases the examples show (walked again after each round that found one).</summary>
    public static DefinitionGraph Run(DefinitionGraph observed, ExampleRoots roots, WarningLog warnings)
    {
        var graph = observed;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            // A renamed field (file_source in the example, file_source_list in the table) hides the types below it.
            var draft = graph.Edit();
            if (!DiscoverRenames(draft, roots.Walk(graph), warnings))
            {
                break;
            }

            graph = draft.ToGraph();
        }

        return graph;
    }

    /// <summary>Whether two names read as one field renamed (a prefix, a suffix, a plural or a <c>_list</c>).</summary>
    public static bool LooksRenamed(string key, string name)
        => key.EndsWith("_" + name, StringComparison.Ordinal) || name.EndsWith("_" + key, StringComparison.Ordinal)
            || name == key + "_list" || key == name + "_list" || name == key + "s" || key == name + "s";

    private static bool DiscoverRenames(GraphDraft graph, ExampleInstances instances, WarningLog warnings)
    {
        var found = false;
        foreach (var def in graph.Defs.Values.Where(d => d.CaseOf is null && d.MapValues is null).ToList())
        {
            var props = def.Props.ToList();
            var responseInstances = instances.Of(def.Name).Where(i => i.Example.Section == SectionKind.ResponseExample).ToList();
            var label = def.IsRoot ? "data" : def.Name;
            foreach (var (instance, example) in responseInstances)
            {
                foreach (var key in instance.Select(p => p.Key).ToList())
                {
                    if (props.Any(p => p.Name == key || p.Aliases.Contains(key)))
                    {
                        continue;
                    }

                    var keyLine = ExampleValues.KeyLine(example, key);
                    var byPrefix = props.FirstOrDefault(p => Names.StripBk(p.Name) == Names.StripBk(key) && !ExampleValues.Has(instance, p));
                    var renamed = byPrefix is null
                        ? props.Where(p => !p.FromExample && responseInstances.All(i => !ExampleValues.Has(i.Instance, p)) && LooksRenamed(key, p.Name)).ToList()
                        : new List<PropModel> { byPrefix };
                    if (renamed.Count != 1)
                    {
                        continue;
                    }

                    props[props.FindIndex(p => ReferenceEquals(p, renamed[0]))] = renamed[0].WithAlias(key);
                    found = true;
                    warnings.Add(keyLine, $"the example has '{key}' where the '{label}' table has '{renamed[0].Name}' (line {renamed[0].Line}): kept '{renamed[0].Name}' with x-aliases [\"{key}\"].");
                }
            }

            graph.Set(def with { Props = [.. props] });
        }

        return found;
    }
}
