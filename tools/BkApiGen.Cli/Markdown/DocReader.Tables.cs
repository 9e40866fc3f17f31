using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BkApiGen.Cli.Markdown;

/// <summary>A pipe table: its columns (field, type, required, description), its rows aligned, and its role (request, response, values, common arguments).</summary>
internal static partial class DocReader
{
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
}
