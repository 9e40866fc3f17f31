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

    private static void ReadTable(ApiDoc doc, Table table, string[] lines, WalkState state)
    {
        var rows = table.OfType<TableRow>().ToList();
        if (rows.Count == 0 || !rows[0].IsHeader)
        {
            return;
        }

        var header = rows[0];
        var headerTexts = header.OfType<TableCell>().Select(CellText).ToList();
        var role = Role(doc, state, headerTexts, rows);
        if (role == TableRole.Ignored)
        {
            return;
        }

        var headerLine = header.Line + 1;
        var where = state.Sub is null ? $"the table at line {headerLine}" : $"the table '{state.Sub}' (line {headerLine})";
        if (role == TableRole.Named && state.Sub is null)
        {
            throw new DocException(doc.FileName, headerLine, "this table has no heading: a table of shared definitions goes under a heading named after its type (e.g. '#### ip'), which '定义见' / 'see ... for definition' refers to.");
        }

        TableHeading? named = null;
        if (role == TableRole.Named)
        {
            named = TableHeading.Parse(state.Sub!);
            if (named is null)
            {
                doc.Warnings.Add(new ReadWarning(state.SubLine,
                    $"the heading '{state.Sub}' above the table at line {headerLine} names no field (neither a type name nor a field path such as 'data.info' or 'page 字段说明'): the table is left out; fields it may describe are typed from the examples."));
                return;
            }

            if (named.Part != HeadingPart.Object)
            {
                foreach (var key in named.Keys)
                {
                    doc.MapFields.TryAdd(key, state.SubLine);
                }

                if (named.Part == HeadingPart.MapKey)
                {
                    // The keys of a map are strings whatever the table says about their format.
                    return;
                }
            }
        }

        // Markdig pads short rows and widens the table for long ones: count the cells of each source line instead.
        var delimiterIndex = header.Line + 1;
        var delimiterColumns = delimiterIndex < lines.Length ? CountCells(lines[delimiterIndex]) : 0;
        var columns = Math.Max(headerTexts.Count(t => t.Length > 0), delimiterColumns);
        if (header.Line < lines.Length && CountCells(lines[header.Line]) is var headerCells && headerCells != delimiterColumns)
        {
            columns = headerCells;
            headerTexts = SourceCells(lines[header.Line], columns);
            doc.Warnings.Add(new ReadWarning(headerLine, $"ragged table: the header of {where} has {headerCells} cells, but its delimiter row (line {delimiterIndex + 1}) has {delimiterColumns}: read by the header."));
        }

        int field = -1, type = -1, required = -1, description = -1, moreDescription = -1;
        var requiredKind = RequiredColumn.None;
        for (var i = 0; i < headerTexts.Count; i++)
        {
            var key = Normalize(headerTexts[i]);
            if (field < 0 && key is "字段" or "字段名" or "字段名称" or "参数" or "参数名" or "参数名称" or "名称" or "属性" or "fields" or "field" or "name" or "parameter" or "parameters" or "key")
            {
                field = i;
            }
            else if (type < 0 && key is "类型" or "数据类型" or "参数类型" or "字段类型" or "type" or "datatype")
            {
                type = i;
            }
            else if (required < 0 && key is "必选" or "必须" or "必填" or "是否必选" or "是否必须" or "是否必填" or "required" or "mandatory")
            {
                required = i;
                requiredKind = RequiredColumn.Required;
            }
            else if (required < 0 && key is "是否一定不为null" or "一定不为null" or "是否一定存在" or "一定存在" or "非空" or "nevernull" or "notnull" or "nonnull")
            {
                required = i;
                requiredKind = RequiredColumn.NonNull;
            }
            else if (key is "描述" or "说明" or "参数说明" or "字段说明" or "含义" or "备注" or "description" or "desc" or "remark")
            {
                // CMDB writes | 说明 | Description | side by side: the second one adds to the first.
                if (description < 0)
                {
                    description = i;
                }
                else if (moreDescription < 0)
                {
                    moreDescription = i;
                }
            }
        }

        var headerShown = "| " + string.Join(" | ", headerTexts) + " |";
        if (field < 0 && type < 0 && role == TableRole.Named)
        {
            // | 值 | 描述 |, | 返回值 | 描述 |, | operation_code | 操作类型 | 描述 |: the values of a field, not fields.
            AddValueTable(doc, named!, rows, 0, description >= 0 ? description : headerTexts.Count > 1 ? 1 : -1, headerLine);
            doc.Warnings.Add(new ReadWarning(headerLine, $"{where} lists values ({headerShown}), not fields: they are the enum of '{string.Join("', '", named!.Keys)}' where its row lists none."));
            return;
        }

        if (field < 0 && role == TableRole.Named)
        {
            // | type | execution_mode | 必填参数 | 说明 |: a matrix of combinations under a type's heading, not its fields.
            doc.Warnings.Add(new ReadWarning(headerLine, $"{where} has no field column (字段 / Fields): its header is {headerShown}; it describes no fields and is left out."));
            return;
        }

        if (field >= 0 && type < 0)
        {
            doc.Warnings.Add(new ReadWarning(headerLine, $"{where} has no type column (类型 / Type): its header is {headerShown}; the types of its fields come from the examples, or it lists the values of a string or int field."));
            if (named is not null)
            {
                // | 名称 | 含义 | under "data.current_flow": fields or values; the importer tells by the field's own type.
                AddValueTable(doc, named, rows, field, description, headerLine);
            }
        }

        if (field < 0)
        {
            throw new DocException(doc.FileName, headerLine, $"{where} has no field column (字段 / Fields): its header is {headerShown}.");
        }

        if (Normalize(headerTexts[field]) is "fields" or "field" or "name")
        {
            doc.IsEnglish = true;
        }

        var result = new List<DocRow>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows.Skip(1))
        {
            var rowLine = row.Line + 1;
            var cells = row.OfType<TableCell>().Select(CellText).ToList();
            var count = row.Line < lines.Length ? CountCells(lines[row.Line]) : columns;
            if (count > cells.Count)
            {
                cells = SourceCells(lines[row.Line], count);
            }

            cells = AlignRow(doc, cells.Take(count).ToList(), columns, required, type, where, rowLine, delimiterIndex + 1);
            string Cell(int i) => i >= 0 && i < cells.Count ? cells[i].Trim() : "";
            var name = Cell(field).Trim('`', '*', ' ');
            if (name.Length == 0)
            {
                throw new DocException(doc.FileName, rowLine, $"a row of {where} has no field name.");
            }

            if (name.Any(char.IsWhiteSpace))
            {
                throw new DocException(doc.FileName, rowLine, $"'{name}' in {where} is not a field name.");
            }

            if (seen.TryGetValue(name, out var previous))
            {
                var first = result.First(r => r.Name == name);
                if (Normalize(first.Type) != Normalize(type < 0 ? TypeNotGiven : Cell(type)))
                {
                    throw new DocException(doc.FileName, rowLine, $"'{name}' appears twice in {where} (lines {previous} and {rowLine}), with different types ('{first.Type}' and '{Cell(type)}').");
                }

                // The same field listed again with the same type (an edit that added a row instead of changing one).
                doc.Warnings.Add(new ReadWarning(rowLine, $"'{name}' appears twice in {where} (lines {previous} and {rowLine}) with the same type: the second row is left out."));
                continue;
            }

            seen[name] = rowLine;
            var typeText = type < 0 ? TypeNotGiven : Cell(type);
            if (typeText.Length == 0 && type >= 0)
            {
                doc.Warnings.Add(new ReadWarning(rowLine, $"'{name}' in {where} has an empty type cell: its type comes from the examples."));
            }

            bool? isRequired = null;
            var rowDescription = Cell(moreDescription).Length == 0 ? Cell(description)
                : Cell(description).Length == 0 ? Cell(moreDescription)
                : $"{Cell(description)} / {Cell(moreDescription)}";
            if (required >= 0)
            {
                isRequired = ParseRequired(Cell(required));
                if (isRequired is null && Cell(required).Length > 0)
                {
                    // "和 bk_module_id至少填一个", "二选一必填", "看情况": required only together with others, so not alone.
                    doc.Warnings.Add(new ReadWarning(rowLine, $"the {headerTexts[required].Trim()} cell of '{name}' says '{Cell(required)}', not 是/否 or yes/no: taken as optional, and the condition is kept in its description."));
                    isRequired = false;
                    rowDescription = rowDescription.Length == 0 ? $"({Cell(required)})" : $"{rowDescription} ({Cell(required)})";
                }
            }

            result.Add(new DocRow(name, typeText, isRequired, rowDescription, rowLine));
        }

        if (named is null)
        {
            doc.Tables.Add(new DocTable(state.Sub, state.SubLine, state.Section, role, headerLine, requiredKind, result));
            return;
        }

        // A field path or a field with words around it: the table is the type of that field, looked up by its name.
        foreach (var path in named.Paths)
        {
            var parent = path.Count > 1 ? path[^2].ToLowerInvariant() : null;
            doc.Tables.Add(new DocTable(state.Sub, state.SubLine, state.Section, role, headerLine, requiredKind, result, path[^1].ToLowerInvariant(), named.Part == HeadingPart.MapValue, parent));
        }
    }

    /// <summary>The type text of a row in a table without a type column: the importer types the field from the examples.</summary>
    internal const string TypeNotGiven = "";

    private static TableRole Role(ApiDoc doc, WalkState state, List<string> headerTexts, List<TableRow> rows)
    {
        var firstColumn = rows.Skip(1).Select(r => r.OfType<TableCell>().Select(CellText).FirstOrDefault()?.Trim() ?? "").ToHashSet(StringComparer.Ordinal);
        // result + code (+ data or message), or result + data + message (SOPS leaves out code).
        var looksLikeEnvelope = firstColumn.Contains("result")
            && (firstColumn.Contains("code") && (firstColumn.Contains("data") || firstColumn.Contains("message")) || firstColumn.Contains("data") && firstColumn.Contains("message"));
        switch (state.Section)
        {
            case SectionKind.RequestParams:
            {
                if (state.Sub is null)
                {
                    return TableRole.RequestRoot;
                }

                var role = RequestRole(state.Sub);
                if (role == "query")
                {
                    doc.HasQueryParameters = true;
                    doc.QueryLine = state.SubLine;
                    doc.Flavour = DocFlavour.Gateway;
                    return TableRole.RequestRoot;
                }

                if (Classify(state.Sub) == SectionKind.CommonArgs)
                {
                    // The ESB common arguments written out (bk_app_code, bk_app_secret, ...): the runtime sends them.
                    return TableRole.Ignored;
                }

                if (role == "header")
                {
                    doc.Flavour = DocFlavour.Gateway;
                    return TableRole.Ignored;
                }

                if (role == "body")
                {
                    if (Normalize(state.Sub).StartsWith("body", StringComparison.Ordinal))
                    {
                        doc.Flavour = DocFlavour.Gateway;
                    }

                    return TableRole.RequestRoot;
                }

                return TableRole.Named;
            }

            case SectionKind.ResponseDescription:
            {
                var sub = state.Sub is null ? "" : Normalize(state.Sub);
                if (sub is "正常响应体" or "异常响应体" or "successresponsebody" or "errorresponsebody" or "normalresponsebody" or "exceptionresponsebody")
                {
                    // bk-job v4's protocol tables ({"data"} / {"error"}): the runtime owns them, like the v3 envelope.
                    if (!doc.IsV4)
                    {
                        doc.IsV4 = true;
                        doc.V4Line = state.SubLine;
                    }

                    return TableRole.Envelope;
                }

                if (looksLikeEnvelope || sub == "response" || (doc.IsV4 && sub == "error"))
                {
                    return TableRole.Envelope;
                }

                return state.Sub is null || TableHeading.Parse(state.Sub) is { IsData: true } ? TableRole.ResponseRoot : TableRole.Named;
            }

            case SectionKind.Common:
                return TableRole.Named;
            default:
                return TableRole.Ignored;
        }
    }

    /// <summary>The role of a sub-heading of the request section: body, query, header, or null for a type name.</summary>
    private static string? RequestRole(string heading) => Normalize(heading) switch
    {
        "接口参数" or "请求参数" or "body参数" or "body" or "bodyparams" or "bodyparameters" or "interfaceparameters" or "requestparameters" or "requestbody" => "body",
        "query参数" or "queryparams" or "queryparameters" or "query" or "querystring" => "query",
        "header参数" or "headerparams" or "headerparameters" or "headers" or "header" or "请求头" => "header",
        _ => null,
    };

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
