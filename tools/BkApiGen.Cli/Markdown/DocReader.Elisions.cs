namespace BkApiGen.Cli.Markdown;

/// <summary>
/// A table that ends in a line of dots (<c>...</c>, <c>……</c>) under its last row: the doc's "and more fields". Markdig
/// would take the dots as the rest of a paragraph and read no table at all; the line is blanked (lines stay in place,
/// so line numbers hold), the rows written are read, and a warning says the table is not the whole list.
/// </summary>
internal static partial class DocReader
{
    private static List<ReadWarning> BlankElisionRows(string[] lines)
    {
        var warnings = new List<ReadWarning>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (IsElision(lines[i]) && lines[i - 1].TrimStart().StartsWith('|'))
            {
                warnings.Add(new ReadWarning(i + 1, $"'{lines[i].Trim()}' under the table above: the doc leaves further fields out; only the rows written are read."));
                lines[i] = "";
            }
        }

        return warnings;
    }

    private static bool IsElision(string line)
    {
        var text = line.Trim();
        // Two dots at least ("..", "。。"), or the one ellipsis character.
        return (text.Length >= 2 || text == "…") && text.All(c => c is '.' or '…' or '。');
    }
}
