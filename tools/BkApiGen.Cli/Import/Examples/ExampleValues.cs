using System.Text.Json;
using System.Text.Json.Nodes;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Examples;

/// <summary>Reading example objects against the model: a member's value (under its name or an alias), a value's type, a key's line.</summary>
internal static class ExampleValues
{
    public static JsonNode? Value(JsonObject instance, PropModel prop)
    {
        if (instance.TryGetPropertyValue(prop.Name, out var value))
        {
            return value;
        }

        foreach (var alias in prop.Aliases)
        {
            if (instance.TryGetPropertyValue(alias, out value))
            {
                return value;
            }
        }

        return null;
    }

    public static bool Has(JsonObject instance, PropModel prop) => instance.ContainsKey(prop.Name) || prop.Aliases.Any(instance.ContainsKey);

    /// <summary>The type a value looks like; an object keyed by data (ids, IPs) is a map.</summary>
    public static TypeModel Infer(JsonNode? value) => value switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.TryGetValue<long>(out _) ? TypeModel.Scalar(Kind.Int64) : TypeModel.Scalar(Kind.Number),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => TypeModel.Scalar(Kind.String),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => TypeModel.Scalar(Kind.Boolean),
        JsonObject obj when MapDetection.DataKeys(obj) is not null => new TypeModel(Kind.Map, items: MapDetection.ValueType(obj.Select(p => p.Value))),
        JsonObject => TypeModel.Scalar(Kind.FreeObject),
        JsonArray array => new TypeModel(Kind.Array, items: array.FirstOrDefault(e => e is not null) is { } first && first is not JsonArray ? Infer(first) : TypeModel.Scalar(Kind.Any)),
        _ => TypeModel.Scalar(Kind.Any),
    };

    /// <summary>The value type of maps from their examples; a nested collection is untyped JSON (the generator nests none).</summary>
    public static TypeModel MapValueType(params JsonObject[] maps)
    {
        var type = MapDetection.ValueType(maps.SelectMany(m => m.Select(p => p.Value)));
        return type.Kind is Kind.Array or Kind.Map ? TypeModel.Scalar(Kind.Any) : type;
    }

    /// <summary>A type as the warnings name it.</summary>
    public static string Describe(TypeModel type) => type.Kind switch
    {
        Kind.Int32 => "integer (int32)",
        Kind.Int64 => "integer (int64)",
        Kind.Number => "number",
        Kind.String => "string",
        Kind.Boolean => "boolean",
        Kind.FreeObject => "free-form object",
        Kind.Array => "array of " + Describe(type.Items ?? TypeModel.Scalar(Kind.Any)),
        Kind.Map => "map of string to " + Describe(type.Items ?? TypeModel.Scalar(Kind.Any)),
        Kind.Ref => type.Ref!,
        _ => "any JSON",
    };

    /// <summary>The doc line of the first mention of <paramref name="key"/> in the example, or the example's own line.</summary>
    public static int KeyLine(DocExample example, string key)
    {
        var lines = example.Text.Split('\n');
        var needle = $"\"{key}\"";
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(needle, StringComparison.Ordinal))
            {
                return example.Line + i;
            }
        }

        return example.Line;
    }
}
