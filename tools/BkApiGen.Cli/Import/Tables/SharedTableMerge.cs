using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Tables;

/// <summary>
/// A table name the request and the response both define: one type when the two agree on every shared field's kind
/// (a wider integer wins, a field only one side lists is kept), two types otherwise.
/// </summary>
internal static class SharedTableMerge
{
    public static bool TryMerge(DocTable request, DocTable response, out List<MergedRow> rows, out List<string> notes)
    {
        rows = new List<MergedRow>();
        notes = new List<string>();
        var responseRows = response.Rows.ToDictionary(r => r.Name, StringComparer.Ordinal);
        var requestRows = request.Rows.ToDictionary(r => r.Name, StringComparer.Ordinal);
        bool? Required(DocTable table, string field)
        {
            if (table.RequiredColumn == RequiredColumn.None)
            {
                return null;
            }

            return table.Rows.FirstOrDefault(r => r.Name == field)?.Required == true;
        }

        bool? Combine(string field)
        {
            var stated = new[] { Required(request, field), Required(response, field) }.Where(r => r is not null).ToList();
            return stated.Count == 0 ? null : stated.All(r => r == true);
        }

        foreach (var row in request.Rows)
        {
            if (responseRows.TryGetValue(row.Name, out var other))
            {
                var (a, b) = (TypeKey(row.Type), TypeKey(other.Type));
                if (a.Kind != b.Kind)
                {
                    return false;
                }

                var type = row.Type;
                if (a.Width != b.Width)
                {
                    type = a.Width > b.Width ? row.Type : other.Type;
                    notes.Add($"{row.Name} is {row.Type.Trim()} at line {row.Line} and {other.Type.Trim()} at line {other.Line}: used {type.Trim()}");
                }

                var description = row.Description.Length > 0 ? row.Description : other.Description;
                rows.Add(new MergedRow(row.Name, type, Combine(row.Name), description, other.Description, row.Line));
            }
            else
            {
                rows.Add(new MergedRow(row.Name, row.Type, Combine(row.Name), row.Description, null, row.Line));
            }
        }

        foreach (var row in response.Rows.Where(r => !requestRows.ContainsKey(r.Name)))
        {
            notes.Add($"{row.Name} is only in the response table (line {row.Line})");
            rows.Add(new MergedRow(row.Name, row.Type, Combine(row.Name), row.Description, null, row.Line));
        }

        return true;
    }

    private static (string Kind, int Width) TypeKey(string type)
    {
        var parsed = TypeWords.Parse(type, out _);
        return parsed.Kind switch
        {
            Kind.Int32 => ("integer", 32),
            Kind.Int64 => ("integer", 64),
            null => (type.Trim(), 0),
            { } kind => (kind.ToString(), 0),
        };
    }
}
