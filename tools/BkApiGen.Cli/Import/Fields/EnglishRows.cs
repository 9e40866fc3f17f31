using BkApiGen.Cli.Import.Tables;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Fields;

/// <summary>The English doc's rows by (side, table key, field): where the English descriptions and enum names come from.</summary>
internal sealed class EnglishRows
{
    private readonly Dictionary<(Scope Scope, string Key, string Field), DocRow> _rows = new();
    private readonly bool _present;

    private EnglishRows(bool present) => _present = present;

    public static EnglishRows Index(ApiDoc? english)
    {
        var result = new EnglishRows(english is not null);
        if (english is null)
        {
            return result;
        }

        foreach (var table in english.Tables)
        {
            var (scope, key) = table.Role switch
            {
                TableRole.RequestRoot => (Scope.Request, TableSource.RootKey),
                TableRole.ResponseRoot => (Scope.Response, TableSource.RootKey),
                TableRole.Named => (table.IsRequest ? Scope.Request : table.Section == SectionKind.Common ? Scope.Common : Scope.Response, table.Key),
                _ => (Scope.Common, ""),
            };
            if (key.Length == 0)
            {
                continue;
            }

            foreach (var row in table.Rows)
            {
                result._rows.TryAdd((scope, key, row.Name), row);
            }
        }

        return result;
    }

    /// <summary>The English row of a field: same side first, then the other side (one table may serve both).</summary>
    public DocRow? Find(TableSource source, string field)
    {
        if (!_present)
        {
            return null;
        }

        var key = source.Key;
        return _rows.TryGetValue((source.Scope, key, field), out var row) ? row
            : _rows.TryGetValue((source.Scope == Scope.Request ? Scope.Response : Scope.Request, key, field), out row) ? row
            : null;
    }
}
