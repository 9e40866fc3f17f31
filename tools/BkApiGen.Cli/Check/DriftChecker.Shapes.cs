using System.Text.Json.Nodes;

namespace BkApiGen.Cli.Check;

/// <summary>What a schema is once its references are followed, and how a finding describes it.</summary>
internal sealed partial class DriftChecker
{
    /// <summary>What a schema is, after references: Name is a file-qualified definition key; File is where Items sits.</summary>
    private sealed record Shape(string Kind, string? Name = null, JsonObject? Items = null, string? Scalar = null, IReadOnlyList<string>? Values = null, string File = "");

    private static Shape Classify(JsonObject schema, DefinitionSet definitions, string file)
    {
        var target = DefinitionSet.Target(schema, file);
        if (target is not null)
        {
            if (definitions.Get(target) is not { } def)
            {
                return new Shape("any");
            }

            if (def["enum"] is JsonArray values)
            {
                var type = def["type"]?.ToString() == "string" ? "string" : "integer";
                return new Shape("enum", target, Scalar: type, Values: values.Select(v => v?.ToString() ?? "null").ToList());
            }

            var defType = def["type"]?.ToString();
            if (defType is null or "object" || def["properties"] is not null || def["oneOf"] is not null)
            {
                return new Shape("object", target);
            }

            return Classify(def, definitions, DefinitionSet.FileOf(target));
        }

        var typeName = schema["type"] switch
        {
            JsonValue v => v.ToString(),
            JsonArray a => a.Select(t => t?.ToString()).FirstOrDefault(t => t != "null"),
            _ => null,
        };
        switch (typeName)
        {
            case "integer":
                return new Shape("scalar", Scalar: schema["format"]?.ToString() == "int32" ? "integer (int32)" : "integer (int64)");
            case "array":
                return new Shape("array", Items: schema["items"] as JsonObject ?? new JsonObject(), File: file);
            case "object" when schema["properties"] is null:
                return new Shape("scalar", Scalar: "free-form object");
            case "string" or "number" or "boolean":
                if (schema["enum"] is JsonArray inline)
                {
                    return new Shape("enum", Scalar: typeName, Values: inline.Select(v => v?.ToString() ?? "null").ToList());
                }

                return new Shape("scalar", Scalar: typeName);
            case null:
                return new Shape("any");
            default:
                return new Shape("scalar", Scalar: typeName);
        }
    }

    private static string Describe(JsonObject schema, DefinitionSet definitions, string file)
    {
        var shape = Classify(schema, definitions, file);
        return shape.Kind switch
        {
            "object" => $"an object ({DefinitionSet.NameOf(shape.Name!)})",
            "array" => "an array of " + Describe(shape.Items!, definitions, shape.File),
            "enum" => $"{shape.Scalar} enum [{string.Join(", ", shape.Values!)}]",
            "scalar" => shape.Scalar!,
            _ => "any JSON",
        };
    }
}
