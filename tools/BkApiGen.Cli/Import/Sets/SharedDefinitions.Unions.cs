namespace BkApiGen.Cli.Import.Sets;

/// <summary>A union and its cases: the one rule that can hold a shared variant back in the specs.</summary>
internal static partial class SharedDefinitions
{
    /// <summary>
    /// A union goes to the common file only with all its cases, and a case only with its union, in every spec that
    /// declares them: a union whose container case differs between two docs stays in each spec, and so does its host case
    /// even where the two specs' host cases are the same (the generator makes those one type).
    /// </summary>
    private static void KeepUnionsWithTheirCases(List<Variant> variants, List<ShapeKeys> shapes, Dictionary<(int, string), Variant> byOccurrence)
    {
        // Each union occurrence with its cases' occurrences, as pairs of variants that must be in the same file.
        var pairs = new List<(Variant Union, Variant Case)>();
        foreach (var variant in variants)
        {
            foreach (var occurrence in variant.Occurrences)
            {
                if (shapes[occurrence.Spec].UnionOf(occurrence.Name) is { } union && byOccurrence.TryGetValue((occurrence.Spec, union), out var unionVariant))
                {
                    pairs.Add((unionVariant, variant));
                }
            }
        }

        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (union, @case) in pairs)
            {
                if (union.IsInCommon != @case.IsInCommon)
                {
                    // Only a variant declared new in common can be held back; a hand-written common one (Existing) was
                    // matched with its union already (MatchExisting).
                    var held = union.IsDeclaredInCommon ? union : @case;
                    if (held.IsDeclaredInCommon)
                    {
                        held.IsPinnedToSpecs = true;
                        changed = true;
                    }
                }
            }
        }
    }
}
