using System.Text.Json.Nodes;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Tables;

/// <summary>The response data is a page whose list the data table describes (<c>data: {data: [...], start, total}</c>).</summary>
internal sealed record PagedData(string ItemsKey, DocExample Example);

internal static class PageDetection
{
    /// <summary>A data table that describes the elements of a list in a response example rather than the data itself.</summary>
    public static PagedData? Detect(DocTable dataTable, IReadOnlyList<(JsonNode Data, DocExample Example)> responses)
    {
        var fields = dataTable.Rows.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (data, example) in responses)
        {
            if (data is not JsonObject obj || fields.Count == 0)
            {
                continue;
            }

            var direct = obj.Count(p => fields.Contains(p.Key));
            if (direct * 2 >= fields.Count)
            {
                return null;
            }

            foreach (var (key, value) in obj)
            {
                if (value is JsonArray { Count: > 0 } array && array[0] is JsonObject element
                    && element.Count(p => fields.Contains(p.Key)) * 2 >= fields.Count)
                {
                    return new PagedData(key, example);
                }
            }
        }

        return null;
    }
}
