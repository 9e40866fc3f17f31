using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Tables;

/// <summary>
/// Tables of one field name that describe different objects (<c>conditions.rules</c> and <c>time_condition.rules</c>;
/// <c>#### condition</c> and <c>##### condition.condition</c>; two <c>#### rules</c> tables, each after the table
/// whose <c>rules</c> it describes): each is looked up under its parent field — the path's, or else the nearest table
/// above it with a field of that name — so each field gets the table written for it.
/// </summary>
internal static class ClashingPaths
{
    private const string RootKey = TableSource.RootKey;

    public static List<DocTable> Qualify(ApiDoc doc, List<DocTable> tables, WarningLog warnings)
    {
        var result = new List<DocTable>(tables.Count);
        foreach (var group in tables.GroupBy(t => (t.Key, t.IsRequest)))
        {
            var shapes = group.Select(t => string.Join("|", t.Rows.Select(r => (r.Name, r.Type)))).Distinct(StringComparer.Ordinal).Count();
            var parents = group.Select(t => (Table: t, Parent: ParentOf(doc, t))).ToList();
            var qualifying = parents.Where(p => p.Parent is not null).ToList();
            if (shapes <= 1 || parents.Count(p => p.Parent is null) > 1
                || qualifying.Select(p => p.Parent).Distinct(StringComparer.Ordinal).Count() < qualifying.Count)
            {
                result.AddRange(group);
                continue;
            }

            foreach (var (table, parent) in parents)
            {
                if (parent is null)
                {
                    result.Add(table);
                    continue;
                }

                var qualified = parent + "." + table.Key;
                var owner = parent == RootKey ? (table.IsRequest ? "the request" : "data") : $"'{parent}'";
                warnings.Add(table.HeadingLine, $"the tables '{string.Join("', '", group.Select(t => t.Heading))}' describe different fields named '{table.Key}': this one is the type of '{table.Key}' in {owner}.");
                result.Add(table with { NameKey = qualified });
            }
        }

        return result;
    }

    /// <summary>The key a table of the field <paramref name="name"/> inside <paramref name="source"/> has when its name clashes.</summary>
    public static string Qualified(TableSource source, string name)
        => (source.Key.StartsWith(RootKey + ".", StringComparison.Ordinal) ? source.Key[(RootKey.Length + 1)..] : source.Key).Split('.')[^1] + "." + name;

    /// <summary>The table key of the object that holds the field a table describes, or null when nothing says.</summary>
    private static string? ParentOf(ApiDoc doc, DocTable table)
    {
        if (table.Parent is { } parent)
        {
            // "data.info": the response data is the root of the response tables.
            return parent == "data" && !table.IsRequest ? RootKey : parent;
        }

        var holder = doc.Tables
            .Where(o => o.Line < table.Line && o.IsRequest == table.IsRequest && o.Role is TableRole.Named or TableRole.RequestRoot or TableRole.ResponseRoot
                && o.Rows.Any(r => r.Name.Equals(table.Key, StringComparison.OrdinalIgnoreCase)))
            .MaxBy(o => o.Line);
        return holder is null ? null : holder.Role == TableRole.Named ? holder.Key : RootKey;
    }
}
