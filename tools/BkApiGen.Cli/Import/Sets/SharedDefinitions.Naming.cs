using System.Text.Json.Nodes;

namespace BkApiGen.Cli.Import.Sets;

/// <summary>
/// Naming: every variant gets a C# name no other variant, hand-written spec or System type has, deterministically
/// (the order of <see cref="CollectVariants"/>), and each rename is reported with the reason.
/// </summary>
internal static partial class SharedDefinitions
{
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
}
