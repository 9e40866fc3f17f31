using System.Text.Json.Nodes;
using BkApiGen.SpecFormat;

namespace BkApiGen.Cli.Import.Sets;

/// <summary>One operation's spec, by operation name.</summary>
internal sealed record OperationSpec(string Operation, JsonObject Spec);

/// <summary>A definition that had to be renamed because another spec of the set has a different one of its name.</summary>
internal sealed record DefinitionRename(string Operation, string Message);

/// <summary>
/// The set's specs after sharing, the renames, and the shared definitions: a new <c>common.bkapi.json</c> (null when
/// nothing is shared), or, beside a hand-written one, the definitions to append to it.
/// </summary>
internal sealed record SharedSet(IReadOnlyList<OperationSpec> Specs, JsonObject? Common, JsonObject? AppendToKeptCommon, IReadOnlyList<DefinitionRename> Renames);

/// <summary>What the output folder already declares by hand (see <see cref="OutputFolder"/>): reused or avoided, never redeclared.</summary>
internal sealed record Baseline(JsonObject? CommonDefinitions, IReadOnlySet<string> TakenTypeNames)
{
    public static Baseline None { get; } = new(null, new HashSet<string>(StringComparer.Ordinal));
}

/// <summary>
/// The set-level phase after every doc is imported on its own: all specs of a system generate into one namespace, so
/// every C# type name must be declared once.
/// <list type="bullet">
/// <item>Definitions of the same C# name and the same wire shape (<see cref="ShapeKeys"/>) in two or more specs move
/// to <c>common.bkapi.json</c> once, with the descriptions of the first spec (operations in ordinal order); the specs
/// reference <c>common.bkapi.json#/definitions/x</c>.</item>
/// <item>Same-named definitions that differ are never merged: the shape most specs use (ties: the first operation)
/// keeps the name, every other shape is named <c>{name}_{first operation using it}</c>.</item>
/// <item>Beside hand-written specs (<see cref="Baseline"/>), their type names are taken, and a hand-written common
/// definition of the same shape is referenced instead of declared again.</item>
/// </list>
/// The result depends only on the specs' content, so an unchanged doc set gives byte-identical files.
/// </summary>
internal static class SharedDefinitions
{
    public const string FileName = "common" + SpecFile.Suffix;

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

    public static SharedSet Share(string system, IReadOnlyList<OperationSpec> input, string commonDescription)
        => Share(system, input, commonDescription, Baseline.None);

    public static SharedSet Share(string system, IReadOnlyList<OperationSpec> input, string commonDescription, Baseline baseline)
    {
        var specs = input.OrderBy(s => s.Operation, StringComparer.Ordinal).ToList();
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
        var byOccurrence = variants.SelectMany(v => v.Occurrences.Select(o => (o.Spec, o.Name, Variant: v)))
            .ToDictionary(x => (x.Spec, x.Name), x => x.Variant);
        MatchExisting(variants, specs, baseline, byOccurrence);
        KeepUnionsWithTheirCases(variants, shapes, byOccurrence);
        var renames = Name(system, variants, specs, baseline);

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

        JsonObject? common = null;
        var shared = variants.Where(v => v.IsDeclaredInCommon).OrderBy(v => v.FinalName, StringComparer.Ordinal).ToList();
        var sharedDefinitions = new JsonObject();
        foreach (var variant in shared)
        {
            var first = variant.Occurrences[0];
            var definition = Renamed(variant, first.Definition.DeepClone());
            Rewrite(definition, first.Spec, byOccurrence, inCommon: true);
            sharedDefinitions[variant.FinalName] = definition;
        }

        if (baseline.CommonDefinitions is not null)
        {
            return new SharedSet(output, null, shared.Count > 0 ? sharedDefinitions : null, renames);
        }

        if (shared.Count > 0)
        {
            common = new JsonObject
            {
                ["$schema"] = "http://json-schema.org/draft-07/schema#",
                ["title"] = $"{system} common definitions",
                ["description"] = commonDescription,
                [SpecFile.Header] = new JsonObject { ["system"] = system, [SpecFile.Role] = SpecFile.Definitions },
                [SpecFile.Definitions] = sharedDefinitions,
            };
        }

        return new SharedSet(output, common, null, renames);
    }

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

    /// <summary>
    /// Final names: in each C# name's group, the first variant (most specs, then first operation) whose name is not
    /// taken keeps it; the others get the first operation using them as a suffix. Names of hand-written specs and of the
    /// hand-written common file are taken.
    /// </summary>
    private static List<DefinitionRename> Name(string system, List<Variant> variants, List<OperationSpec> specs, Baseline baseline)
    {
        var used = new HashSet<string>(baseline.TakenTypeNames, StringComparer.Ordinal);
        if (baseline.CommonDefinitions is { } common)
        {
            used.UnionWith(common.Where(p => p.Value is JsonObject).Select(p => TypeNames.Of(p.Key, (JsonObject)p.Value!)));
        }

        // A definition appended to the hand-written common file must not repeat one of its JSON names either.
        var commonNames = baseline.CommonDefinitions?.Select(p => p.Key).ToHashSet(StringComparer.Ordinal) ?? new HashSet<string>(StringComparer.Ordinal);
        bool Take(Variant variant, string name, string typeName)
        {
            if (used.Contains(typeName) || variant.IsDeclaredInCommon && commonNames.Contains(name))
            {
                return false;
            }

            used.Add(typeName);
            return true;
        }

        var renames = new List<DefinitionRename>();
        foreach (var variant in variants.Where(v => v.Existing is null && ImplicitUsingNames.Contains(v.TypeName)))
        {
            var qualified = TypeNames.Pascal(system) + variant.TypeName;
            renames.Add(new DefinitionRename(specs[variant.Occurrences[0].Spec].Operation,
                $"'{variant.Occurrences[0].Name}' would be the C# type {variant.TypeName}, which user code also gets from the System namespaces: named {qualified} (x-csharp-name)."));
            variant.TypeName = qualified;
            variant.CSharpName = qualified;
        }

        foreach (var group in variants.Where(v => v.Existing is null).GroupBy(v => v.TypeName, StringComparer.Ordinal).ToList())
        {
            Variant? kept = null;
            foreach (var variant in group)
            {
                if (kept is null && Take(variant, variant.FinalName, variant.TypeName))
                {
                    kept = variant;
                    continue;
                }

                var first = variant.Occurrences[0];
                var operation = specs[first.Spec].Operation;
                var custom = variant.CSharpName ?? (first.Definition["x-csharp-name"] is JsonValue c && c.TryGetValue(out string? customName) ? customName : null);
                for (var attempt = 1; ; attempt++)
                {
                    var suffix = attempt == 1 ? operation : $"{operation}_{attempt}";
                    var name = $"{first.Name}_{suffix}";
                    var candidate = custom is null ? TypeNames.Pascal(name) : custom + TypeNames.Pascal(suffix);
                    if (Take(variant, name, candidate))
                    {
                        variant.FinalName = name;
                        variant.CSharpName = custom is null ? null : candidate;
                        variant.TypeName = candidate;
                        break;
                    }
                }

                var users = string.Join(", ", variant.Occurrences.Select(o => specs[o.Spec].Operation).Distinct());
                string message;
                if (kept is not null)
                {
                    var others = kept.Occurrences.Select(o => specs[o.Spec].Operation).Distinct().ToList();
                    message = $"'{first.Name}' differs from the '{kept.Occurrences[0].Name}' of {string.Join(", ", others.Take(3))}{(others.Count > 3 ? $" and {others.Count - 3} more" : "")} ({ShapeDifference.Describe(first.Definition, kept.Occurrences[0].Definition)}): named '{variant.FinalName}' in {users}.";
                }
                else
                {
                    var existing = baseline.CommonDefinitions?.FirstOrDefault(p => p.Value is JsonObject d && TypeNames.Of(p.Key, d) == group.Key);
                    message = existing is { Value: JsonObject handWritten }
                        ? $"'{first.Name}' differs from the hand-written '{existing.Value.Key}' of {FileName} ({ShapeDifference.Describe(first.Definition, handWritten)}): named '{variant.FinalName}' in {users}."
                        : $"'{first.Name}' is the C# type {group.Key}, which a hand-written spec of the folder declares: named '{variant.FinalName}' in {users}.";
                }

                renames.Add(new DefinitionRename(operation, message));
            }
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
