using System.Text.Json.Nodes;

namespace BkApiGen.Tests.Shared;

/// <summary>
/// The type of a member in a <see cref="SpecBuilder"/> spec, with its keywords: immutable, so that
/// <c>Schema.String.MinLength(1)</c> leaves <see cref="String"/> as it was.
/// </summary>
internal sealed class Schema
{
    private readonly JsonObject _node;

    private Schema(JsonObject node)
    {
        _node = node;
    }

    public static Schema Int32 => Of(new JsonObject { ["type"] = "integer", ["format"] = "int32" });

    public static Schema Int64 => Of(new JsonObject { ["type"] = "integer", ["format"] = "int64" });

    public static Schema Number => Of(new JsonObject { ["type"] = "number" });

    public static Schema Boolean => Of(new JsonObject { ["type"] = "boolean" });

    public static Schema String => Of(new JsonObject { ["type"] = "string" });

    /// <summary>Any JSON (<c>JsonElement</c>).</summary>
    public static Schema Any => Of(new JsonObject { ["type"] = "object" });

    /// <summary>A definition of this spec, or of a definitions file (<c>common.bkapi.json#/definitions/ip</c>) when the name has a <c>#</c>.</summary>
    public static Schema Ref(string definition)
        => Of(new JsonObject { ["$ref"] = definition.Contains('#', StringComparison.Ordinal) ? definition : "#/definitions/" + definition });

    /// <summary>An array: <c>IReadOnlyList&lt;T&gt;</c>.</summary>
    public static Schema ListOf(Schema items) => Of(new JsonObject { ["type"] = "array", ["items"] = items.ToNode() });

    /// <summary>An object with only <c>additionalProperties</c>: <c>IReadOnlyDictionary&lt;string, T&gt;</c>.</summary>
    public static Schema MapOf(Schema values) => Of(new JsonObject { ["type"] = "object", ["additionalProperties"] = values.ToNode() });

    public Schema Description(string text) => With("description", text);

    /// <summary><c>x-never-null</c>: the server guarantees the member in responses.</summary>
    public Schema NeverNull() => With("x-never-null", true);

    /// <summary>A <c>"null"</c> in the type list: nullable wherever it travels.</summary>
    public Schema Nullable()
    {
        var copy = (JsonObject)_node.DeepClone();
        copy["type"] = new JsonArray(copy["type"]!.DeepClone(), "null");
        return new Schema(copy);
    }

    /// <summary><c>"default": []</c> on a list (<c>{}</c> on a map): read as empty when absent or null.</summary>
    public Schema EmptyByDefault() => With("default", _node.ContainsKey("additionalProperties") ? new JsonObject() : new JsonArray());

    public Schema MinLength(int value) => With("minLength", value);

    public Schema MaxLength(int value) => With("maxLength", value);

    public Schema Minimum(long value) => With("minimum", value);

    public Schema Maximum(long value) => With("maximum", value);

    public Schema MinItems(int value) => With("minItems", value);

    public Schema MaxItems(int value) => With("maxItems", value);

    public Schema Pattern(string regex) => With("pattern", regex);

    /// <summary><c>format</c>: <c>ip</c>, <c>ipv4</c>, <c>ipv6</c> are checked by Validate().</summary>
    public Schema Format(string format) => With("format", format);

    /// <summary>Any other keyword.</summary>
    public Schema With(string keyword, JsonNode? value)
    {
        var copy = (JsonObject)_node.DeepClone();
        copy[keyword] = value;
        return new Schema(copy);
    }

    public JsonNode ToNode() => _node.DeepClone();

    private static Schema Of(JsonObject node) => new(node);
}
