using System.Text.Json.Nodes;
using BkApiGen.SpecFormat;

namespace BkApiGen.Cli.Import.Sets;

/// <summary>
/// Collecting: every definition of every spec is an occurrence; occurrences of one C# name and one wire shape are a
/// variant, the unit that is shared, kept in the specs or renamed. The variants' order decides which one keeps a name.
/// </summary>
internal static partial class SharedDefinitions
{
    private sealed record Occurrence(int Spec, string Name, JsonObject Definition, string Key, string TypeName);

    private sealed class Variant(string typeName, List<Occurrence> occurrences)
    {
        public string TypeName { get; set; } = typeName;

        public List<Occurrence> Occurrences { get; } = occurrences;

        public string FinalName { get; set; } = occurrences[0].Name;

        public string? CSharpName { get; set; }

        /// <summary>The hand-written common definition of the same wire shape this one is, when there is one.</summary>
        public string? Existing { get; set; }

        /// <summary>
        /// A union or a case of one that must stay in the specs: a union and its cases live in one file (a mapping cannot
        /// point from a spec into the common file, nor back), and one of them is not shared.
        /// </summary>
        public bool IsPinnedToSpecs { get; set; }

        /// <summary>Declared once in the common file (new or appended), not in the specs.</summary>
        public bool IsDeclaredInCommon => Existing is null && !IsPinnedToSpecs && Occurrences.Select(o => o.Spec).Distinct().Count() > 1;

        public bool IsInCommon => Existing is not null || IsDeclaredInCommon;
    }

    /// <summary>
    /// The variants, grouped by C# name in ordinal order; within a name, the variant most specs use comes first (ties:
    /// the first operation, then the first definition name), and its occurrences are in spec order. Also returns each
    /// spec's shape keys, which know the union of every case.
    /// </summary>
    private static (List<Variant> Variants, List<ShapeKeys> Shapes) CollectVariants(List<OperationSpec> specs)
    {
        var occurrences = new List<Occurrence>();
        var shapes = new List<ShapeKeys>(specs.Count);
        for (var i = 0; i < specs.Count; i++)
        {
            var definitions = specs[i].Spec[SpecFile.Definitions] as JsonObject ?? new JsonObject();
            var keys = new ShapeKeys(definitions);
            shapes.Add(keys);
            foreach (var (name, node) in definitions)
            {
                if (node is JsonObject definition)
                {
                    // A case is the same definition as another only within the same union: a case goes where its union goes.
                    var key = keys.UnionOf(name) is { } union ? keys.Of(name) + "|case of " + keys.Of(union) : keys.Of(name);
                    occurrences.Add(new Occurrence(i, name, definition, key, TypeNames.Of(name, definition)));
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
                .Select(v => new Variant(g.Key, v)))
            .ToList();
        return (variants, shapes);
    }
}
