using System.Text.Json.Nodes;
using BkApiGen.SpecFormat;

namespace BkApiGen.Cli.Import.Sets;

/// <summary>Rewriting references: a reference to a definition that moved or was renamed follows it.</summary>
internal static partial class SharedDefinitions
{
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
        if (SpecReference.Parse(reference) is not { IsLocal: true, Definition: var name } || !variants.TryGetValue((spec, name), out var variant))
        {
            return reference;
        }

        if (!variant.IsInCommon)
        {
            // Shapes count their references by shape, so a shared definition only ever references shared ones.
            return inCommon
                ? throw new InvalidOperationException($"shared definition references '{name}', which is not shared")
                : SpecReference.Format("", variant.FinalName);
        }

        return SpecReference.Format(inCommon ? "" : FileName, variant.FinalName);
    }
}
