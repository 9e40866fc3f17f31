namespace BkApiGen.Cli.Markdown;

/// <summary>
/// Ragged table rows as real docs have them: trailing empty cells (<c>| a | b | c | d | |</c>), a pipe inside a
/// description (<c>component_inputs|component_outputs</c>), a row without its 必选 cell, a row whose type and 必选
/// cells are swapped. Each is read the way a careful reader would and reported; a row that lacks more than one cell
/// cannot be placed and stays an error.
/// </summary>
internal static partial class DocReader
{
    private static List<string> AlignRow(ApiDoc doc, List<string> cells, int columns, int required, int type, string where, int rowLine, int delimiterLine)
    {
        if (cells.Count > columns)
        {
            var extra = cells.Skip(columns).Where(c => c.Trim().Length > 0).ToList();
            cells = cells.Take(columns).ToList();
            if (extra.Count > 0)
            {
                // Text past the last column is the rest of the last cell, split by a '|' that was not escaped.
                cells[^1] = string.Join(" | ", new[] { cells[^1] }.Concat(extra).Where(c => c.Trim().Length > 0));
                doc.Warnings.Add(new ReadWarning(rowLine, $"ragged table: this row of {where} has more cells than its {columns} columns (line {delimiterLine}): the extra text ({string.Join(" | ", extra)}) is taken as the rest of the last cell (escape a '|' in a cell as '\\|')."));
            }
        }
        else if (cells.Count == columns - 1)
        {
            if (required >= 0 && required < cells.Count && ParseRequired(cells[required]) is null)
            {
                cells.Insert(required, "");
                doc.Warnings.Add(new ReadWarning(rowLine, $"ragged table: this row of {where} has {columns - 1} cells, {columns} columns (line {delimiterLine}): its requiredness cell is missing, so it is not stated."));
            }
            else
            {
                cells.Add("");
                doc.Warnings.Add(new ReadWarning(rowLine, $"ragged table: this row of {where} has {columns - 1} cells, {columns} columns (line {delimiterLine}): its last cell is taken as empty."));
            }
        }
        else if (cells.Count < columns)
        {
            throw new DocException(doc.FileName, rowLine,
                $"ragged table: this row of {where} has {cells.Count} cells, but its delimiter row (line {delimiterLine}) has {columns} columns: cannot tell which cells are missing.");
        }

        if (required >= 0 && type >= 0 && required < cells.Count && type < cells.Count
            && ParseRequired(cells[type]) is not null && ParseRequired(cells[required]) is null && cells[required].Trim().Length > 0)
        {
            // | match_expressions | 否 | array | 匹配表达式 |: the type and requiredness cells are swapped.
            (cells[type], cells[required]) = (cells[required], cells[type]);
            doc.Warnings.Add(new ReadWarning(rowLine, $"the type and requiredness cells of this row of {where} are swapped ('{cells[required]}' under the type, '{cells[type]}' under requiredness): read them the other way round."));
        }

        return cells;
    }

    /// <summary>The cells of a table line split as <see cref="CountCells"/> counts them, as raw text (for lines Markdig read with fewer cells).</summary>
    private static List<string> SourceCells(string line, int count)
    {
        var text = line.Trim();
        var cells = new List<string>();
        var start = text.StartsWith('|') ? 1 : 0;
        var inCode = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (c == '`')
            {
                inCode = !inCode;
            }
            else if (c == '|' && !inCode)
            {
                cells.Add(text[start..i].Replace("\\|", "|", StringComparison.Ordinal).Trim());
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            cells.Add(text[start..].Trim());
        }

        while (cells.Count < count)
        {
            cells.Add("");
        }

        return cells.Take(count).ToList();
    }
}
