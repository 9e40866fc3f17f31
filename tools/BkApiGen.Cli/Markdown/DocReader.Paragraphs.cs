using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BkApiGen.Cli.Markdown;

/// <summary>Paragraphs that stand for headings (data 字段说明：, **condition**, a single bullet) or template markers, and the text that is a table Markdig did not read.</summary>
internal static partial class DocReader
{
    private static void ReadParagraph(ApiDoc doc, ParagraphBlock paragraph, string[] lines, WalkState state)
    {
        var text = InlineText(paragraph.Inline).Trim();
        var line = paragraph.Line + 1;
        if (text.Contains("{{", StringComparison.Ordinal) || text.Contains("{%", StringComparison.Ordinal))
        {
            doc.HasTemplateMarkers = true;
            foreach (System.Text.RegularExpressions.Match include in IncludeRegex().Matches(text))
            {
                doc.Includes.Add(include.Groups[1].Value);
            }

            if (text.Contains("common_args_desc", StringComparison.Ordinal))
            {
                doc.Flavour = DocFlavour.EsbTemplate;
            }
            else if (text.Contains("bkapi_authorization", StringComparison.Ordinal) || text.Contains("generic_response", StringComparison.Ordinal))
            {
                doc.Flavour = DocFlavour.Gateway;
            }

            return;
        }

        var raw = paragraph.Line < lines.Length ? lines[paragraph.Line].TrimStart() : "";
        if (raw.StartsWith('|') && state.Section is SectionKind.RequestParams or SectionKind.ResponseDescription or SectionKind.Common)
        {
            throw new DocException(doc.FileName, line,
                $"this looks like a table{Under(state)}, but it is not one: the line after its header must be a delimiter row such as | --- | --- | --- |.");
        }

        if (state.Section is SectionKind.RequestParams or SectionKind.ResponseDescription or SectionKind.Common && (IsParagraphHeading(text) || IsBoldHeading(paragraph, text) || IsBulletHeading(paragraph, text)))
        {
            // "data 字段说明：" / "relation 字段说明:" / "**condition**" on a line of its own: a heading written as a paragraph.
            state.Sub = text.TrimEnd(':', '：').Trim();
            state.SubLine = line;
            return;
        }

        switch (state.Section)
        {
            case SectionKind.Method when doc.Method is null:
                doc.Method = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToUpperInvariant();
                doc.MethodLine = line;
                doc.Flavour = DocFlavour.Seed;
                break;
            case SectionKind.Url when doc.Path is null:
                doc.Path = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
                doc.PathLine = line;
                doc.Flavour = DocFlavour.Seed;
                break;
            case SectionKind.Description when !state.DescriptionTaken:
                doc.Description = text;
                state.DescriptionTaken = true;
                break;
        }
    }

    /// <summary>A short paragraph that ends with a colon and names a field path (<c>data 字段说明：</c>, <c>info.condition:</c>).</summary>
    private static bool IsParagraphHeading(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 60 || !(trimmed.EndsWith(':') || trimmed.EndsWith('：')))
        {
            return false;
        }

        return NamesAFieldWithWords(trimmed);
    }

    /// <summary>A field with words (<c>data 字段说明</c>) or a path (<c>data.info</c>), not a lone word such as <c>Example</c>.</summary>
    private static bool NamesAFieldWithWords(string text)
        => TableHeading.Parse(text) is { } heading
            && (heading.Paths.Any(p => p.Count > 1) || heading.Part != HeadingPart.Object || text.Trim().Any(c => c > 0x2E7F || char.IsWhiteSpace(c)));

    /// <summary>A list of one bullet that names a field with words (CMDB: <c>- data 字段说明</c>, <c>- modules 字段说明</c> above their tables).</summary>
    private static bool IsBulletHeading(ParagraphBlock paragraph, string text)
        => paragraph.Parent is ListItemBlock { Count: 1, Parent: ListBlock { Count: 1 } } && text.Length <= 60 && NamesAFieldWithWords(text.TrimEnd(':', '：'));

    /// <summary>Records a table's rows as the values of the fields its heading names; variants of one field (by condition) add up.</summary>
    private static void AddValueTable(ApiDoc doc, TableHeading heading, List<TableRow> rows, int valueColumn, int labelColumn, int line)
    {
        var items = rows.Skip(1)
            .Select(r => r.OfType<TableCell>().Select(CellText).ToList())
            .Where(c => c.Count > valueColumn && c[valueColumn].Trim().Length > 0)
            .Select(c => (Value: c[valueColumn].Trim().Trim('`', '"', '\''), Label: labelColumn >= 0 && labelColumn < c.Count ? c[labelColumn].Trim() : ""))
            .ToList();
        foreach (var key in heading.Keys)
        {
            if (doc.ValueTables.TryGetValue(key, out var existing))
            {
                existing.Items.AddRange(items.Where(i => existing.Items.All(e => e.Value != i.Value)));
            }
            else
            {
                doc.ValueTables[key] = (line, items);
            }
        }
    }

    /// <summary>A paragraph that is only bold text naming a field (CMDB: <c>**condition**</c>, <c>**asst_filter**</c> above their tables).</summary>
    private static bool IsBoldHeading(ParagraphBlock paragraph, string text)
    {
        var parts = paragraph.Inline?.Where(i => i is not LiteralInline literal || !literal.Content.IsEmptyOrWhitespace()).ToList();
        return parts is [Markdig.Syntax.Inlines.EmphasisInline { DelimiterCount: 2 }] && text.Length <= 60 && TableHeading.Parse(text) is not null;
    }
}
