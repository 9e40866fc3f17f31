using System.Collections.Generic;
using System.Linq;
using BkApiGen.Generator.Models;

namespace BkApiGen.Generator.Emit;

internal sealed partial class ViewBuilder
{
    /// <summary>
    /// The rules of an object, for its one <c>Validate(validator, path)</c>: each rule is one call of the runtime's
    /// <c>BkValidator</c>, which decides whether the value is valid, and then records the problem (a collecting validator:
    /// every problem, with its JSON path) or stops (<c>BkValidator.FailFast</c>: no path, no allocation).
    /// </summary>
    private ValidationView Validation(ObjectSpec spec, List<PropertySpec> members)
    {
        var view = new ValidationView();
        var byJson = spec.Properties.ToDictionary(p => p.JsonName);
        var hiding = MemberNames(spec);
        foreach (var p in members)
        {
            var rules = new MemberRulesView { Name = p.Name, Local = MemberRules.Local(p) };
            var at = $"path, {TypeExpressions.Literal(p.JsonName)}";
            // A required member may be C#-nullable (its type also travels in responses): null is refused before sending.
            if (!p.DefaultsToEmpty && p.IsRequired && !p.IsNullable && (!p.Type.IsValueType || MemberRules.IsCSharpNullable(p)))
            {
                rules.Checks.Add($"!validator.NotNull({p.Name}, {at})");
            }

            if (p.Type.Kind == TypeKind.Array)
            {
                var item = rules.Local + "[i]";
                var itemAt = at + ", i";
                if (!p.Type.Element!.IsValueType && !p.Type.ElementNullable)
                {
                    // A null item would be written as null: refuse it before sending, as the reader refuses it in a response.
                    rules.ItemChecks.Add($"!validator.NotNullItem({item}, {itemAt})");
                }

                rules.ItemChecks.AddRange(ValueChecks(p.Type.Element!, p.Constraints.Items, item, itemAt, view, p.Name + "Item", hiding));
                if (p.Constraints.MinItems is not null || p.Constraints.MaxItems is not null)
                {
                    rules.Count = $"!validator.Count({rules.Local}.Count, {MemberRules.Nullable(p.Constraints.MinItems)}, {MemberRules.Nullable(p.Constraints.MaxItems)}, {at})";
                }

                rules.HasListBlock = rules.Count is not null || rules.ItemChecks.Count > 0;
            }
            else
            {
                rules.Checks.AddRange(ValueChecks(p.Type, p.Constraints, p.Name, at, view, p.Name, hiding));
            }

            view.Members.Add(rules);
        }

        foreach (var group in spec.RequiredGroups)
        {
            var satisfied = string.Join(" || ", group.Alternatives.Select(a => "(" + string.Join(" && ", a.JsonNames.Select(n => MemberRules.Present(byJson[n]))) + ")"));
            var described = string.Join(", or ", group.Alternatives.Select(a => string.Join(" + ", a.JsonNames)));
            view.ObjectChecks.Add($"!validator.AnyOf(path, {satisfied}, {TypeExpressions.Literal(described)})");
        }

        foreach (var dependency in spec.Dependencies)
        {
            var from = MemberRules.Present(byJson[dependency.JsonName]);
            var to = MemberRules.Present(byJson[dependency.Requires]);
            view.ObjectChecks.Add($"!validator.Dependency(path, {TypeExpressions.Literal(dependency.JsonName)}, {from}, {TypeExpressions.Literal(dependency.Requires)}, {to})");
        }

        view.HasRules = view.ObjectChecks.Count > 0 || view.Members.Any(m => m.Checks.Count > 0 || m.HasListBlock);
        return view;
    }

    /// <summary>
    /// The rules of one value <paramref name="value"/> at <paramref name="at"/> (the rule's path arguments: the parent's path,
    /// the member's JSON name, and an item's index): its object's own rules, an enum's listed values, the spec's constraints.
    /// </summary>
    private List<string> ValueChecks(TypeRef type, ConstraintSpec? constraints, string value, string at, ValidationView view, string patternName, ISet<string> hiding)
    {
        var checks = new List<string>();
        // Objects of a definitions file always have Validate; local ones when reachable from the request.
        if (type.Kind == TypeKind.Object && (type.Namespace is not null || (_types.TryGetValue(type.Name!, out var target) && target is ObjectSpec { IsValidated: true })))
        {
            checks.Add($"{value}?.Validate(validator, validator.PathOf({at})) == false");
        }

        if (type.Kind is TypeKind.Enum or TypeKind.StringEnum)
        {
            var converter = _x.ShortConverter(type, hiding);
            checks.Add($"!validator.Listed({value}, {converter}.IsListed({value}), {converter}.ListedValues, {at})");
        }

        if (constraints is null || constraints.IsEmpty)
        {
            return checks;
        }

        var range = constraints.Minimum is not null || constraints.Maximum is not null;
        if (range && type.Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double)
        {
            // An int or long value takes the long? overload, a double the double? one.
            checks.Add($"!validator.Range({value}, {MemberRules.Nullable(constraints.Minimum)}, {MemberRules.Nullable(constraints.Maximum)}, {at})");
        }

        if (type.Kind != TypeKind.String)
        {
            return checks;
        }

        if (constraints.MinLength is not null || constraints.MaxLength is not null)
        {
            checks.Add($"!validator.Length({value}, {MemberRules.Nullable(constraints.MinLength)}, {MemberRules.Nullable(constraints.MaxLength)}, {at})");
        }

        if (constraints.Format is { } format)
        {
            checks.Add($"!validator.Format({value}, {TypeExpressions.Literal(format)}, {at})");
        }

        if (constraints.Pattern is { } pattern)
        {
            // A list's items are named "{member}Item", which another member may be called: number a second one.
            var field = $"s_{MemberRules.Camel(patternName)}Pattern";
            for (var n = 2; view.Patterns.Any(f => f.Field == field); n++)
            {
                field = $"s_{MemberRules.Camel(patternName)}Pattern{n}";
            }

            view.Patterns.Add(new PatternView { Field = field, Pattern = pattern });
            checks.Add($"!validator.Pattern({value}, {field}, {at})");
        }

        return checks;
    }

    /// <summary>The names of the record's members, inherited ones included: in an expression they hide a type of the same name.</summary>
    private HashSet<string> MemberNames(ObjectSpec spec)
    {
        var names = new HashSet<string>(spec.Properties.Select(p => p.Name));
        if (spec.UnionCase is { } unionCase && _types.TryGetValue(unionCase.UnionName, out var owner) && owner is UnionSpec union)
        {
            names.UnionWith(union.Properties.Select(p => p.Name));
            names.Add(union.Discriminator.Name);
        }

        return names;
    }
}
