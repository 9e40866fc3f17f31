using System.Globalization;
using System.Text.Json.Nodes;
using BkApiGen.SpecFormat;

namespace BkApiGen.Cli.Import.Output;

/// <summary>One definition as JSON Schema with the spec format's keywords (<c>x-enumNames</c>, <c>x-aliases</c>, <c>x-never-null</c>, ...).</summary>
internal static class DefinitionWriter
{
    private static readonly HashSet<string> GeneratedMemberNames = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals", "Value", "EqualityContract", "Deconstruct", "PrintMembers", "IsValid", "Validate",
    };

    public static JsonObject EnumSchema(EnumModel model)
    {
        var result = new JsonObject { ["type"] = model.IsString ? "string" : "integer" };
        var values = new JsonArray();
        foreach (var item in model.Items)
        {
            values.Add(model.IsString ? JsonValue.Create(item.Value) : JsonValue.Create(long.Parse(item.Value, CultureInfo.InvariantCulture)));
        }

        result["enum"] = values;
        // Names every generated type already has (object's members, the string enum's Value) take a suffix here, as the
        // generator would with a BKGEN0016 warning, so that an imported spec builds clean.
        result["x-enumNames"] = new JsonArray(model.MemberNames.Select(n => (JsonNode?)JsonValue.Create(GeneratedMemberNames.Contains(n) ? n + "Value" : n)).ToArray());
        result["x-enumDescriptions"] = new JsonArray(model.Descriptions.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray());
        if (model.Description.Length > 0)
        {
            result["description"] = model.Description;
        }

        return result;
    }

    public static JsonObject TypeSchema(TypeModel type) => type.Kind switch
    {
        Kind.Int32 => new JsonObject { ["type"] = "integer", ["format"] = "int32" },
        Kind.Int64 => new JsonObject { ["type"] = "integer", ["format"] = "int64" },
        Kind.Number => new JsonObject { ["type"] = "number" },
        Kind.String => new JsonObject { ["type"] = "string" },
        Kind.Boolean => new JsonObject { ["type"] = "boolean" },
        Kind.FreeObject => new JsonObject { ["type"] = "object" },
        Kind.Array => new JsonObject { ["type"] = "array", ["items"] = TypeSchema(type.Items ?? TypeModel.Scalar(Kind.Any)) },
        Kind.Map => new JsonObject { ["type"] = "object", ["additionalProperties"] = TypeSchema(type.Items ?? TypeModel.Scalar(Kind.Any)) },
        Kind.Ref => new JsonObject { ["$ref"] = SpecReference.Format("", type.Ref!) },
        _ => new JsonObject(),
    };

    public static JsonObject ObjectSchema(DefModel def, string operationDescription)
    {
        var description = def.IsRoot ? (def.IsRequestSide ? "请求参数 / Request body." : "返回数据 / Response data.") : def.Description;
        if (def.IsRoot && operationDescription.Length > 0)
        {
            description = (def.IsRequestSide ? "请求参数: " : "返回数据: ") + operationDescription;
        }

        if (def.Alias is not null)
        {
            var alias = TypeSchema(def.Alias);
            if (def.MayBeNull && alias["type"] is JsonValue type)
            {
                alias["type"] = new JsonArray(type.GetValue<string>(), "null");
            }

            if (description.Length > 0)
            {
                alias["description"] = description;
            }

            if (def.Examples is not null)
            {
                alias["examples"] = Examples(def.Examples);
            }

            return alias;
        }

        var result = new JsonObject { ["type"] = def.MayBeNull ? new JsonArray("object", "null") : "object" };
        if (def.CSharpName is not null)
        {
            result["x-csharp-name"] = def.CSharpName;
        }

        if (description.Length > 0)
        {
            result["description"] = description;
        }

        var properties = new JsonObject();
        foreach (var prop in def.Props)
        {
            var schema = TypeSchema(prop.Type);
            if (prop.Type.Kind != Kind.Ref)
            {
                if (prop.Format is not null)
                {
                    schema["format"] = prop.Format;
                }

                if (prop.DefaultEmpty)
                {
                    schema["default"] = new JsonArray();
                }

                if (prop.Aliases.Count > 0)
                {
                    schema["x-aliases"] = new JsonArray(prop.Aliases.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray());
                }

                if (prop.Description.Length > 0)
                {
                    schema["description"] = prop.Description;
                }
            }
            else if (prop.Aliases.Count > 0)
            {
                schema["x-aliases"] = new JsonArray(prop.Aliases.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray());
            }

            if (prop.NeverNull && !prop.DefaultEmpty)
            {
                schema["x-never-null"] = true;
            }

            properties[prop.Name] = schema;
        }

        result["properties"] = properties;
        if (def.MapValues is { } mapValues)
        {
            result["additionalProperties"] = TypeSchema(mapValues);
        }

        var required = def.Props.Where(p => p.Required).Select(p => (JsonNode?)JsonValue.Create(p.Name)).ToArray();
        if (required.Length > 0)
        {
            result["required"] = new JsonArray(required);
        }

        if (def.Discriminator is { } discriminator)
        {
            var mapping = new JsonObject();
            foreach (var (value, caseName) in def.Cases)
            {
                mapping[value] = SpecReference.Format("", caseName);
            }

            result["discriminator"] = new JsonObject { ["propertyName"] = discriminator, ["mapping"] = mapping };
            result["oneOf"] = new JsonArray(def.Cases.Select(c => (JsonNode?)new JsonObject { ["$ref"] = SpecReference.Format("", c.Case) }).ToArray());
        }

        if (def.Examples is not null)
        {
            result["examples"] = Examples(def.Examples);
        }

        return result;
    }

    private static JsonArray Examples(IEnumerable<JsonNode> examples) => new(examples.Select(e => (JsonNode?)e.DeepClone()).ToArray());
}
