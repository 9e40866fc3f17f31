using System.Text.Json.Nodes;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Tables;

/// <summary>The response data is a list (<c>"data": [{...}]</c>): CMDB's <c>find_module_batch</c>, bk-job's <c>check_script</c>.</summary>
internal static class ListDetection
{
    /// <summary>
    /// The first response example, when its data is a list. The example decides over the data table's heading and the
    /// envelope's <c>data | object</c> row: docs copy those from a template, while the example is what a server sent.
    /// </summary>
    public static (JsonArray List, DocExample Example)? Detect(IReadOnlyList<(JsonNode Data, DocExample Example)> responses)
        => responses.Count > 0 && responses[0].Data is JsonArray list ? (list, responses[0].Example) : null;
}
