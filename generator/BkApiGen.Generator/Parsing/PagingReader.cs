using System;
using System.Linq;
using BkApiGen.Generator.Diagnostics;
using BkApiGen.Generator.Models;
using Newtonsoft.Json.Linq;

namespace BkApiGen.Generator.Parsing;

/// <summary>
/// Reads <c>x-bkapi.pagination</c> and <c>x-bkapi.chunk</c> against the operation's request and response types:
/// every member they name must exist with the right shape, so that the generated <c>…AllAsync</c> and
/// <c>…ChunkedAsync</c> methods compile.
/// </summary>
internal static class PagingReader
{
    public const string PaginationKey = "pagination";
    public const string ChunkKey = "chunk";

    /// <summary>
    /// <c>{"offset": "page.start", "limit": "page.limit", "total": "count", "items": "info", "maxLimit": 500}</c> (CMDB; with
    /// <c>"countFlag": "page.enable_count"</c> where only a count request tells the total) or
    /// <c>{"offset": "start", "limit": "length", "total": "total", "items": "data", "maxLimit": 1000}</c> (bk-job).
    /// </summary>
    public static PagingSpec? Read(JObject api, ObjectSpec request, TypeSpec? response, Func<TypeRef, EquatableArray<PropertySpec>?> propertiesOf, DiagnosticBag diagnostics)
    {
        if (api[PaginationKey] is not { } token)
        {
            return null;
        }

        if (token is not JObject paging)
        {
            diagnostics.Add(DiagnosticDescriptors.PaginationNotObject, token);
            return null;
        }

        var offsetPath = Text(paging, "offset", diagnostics);
        var limitPath = Text(paging, "limit", diagnostics);
        var totalName = Text(paging, "total", diagnostics);
        var itemsName = Text(paging, "items", diagnostics);
        var maxLimit = paging["maxLimit"] is JValue { Type: JTokenType.Integer } max && (long)max is >= 1 and <= 100_000 ? (int)(long)max : (int?)null;
        if (maxLimit is null)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidMaxLimit, paging["maxLimit"] ?? paging);
        }

        if (offsetPath is null || limitPath is null || totalName is null || itemsName is null || maxLimit is null)
        {
            return null;
        }

        var offsetParts = offsetPath.Split('.');
        var limitParts = limitPath.Split('.');
        if (offsetParts.Length > 2 || limitParts.Length != offsetParts.Length || (offsetParts.Length == 2 && offsetParts[0] != limitParts[0]))
        {
            diagnostics.Add(DiagnosticDescriptors.OffsetAndLimitApart, paging, offsetPath, limitPath);
            return null;
        }

        var owner = request.Properties;
        PropertySpec? page = null;
        if (offsetParts.Length == 2)
        {
            page = Member(request.Properties, offsetParts[0], paging["offset"]!, "the request", diagnostics);
            if (page is null)
            {
                return null;
            }

            if (page.Type.Kind != TypeKind.Object || propertiesOf(page.Type) is not { } pageProperties)
            {
                diagnostics.Add(DiagnosticDescriptors.PageNotObject, paging["offset"], page.JsonName);
                return null;
            }

            owner = pageProperties;
            var other = owner.FirstOrDefault(p => p.IsRequired && p.JsonName != offsetParts[1] && p.JsonName != limitParts[1]);
            if (!page.IsRequired && other is not null)
            {
                diagnostics.Add(DiagnosticDescriptors.OptionalPageWithRequiredMember, paging["offset"], page.JsonName, other.JsonName);
                return null;
            }
        }

        var offset = Member(owner, offsetParts[^1], paging["offset"]!, page is null ? "the request" : $"'{page.JsonName}'", diagnostics);
        var limit = Member(owner, limitParts[^1], paging["limit"]!, page is null ? "the request" : $"'{page.JsonName}'", diagnostics);
        if (offset is null || limit is null)
        {
            return null;
        }

        foreach (var (member, key) in new[] { (offset, "offset"), (limit, "limit") })
        {
            if (member.Type.Kind is not (TypeKind.Int32 or TypeKind.Int64))
            {
                diagnostics.Add(DiagnosticDescriptors.PageMemberNotInteger, paging[key], member.JsonName, key);
                return null;
            }
        }

        if (response is not ObjectSpec result)
        {
            diagnostics.Add(DiagnosticDescriptors.PagedResponseNotObject, paging);
            return null;
        }

        var total = Member(result.Properties, totalName, paging["total"]!, "the response", diagnostics);
        var items = Member(result.Properties, itemsName, paging["items"]!, "the response", diagnostics);
        if (total is null || items is null)
        {
            return null;
        }

        if (total.Type.Kind is not (TypeKind.Int32 or TypeKind.Int64))
        {
            diagnostics.Add(DiagnosticDescriptors.TotalNotInteger, paging["total"], total.JsonName);
            return null;
        }

        if (items.Type.Kind != TypeKind.Array || items.Type.Element is null)
        {
            diagnostics.Add(DiagnosticDescriptors.ItemsNotArray, paging["items"], items.JsonName);
            return null;
        }

        if (!ReadCountFlag(paging, page, owner, offset, limit, diagnostics, out var countFlag))
        {
            return null;
        }

        return new PagingSpec(page?.Name, page?.Type, page?.IsRequired == true, offset.Name, offset.Type.Kind == TypeKind.Int32, limit.Name, total.Name, items.Name, items.Type, maxLimit.Value, countFlag?.Name);
    }

    /// <summary>
    /// <c>"countFlag": "page.enable_count"</c>: a boolean beside the offset and limit that, when true, asks for the total
    /// alone (pages then report none). The count request is built afresh, offset and limit 0, so nothing else there may be required.
    /// </summary>
    private static bool ReadCountFlag(JObject paging, PropertySpec? page, EquatableArray<PropertySpec> owner, PropertySpec offset, PropertySpec limit, DiagnosticBag diagnostics, out PropertySpec? flag)
    {
        flag = null;
        if (paging["countFlag"] is not { } token)
        {
            return true;
        }

        var path = Text(paging, "countFlag", diagnostics);
        if (path is null)
        {
            return false;
        }

        var parts = path.Split('.');
        if (parts.Length != (page is null ? 1 : 2) || (page is not null && parts[0] != page.JsonName))
        {
            diagnostics.Add(DiagnosticDescriptors.CountFlagApart, token, path);
            return false;
        }

        flag = Member(owner, parts[^1], token, page is null ? "the request" : $"'{page.JsonName}'", diagnostics);
        if (flag is null)
        {
            return false;
        }

        if (flag.Type.Kind != TypeKind.Boolean)
        {
            diagnostics.Add(DiagnosticDescriptors.CountFlagNotBoolean, token, flag.JsonName);
            return false;
        }

        var named = flag;
        var other = owner.FirstOrDefault(p => p.IsRequired && p != offset && p != limit && p != named);
        if (page is not null && other is not null)
        {
            diagnostics.Add(DiagnosticDescriptors.CountRequestWithRequiredMember, token, page.JsonName, other.JsonName);
            return false;
        }

        return true;
    }

    /// <summary>
    /// <c>"chunk": "bk_module_ids"</c> (one <c>…ChunkedAsync</c> method) or <c>"chunk": ["bk_set_ids", "bk_module_ids"]</c>
    /// (<c>…ChunkedBySetIdsAsync</c>, <c>…ChunkedByModuleIdsAsync</c>): request lists with <c>maxItems</c>.
    /// </summary>
    public static EquatableArray<ChunkSpec> ReadChunks(JObject api, ObjectSpec request, DiagnosticBag diagnostics)
    {
        if (api[ChunkKey] is not { } token)
        {
            return EquatableArray<ChunkSpec>.Empty;
        }

        (JToken At, string? Name)[]? names = token switch
        {
            JValue { Type: JTokenType.String } single => new (JToken, string?)[] { (single, (string?)single) },
            JArray { Count: > 0 } many when many.All(t => t.Type == JTokenType.String) => many.Select(t => (t, (string?)t)).ToArray(),
            _ => null,
        };
        if (names is null || names.Any(n => n.Name is not { Length: > 0 }))
        {
            diagnostics.Add(DiagnosticDescriptors.ChunkNotMemberNames, token);
            return EquatableArray<ChunkSpec>.Empty;
        }

        var result = new System.Collections.Generic.List<ChunkSpec>();
        foreach (var (at, name) in names)
        {
            var member = Member(request.Properties, name!, at, "the request", diagnostics);
            if (member is null)
            {
                continue;
            }

            if (member.Type.Kind != TypeKind.Array || member.Type.Element is null || member.Constraints.MaxItems is not { } max || max < 1)
            {
                diagnostics.Add(DiagnosticDescriptors.ChunkWithoutMaxItems, at, name!);
                continue;
            }

            if (result.Any(c => c.Member == member.Name))
            {
                diagnostics.Add(DiagnosticDescriptors.ChunkMemberRepeated, at, name!);
                continue;
            }

            result.Add(new ChunkSpec(member.Name, member.Type, max, names.Length == 1 ? "Chunked" : "ChunkedBy" + member.Name));
        }

        return result.ToEquatableArray();
    }

    private static string? Text(JObject paging, string key, DiagnosticBag diagnostics)
    {
        if (paging[key] is JValue { Type: JTokenType.String } value && ((string?)value)?.Length > 0)
        {
            return (string)value!;
        }

        diagnostics.Add(DiagnosticDescriptors.PaginationKeyNotName, paging[key] ?? paging, key, Example(key));
        return null;
    }

    private static string Example(string key) => key switch
    {
        "offset" => "page.start",
        "limit" => "page.limit",
        "total" => "count",
        "countFlag" => "page.enable_count",
        _ => "info",
    };

    private static PropertySpec? Member(EquatableArray<PropertySpec> properties, string jsonName, JToken at, string where, DiagnosticBag diagnostics)
    {
        var member = properties.FirstOrDefault(p => p.JsonName == jsonName);
        if (member is null)
        {
            diagnostics.Add(DiagnosticDescriptors.PagingMemberNotFound, at, char.ToUpperInvariant(where[0]) + where.Substring(1), jsonName);
        }

        return member;
    }
}
