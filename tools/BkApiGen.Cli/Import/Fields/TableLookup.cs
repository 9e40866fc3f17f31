using System.Text.Json.Nodes;
using BkApiGen.Cli.Import.Examples;
using BkApiGen.Cli.Import.Header;
using BkApiGen.Cli.Import.Tables;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Fields;

/// <summary>
/// Finds the definition a table name refers to: same side first, then the other side, then the shared docs. A
/// shared doc's table becomes a definition (built at once) when first found, by whichever phase looks it up, so that
/// a spec holds only the shared tables it uses.
/// </summary>
internal sealed class TableLookup(ApiDoc doc, ImportOptions options, OperationHeader header, DefinitionGraph graph, TableCatalog catalog, WarningLog warnings)
{
    private Action<string> _build = _ => throw new InvalidOperationException("the fields phase has not started");

    /// <summary>Set by the fields phase: how a shared table found here is built.</summary>
    public void BuildWith(Action<string> build) => _build = build;

    public string? Find(string key, Scope scope)
    {
        var scopes = scope switch
        {
            Scope.Request => new[] { Scope.Request, Scope.Response },
            Scope.Response => new[] { Scope.Response, Scope.Request },
            _ => Array.Empty<Scope>(),
        };
        foreach (var s in scopes)
        {
            if (catalog.ByKey.TryGetValue((s, key), out var name))
            {
                return name;
            }
        }

        return CommonTable(key);
    }

    /// <summary>The definition a <c>定义见 x</c> names, or a near variant of it (<c>x_list</c>, <c>xs</c>, <c>x_info</c>); else the doc is refused at the row.</summary>
    public string Resolve(string name, TableSource source, int rowLine, string text)
    {
        var key = name.ToLowerInvariant();
        var line = source.File is null ? rowLine : 0;
        if (Find(key, source.Scope) is { } exact)
        {
            if (catalog.Sources.TryGetValue(exact, out var target) && target.File is not null && source.File is null)
            {
                warnings.Add(line, $"'{text}': there is no table '{name}' in this doc; used the one in {target.File}.");
            }

            return exact;
        }

        var variants = new List<string> { key + "_list", key + "s", key + "_info" };
        if (key.EndsWith("_list", StringComparison.Ordinal))
        {
            variants.Add(key[..^5]);
        }

        if (key.EndsWith('s'))
        {
            variants.Add(key[..^1]);
        }

        foreach (var variant in variants)
        {
            if (Find(variant, source.Scope) is { } found)
            {
                warnings.Add(line, $"'{text}' refers to '{name}', which has no table: used the table '{found}'.");
                return found;
            }
        }

        var tables = catalog.ByKey.Keys.Where(k => k.Scope != Scope.Common).Select(k => k.Key).Distinct().OrderBy(k => k, StringComparer.Ordinal);
        var commonNote = options.Common.Count > 0 ? " or in the common docs" : " (pass --common common.md if it is defined there)";
        var includeNote = doc.Includes.Count > 0
            ? $" It may be in a partial the doc includes ({string.Join(", ", doc.Includes.Distinct(StringComparer.Ordinal))}), which importing one doc does not read: import the doc's folder."
            : "";
        throw new DocException(source.File ?? doc.FileName, rowLine,
            $"'{text}' refers to '{name}', but there is no table '{name}' in this doc{commonNote}; its tables are: {string.Join(", ", tables)}.{includeNote}");
    }

    /// <summary>The type of a field described by the table <paramref name="defName"/>: the table itself, or a map of it.</summary>
    public TypeModel TableType(string defName)
        => catalog.IsMapValue(defName)
            ? new TypeModel(Kind.Map, items: new TypeModel(Kind.Ref, defName))
            : new TypeModel(Kind.Ref, defName);

    /// <summary>
    /// The type of a field only an example shows: the table named after it when there is one (<c>#### data.data</c>
    /// under a response without a data table), else what the value looks like.
    /// </summary>
    public TypeModel InferWithTables(string key, JsonNode? value)
    {
        if (Find(key.ToLowerInvariant(), Scope.Response) is { } table)
        {
            if (value is JsonObject)
            {
                return TableType(table);
            }

            if (value is JsonArray array && array.All(e => e is JsonObject))
            {
                return new TypeModel(Kind.Array, items: new TypeModel(Kind.Ref, table));
            }
        }

        return ExampleValues.Infer(value);
    }

    private string? CommonTable(string key)
    {
        if (catalog.ByKey.TryGetValue((Scope.Common, key), out var existing))
        {
            return existing;
        }

        foreach (var common in options.Common)
        {
            var table = common.Tables.FirstOrDefault(t => t.Role == TableRole.Named && t.Key == key);
            if (table is null)
            {
                continue;
            }

            var name = header.DefinitionName(key);
            if (graph.Defs.ContainsKey(name))
            {
                name = header.DefinitionName(key + "_common");
            }

            catalog.Add(graph, new DefModel { Name = name, Line = 0, IsRequestSide = false }, TableSource.From(table, Scope.Common, common.FileName));
            _build(name);
            return name;
        }

        return null;
    }
}
