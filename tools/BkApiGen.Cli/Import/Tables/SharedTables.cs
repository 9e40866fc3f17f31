using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Tables;

/// <summary>
/// The named tables of the shared docs (<c>--common</c>, bk-job's <c>common.md</c>), by table key: the first doc
/// that has a key gives its table. Indexed once, before the fields phase; a table becomes a definition of the
/// operation only when something refers to it (<see cref="Fields.TableLookup"/>), so a spec holds only those it uses.
/// </summary>
internal sealed class SharedTables
{
    private readonly Dictionary<string, TableSource> _byKey = new(StringComparer.Ordinal);

    private SharedTables(bool any) => Any = any;

    /// <summary>Whether the import was given shared docs at all (an error for a missing table says where else to look).</summary>
    public bool Any { get; }

    public static SharedTables Index(IReadOnlyList<ApiDoc> common)
    {
        var result = new SharedTables(common.Count > 0);
        foreach (var doc in common)
        {
            foreach (var table in doc.Tables.Where(t => t.Role == TableRole.Named))
            {
                result._byKey.TryAdd(table.Key, TableSource.From(table, Scope.Common, doc.FileName));
            }
        }

        return result;
    }

    /// <summary>The rows of the shared table of this key, or null.</summary>
    public TableSource? Find(string key) => _byKey.GetValueOrDefault(key);
}
