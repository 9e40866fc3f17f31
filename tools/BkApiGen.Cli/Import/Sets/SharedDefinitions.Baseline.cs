using System.Text.Json.Nodes;
using BkApiGen.SpecFormat;

namespace BkApiGen.Cli.Import.Sets;

/// <summary>
/// The baseline of hand-written specs: a variant with the wire shape and the name of a hand-written common definition
/// references it instead of declaring it again (the names they take are avoided in <see cref="Name"/>).
/// </summary>
internal static partial class SharedDefinitions
{
    /// <summary>
    /// A hand-written common definition is reused by a variant of the same wire shape and the same name, or a name the
    /// import gave before (<c>{name}_{operation}</c>, appended by an earlier run): so a re-run finds its own additions.
    /// The common file references those additions by their final names, which the doc's own definitions do not have
    /// yet, so shapes are compared without the names of references, and each reference (and a case's union) must land
    /// on the common definition the candidate references. That is solved as the largest consistent assignment: every
    /// candidate is possible at first, inconsistent ones are dropped until none is, then each variant takes its first
    /// remaining candidate (its own name before a suffixed one), fixing it before the next variant chooses.
    /// </summary>
    private static void MatchExisting(List<Variant> variants, List<OperationSpec> specs, Baseline baseline, Dictionary<(int, string), Variant> byOccurrence)
    {
        if (baseline.CommonDefinitions is not { } common)
        {
            return;
        }

        // Each spec's definitions keyed by shape alone, with their references.
        var shapesBySpec = specs.Select(s => new ShapeKeys(s.Spec[SpecFile.Definitions] as JsonObject ?? new JsonObject(), namesOfReferences: false)).ToList();

        var keys = new ShapeKeys(common, namesOfReferences: false);
        var byShape = common.Where(p => p.Value is JsonObject).Select(p => (p.Key, Shape: keys.Of(p.Key)))
            .GroupBy(p => p.Shape, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Key).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var possible = new Dictionary<Variant, List<string>>();
        foreach (var variant in variants)
        {
            var first = variant.Occurrences[0];
            var name = first.Name;
            if (byShape.TryGetValue(shapesBySpec[first.Spec].Of(name), out var candidates))
            {
                var named = candidates.Where(c => c == name).Concat(candidates.Where(c => c.StartsWith(name + "_", StringComparison.Ordinal))).ToList();
                if (named.Count > 0)
                {
                    possible[variant] = named;
                }
            }
        }

        // The common definition a variant's reference must land on is one its target can still be.
        bool Lands(Variant variant, string? target, string? candidateTarget)
        {
            if (target is null || candidateTarget is null)
            {
                return target is null && candidateTarget is null;
            }

            var referenced = byOccurrence.GetValueOrDefault((variant.Occurrences[0].Spec, target));
            return referenced is not null && possible.TryGetValue(referenced, out var options) && options.Contains(candidateTarget);
        }

        bool Consistent(Variant variant, string candidate)
        {
            var first = variant.Occurrences[0];
            var own = shapesBySpec[first.Spec];
            var references = own.ReferencesOf(first.Name);
            var theirs = keys.ReferencesOf(candidate);
            return references.Count == theirs.Count
                && references.Zip(theirs).All(pair => Lands(variant, pair.First, pair.Second))
                && Lands(variant, own.UnionOf(first.Name), keys.UnionOf(candidate));
        }

        void Prune()
        {
            for (var changed = true; changed;)
            {
                changed = false;
                foreach (var (variant, options) in possible.ToList())
                {
                    if (options.RemoveAll(c => !Consistent(variant, c)) > 0)
                    {
                        changed = true;
                        if (options.Count == 0)
                        {
                            possible.Remove(variant);
                        }
                    }
                }
            }
        }

        Prune();
        foreach (var variant in variants)
        {
            if (possible.TryGetValue(variant, out var options))
            {
                options.RemoveRange(1, options.Count - 1);
                Prune();
            }
        }

        foreach (var (variant, options) in possible)
        {
            variant.Existing = options[0];
            variant.FinalName = options[0];
        }
    }
}
