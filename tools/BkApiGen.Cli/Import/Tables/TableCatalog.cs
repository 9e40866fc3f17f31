namespace BkApiGen.Cli.Import.Tables;

/// <summary>
/// Which definition each table became: by name (the rows it is built from) and by (side, table key), the way a
/// field's <c>定义见</c> or its own name looks a table up. Tables of shared docs join it when first referenced.
/// </summary>
internal sealed class TableCatalog
{
    /// <summary>Definition name → its table, in the order the tables were found.</summary>
    public Dictionary<string, TableSource> Sources { get; } = new(StringComparer.Ordinal);

    /// <summary>(side, table key) → definition name.</summary>
    public Dictionary<(Scope Scope, string Key), string> ByKey { get; } = new();

    /// <summary>Adds a definition and the table it is built from; <paramref name="key"/> overrides the key it is found under.</summary>
    public void Add(DefinitionGraph graph, DefModel def, TableSource source, string? key = null)
    {
        graph.Defs[def.Name] = def;
        Sources[def.Name] = source;
        graph.Lines[def.Name] = def.Line;
        if (source.Key is not TableSource.RootKey and not TableSource.PageKey)
        {
            ByKey[(source.Scope, key ?? source.Key)] = def.Name;
        }
    }

    /// <summary>Whether a definition or table of this name exists (an enum named like one is qualified).</summary>
    public bool Names(string name) => Sources.ContainsKey(name) || ByKey.Keys.Any(k => k.Key == name);

    public bool IsMapValue(string defName) => Sources.TryGetValue(defName, out var source) && source.IsMapValue;
}
