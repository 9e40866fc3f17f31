using System.Collections.Frozen;

namespace BkApiGen.Cli.Import.Tables;

/// <summary>The <see cref="TableCatalog"/> while the tables phase fills it; <see cref="ToCatalog"/> freezes it.</summary>
internal sealed class TableCatalogDraft
{
    private readonly Dictionary<string, TableSource> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<(Scope Scope, string Key), string> _byKey = new();

    /// <summary>Adds a definition and the table it is built from; <paramref name="key"/> overrides the key it is found under.</summary>
    public void Add(GraphDraft graph, DefModel def, TableSource source, string? key = null)
    {
        graph.Add(def);
        _sources[def.Name] = source;
        if (source.Key is not (TableSource.RootKey or TableSource.PageKey or TableSource.ListKey))
        {
            _byKey[(source.Scope, key ?? source.Key)] = def.Name;
        }
    }

    /// <summary>Makes a definition also the one a table key of another side finds (one type for a request and a response table).</summary>
    public void AlsoFind(Scope scope, string key, string defName) => _byKey[(scope, key)] = defName;

    /// <summary>The catalog as found so far, immutable (a name added twice keeps its first place, as the dictionary does).</summary>
    public TableCatalog ToCatalog() => new([.. _sources], _byKey.ToFrozenDictionary());
}
