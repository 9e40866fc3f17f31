using System.Text.Json;
using System.Text.Json.Nodes;
using BkApiGen.SpecFormat;

namespace BkApiGen.Cli.Import.Examples;

/// <summary>
/// A phase after the spec is written: where a doc's own example contradicts its table — a <c>name</c> the table calls
/// an array and the example shows as <c>"test"</c>, a rule object that the example nests as a group — the member is read
/// as raw JSON (<c>{}</c>: a <c>JsonElement</c>), so that what the server really sends always decodes and a request can
/// say what the example says. Each is reported at its line; the table's type is kept in the description.
/// </summary>
internal static class ContradictedTypes
{
    public static ImportResult Apply(ImportResult result)
    {
        if (result.Spec["definitions"] is not JsonObject definitions)
        {
            return result;
        }

        var warnings = new List<DocWarning>(result.Warnings);
        var loosened = new HashSet<string>(StringComparer.Ordinal);
        // A GET or DELETE request travels as query text, where a number and a string are alike and raw JSON cannot go.
        var queryRequest = (string?)result.Spec["x-bkapi"]?["method"] is "GET" or "DELETE" ? Local(result.Spec["x-bkapi"]?["request"]?["$ref"]) : null;
        foreach (var (name, node) in definitions.ToList().Where(d => d.Key != queryRequest))
        {
            foreach (var example in node?["examples"] as JsonArray ?? [])
            {
                if (example is JsonArray list && Local(node?["items"]?["$ref"]) is { } item)
                {
                    // A list response (see ListDetection): its example's elements are the item type's.
                    foreach (var element in list)
                    {
                        Walk(definitions, item, element, 0);
                    }
                }
                else
                {
                    Walk(definitions, name, example, 0);
                }
            }
        }

        return Paging.StatedLimits.Replace(result, warnings);

        void Walk(JsonObject definitions, string definition, JsonNode? value, int depth)
        {
            if (depth > 16 || value is not JsonObject instance || definitions[definition]?["properties"] is not JsonObject properties)
            {
                return;
            }

            // A member the table guarantees (x-never-null) that the doc's own example leaves out or sends as null is not
            // guaranteed: the server sent the example.
            foreach (var (member, schemaNode) in properties)
            {
                if (schemaNode is JsonObject guaranteed && guaranteed["x-never-null"] is JsonValue flag && flag.TryGetValue(out bool never) && never
                    && (!instance.TryGetPropertyValue(member, out var shown) || shown is null))
                {
                    guaranteed.Remove("x-never-null");
                    var line = result.Lines.TryGetValue($"{definition}.{member}", out var at) ? at : 0;
                    warnings.Add(new DocWarning(line, $"'{member}': the table says it is always there, but the doc's example {(instance.ContainsKey(member) ? "has it null" : "leaves it out")}: not x-never-null."));
                }
            }

            foreach (var (member, memberValue) in instance)
            {
                if (memberValue is null || properties[member] is not JsonObject schema || schema.Count == 0)
                {
                    continue;
                }

                if (Contradiction(definitions, schema, memberValue) is { } why)
                {
                    Loosen(definition, member, schema, why);
                    continue;
                }

                if (Local(schema["$ref"]) is { } target)
                {
                    Walk(definitions, target, memberValue, depth + 1);
                }
                else if (memberValue is JsonArray items && Local(schema["items"]?["$ref"]) is { } itemType)
                {
                    foreach (var item in items)
                    {
                        // CMDB find_topo_node_paths: bk_paths, a list of objects in the table, is a list of lists in the example.
                        if (item is not null && Contradiction(definitions, (JsonObject)schema["items"]!, item) is { } itemWhy)
                        {
                            Loosen(definition, member, schema, "an item " + itemWhy);
                            break;
                        }

                        Walk(definitions, itemType, item, depth + 1);
                    }
                }
            }

            // A union's case members are the case definition's: the object is read by the case its discriminator selects.
            if (definitions[definition]?["discriminator"] is JsonObject discriminator
                && (string?)discriminator["propertyName"] is { } discriminatorName
                && instance[discriminatorName] is JsonValue selected
                && Local(discriminator["mapping"]?[selected.ToString()]) is { } caseDefinition
                && caseDefinition != definition)
            {
                Walk(definitions, caseDefinition, instance, depth + 1);
            }
        }

        void Loosen(string definition, string member, JsonObject schema, string why)
        {
            if (!loosened.Add($"{definition}.{member}"))
            {
                return;
            }

            var description = (string?)schema["description"];
            var table = (string?)schema["type"] ?? (Local(schema["$ref"]) is { } target ? target : "an object");
            schema.Clear();
            schema["description"] = (description is null ? "" : description + " ") + $"(The doc's table says {table}; its example {why}: read as raw JSON.)";
            var line = result.Lines.TryGetValue($"{definition}.{member}", out var at) ? at : 0;
            warnings.Add(new DocWarning(line, $"'{member}': the table says {table} but the doc's example {why}: typed as raw JSON (JsonElement) so that either decodes."));
        }
    }

    /// <summary>Why <paramref name="value"/> cannot be read as <paramref name="schema"/>, or null when it can.</summary>
    private static string? Contradiction(JsonObject definitions, JsonObject schema, JsonNode value)
    {
        var kind = value.GetValueKind();
        var type = (string?)schema["type"];
        var shown = kind switch
        {
            JsonValueKind.String => "shows a string",
            JsonValueKind.Number => "shows a number",
            JsonValueKind.True or JsonValueKind.False => "shows a boolean",
            JsonValueKind.Array => "shows an array",
            _ => "shows an object",
        };
        var fits = type switch
        {
            "string" => kind == JsonValueKind.String,
            // Numbers sent as strings are read (the runtime accepts "12" for 12).
            "integer" => (kind == JsonValueKind.Number && value.AsValue().TryGetValue(out long _)) || (kind == JsonValueKind.String && long.TryParse((string?)value, out _)),
            "number" => kind == JsonValueKind.Number || (kind == JsonValueKind.String && double.TryParse((string?)value, System.Globalization.CultureInfo.InvariantCulture, out _)),
            "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
            "array" => kind == JsonValueKind.Array,
            "object" => kind == JsonValueKind.Object,
            _ => true,
        };
        if (!fits)
        {
            return shown;
        }

        if (type is null && Local(schema["$ref"]) is { } target && definitions[target] is JsonObject definition)
        {
            if (definition["enum"] is JsonArray)
            {
                var enumType = (string?)definition["type"];
                return enumType == "integer" && kind != JsonValueKind.Number ? shown : enumType == "string" && kind != JsonValueKind.String ? shown : null;
            }

            if (definition["properties"] is JsonObject properties && !definition.ContainsKey("discriminator"))
            {
                if (kind != JsonValueKind.Object)
                {
                    return shown;
                }

                // An object that lacks a member its type requires and has members its type does not list is something else
                // (CMDB's nested condition groups inside "rules").
                var instance = value.AsObject();
                var missing = (definition["required"] as JsonArray ?? []).Select(r => (string?)r).Where(r => r is not null && !instance.ContainsKey(r)).ToList();
                var unknown = instance.Select(p => p.Key).Where(k => !properties.ContainsKey(k)).ToList();
                if (missing.Count > 0 && unknown.Count > 0)
                {
                    return $"shows an object with {string.Join(", ", unknown)} and without {string.Join(", ", missing)}";
                }
            }
        }

        return null;
    }

    private static string? Local(JsonNode? reference)
        => (string?)reference is { } text && SpecReference.Parse(text) is { IsLocal: true } local ? local.Definition : null;
}
