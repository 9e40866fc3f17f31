using System.Text.Json.Nodes;
using BkApiGen.Cli.Import.Fields;
using BkApiGen.Cli.Import.Header;
using BkApiGen.Cli.Import.Tables;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Examples;

/// <summary>What the observation phase gives: the graph with the examples' data and members, and the root examples.</summary>
internal sealed record Observation(DefinitionGraph Graph, ExampleRoots Roots);

/// <summary>
/// The observation phase: each example is attached to the root type it shows (walked down to every definition below
/// by <see cref="ExampleRoots.Walk"/>), its data kept as the definition's <c>examples</c>. Where the doc has no data
/// table the example is all there is: the response's members (or a map, a list, a scalar) come from it, and a page's
/// members from the page example.
/// </summary>
internal static partial class ExampleObserver
{
    public static Observation Observe(DefinitionGraph fields, OperationHeader header, ParsedExamples examples, PagedData? page, TableLookup lookup, WarningLog warnings)
    {
        var graph = fields.Edit();
        var roots = new List<(string Def, JsonObject Instance, DocExample Example)>();
        foreach (var (body, example) in examples.Requests)
        {
            AddExample(graph, graph.RequestName, body);
            roots.Add((graph.RequestName, body, example));
        }

        if (page is not null)
        {
            AddPageMembers(graph, header, examples, page, warnings);
        }

        foreach (var (data, example) in examples.Responses)
        {
            var response = graph.Response;
            if (response.Alias is null && response.FreeForm && response.Props.Count == 0 && response.MapValues is null && data is not JsonObject)
            {
                response = InferAlias(graph, header, lookup, data, example, warnings);
            }

            if (response.Alias is { Kind: Kind.Array, Items: { Kind: Kind.Ref, Ref: { } item } })
            {
                AddListExample(graph, response.Name, item, data, example, roots, warnings);
                continue;
            }

            if (response.Alias is not null)
            {
                AddExample(graph, response.Name, data);
                continue;
            }

            if (data is not JsonObject obj)
            {
                warnings.Add(example.Line, "the data of this response example is not an object: it is left out.");
                continue;
            }

            if (response.FreeForm && response.Props.Count == 0 && response.MapValues is null && MapDetection.DataKeys(obj) is { } keys)
            {
                var values = ExampleValues.MapValueType(obj);
                graph.Set(response with { MapValues = values });
                warnings.Add(example.Line, $"the doc has no data table and the keys of data in this example are {keys}: data is a map of string to {ExampleValues.Describe(values)} (additionalProperties), not an object with those keys as fields.");
            }
            else if (response.FreeForm && response.Props.Count == 0 && response.MapValues is null)
            {
                var props = new List<PropModel>();
                foreach (var (key, value) in obj.Where(p => !string.IsNullOrWhiteSpace(p.Key)))
                {
                    props.Add(new PropModel { Name = key, Type = lookup.InferWithTables(graph, key, value), Line = ExampleValues.KeyLine(example, key), FromExample = true });
                }

                graph.Set(graph.Response with { Props = [.. props] });
                warnings.Add(example.Line, "the doc has no data table: the response fields are inferred from this example.");
            }

            AddExample(graph, response.Name, obj);
            roots.Add((response.Name, obj, example));
        }

        var observed = graph.Response;
        if (!header.IsCallback && observed.FreeForm && observed.Props.Count == 0 && observed.Alias is null && observed.MapValues is null)
        {
            // Nothing is known of the data: whatever the server sends for "nothing" (null, {}) must decode.
            graph.Set(observed with { MayBeNull = true });
            warnings.Add(examples.NullData?.Line ?? 0, examples.Responses.Count > 0
                ? "the doc describes no response data (no data table, an example with no members): the response is an empty object that may be null."
                : "the doc describes no response data (no data table, no example data): the response is an empty object that may be null.");
        }
        else if (!header.IsCallback && page is null && !observed.MayBeNull && examples.NullData is { } nullExample)
        {
            graph.Set(observed with { MayBeNull = true });
            warnings.Add(nullExample.Line, "this response example has \"data\": null: the response may be null.");
        }

        return new Observation(graph.ToGraph(), new ExampleRoots(roots));
    }

    /// <summary>The page type's members: the example's keys, the items list typed by the data table.</summary>
    private static void AddPageMembers(GraphDraft graph, OperationHeader header, ParsedExamples examples, PagedData page, WarningLog warnings)
    {
        var item = graph.Defs[header.ItemName];
        var (data, pageExample) = examples.Responses.First(e => e.Example == page.Example);
        var obj = (JsonObject)data;
        var props = new List<PropModel>();
        foreach (var (key, value) in obj)
        {
            var type = key == page.ItemsKey ? new TypeModel(Kind.Array, items: new TypeModel(Kind.Ref, item.Name)) : ExampleValues.Infer(value);
            props.Add(new PropModel { Name = key, Type = type, Line = ExampleValues.KeyLine(pageExample, key), FromExample = true, Description = key == page.ItemsKey ? item.Description : "" });
        }

        graph.Set(graph.Response with { Props = graph.Response.Props.AddRange(props) });
        warnings.Add(item.Line, $"the data table describes the elements of data.{page.ItemsKey} in the example (line {pageExample.Line}), whose data is a page ({string.Join(", ", obj.Select(p => p.Key))}): emitted a page type; check the fields the table does not list.");
    }

    private static void AddExample(GraphDraft graph, string defName, JsonNode node)
    {
        var def = graph.Defs[defName];
        graph.Set(def with { Examples = (def.Examples ?? []).Add(node.DeepClone()) });
    }
}
