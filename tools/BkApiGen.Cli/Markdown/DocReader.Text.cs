using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BkApiGen.Cli.Markdown;

/// <summary>Cell and inline text as a reader sees it: normalized keys, cell counts of raw lines, Markdig inlines to plain text.</summary>
internal static partial class DocReader
{
    /// <summary>Lower case without spaces, asterisks or a trailing colon: how headings and header cells are compared.</summary>
    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c is not '*' and not ':' and not '：' and not '`')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>Cells of one table line, as GitHub-flavoured markdown splits it (escaped pipes and code spans do not split).</summary>
    internal static int CountCells(string line)
    {
        var text = line.Trim();
        if (text.Length == 0)
        {
            return 0;
        }

        var pipes = new List<int>();
        var inCode = false;
        for (var i = 0; i < text.Length; i++)
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
                pipes.Add(i);
            }
        }

        var cells = pipes.Count + 1;
        if (pipes.Count > 0 && pipes[0] == 0)
        {
            cells--;
        }

        if (pipes.Count > 0 && pipes[^1] == text.Length - 1 && text.Length > 1)
        {
            cells--;
        }

        return cells;
    }

    private static string CellText(TableCell cell)
        => string.Join(" ", cell.OfType<ParagraphBlock>().Select(p => InlineText(p.Inline))).Trim();

    /// <summary>The plain text of inline content: emphasis and links give their text, HTML tags nothing.</summary>
    internal static string InlineText(ContainerInline? inline)
    {
        var builder = new StringBuilder();
        Append(builder, inline);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, Inline? inline)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                builder.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.ToString());
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case HtmlInline:
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(builder, child);
                }

                break;
        }
    }
}
