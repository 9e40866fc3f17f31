using System.Text.Json.Nodes;
using BkApiGen.SpecFormat;

namespace BkApiGen.Cli.Import.Paging;

/// <summary>
/// A phase after <see cref="StatedLimits"/>: an operation whose request and response have BlueKing's paging shapes gets
/// <c>x-bkapi.pagination</c> (the generator then adds <c>…AllAsync</c>), and its request lists with a stated maximum get
/// <c>x-bkapi.chunk</c> (<c>…ChunkedAsync</c>). The two shapes:
/// CMDB: request <c>page {start, limit}</c> (and <c>enable_count</c>, when the page has it) → response <c>{count, info}</c>;
/// bk-job: request <c>start</c> / <c>length</c> → response <c>{total, data}</c>.
/// </summary>
internal static class PagingInference
{
    // CMDB's page may carry enable_count (bk-cmdb's BasePage.EnableCount): true asks for the count alone, and a page
    // asked for with false reports count 0, so the total comes from a count request (x-bkapi.pagination.countFlag).
    private static readonly (string? Page, string Offset, string[] Limits, string Total, string Items, string? CountFlag)[] Shapes =
    [
        ("page", "start", ["limit"], "count", "info", "enable_count"),
        (null, "start", ["length", "limit"], "total", "data", null),
    ];

    public static ImportResult Apply(ImportResult result)
    {
        var spec = result.Spec;
        if (spec["x-bkapi"] is not JsonObject header || spec["definitions"] is not JsonObject definitions
            || Local(definitions, header["request"]) is not { } request || Local(definitions, header["response"]) is not { } response)
        {
            return result;
        }

        var warnings = new List<DocWarning>(result.Warnings);
        if (header["pagination"] is null && Paging(definitions, request, response) is { } found)
        {
            var (pagination, limitAt, stated) = found;
            var limitLine = result.Lines.TryGetValue(limitAt, out var at) ? at : 0;
            if (stated)
            {
                header["pagination"] = pagination;
                var countFirst = pagination["countFlag"] is { } countFlag ? $"; the total from one request with {countFlag} true, as only that one tells it" : "";
                warnings.Add(new DocWarning(limitLine, $"paged ({pagination["offset"]}/{pagination["limit"]} → {pagination["total"]}/{pagination["items"]}, at most {pagination["maxLimit"]} per page{countFirst}): x-bkapi.pagination, read every page with the generated …AllAsync method."));
            }
            else
            {
                warnings.Add(new DocWarning(limitLine, $"paged ({pagination["offset"]}/{pagination["limit"]} → {pagination["total"]}/{pagination["items"]}), but the doc states no page size limit: no x-bkapi.pagination; add it with the server's maxLimit."));
            }
        }

        if (header["chunk"] is null && request.Node["properties"] is JsonObject properties)
        {
            var lists = properties
                .Where(p => p.Value is JsonObject member && (string?)member["type"] == "array" && member["maxItems"] is not null && p.Key != "fields")
                .Select(p => p.Key)
                .ToList();
            if (lists.Count > 0)
            {
                header["chunk"] = lists.Count == 1 ? lists[0] : new JsonArray(lists.Select(l => (JsonNode)l!).ToArray());
                var line = result.Lines.TryGetValue($"{request.Name}.{lists[0]}", out var listAt) ? listAt : 0;
                warnings.Add(new DocWarning(line, $"{string.Join(", ", lists)}: a list with a stated maximum: x-bkapi.chunk, longer lists are split into calls by the generated …Chunked…Async method."));
            }
        }

        return StatedLimits.Replace(result, warnings);
    }

    /// <summary>The pagination keyword, where the page size is described (<c>definition.member</c>), and whether its limit is stated.</summary>
    private static (JsonObject Pagination, string LimitAt, bool Stated)? Paging(JsonObject definitions, (string Name, JsonObject Node) request, (string Name, JsonObject Node) response)
    {
        foreach (var shape in Shapes)
        {
            var owner = request.Node;
            var ownerName = request.Name;
            if (shape.Page is { } page)
            {
                if (Property(request.Node, page) is not { } pageMember || Local(definitions, pageMember) is not { } pageType)
                {
                    continue;
                }

                (ownerName, owner) = pageType;
            }

            var limit = shape.Limits.FirstOrDefault(l => IsInteger(Property(owner, l)));
            if (!IsInteger(Property(owner, shape.Offset)) || limit is null
                || !IsInteger(Property(response.Node, shape.Total)) || (string?)Property(response.Node, shape.Items)?["type"] != "array")
            {
                continue;
            }

            var prefix = shape.Page is null ? "" : shape.Page + ".";
            var max = (int?)Property(owner, limit)!["maximum"];
            var pagination = new JsonObject
            {
                ["offset"] = prefix + shape.Offset,
                ["limit"] = prefix + limit,
                ["total"] = shape.Total,
                ["items"] = shape.Items,
                ["maxLimit"] = max,
            };
            if (shape.CountFlag is { } flag && (string?)Property(owner, flag)?["type"] == "boolean")
            {
                pagination["countFlag"] = prefix + flag;
            }

            return (pagination, $"{ownerName}.{limit}", max is > 0);
        }

        return null;
    }

    private static bool IsInteger(JsonObject? property) => (string?)property?["type"] == "integer";

    private static JsonObject? Property(JsonObject definition, string name) => definition["properties"]?[name] as JsonObject;

    /// <summary>The local definition a <c>{"$ref": "#/definitions/x"}</c> names.</summary>
    private static (string Name, JsonObject Node)? Local(JsonObject definitions, JsonNode? reference)
        => (string?)reference?["$ref"] is { } text && SpecReference.Parse(text) is { IsLocal: true, Definition: var name }
            && definitions[name] is JsonObject node ? (name, node) : null;
}
