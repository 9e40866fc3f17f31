using System.Text.Json.Nodes;
using BkApiGen.SpecFormat;

namespace BkApiGen.Cli.Import.Sets;

/// <summary>
/// Writing: each spec keeps the definitions that stay in it (under their final names), and every variant declared in
/// common is written once, from its first occurrence; the inputs are cloned, never changed.
/// </summary>
internal static partial class SharedDefinitions
{
    private static List<OperationSpec> WriteSpecs(List<OperationSpec> specs, Dictionary<(int, string), Variant> byOccurrence)
    {
        var output = new List<OperationSpec>(specs.Count);
        for (var i = 0; i < specs.Count; i++)
        {
            var spec = (JsonObject)specs[i].Spec.DeepClone();
            if (spec[SpecFile.Definitions] is JsonObject definitions)
            {
                var kept = new JsonObject();
                foreach (var (name, node) in definitions)
                {
                    if (!byOccurrence.TryGetValue((i, name), out var variant))
                    {
                        kept[name] = node?.DeepClone();
                    }
                    else if (!variant.IsInCommon)
                    {
                        kept[variant.FinalName] = Renamed(variant, node!.DeepClone());
                    }
                }

                spec[SpecFile.Definitions] = kept;
            }

            Rewrite(spec, i, byOccurrence, inCommon: false);
            output.Add(new OperationSpec(specs[i].Operation, spec));
        }

        return output;
    }

    /// <summary>The definitions of the common file, in final-name order: the first occurrence's text (its descriptions) wins.</summary>
    private static JsonObject WriteSharedDefinitions(List<Variant> shared, Dictionary<(int, string), Variant> byOccurrence)
    {
        var sharedDefinitions = new JsonObject();
        foreach (var variant in shared)
        {
            var first = variant.Occurrences[0];
            var definition = Renamed(variant, first.Definition.DeepClone());
            Rewrite(definition, first.Spec, byOccurrence, inCommon: true);
            sharedDefinitions[variant.FinalName] = definition;
        }

        return sharedDefinitions;
    }

    /// <summary>A new <c>common.bkapi.json</c>: a definitions-only spec (role <c>definitions</c>) of the system.</summary>
    private static JsonObject CommonFile(string system, string commonDescription, JsonObject sharedDefinitions) => new()
    {
        ["$schema"] = "http://json-schema.org/draft-07/schema#",
        ["title"] = $"{system} common definitions",
        ["description"] = commonDescription,
        [SpecFile.Header] = new JsonObject { ["system"] = system, [SpecFile.Role] = SpecFile.Definitions },
        [SpecFile.Definitions] = sharedDefinitions,
    };

    /// <summary>A renamed variant that had a C# name of its own (x-csharp-name) carries the renamed one.</summary>
    private static JsonNode Renamed(Variant variant, JsonNode definition)
    {
        if (variant.CSharpName is not null && definition is JsonObject map)
        {
            map["x-csharp-name"] = variant.CSharpName;
        }

        return definition;
    }
}
