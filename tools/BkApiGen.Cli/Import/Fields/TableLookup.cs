using System.Text.Json.Nodes;
using BkApiGen.Cli.Import.Examples;
using BkApiGen.Cli.Import.Header;
using BkApiGen.Cli.Import.Tables;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Fields;

/// <summary>
/// Finds the definition a table name refers to: same side first, then the other side, then the shared docs. A
/// shared doc's table becomes a definition (its fields built at once, <see cref="FieldBuilder"/>) in the draft of
/// the phase that first finds it, so that a spec holds only the shared tables it uses. Holds no state of its own:
/// what was found is in the draft.
/// </summary>
internal sealed class TableLookup(ApiDoc doc, OperationHeader header, EnglishRows english, TableCatalog catalog, SharedTables shared, WarningLog warnings)
{
    /// <summary>Builds the fields of one definition of <paramref name="graph"/> from its table.</summary>
    public void Build(GraphDraft graph, string defName, TableSource source) => new FieldBuilder(doc, header, english, this, graph, warnings).Build(defName, source);

    public string? Find(GraphDraft graph, string key, Scope scope)
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

        return SharedTable(graph, key);
    }

    /// <summary>The definition a <c>定义见 x</c> names, or a near variant of it (<c>x_list</c>, <c>xs</c>, <c>x_info</c>); else the doc is refused at the row.</summary>
    public string Resolve(GraphDraft graph, string name, TableSource source, int rowLine, string text)
    {
        var key = name.ToLowerInvariant();
        var line = source.File is null ? rowLine : 0;
        if (Find(graph, key, source.Scope) is { } exact)
        {
            if (graph.SharedTables.TryGetValue(exact, out var target) && source.File is null)
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
            if (Find(graph, variant, source.Scope) is { } found)
            {
                warnings.Add(line, $"'{text}' refers to '{name}', which has no table: used the table '{found}'.");
                return found;
            }
        }

        // "定义见 kube_pod_filter" over a table "kube_pod_prop_filter": the one table whose name is the reference's words, in
        // order, with one more word between them. Two such tables would be a guess between them: refused below.
        var widened = catalog.ByKey.Keys.Select(k => k.Key).Distinct(StringComparer.Ordinal)
            .Where(k => HasOneWordMore(k, key)).ToList();
        if (widened.Count == 1 && Find(graph, widened[0], source.Scope) is { } near)
        {
            warnings.Add(line, $"'{text}' refers to '{name}', which has no table: used the table '{near}' (the same words and one more).");
            return near;
        }

        var tables = catalog.ByKey.Keys.Select(k => k.Key).Distinct().OrderBy(k => k, StringComparer.Ordinal);
        var commonNote = shared.Any ? " or in the common docs" : " (pass --common common.md if it is defined there)";
        var includeNote = doc.Includes.Count > 0
            ? $" It may be in a partial the doc includes ({string.Join(", ", doc.Includes.Distinct(StringComparer.Ordinal))}), which importing one doc does not read: import the doc's folder."
            : "";
        throw new DocException(source.File ?? doc.FileName, rowLine,
            $"'{text}' refers to '{name}', but there is no table '{name}' in this doc{commonNote}; its tables are: {string.Join(", ", tables)}.{includeNote}");
    }

    /// <summary><paramref name="table"/>'s words (split at '_') are <paramref name="reference"/>'s, first and last kept, with one word inserted.</summary>
    private static bool HasOneWordMore(string table, string reference)
    {
        var words = table.Split('_');
        var wanted = reference.Split('_');
        if (words.Length != wanted.Length + 1 || wanted.Length < 2)
        {
            return false;
        }

        for (var skip = 1; skip < words.Length - 1; skip++)
        {
            if (words.Where((_, i) => i != skip).SequenceEqual(wanted, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The type of a field described by the table <paramref name="defName"/>: the table itself, or a map of it.</summary>
    public TypeModel TableType(GraphDraft graph, string defName)
        => (catalog.TryGetSource(defName, out var source) || graph.SharedTables.TryGetValue(defName, out source)) && source.IsMapValue
            ? new TypeModel(Kind.Map, items: new TypeModel(Kind.Ref, defName))
            : new TypeModel(Kind.Ref, defName);

    /// <summary>
    /// The type of a field only an example shows: the table named after it when there is one (<c>#### data.data</c>
    /// under a response without a data table), else what the value looks like.
    /// </summary>
    public TypeModel InferWithTables(GraphDraft graph, string key, JsonNode? value)
    {
        if (Find(graph, key.ToLowerInvariant(), Scope.Response) is { } table)
        {
            if (value is JsonObject)
            {
                return TableType(graph, table);
            }

            if (value is JsonArray array && array.All(e => e is JsonObject))
            {
                return new TypeModel(Kind.Array, items: new TypeModel(Kind.Ref, table));
            }
        }

        return ExampleValues.Infer(value);
    }

    /// <summary>Whether a definition or table of this name exists (an enum named like one is qualified).</summary>
    public bool Names(GraphDraft graph, string name)
        => catalog.TryGetSource(name, out _) || catalog.ByKey.Keys.Any(k => k.Key == name)
            || graph.SharedTables.ContainsKey(name) || graph.SharedTables.Values.Any(s => s.Key == name);

    private string? SharedTable(GraphDraft graph, string key)
    {
        foreach (var (existing, table) in graph.SharedTables)
        {
            if (table.Key == key)
            {
                return existing;
            }
        }

        if (shared.Find(key) is not { } source)
        {
            return null;
        }

        var name = header.DefinitionName(key);
        if (graph.Defs.ContainsKey(name))
        {
            name = header.DefinitionName(key + "_common");
        }

        graph.Add(new DefModel { Name = name, Line = 0, IsRequestSide = false });
        graph.SharedTables[name] = source;
        Build(graph, name, source);
        return name;
    }
}
