using BkApiGen.Cli.Import.Examples;
using BkApiGen.Cli.Import.Header;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Tables;

/// <summary>What the tables phase found: one unbuilt definition per table, and whether the data is a page.</summary>
internal sealed record CollectedTables(DefinitionGraph Graph, TableCatalog Catalog, PagedData? Page);

/// <summary>
/// The tables phase: the request table(s), the data table and every named table become a definition each (fields
/// are read later), so that a field can refer to any table, above or below it. A name both sides define is one type
/// when the two tables agree.
/// </summary>
internal static class TableCollector
{
    public static CollectedTables Collect(ApiDoc doc, OperationHeader header, ParsedExamples examples, WarningLog warnings)
    {
        var graph = new GraphDraft(header.RequestName, header.ResponseName);
        var catalog = new TableCatalogDraft();
        var requestRoots = doc.Tables.Where(t => t.Role == TableRole.RequestRoot).ToList();
        var responseRoots = doc.Tables.Where(t => t.Role == TableRole.ResponseRoot).ToList();
        if (responseRoots.Count > 1)
        {
            throw new DocException(doc.FileName, responseRoots[1].Line, $"a second data table (the first is at line {responseRoots[0].Line}): the response can only have one.");
        }

        // Request body (and query) rows.
        var requestRows = new List<MergedRow>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var table in requestRoots)
        {
            foreach (var row in table.Rows)
            {
                if (seen.TryGetValue(row.Name, out var first))
                {
                    throw new DocException(doc.FileName, row.Line, $"'{row.Name}' is a request parameter twice (lines {first} and {row.Line}).");
                }

                seen[row.Name] = row.Line;
                requestRows.Add(new MergedRow(row.Name, row.Type, row.Required, row.Description, null, row.Line));
            }
        }

        if (requestRoots.Count == 0)
        {
            warnings.Add(0, "the doc has no request parameter table (接口参数 / Body参数 / Interface parameters): the request has no fields.");
        }

        catalog.Add(graph, new DefModel { Name = header.RequestName, Line = requestRoots.FirstOrDefault()?.Line ?? 0, IsRequestSide = true, IsRoot = true, Description = doc.Description ?? "" },
            new TableSource { Rows = requestRows, Scope = Scope.Request, Key = TableSource.RootKey, RequirednessStated = requestRoots.Any(t => t.RequiredColumn != RequiredColumn.None) });

        var page = AddResponse(doc, header, examples, responseRoots.FirstOrDefault(), graph, catalog, warnings);
        AddNamed(doc, header, graph, catalog, warnings);
        return new CollectedTables(graph.ToGraph(), catalog.ToCatalog(), page);
    }

    private static PagedData? AddResponse(ApiDoc doc, OperationHeader header, ParsedExamples examples, DocTable? dataTable, GraphDraft graph, TableCatalogDraft catalog, WarningLog warnings)
    {
        var responseDef = new DefModel { Name = header.ResponseName, Line = dataTable?.Line ?? 0, IsRoot = true, Description = doc.Description ?? "" };
        if (dataTable is null)
        {
            catalog.Add(graph, responseDef with { FreeForm = true }, new TableSource { Rows = new List<MergedRow>(), Scope = Scope.Response, Key = TableSource.RootKey });
            return null;
        }

        var rows = dataTable.Rows.Select(r => new MergedRow(r.Name, r.Type, r.Required, r.Description, null, r.Line)).ToList();
        if (rows.Count == 1 && rows[0].Name == "data" && TypeWords.Parse(rows[0].Type, out _).Kind is { } scalar && scalar is not (Kind.Array or Kind.FreeObject or Kind.Map))
        {
            responseDef = responseDef with { Alias = TypeModel.Scalar(scalar) };
            warnings.Add(rows[0].Line, $"data is a single {rows[0].Type}, not an object: the response is that {rows[0].Type} itself (a table whose one row is named 'data').");
            rows.Clear();
        }
        else if (rows is [{ Name: "data" } list] && TypeWords.Parse(list.Type, out _).Kind == Kind.Array)
        {
            var shown = ListDetection.Detect(examples.Responses);
            var alias = shown is var (elements, _) ? ExampleValues.Infer(elements) : new TypeModel(Kind.Array, items: TypeModel.Scalar(Kind.Any));
            responseDef = responseDef with { Alias = alias, MayBeNull = true };
            warnings.Add(list.Line, $"data is a single {list.Type}, not an object: the response is a list ({ExampleValues.Describe(alias)}{(shown is null ? ", no example shows its elements" : ", as the example shows")}) that may be null (a table whose one row is named 'data').");
            rows.Clear();
        }

        var dataSource = new TableSource { Rows = rows, Scope = Scope.Response, Key = TableSource.RootKey, RequirednessStated = dataTable.RequiredColumn != RequiredColumn.None, NeverNullColumn = dataTable.RequiredColumn == RequiredColumn.NonNull };
        if (rows.Count > 0 && ListDetection.Detect(examples.Responses) is var (_, listExample))
        {
            // The table describes the list's elements; the response is the list of them.
            catalog.Add(graph, new DefModel { Name = header.ItemName, Line = dataTable.Line, Description = doc.Description ?? "" }, dataSource);
            catalog.Add(graph, responseDef with { Alias = new TypeModel(Kind.Array, items: new TypeModel(Kind.Ref, header.ItemName)), MayBeNull = true }, new TableSource { Rows = new List<MergedRow>(), Scope = Scope.Response, Key = TableSource.ListKey });
            warnings.Add(dataTable.Line, $"data in the example (line {listExample.Line}) is a list: the data table describes its elements ('{header.ItemName}'), and the response is a list of them that may be null.");
            return null;
        }

        if (PageDetection.Detect(dataTable, examples.Responses) is { } page)
        {
            // The table describes the page's items; the page type itself is filled from the example.
            catalog.Add(graph, new DefModel { Name = header.ItemName, Line = dataTable.Line, Description = doc.Description ?? "" }, dataSource);
            catalog.Add(graph, responseDef, new TableSource { Rows = new List<MergedRow>(), Scope = Scope.Response, Key = TableSource.PageKey });
            return page;
        }

        catalog.Add(graph, responseDef, dataSource);
        return null;
    }

    /// <summary>Named tables: a name used on both sides is one type when the two tables agree.</summary>
    private static void AddNamed(ApiDoc doc, OperationHeader header, GraphDraft graph, TableCatalogDraft catalog, WarningLog warnings)
    {
        var named = ClashingPaths.Qualify(doc, doc.Tables.Where(t => t.Role == TableRole.Named).ToList(), warnings);
        foreach (var group in named.GroupBy(t => t.Key).ToList())
        {
            var request = Single(doc, group.Where(t => t.IsRequest).ToList(), warnings);
            var response = Single(doc, group.Where(t => !t.IsRequest).ToList(), warnings);
            var key = group.Key;
            var name = header.DefinitionName(key.Replace(TableSource.RootKey + ".", "", StringComparison.Ordinal).Replace('.', '_'));
            if (request is not null && response is not null)
            {
                if (SharedTableMerge.TryMerge(request, response, out var merged, out var notes))
                {
                    catalog.Add(graph, new DefModel { Name = name, Line = request.HeadingLine, IsRequestSide = true },
                        new TableSource { Rows = merged, Scope = Scope.Request, Key = key, RequirednessStated = request.RequiredColumn != RequiredColumn.None || response.RequiredColumn != RequiredColumn.None });
                    catalog.AlsoFind(Scope.Response, key, name);
                    if (notes.Count > 0)
                    {
                        warnings.Add(response.HeadingLine, $"the request and the response both define '{key}' (lines {request.HeadingLine} and {response.HeadingLine}), differently: merged into one type ({string.Join("; ", notes)}).");
                    }
                }
                else
                {
                    catalog.Add(graph, new DefModel { Name = name, Line = request.HeadingLine, IsRequestSide = true }, TableSource.From(request, Scope.Request));
                    var responseName = header.DefinitionName(key + "_response");
                    catalog.Add(graph, new DefModel { Name = responseName, Line = response.HeadingLine }, TableSource.From(response, Scope.Response), key);
                    warnings.Add(response.HeadingLine, $"the request and the response both define '{key}' (lines {request.HeadingLine} and {response.HeadingLine}) with different field types: the response one is '{responseName}'.");
                }
            }
            else if (request is not null)
            {
                catalog.Add(graph, new DefModel { Name = name, Line = request.HeadingLine, IsRequestSide = true }, TableSource.From(request, Scope.Request));
            }
            else
            {
                catalog.Add(graph, new DefModel { Name = name, Line = response!.HeadingLine }, TableSource.From(response, Scope.Response));
            }
        }
    }

    /// <summary>The one table of a name on one side: variants of an untyped table add up; differing copies are an error.</summary>
    private static DocTable? Single(ApiDoc doc, List<DocTable> tables, WarningLog warnings)
    {
        if (tables.Count <= 1)
        {
            return tables.FirstOrDefault();
        }

        var first = tables[0];
        if (tables.All(t => t.Rows.All(r => r.Type == DocReader.TypeNotGiven)))
        {
            // "data.current_flow（flow_type为common）" and "（flow_type为common_func）": variants of one untyped table add up.
            var rows = tables.SelectMany(t => t.Rows).GroupBy(r => r.Name, StringComparer.Ordinal).Select(g => g.First()).ToList();
            warnings.Add(tables[1].HeadingLine, $"'{first.Heading}' and '{tables[1].Heading}' (lines {first.HeadingLine} and {tables[1].HeadingLine}) describe one field by condition: read as one table.");
            return first with { Rows = rows };
        }

        foreach (var other in tables.Skip(1))
        {
            if (!first.Rows.Select(r => (r.Name, r.Type)).SequenceEqual(other.Rows.Select(r => (r.Name, r.Type))))
            {
                throw new DocException(doc.FileName, other.HeadingLine, $"'{other.Heading}' is defined twice, differently (lines {first.HeadingLine} and {other.HeadingLine}).");
            }
        }

        return first;
    }
}
