using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BkApiGen.Generator.Models;

namespace BkApiGen.Generator.Merging;

/// <summary>
/// Who emits each C# name of a namespace when several specs declare it. Structurally identical declarations become one
/// type, emitted by its owner: the first spec in a fixed order (definitions files first, then by ordinal path); the others
/// reuse it, their JSON contexts naming the owner's type and converter. A spec that declares a name the owner gave
/// another shape is not emitted at all (BKGEN0015 says why), so that no second declaration reaches the compiler.
/// </summary>
internal sealed record TypeOwnership(EquatableArray<SpecPlan> Plans, EquatableArray<TypeConflict> Conflicts, EquatableArray<HeldBackSpec> HeldBack = default)
{
    public static TypeOwnership Decide(ImmutableArray<SpecDeclarations> specs)
    {
        var owners = new Dictionary<string, (Declaration Declaration, SpecDeclarations Spec)>(StringComparer.Ordinal);
        var conflicts = new List<TypeConflict>();
        var heldBack = new List<HeldBackSpec>();
        var withheld = new Dictionary<string, string>(StringComparer.Ordinal); // names of refused definitions files → their path
        var accepted = new List<(SpecDeclarations Spec, List<string> Reused)>();
        var ordered = specs.OrderBy(s => s.IsDefinitions ? 0 : 1).ThenBy(s => s.Path, StringComparer.Ordinal).ToList();

        // The client classes are emitted whatever happens to the specs (once per client): their names are taken first.
        foreach (var spec in ordered)
        {
            foreach (var client in spec.Items.Where(d => d.Role == DeclarationRole.Client))
            {
                if (!owners.ContainsKey(Key(spec, client)))
                {
                    owners[Key(spec, client)] = (client, spec);
                }
            }
        }

        foreach (var spec in ordered)
        {
            // Definitions files come first: an operation using a type of one that is held back cannot be generated either.
            if (spec.Uses.FirstOrDefault(withheld.ContainsKey) is { } missing)
            {
                heldBack.Add(new HeldBackSpec(spec.Path, missing, withheld[missing]));
                continue;
            }

            var clashes = spec.Items
                .Where(d => owners.TryGetValue(Key(spec, d), out var owner) && !owner.Declaration.IsSameAs(d))
                .Select(d => (Declaration: d, Owner: owners[Key(spec, d)]))
                .Concat(SelfClashes(spec))
                .GroupBy(c => c.Declaration.Name, StringComparer.Ordinal)
                .Select(g => g.First()) // one message per name: a clash with another spec says it best
                .ToList();
            if (clashes.Count > 0)
            {
                // Two converters clash exactly when their types do, which is the message that helps.
                conflicts.AddRange(clashes.Where(c => !(c.Declaration.Role == DeclarationRole.Converter && c.Owner.Declaration.Role == DeclarationRole.Converter)).Select(c => new TypeConflict(
                    spec.Namespace + "." + c.Declaration.Name,
                    c.Owner.Spec.Path,
                    c.Owner.Declaration.JsonName,
                    c.Owner.Declaration.Role,
                    spec.Path,
                    c.Declaration.JsonName,
                    c.Declaration.Role,
                    Difference(c.Declaration, c.Owner.Declaration))));
                if (spec.IsDefinitions)
                {
                    foreach (var declaration in spec.Items)
                    {
                        withheld[Key(spec, declaration)] = spec.Path;
                    }
                }

                continue;
            }

            var reused = new List<string>();
            foreach (var declaration in spec.Items)
            {
                var key = Key(spec, declaration);
                if (owners.ContainsKey(key))
                {
                    reused.Add(declaration.Name);
                }
                else
                {
                    owners[key] = (declaration, spec);
                }
            }

            accepted.Add((spec, reused));
        }

        // A type shared by several specs is validated (and has the public Validate()) when any of them needs it.
        var validated = new HashSet<string>(accepted.SelectMany(a => a.Spec.Items.Where(d => d.IsValidated).Select(d => Key(a.Spec, d))), StringComparer.Ordinal);
        var requests = new HashSet<string>(accepted.SelectMany(a => a.Spec.Items.Where(d => d.IsRequest).Select(d => Key(a.Spec, d))), StringComparer.Ordinal);
        // One emitted type serves every spec that declares it: read from responses when any of them reads it, sent when any sends it.
        var responses = new HashSet<string>(accepted.SelectMany(a => a.Spec.Items.Where(d => d.Role == DeclarationRole.Type && d.InResponse).Select(d => Key(a.Spec, d))), StringComparer.Ordinal);
        var sent = new HashSet<string>(accepted.SelectMany(a => a.Spec.Items.Where(d => d.Role == DeclarationRole.Type && d.InRequest).Select(d => Key(a.Spec, d))), StringComparer.Ordinal);
        var plans = accepted
            .Select(a => new SpecPlan(
                a.Spec.Path,
                new EmitPlan(
                    true,
                    a.Reused.OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray(),
                    Shared(a.Spec, validated, d => !d.IsValidated),
                    Shared(a.Spec, requests, d => !d.IsRequest),
                    Shared(a.Spec, responses, d => !d.InResponse).Concat(Shared(a.Spec, sent, d => !d.InRequest)).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray())))
            .Concat(conflicts.Select(c => c.LoserPath).Concat(heldBack.Select(h => h.Path)).Distinct().Select(path => new SpecPlan(path, EmitPlan.Refused)))
            .OrderBy(p => p.Path, StringComparer.Ordinal)
            .ToEquatableArray();
        return new TypeOwnership(plans, conflicts.ToEquatableArray(), heldBack.ToEquatableArray());
    }

    /// <summary>Two declarations of one spec with the same name (a definition named like the spec's context, or like a converter).</summary>
    private static IEnumerable<(Declaration Declaration, (Declaration Declaration, SpecDeclarations Spec) Owner)> SelfClashes(SpecDeclarations spec)
        => spec.Items
            .GroupBy(d => d.Name, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => (g.Skip(1).First(), (g.First(), spec)));

    /// <summary>The plan of the spec at <paramref name="path"/>: small and equatable, so that an unrelated edit leaves it (and the spec's output) unchanged.</summary>
    public EmitPlan PlanFor(string path)
    {
        foreach (var plan in Plans)
        {
            if (string.Equals(plan.Path, path, StringComparison.Ordinal))
            {
                return plan.Plan;
            }
        }

        return EmitPlan.Alone;
    }

    private static string Key(SpecDeclarations spec, Declaration declaration) => spec.Namespace + "." + declaration.Name;

    /// <summary>The names this spec declares without a flag another spec's declaration of them has.</summary>
    private static EquatableArray<string> Shared(SpecDeclarations spec, HashSet<string> flagged, Func<Declaration, bool> lacks)
        => spec.Items.Where(d => d.Role == DeclarationRole.Type && lacks(d) && flagged.Contains(Key(spec, d))).Select(d => d.Name).OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray();

    /// <summary>What tells two declarations of one name apart, in words ("the first" is <paramref name="first"/>, the one the message names first).</summary>
    private static string Difference(Declaration first, Declaration other)
    {
        if (first.Role == DeclarationRole.Context || other.Role == DeclarationRole.Context)
        {
            return first.Role == other.Role ? "both specs' JSON contexts have this name" : "one of them is a spec's JSON context";
        }

        if (first.Role != other.Role)
        {
            return first.Role == DeclarationRole.Client || other.Role == DeclarationRole.Client ? "one of them is the client class (or interface) of an operation"
                : first.Role == DeclarationRole.Converter || other.Role == DeclarationRole.Converter ? "one of them is the JSON converter the generator emits for a type"
                : "one of them is the unknown case of a union";
        }

        return (first.Shape, other.Shape) switch
        {
            (ObjectSpec a, ObjectSpec b) => Members(a.Properties, b.Properties) ?? (a.UnionCase != b.UnionCase ? "they are cases of different unions or discriminator values" : "their validation rules differ (required groups or dependencies)"),
            (UnionSpec a, UnionSpec b) => Members(a.Properties, b.Properties) ?? "their discriminators or cases differ",
            (EnumSpec a, EnumSpec b) => a.IsString != b.IsString ? "one is a string enum, the other an integer enum"
                : $"their values or member names differ ({string.Join(", ", a.Members.Select(m => m.Value))} vs {string.Join(", ", b.Members.Select(m => m.Value))})",
            _ => $"the first is {KindOf(first.Shape)}, the other {KindOf(other.Shape)}",
        };
    }

    private static string? Members(EquatableArray<PropertySpec> a, EquatableArray<PropertySpec> b)
    {
        var onlyFirst = a.Where(p => b.All(q => q.JsonName != p.JsonName)).Select(p => p.JsonName).ToList();
        var onlySecond = b.Where(p => a.All(q => q.JsonName != p.JsonName)).Select(p => p.JsonName).ToList();
        if (onlyFirst.Count > 0 || onlySecond.Count > 0)
        {
            return "their members differ: " + string.Join("; ", new[]
            {
                onlyFirst.Count > 0 ? "only the first has " + string.Join(", ", onlyFirst.Select(n => $"'{n}'")) : null,
                onlySecond.Count > 0 ? "only the second has " + string.Join(", ", onlySecond.Select(n => $"'{n}'")) : null,
            }.Where(s => s is not null));
        }

        var changed = a.FirstOrDefault(p => !b.Contains(p));
        return changed is null ? null : $"the member '{changed.JsonName}' differs (its type, C# name, requiredness, nullability, aliases or validation rules)";
    }

    private static string KindOf(TypeSpec? type) => type switch
    {
        EnumSpec => "an enum",
        UnionSpec => "a union",
        ObjectSpec => "an object",
        _ => "something else",
    };
}

/// <summary>An operation spec held back because it uses <paramref name="UsedType"/> of a definitions file that is (BKGEN0015).</summary>
internal sealed record HeldBackSpec(string Path, string UsedType, string DefinitionsPath);

/// <summary>The emit plan of one spec, by its path.</summary>
internal sealed record SpecPlan(string Path, EmitPlan Plan);

/// <summary>
/// How one spec is emitted: at all, which of its names another spec emits (<see cref="Reused"/>), and which of the types
/// it owns must be validated (<see cref="Validated"/>), get the public <c>Validate()</c> (<see cref="Requests"/>) or travel
/// both ways (<see cref="BothSides"/>: this spec only sends or only reads them, another does the other) because another spec
/// that reuses them needs it.
/// </summary>
internal sealed record EmitPlan(bool IsEmitted, EquatableArray<string> Reused, EquatableArray<string> Validated, EquatableArray<string> Requests, EquatableArray<string> BothSides = default)
{
    /// <summary>A spec that shares nothing: emitted as it is.</summary>
    public static readonly EmitPlan Alone = new(true, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty);

    /// <summary>A spec that declares a name another spec gave another shape: not emitted (BKGEN0015).</summary>
    public static readonly EmitPlan Refused = new(false, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty);
}

/// <summary>A C# name two specs declare with different shapes: the loser is not emitted.</summary>
internal sealed record TypeConflict(
    string FullName,
    string OwnerPath,
    string? OwnerDefinition,
    DeclarationRole OwnerRole,
    string LoserPath,
    string? LoserDefinition,
    DeclarationRole LoserRole,
    string Difference);
