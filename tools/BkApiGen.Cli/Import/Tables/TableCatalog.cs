namespace BkApiGen.Cli.Import.Tables;

/// <summary>
/// Which definition each table became: by name (the rows it is built from) and by (side, table key), the way a
/// field's <c>定义见</c> or its own name looks a table up. Made by the tables phase and read by the later ones; the
/// shared docs' tables are not in it (<see cref="SharedTables"/>).
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
    public void Add(GraphDraft graph, DefModel def, TableSource source, string? key = null)
    {
        graph.Add(def);
        _sources[def.Name] = source;
        if (source.Key is not TableSource.RootKey and not TableSource.PageKey)
        {
            _byKey[(source.Scope, key ?? source.Key)] = def.Name;
        }
    }

    /// <summary>Makes a definition also the one a table key of another side finds (one type for a request and a response table).</summary>
    public void AlsoFind(Scope scope, string key, string defName) => _byKey[(scope, key)] = defName;

}
