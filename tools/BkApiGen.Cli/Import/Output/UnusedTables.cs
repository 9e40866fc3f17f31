using BkApiGen.Cli.Import.Tables;

namespace BkApiGen.Cli.Import.Output;

/// <summary>A table of this doc that no field reaches is left out of the spec: reported, since it may be a field's table under a name the importer did not match.</summary>
internal static class UnusedTables
{
    public static void Report(DefinitionGraph graph, TableCatalog catalog, HashSet<string> reachable, WarningLog warnings)
    {
        foreach (var (name, source) in catalog.InOrder)
        {
            if (!reachable.Contains(name) && source.File is null && graph.Defs[name].Line > 0)
            {
                warnings.Add(graph.Defs[name].Line, $"the table '{source.Key}' is not used by any field: left out of the spec.");
            }
        }
    }
}
