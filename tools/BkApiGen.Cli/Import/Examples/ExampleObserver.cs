using System.Text.Json.Nodes;
using BkApiGen.Cli.Import.Fields;
using BkApiGen.Cli.Import.Header;
using BkApiGen.Cli.Import.Tables;

namespace BkApiGen.Cli.Import.Examples;

/// <summary>
/// The observation phase: each example is attached to the root type it shows (and, through the members, to every
/// definition below), its data kept as the definition's <c>examples</c>. Where the doc has no data table the example
/// is all there is: the response's members (or a map) come from it, and a page's members from the page example.
/// </summary>
internal static class ExampleObserver
{
    public static ObservedExamples Observe(DefinitionGraph graph, OperationHeader header, ParsedExamples examples, PagedData? page, TableLookup lookup, WarningLog warnings)
    {
        var observed = new ObservedExamples(graph);
        var request = graph.Request;
        foreach (var (body, example) in examples.Requests)
        {
            AddExample(request, body);
            observed.AddRoot(request, body, example);
        }

        var response = graph.Response;
        if (page is not null)
        {
            AddPageMembers(graph, header, examples, page, response, warnings);
        }

        foreach (var (data, example) in examples.Responses)
        {
            if (response.Scalar is not null)
            {
                AddExample(response, data);
                continue;
            }

            if (data is not JsonObject obj)
            {
                warnings.Add(example.Line, "the data of this response example is not an object: it is left out.");
                continue;
            }

            if (response.FreeForm && response.Props.Count == 0 && response.MapValues is null && MapDetection.DataKeys(obj) is { } keys)
            {
                response.MapValues = ExampleValues.MapValueType(obj);
                warnings.Add(example.Line, $"the doc has no data table and the keys of data in this example are {keys}: data is a map of string to {ExampleValues.Describe(response.MapValues)} (additionalProperties), not an object with those keys as fields.");
            }
            else if (response.FreeForm && response.Props.Count == 0 && response.MapValues is null)
            {
                foreach (var (key, value) in obj)
                {
                    response.Props.Add(new PropModel { Name = key, Type = lookup.InferWithTables(key, value), Line = ExampleValues.KeyLine(example, key), FromExample = true });
                }

                warnings.Add(example.Line, "the doc has no data table: the response fields are inferred from this example.");
            }

            AddExample(response, obj);
            observed.AddRoot(response, obj, example);
        }

        if (response.FreeForm && response.Props.Count == 0 && response.Scalar is null && response.MapValues is null)
        {
            warnings.Add(0, "the doc describes no response data (no data table, no example): the response is an empty object.");
        }

        return observed;
    }

    /// <summary>The page type's members: the example's keys, the items list typed by the data table.</summary>
    private static void AddPageMembers(DefinitionGraph graph, OperationHeader header, ParsedExamples examples, PagedData page, DefModel response, WarningLog warnings)
    {
        var item = graph.Defs[header.ItemName];
        var (data, pageExample) = examples.Responses.First(e => e.Example == page.Example);
        var obj = (JsonObject)data;
        foreach (var (key, value) in obj)
        {
            var type = key == page.ItemsKey ? new TypeModel(Kind.Array, items: new TypeModel(Kind.Ref, item.Name)) : ExampleValues.Infer(value);
            response.Props.Add(new PropModel { Name = key, Type = type, Line = ExampleValues.KeyLine(pageExample, key), FromExample = true, Description = key == page.ItemsKey ? item.Description : "" });
        }

        warnings.Add(item.Line, $"the data table describes the elements of data.{page.ItemsKey} in the example (line {pageExample.Line}), whose data is a page ({string.Join(", ", obj.Select(p => p.Key))}): emitted a page type; check the fields the table does not list.");
    }

    private static void AddExample(DefModel def, JsonNode node)
    {
        def.Examples ??= new JsonArray();
        def.Examples.Add(node.DeepClone());
    }
}
