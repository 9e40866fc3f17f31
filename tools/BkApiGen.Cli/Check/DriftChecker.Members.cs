using System.Text.Json.Nodes;

namespace BkApiGen.Cli.Check;

/// <summary>Walking a definition: its properties, with what makes them required, and those of its union cases.</summary>
internal sealed partial class DriftChecker
{
    /// <summary>A property, with the definition (file-qualified key) it sits in and its union case.</summary>
    private sealed record Prop(string Name, JsonObject Schema, bool Required, bool InRequiredGroup, string? Case, IReadOnlyList<string> Aliases, string Owner)
    {
        public string File => DefinitionSet.FileOf(Owner);
    }

    /// <summary>A definition's properties, with those of its union cases (marked with their discriminator value).</summary>
    private static (List<Prop> Props, string? Discriminator) Flatten(DefinitionSet definitions, string key)
    {
        var result = new List<Prop>();
        if (definitions.Get(key) is not { } def)
        {
            return (result, null);
        }

        AddProps(def, key, null, result);
        string? discriminator = null;
        if (def["discriminator"] is JsonObject d && d["propertyName"] is JsonValue p)
        {
            discriminator = p.ToString();
            if (d["mapping"] is JsonObject mapping)
            {
                foreach (var (value, target) in mapping)
                {
                    var caseKey = DefinitionSet.Target(new JsonObject { ["$ref"] = target?.DeepClone() }, DefinitionSet.FileOf(key));
                    if (caseKey is not null && definitions.Get(caseKey) is { } caseDef)
                    {
                        AddProps(caseDef, caseKey, value, result);
                    }
                }
            }
        }

        return (result, discriminator);
    }

    private static void AddProps(JsonObject def, string owner, string? caseValue, List<Prop> result)
    {
        var required = (def["required"] as JsonArray)?.Select(r => r?.ToString()).ToHashSet(StringComparer.Ordinal) ?? new HashSet<string?>();
        var grouped = new HashSet<string?>(StringComparer.Ordinal);
        foreach (var group in new[] { def["anyOf"] as JsonArray }.Concat((def["allOf"] as JsonArray)?.Select(a => (a as JsonObject)?["anyOf"] as JsonArray) ?? Enumerable.Empty<JsonArray?>()))
        {
            foreach (var alternative in group ?? new JsonArray())
            {
                foreach (var name in ((alternative as JsonObject)?["required"] as JsonArray) ?? new JsonArray())
                {
                    grouped.Add(name?.ToString());
                }
            }
        }

        if (def["properties"] is not JsonObject properties)
        {
            return;
        }

        foreach (var (name, schema) in properties)
        {
            var aliases = ((schema as JsonObject)?["x-aliases"] as JsonArray)?.Select(a => a?.ToString() ?? "").ToList() ?? new List<string>();
            // A response member the server guarantees (x-never-null) is what a doc's "Never null" column imports to: it counts as required.
            var neverNull = (schema as JsonObject)?["x-never-null"] is JsonValue flag && flag.TryGetValue<bool>(out var isSet) && isSet;
            result.Add(new Prop(name, schema as JsonObject ?? new JsonObject(), required.Contains(name) || neverNull, grouped.Contains(name), caseValue, aliases, owner));
        }
    }
}
