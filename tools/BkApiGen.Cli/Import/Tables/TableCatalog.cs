namespace BkApiGen.Cli.Import.Tables;

/// <summary>
/// Which definition each table became: by name (the rows it is built from) and by (side, table key), the way a
/// field's <c>定义见</c> or its own name looks a table up. Tables of shared docs join it when first referenced.
/// </summary>
internal sealed class TableCatalog
{
    private readonly Dictionary<string, TableSource> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<(Scope Scope, string Key), string> _byKey = new();

    /// <summary>Definition name → its table, in the order the tables were found.</summary>
    public IReadOnlyDictionary<string, TableSource> Sources => _sources;

    /// <summary>(side, table key) → definition name.</summary>
    public IReadOnlyDictionary<(Scope Scope, string Key), string> ByKey => _byKey;

    /// <summary>Adds a definition and the table it is built from; <paramref name="key"/> overrides the key it is found under.</summary>
    public void Add(DefinitionGraph graph, DefModel def, TableSource source, string? key = null)
    {
        graph.Defs[def.Name] = def;
        _sources[def.Name] = source;
        graph.Lines[def.Name] = def.Line;
        if (source.Key is not TableSource.RootKey and not TableSource.PageKey)
        {
            _byKey[(source.Scope, key ?? source.Key)] = def.Name;
        }
    }

    /// <summary>Makes a definition also the one a table key of another side finds (one type for a request and a response table).</summary>
    public void AlsoFind(Scope scope, string key, string defName) => _byKey[(scope, key)] = defName;

    /// <summary>Whether a definition or table of this name exists (an enum named like one is qualified).</summary>
    public bool Names(string name) => Sources.ContainsKey(name) || ByKey.Keys.Any(k => k.Key == name);

    public bool IsMapValue(string defName) => Sources.TryGetValue(defName, out var source) && source.IsMapValue;
}
