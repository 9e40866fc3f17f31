using System.Text.Json.Nodes;
using BkApiGen.Cli.Import.Fields;
using BkApiGen.Cli.Import.Header;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Examples;

/// <summary>Responses that are not objects: a list (of an item definition or of scalars) or a scalar, seen in an example.</summary>
internal static partial class ExampleObserver
{
    /// <summary>
    /// The response of a doc without a data table whose example's data is a list or a scalar: that type, and it may
    /// be null (CMDB's Go handlers send <c>null</c> for an empty list and for the <c>"success"</c> the docs show).
    /// </summary>
    private static DefModel InferAlias(GraphDraft graph, OperationHeader header, TableLookup lookup, JsonNode data, DocExample example, WarningLog warnings)
    {
        var alias = ExampleValues.Infer(data);
        if (data is JsonArray list && list.OfType<JsonObject>().ToList() is { Count: > 0 } elements)
        {
            graph.Add(new DefModel { Name = header.ItemName, Line = example.Line, Description = graph.Response.Description, Props = [.. ItemMembers(graph, lookup, elements, example)] });
            alias = new TypeModel(Kind.Array, items: new TypeModel(Kind.Ref, header.ItemName));
        }

        var response = graph.Response with { Alias = alias, MayBeNull = true, FreeForm = false };
        graph.Set(response);
        var what = data is JsonArray ? "a list" : "not an object";
        warnings.Add(example.Line, $"the doc has no data table and data in this example is {what}: the response is {ExampleValues.Describe(alias)}, inferred from the example, and may be null.");
        return response;
    }

    /// <summary>The members of a list's elements: every key any element shows, in the order first seen.</summary>
    private static IEnumerable<PropModel> ItemMembers(GraphDraft graph, TableLookup lookup, List<JsonObject> elements, DocExample example)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in elements)
        {
            foreach (var (key, value) in element)
            {
                if (!string.IsNullOrWhiteSpace(key) && seen.Add(key))
                {
                    yield return new PropModel { Name = key, Type = lookup.InferWithTables(graph, key, value), Line = ExampleValues.KeyLine(example, key), FromExample = true };
                }
            }
        }
    }

    /// <summary>A list example: kept on the response, and each element is an example of the item type below it.</summary>
    private static void AddListExample(GraphDraft graph, string response, string item, JsonNode data, DocExample example, List<(string Def, JsonObject Instance, DocExample Example)> roots, WarningLog warnings)
    {
        if (data is not JsonArray list)
        {
            warnings.Add(example.Line, "the data of this response example is not a list, as the first example's is: it is left out.");
            return;
        }

        AddExample(graph, response, list);
        foreach (var element in list.OfType<JsonObject>())
        {
            roots.Add((item, element, example));
        }
    }
}
