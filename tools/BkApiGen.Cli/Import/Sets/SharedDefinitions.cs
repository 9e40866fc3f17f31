using System.Text.Json.Nodes;

namespace BkApiGen.Cli.Import.Sets;

/// <summary>One operation's spec, by operation name.</summary>
internal sealed record OperationSpec(string Operation, JsonObject Spec);

/// <summary>A definition that had to be renamed because another spec of the set has a different one of its name.</summary>
internal sealed record DefinitionRename(string Operation, string Message);

/// <summary>The set's specs after sharing, the shared definitions file (null when nothing is shared), and the renames.</summary>
internal sealed record SharedSet(IReadOnlyList<OperationSpec> Specs, JsonObject? Common, IReadOnlyList<DefinitionRename> Renames);

/// <summary>
/// The set-level phase after every doc is imported on its own: all specs of a system generate into one namespace, so
/// every C# type name must be declared once.
/// <list type="bullet">
/// <item>Definitions of the same C# name and the same wire shape (<see cref="ShapeKeys"/>) in two or more specs move
/// to <c>common.bkapi.json</c> once, with the descriptions of the first spec (operations in ordinal order); the specs
/// reference <c>common.bkapi.json#/definitions/x</c>.</item>
/// <item>Same-named definitions that differ are never merged: the shape most specs use (ties: the first operation)
/// keeps the name, every other shape is named <c>{name}_{first operation using it}</c>.</item>
/// </list>
/// The result depends only on the specs' content, so an unchanged doc set gives byte-identical files.
/// </summary>
internal static class SharedDefinitions
{
    public const string FileName = "common.bkapi.json";

    private const string LocalPrefix = "#/definitions/";

    private sealed record Occurrence(int Spec, string Name, JsonObject Definition, string Key, string TypeName);

    private sealed class Variant(string typeName, int rank, List<Occurrence> occurrences)
    {
        public string TypeName { get; set; } = typeName;

        public int Rank { get; } = rank;

        public List<Occurrence> Occurrences { get; } = occurrences;

        public string FinalName { get; set; } = occurrences[0].Name;

        public string? CSharpName { get; set; }

        public bool IsShared => Occurrences.Select(o => o.Spec).Distinct().Count() > 1;
    }

    public static SharedSet Share(string system, IReadOnlyList<OperationSpec> input, string commonDescription)
    {
        var specs = input.OrderBy(s => s.Operation, StringComparer.Ordinal).ToList();
        var occurrences = new List<Occurrence>();
        for (var i = 0; i < specs.Count; i++)
        {
            if (specs[i].Spec["definitions"] is not JsonObject definitions)
            {
                continue;
            }

            var keys = new ShapeKeys(definitions);
            foreach (var (name, node) in definitions)
            {
                if (node is JsonObject definition)
                {
                    occurrences.Add(new Occurrence(i, name, definition, keys.Of(name), TypeNames.Of(name, definition)));
                }
            }
        }

        var variants = occurrences
            .GroupBy(o => o.TypeName, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g.GroupBy(o => o.Key, StringComparer.Ordinal)
                .Select(v => v.OrderBy(o => o.Spec).ThenBy(o => o.Name, StringComparer.Ordinal).ToList())
                .OrderByDescending(v => v.Select(o => o.Spec).Distinct().Count())
                .ThenBy(v => v[0].Spec)
                .ThenBy(v => v[0].Name, StringComparer.Ordinal)
                .Select((v, rank) => new Variant(g.Key, rank, v)))
            .ToList();
        var renames = Name(variants, specs);
        var byOccurrence = variants.SelectMany(v => v.Occurrences.Select(o => (o.Spec, o.Name, Variant: v)))
            .ToDictionary(x => (x.Spec, x.Name), x => x.Variant);

        var output = new List<OperationSpec>(specs.Count);
        for (var i = 0; i < specs.Count; i++)
        {
            var spec = (JsonObject)specs[i].Spec.DeepClone();
            if (spec["definitions"] is JsonObject definitions)
            {
                var kept = new JsonObject();
                foreach (var (name, node) in definitions)
                {
                    if (!byOccurrence.TryGetValue((i, name), out var variant))
                    {
                        kept[name] = node?.DeepClone();
                    }
                    else if (!variant.IsShared)
                    {
                        kept[variant.FinalName] = Renamed(variant, node!.DeepClone());
                    }
                }

                spec["definitions"] = kept;
            }

            Rewrite(spec, i, byOccurrence, inCommon: false);
            output.Add(new OperationSpec(specs[i].Operation, spec));
        }

        JsonObject? common = null;
        var shared = variants.Where(v => v.IsShared).OrderBy(v => v.FinalName, StringComparer.Ordinal).ToList();
        if (shared.Count > 0)
        {
            var definitions = new JsonObject();
            foreach (var variant in shared)
            {
                var first = variant.Occurrences[0];
                var definition = Renamed(variant, first.Definition.DeepClone());
                Rewrite(definition, first.Spec, byOccurrence, inCommon: true);
                definitions[variant.FinalName] = definition;
            }

            common = new JsonObject
            {
                ["$schema"] = "http://json-schema.org/draft-07/schema#",
                ["title"] = $"{system} common definitions",
                ["description"] = commonDescription,
                ["x-bkapi"] = new JsonObject { ["system"] = system, ["role"] = "definitions" },
                ["definitions"] = definitions,
            };
        }

        return new SharedSet(output, common, renames);
    }

    /// <summary>Final names: rank 0 of each C# name keeps it; the others get the first operation using them as a suffix.</summary>
    private static List<DefinitionRename> Name(List<Variant> variants, List<OperationSpec> specs)
    {
        var used = new HashSet<string>(variants.Where(v => v.Rank == 0).Select(v => v.TypeName), StringComparer.Ordinal);
        var renames = new List<DefinitionRename>();
        foreach (var variant in variants.Where(v => v.Rank > 0))
        {
            var first = variant.Occurrences[0];
            var operation = specs[first.Spec].Operation;
            var custom = first.Definition["x-csharp-name"] is JsonValue c && c.TryGetValue(out string? customName) ? customName : null;
            for (var attempt = 1; ; attempt++)
            {
                var suffix = attempt == 1 ? operation : $"{operation}_{attempt}";
                var name = $"{first.Name}_{suffix}";
                var typeName = custom is null ? TypeNames.Pascal(name) : custom + TypeNames.Pascal(suffix);
                if (used.Add(typeName))
                {
                    variant.FinalName = name;
                    variant.CSharpName = custom is null ? null : typeName;
                    variant.TypeName = typeName;
                    break;
                }
            }

            var kept = variants.First(v => v.Rank == 0 && v.Occurrences[0].TypeName == first.TypeName);
            var others = kept.Occurrences.Select(o => specs[o.Spec].Operation).Distinct().ToList();
            renames.Add(new DefinitionRename(operation,
                $"'{first.Name}' differs from the '{kept.Occurrences[0].Name}' of {string.Join(", ", others.Take(3))}{(others.Count > 3 ? $" and {others.Count - 3} more" : "")} ({ShapeDifference.Describe(first.Definition, kept.Occurrences[0].Definition)}): named '{variant.FinalName}' in {string.Join(", ", variant.Occurrences.Select(o => specs[o.Spec].Operation).Distinct())}."));
        }

        return renames;
    }

    private static JsonNode Renamed(Variant variant, JsonNode definition)
    {
        if (variant.CSharpName is not null && definition is JsonObject map)
        {
            map["x-csharp-name"] = variant.CSharpName;
        }

        return definition;
    }

    /// <summary>Points every local reference at the definition's final name, in the spec or in the common file.</summary>
    private static void Rewrite(JsonNode? node, int spec, Dictionary<(int, string), Variant> variants, bool inCommon)
    {
        switch (node)
        {
            case JsonObject map:
                foreach (var key in map.Select(p => p.Key).ToList())
                {
                    var value = map[key];
                    if (key == "$ref" && value is JsonValue r && r.TryGetValue(out string? reference))
                    {
                        map[key] = Target(reference, spec, variants, inCommon);
                    }
                    else if (key == "discriminator" && value is JsonObject { } discriminator && discriminator["mapping"] is JsonObject mapping)
                    {
                        foreach (var wire in mapping.Select(p => p.Key).ToList())
                        {
                            if (mapping[wire] is JsonValue m && m.TryGetValue(out string? target))
                            {
                                mapping[wire] = Target(target, spec, variants, inCommon);
                            }
                        }
                    }
                    else
                    {
                        Rewrite(value, spec, variants, inCommon);
                    }
                }

                break;
            case JsonArray list:
                foreach (var item in list)
                {
                    Rewrite(item, spec, variants, inCommon);
                }

                break;
        }
    }

    private static string Target(string reference, int spec, Dictionary<(int, string), Variant> variants, bool inCommon)
    {
        if (ShapeKeys.LocalTarget(reference) is not { } name || !variants.TryGetValue((spec, name), out var variant))
        {
            return reference;
        }

        if (!variant.IsShared)
        {
            // Shapes count their references by shape, so a shared definition only ever references shared ones.
            return inCommon
                ? throw new InvalidOperationException($"shared definition references '{name}', which is not shared")
                : LocalPrefix + variant.FinalName;
        }

        return (inCommon ? "" : FileName) + LocalPrefix + variant.FinalName;
    }
}
