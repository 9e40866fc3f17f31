using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import;

/// <summary>
/// Tables named by field paths whose last fields clash (<c>conditions.rules</c> and <c>time_condition.rules</c>,
/// <c>info.condition</c> and <c>info.condition.condition</c>): each is looked up under its parent field, so fields
/// of one name in different objects get the table written for them.
/// </summary>
internal sealed partial class Importer
{
    private List<DocTable> QualifyClashingPaths(List<DocTable> tables)
    {
        var result = new List<DocTable>(tables.Count);
        foreach (var group in tables.GroupBy(t => (t.Key, t.IsRequest)))
        {
            var shapes = group.Select(t => string.Join("|", t.Rows.Select(r => (r.Name, r.Type)))).Distinct(StringComparer.Ordinal).Count();
            if (shapes <= 1 || group.Any(t => t.Parent is null) || group.Select(t => t.Parent).Distinct(StringComparer.Ordinal).Count() < group.Count())
            {
                result.AddRange(group);
                continue;
            }

            foreach (var table in group)
            {
                var qualified = table.Parent + "." + table.Key;
                Warn(table.HeadingLine, $"the tables '{string.Join("', '", group.Select(t => t.Heading))}' describe different fields named '{table.Key}': this one is the type of '{table.Key}' in '{table.Parent}' ('{qualified.Replace('.', '_')}').");
                result.Add(table with { NameKey = qualified });
            }
        }

        return result;
    }
}
