using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BkApiGen.Cli.Markdown;

/// <summary>
/// Walks Markdig's syntax tree of a BlueKing API doc (headings, pipe tables, fenced code blocks, paragraphs) and
/// collects what a spec needs, with 1-based line numbers. Every problem that would make a wrong spec is a
/// <see cref="DocException"/> at its line.
/// </summary>
internal static partial class DocReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UsePreciseSourceLocation()
        .Build();

    public static ApiDoc Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DocException(path, 0, $"cannot read the doc: {ex.Message}");
        }

        return Parse(text, Path.GetFileName(path));
    }

    public static ApiDoc Parse(string text, string fileName)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = text.Split('\n');
        var elisions = BlankElisionRows(lines);
        if (elisions.Count > 0)
        {
            text = string.Join('\n', lines);
        }

        var document = Markdig.Markdown.Parse(text, Pipeline);
        var doc = new ApiDoc { FileName = fileName, LineCount = lines.Length };
        doc.Warnings.AddRange(elisions);
        var state = new WalkState();
        foreach (var block in document)
        {
            Visit(doc, block, lines, state);
        }

        if (doc.Flavour == DocFlavour.Seed && doc.Method is null && doc.Path is null && !doc.Tables.Any(t => t.Section == SectionKind.Common))
        {
            // Neither the rendered form (method and path sections) nor a template marker: a gateway doc rendered by jinja
            // shows itself by its method bullet; otherwise treat it as an ESB component template.
            doc.Flavour = doc.ExampleMethod is not null ? DocFlavour.Gateway : DocFlavour.EsbTemplate;
        }

        return doc;
    }

    private sealed class WalkState
    {
        public SectionKind Section = SectionKind.None;
        public int SectionLevel;
        public string? Sub;
        public int SubLine;
        public bool DescriptionTaken;
    }

    private static void Visit(ApiDoc doc, Block block, string[] lines, WalkState state)
    {
        switch (block)
        {
            case HeadingBlock heading:
            {
                var text = InlineText(heading.Inline).Trim();
                var kind = Classify(text);
                if (TableHeading.Parse(text) is { Part: not HeadingPart.Object } map)
                {
                    // "#### constants KEY" / "#### constants VALUE", with or without a table: the field is a map.
                    foreach (var key in map.Keys)
                    {
                        doc.MapFields.TryAdd(key, heading.Line + 1);
                    }
                }

                if (kind == SectionKind.Common)
                {
                    doc.Flavour = DocFlavour.Common;
                }

                if (heading.Level <= 3 && kind is SectionKind.ResponseExample or SectionKind.ResponseDescription && doc.ResponseSectionLine == 0)
                {
                    doc.ResponseSectionLine = heading.Line + 1;
                }
                else if (heading.Level <= 3 && kind == SectionKind.CallbackResponse && doc.CallbackResponseLine == 0)
                {
                    doc.CallbackResponseLine = heading.Line + 1;
                    doc.CallbackResponseHeading = text;
                }

                if (heading.Level <= 3 && kind != SectionKind.None)
                {
                    state.Section = kind;
                    state.SectionLevel = heading.Level;
                    state.Sub = null;
                }
                else if (heading.Level <= state.SectionLevel || state.Section == SectionKind.None)
                {
                    // A heading at the level of the current section that names no known section, or a sub-heading
                    // before any section: request roles (#### 接口参数) open the request section by themselves.
                    var role = RequestRole(text);
                    if (role is not null && heading.Level >= 4)
                    {
                        state.Section = SectionKind.RequestParams;
                        state.SectionLevel = heading.Level - 1;
                        state.Sub = text;
                        state.SubLine = heading.Line + 1;
                    }
                    else if (heading.Level <= state.SectionLevel || state.Section == SectionKind.None && heading.Level <= 3)
                    {
                        state.Section = SectionKind.Other;
                        state.SectionLevel = heading.Level;
                        state.Sub = null;
                    }
                    else
                    {
                        state.Sub = text;
                        state.SubLine = heading.Line + 1;
                    }
                }
                else
                {
                    state.Sub = text;
                    state.SubLine = heading.Line + 1;
                }

                break;
            }

            case Table table:
                ReadTable(doc, table, lines, state);
                break;
            case FencedCodeBlock or CodeBlock when state.Section is SectionKind.RequestExample or SectionKind.ResponseExample:
            {
                var code = (LeafBlock)block;
                // An empty block (a fence closed at once) has no line array at all.
                var body = code.Lines.Count == 0 ? [] : code.Lines.Lines.Take(code.Lines.Count).Select(l => l.ToString()).ToArray();
                var firstLine = code is FencedCodeBlock ? code.Line + 2 : code.Line + 1;
                var status = StripStatusLines(body);
                doc.Examples.Add(new DocExample(string.Join("\n", body), firstLine, state.Sub, state.SubLine, state.Section, status));
                break;
            }

            case ListBlock list when state.Section == SectionKind.RequestExample:
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var text = string.Concat(item.OfType<ParagraphBlock>().Select(p => InlineText(p.Inline))).Trim().ToUpperInvariant();
                    if (text is "GET" or "POST" or "PUT" or "DELETE" or "PATCH")
                    {
                        doc.ExampleMethod = text;
                        doc.ExampleMethodLine = item.Line + 1;
                    }
                }

                break;
            case ParagraphBlock paragraph:
                ReadParagraph(doc, paragraph, lines, state);
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Visit(doc, child, lines, state);
                }

                break;
        }
    }

    /// <summary>
    /// Blanks out the lines of an example that are not JSON but say which HTTP status it comes with (bk-job v4:
    /// <c># http status: 400</c>, <c># http status=200</c>, <c>HTTP状态码:400</c>) and returns that status. A
    /// <c>响应体:</c> prefix before the JSON is removed too. Lines stay in place, so line numbers still hold.
    /// </summary>
    private static int? StripStatusLines(string[] lines)
    {
        int? status = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            var key = Normalize(trimmed);
            if (trimmed.StartsWith('#') || key.StartsWith("http状态码", StringComparison.Ordinal) || key.StartsWith("httpstatus", StringComparison.Ordinal))
            {
                var match = StatusRegex().Match(trimmed);
                if (match.Success)
                {
                    status ??= int.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture);
                }

                lines[i] = "";
            }
            else if (trimmed.StartsWith("响应体", StringComparison.Ordinal) && trimmed.IndexOfAny([':', '：']) is var colon and > 0)
            {
                lines[i] = new string(' ', lines[i].Length - trimmed.Length + colon + 1) + trimmed[(colon + 1)..];
            }
        }

        return status;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{%-?\s*include\s+['""]([^'""]+)['""]", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex IncludeRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b[1-5]\d\d\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex StatusRegex();

    private static string Under(WalkState state) => state.Sub is null ? "" : $" under '{state.Sub}' (line {state.SubLine})";

    private static SectionKind Classify(string heading)
    {
        var key = Normalize(heading);
        return key switch
        {
            "请求方法" or "requestmethod" or "method" or "httpmethod" => SectionKind.Method,
            "请求地址" or "请求路径" or "requesturl" or "requestaddress" or "requestpath" or "url" or "path" => SectionKind.Url,
            "通用参数" or "公共参数" or "commonparameters" or "commonarguments" or "generalparameters" => SectionKind.CommonArgs,
            "功能描述" or "接口描述" or "functiondescription" or "description" => SectionKind.Description,
            "通用字段和约定" or "commonfieldsandconventions" => SectionKind.Common,
            // Before the response kinds: 回调返回结果 would read as 返回结果. What a callback's receiver answers, not a response.
            _ when key.StartsWith("回调", StringComparison.Ordinal) && (key.Contains("响应", StringComparison.Ordinal) || key.Contains("返回", StringComparison.Ordinal) || key.Contains("结果", StringComparison.Ordinal))
                || key.StartsWith("callbackresponse", StringComparison.Ordinal) || key.StartsWith("callbackresult", StringComparison.Ordinal) => SectionKind.CallbackResponse,
            _ when key.Contains("示例", StringComparison.Ordinal) && key.Contains("请求", StringComparison.Ordinal)
                || key.StartsWith("exampleofrequest", StringComparison.Ordinal) || key.StartsWith("requestexample", StringComparison.Ordinal) => SectionKind.RequestExample,
            _ when key.Contains("示例", StringComparison.Ordinal) && (key.Contains("返回", StringComparison.Ordinal) || key.Contains("响应", StringComparison.Ordinal))
                || key.StartsWith("exampleofresponse", StringComparison.Ordinal) || key.StartsWith("responseexample", StringComparison.Ordinal) => SectionKind.ResponseExample,
            _ when key.Contains("请求参数", StringComparison.Ordinal) || key.StartsWith("requestparameter", StringComparison.Ordinal) => SectionKind.RequestParams,
            _ when key.Contains("返回结果", StringComparison.Ordinal) || key.Contains("响应参数", StringComparison.Ordinal) || key.Contains("返回参数", StringComparison.Ordinal)
                || key.StartsWith("returnresult", StringComparison.Ordinal) || key.StartsWith("responsedescription", StringComparison.Ordinal)
                || key.StartsWith("responseparameter", StringComparison.Ordinal) => SectionKind.ResponseDescription,
            _ => SectionKind.None,
        };
    }

    private static bool? ParseRequired(string cell)
    {
        var key = Normalize(cell);
        if (key.Length == 0)
        {
            return null;
        }

        if (key is "是" or "yes" or "y" or "true" or "√" or "✓" or "必选" or "必须" or "required" or "mandatory"
            || key.StartsWith('是') || key.StartsWith("yes", StringComparison.Ordinal))
        {
            return true;
        }

        if (key is "否" or "no" or "n" or "false" or "×" or "可选" or "optional" || key.StartsWith('否') || key.StartsWith("no", StringComparison.Ordinal))
        {
            return false;
        }

        return null;
    }
}
