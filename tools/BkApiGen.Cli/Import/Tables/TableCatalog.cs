using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace BkApiGen.Cli.Import.Tables;

/// <summary>
/// Which definition each table became: by name (the rows it is built from) and by (side, table key), the way a
/// field's <c>定义见</c> or its own name looks a table up. Made by the tables phase (through a
/// <see cref="TableCatalogDraft"/>) and only read by the later ones; the shared docs' tables are not in it
/// (<see cref="SharedTables"/>).
/// </summary>
internal sealed class TableCatalog(ImmutableArray<KeyValuePair<string, TableSource>> inOrder, FrozenDictionary<(Scope Scope, string Key), string> byKey)
{
    /// <summary>Definition name → its table, in the order the tables were found (the order warnings about them follow).</summary>
    public ImmutableArray<KeyValuePair<string, TableSource>> InOrder { get; } = inOrder;

    private readonly FrozenDictionary<string, TableSource> _sources = inOrder.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The table a definition is built from (lookup only: walk <see cref="InOrder"/> to enumerate).</summary>
    public bool TryGetSource(string defName, [NotNullWhen(true)] out TableSource? source) => _sources.TryGetValue(defName, out source);

    /// <summary>(side, table key) → definition name.</summary>
    public FrozenDictionary<(Scope Scope, string Key), string> ByKey { get; } = byKey;
}
