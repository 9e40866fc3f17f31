using System.Text.Json;
using System.Text.Json.Nodes;

namespace BkApiGen.Tests.Shared;

/// <summary>
/// Builds a small <c>*.bkapi.json</c> operation spec in C# (docs/spec-format.md): the <c>x-bkapi</c> header, the request
/// and response objects and any other definitions, so that a test states the one shape it is about and nothing else.
/// <code>
/// var spec = new SpecBuilder("jobv3", "get_host")
///     .Request("get_host_request", o => o.Member("bk_host_id", Schema.Int64, required: true))
///     .Response("host", o => o.Member("ip", Schema.String))
///     .ToJson();
/// </code>
/// </summary>
internal sealed class SpecBuilder
{
    private readonly JsonObject _header;
    private readonly JsonObject _definitions = [];

    /// <summary>A POST operation on the gateway at <c>/api/v3/{operation}</c>; change it with <see cref="Method"/>.</summary>
    public SpecBuilder(string system, string operation)
    {
        System = system;
        Operation = operation;
        _header = new JsonObject
        {
            ["system"] = system,
            ["operation"] = operation,
            ["method"] = "POST",
            ["gatewayPath"] = "/api/v3/" + operation,
        };
    }

    private SpecBuilder(string system, string callback, JsonObject header)
    {
        System = system;
        Operation = callback;
        _header = header;
    }

    /// <summary>
    /// A callback spec (<c>"role": "callback"</c>): the body <paramref name="system"/> POSTs to the caller's
    /// <c>callback_url</c>, declared with <see cref="Payload"/>; no operation.
    /// </summary>
    public static SpecBuilder Callback(string system, string callback)
        => new(system, callback, new JsonObject { ["system"] = system, ["role"] = "callback", ["callback"] = callback });

    public string System { get; }

    public string Operation { get; }

    /// <summary>Where a project would keep the spec (the generator names nothing after it, but reports locations in it).</summary>
    public string Path => $"/p/specs/{System}/{Operation}.bkapi.json";

    public SpecBuilder Method(string method, string? gatewayPath = null, string? esbPath = null)
    {
        _header["method"] = method;
        _header.Remove("gatewayPath");
        _header.Remove("esbPath");
        if (gatewayPath is null && esbPath is null)
        {
            gatewayPath = "/api/v3/" + Operation;
        }

        if (gatewayPath is not null)
        {
            _header["gatewayPath"] = gatewayPath;
        }

        if (esbPath is not null)
        {
            _header["esbPath"] = esbPath;
        }

        return this;
    }

    /// <summary>Any other <c>x-bkapi</c> key (<c>idempotent</c>, <c>client</c>, <c>protocol</c>).</summary>
    public SpecBuilder Header(string key, JsonNode? value)
    {
        _header[key] = value;
        return this;
    }

    /// <summary>The request object, defined as <paramref name="name"/>.</summary>
    public SpecBuilder Request(string name, Action<ObjectSchema> members)
    {
        _header["request"] = Schema.Ref(name).ToNode();
        return Object(name, members);
    }

    /// <summary>A callback's payload: an object defined as <paramref name="name"/>.</summary>
    public SpecBuilder Payload(string name, Action<ObjectSchema> members)
    {
        _header["payload"] = Schema.Ref(name).ToNode();
        return Object(name, members);
    }

    /// <summary>The response's <c>data</c>: an object defined as <paramref name="name"/>.</summary>
    public SpecBuilder Response(string name, Action<ObjectSchema> members)
    {
        ResponseIs(name);
        return Object(name, members);
    }

    /// <summary>The response's <c>data</c>: a definition that is not an object (a number, a string, a list), defined as <paramref name="name"/>.</summary>
    public SpecBuilder Response(string name, Schema data)
    {
        ResponseIs(name);
        return Definition(name, data.ToNode());
    }

    /// <summary>The response's <c>data</c> is a definition declared by another call (a union, or one the request shares).</summary>
    public SpecBuilder ResponseIs(string definition)
    {
        _header["response"] = Schema.Ref(definition).ToNode();
        return this;
    }

    public SpecBuilder Object(string name, Action<ObjectSchema> members)
    {
        var schema = new ObjectSchema();
        members(schema);
        return Definition(name, schema.ToNode());
    }

    /// <summary>A union: an object of shared members whose <paramref name="discriminator"/> picks one of its cases.</summary>
    public SpecBuilder Union(string name, string discriminator, Action<UnionSchema> shape)
    {
        var schema = new UnionSchema(discriminator);
        shape(schema);
        return Definition(name, schema.ToNode());
    }

    /// <summary>An integer enum with a C# name per value (<c>x-enumNames</c>).</summary>
    public SpecBuilder IntEnum(string name, params (long Value, string Name)[] values)
        => Definition(name, new JsonObject
        {
            ["type"] = "integer",
            ["enum"] = new JsonArray(values.Select(v => (JsonNode)v.Value).ToArray()),
            ["x-enumNames"] = new JsonArray(values.Select(v => (JsonNode)v.Name).ToArray()),
        });

    /// <summary>A string enum (an open set: unknown values round-trip), with its C# names when given.</summary>
    public SpecBuilder StringEnum(string name, string[] values, string[]? names = null)
    {
        var schema = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(values.Select(v => (JsonNode)v).ToArray()) };
        if (names is not null)
        {
            schema["x-enumNames"] = new JsonArray(names.Select(n => (JsonNode)n).ToArray());
        }

        return Definition(name, schema);
    }

    /// <summary>A definition given as schema (an alias of a scalar, or anything the typed helpers do not cover).</summary>
    public SpecBuilder Definition(string name, JsonNode schema)
    {
        _definitions[name] = schema;
        return this;
    }

    /// <summary>
    /// <c>x-bkapi.pagination</c>: request offset and limit, response total and items, by wire name (dotted for a member of
    /// an object member, as CMDB's <c>page.start</c>).
    /// </summary>
    public SpecBuilder Pagination(string offset, string limit, string total, string items, int maxLimit, string? countFlag = null)
    {
        var pagination = new JsonObject { ["offset"] = offset, ["limit"] = limit, ["total"] = total, ["items"] = items, ["maxLimit"] = maxLimit };
        if (countFlag is not null)
        {
            pagination["countFlag"] = countFlag;
        }

        return Header("pagination", pagination);
    }

    /// <summary><c>x-bkapi.auth</c>: what the API gateway verifies for the operation (a member left null is left out).</summary>
    public SpecBuilder Auth(bool? app, bool? user)
    {
        var auth = new JsonObject();
        if (app is { } a)
        {
            auth["app"] = a;
        }

        if (user is { } u)
        {
            auth["user"] = u;
        }

        return Header("auth", auth);
    }

    /// <summary><c>x-bkapi.chunk</c>: request lists (with <c>maxItems</c>) a longer list of which is split into calls.</summary>
    public SpecBuilder Chunk(params string[] lists)
        => Header("chunk", lists.Length == 1 ? lists[0] : new JsonArray(lists.Select(l => (JsonNode)l).ToArray()));

    public JsonObject ToNode() => new()
    {
        ["$schema"] = "http://json-schema.org/draft-07/schema#",
        ["title"] = Operation,
        ["x-bkapi"] = _header.DeepClone(),
        ["definitions"] = _definitions.DeepClone(),
    };

    public string ToJson() => ToNode().ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
