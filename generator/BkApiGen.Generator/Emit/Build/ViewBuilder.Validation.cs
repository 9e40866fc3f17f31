using System.Collections.Generic;
using System.Linq;
using BkApiGen.Generator.Models;

namespace BkApiGen.Generator.Emit;

internal sealed partial class ViewBuilder
{
    /// <summary>
    /// The rules of an object, for its two validation passes: <c>Validate(validator, path)</c> collects every problem with its
    /// JSON path; <c>IsValid()</c> tests the same conditions as booleans (the runtime's <c>Is*</c> twins of the collecting
    /// methods), with no validator, path or allocation, and stops at the first failure.
    /// </summary>
    private ValidationView Validation(ObjectSpec spec, List<PropertySpec> members)
    {
        var view = new ValidationView();
        var byJson = spec.Properties.ToDictionary(p => p.JsonName);
        foreach (var p in members)
        {
            var rules = new MemberRulesView { Name = p.Name, Local = MemberRules.Local(p), Path = $"{Validator}.Join(path, {TypeExpressions.Literal(p.JsonName)})" };
            // A required member may be C#-nullable (its type also travels in responses): null is refused before sending.
            if (!p.DefaultsToEmpty && p.IsRequired && !p.IsNullable && (!p.Type.IsValueType || MemberRules.IsCSharpNullable(p)))
            {
                rules.NotNull = true;
                rules.Fails.Add($"{p.Name} is null");
            }

            if (p.Type.Kind == TypeKind.Array)
            {
                var itemChecks = ValueChecks(p.Type.Element!, p.Constraints.Items, "items[i]", $"{Validator}.Index(itemsPath, i)", view, p.Name + "Item");
                if (!p.Type.Element!.IsValueType && !p.Type.ElementNullable)
                {
                    // A null item would be written as null: refuse it before sending, as the reader refuses it in a response.
                    itemChecks.Insert(0, new CheckView($"validator.NotNullItem(items[i], {Validator}.Index(itemsPath, i))", "items[i] is null"));
                }

                var local = rules.Local;
                if (p.Constraints.MinItems is not null || p.Constraints.MaxItems is not null)
                {
                    var bounds = $"{MemberRules.Nullable(p.Constraints.MinItems)}, {MemberRules.Nullable(p.Constraints.MaxItems)}";
                    rules.Count = new CheckView($"validator.Count({local}.Count, {bounds}, itemsPath)", $"!{Validator}.IsCountValid({local}.Count, {bounds})");
                }

                rules.ItemChecks.AddRange(itemChecks);
                rules.ItemFails.AddRange(itemChecks.Select(c => c.Fails));
                rules.HasListBlock = rules.Count is not null || itemChecks.Count > 0;
            }
            else
            {
                rules.Checks.AddRange(ValueChecks(p.Type, p.Constraints, p.Name, rules.Path, view, p.Name));
                rules.Fails.AddRange(rules.Checks.Select(c => c.Fails));
            }

            view.Members.Add(rules);
        }

        foreach (var group in spec.RequiredGroups)
        {
            var satisfied = string.Join(" || ", group.Alternatives.Select(a => "(" + string.Join(" && ", a.JsonNames.Select(n => MemberRules.Present(byJson[n]))) + ")"));
            var described = string.Join(", or ", group.Alternatives.Select(a => string.Join(" + ", a.JsonNames)));
            view.ObjectChecks.Add(new CheckView($"validator.AnyOf(path, {satisfied}, {TypeExpressions.Literal(described)})", $"!({satisfied})"));
        }

        foreach (var dependency in spec.Dependencies)
        {
            var from = MemberRules.Present(byJson[dependency.JsonName]);
            var to = MemberRules.Present(byJson[dependency.Requires]);
            view.ObjectChecks.Add(new CheckView(
                $"validator.Dependency(path, {TypeExpressions.Literal(dependency.JsonName)}, {from}, {TypeExpressions.Literal(dependency.Requires)}, {to})",
                $"!{Validator}.IsDependencyMet({from}, {to})"));
        }

        view.HasChecks = view.ObjectChecks.Count > 0 || view.Members.Any(m => m.NotNull || m.Checks.Count > 0 || m.HasListBlock);
        return view;
    }

    /// <summary>The checks of one value: its object's own rules, an enum's listed values, and the spec's constraints.</summary>
    private List<CheckView> ValueChecks(TypeRef type, ConstraintSpec? constraints, string value, string path, ValidationView view, string patternName)
    {
        var checks = new List<CheckView>();
        // Objects of a definitions file always have Validate and IsValid; local ones when reachable from the request.
        if (type.Kind == TypeKind.Object && (type.Namespace is not null || (_types.TryGetValue(type.Name!, out var target) && target is ObjectSpec { IsValidated: true })))
        {
            checks.Add(new CheckView($"{value}?.Validate(validator, {path})", $"{value}?.IsValid() == false"));
        }

        if (type.Kind is TypeKind.Enum or TypeKind.StringEnum)
        {
            var converter = _x.Converter(type);
            checks.Add(new CheckView($"validator.Listed({value}, {converter}.IsListed({value}), {converter}.ListedValues, {path})", $"!{converter}.IsListed({value})"));
        }

        if (constraints is null || constraints.IsEmpty)
        {
            return checks;
        }

        var range = constraints.Minimum is not null || constraints.Maximum is not null;
        var rangeType = type.Kind switch { TypeKind.Int32 or TypeKind.Int64 => "long?", TypeKind.Double => "double?", _ => null };
        if (range && rangeType is not null)
        {
            var bounds = $"{MemberRules.Nullable(constraints.Minimum)}, {MemberRules.Nullable(constraints.Maximum)}";
            checks.Add(new CheckView($"validator.Range(({rangeType}){value}, {bounds}, {path})", $"!{Validator}.IsInRange(({rangeType}){value}, {bounds})"));
        }

        if (type.Kind != TypeKind.String)
        {
            return checks;
        }

        if (constraints.MinLength is not null || constraints.MaxLength is not null)
        {
            var bounds = $"{MemberRules.Nullable(constraints.MinLength)}, {MemberRules.Nullable(constraints.MaxLength)}";
            checks.Add(new CheckView($"validator.Length({value}, {bounds}, {path})", $"!{Validator}.IsLengthValid({value}, {bounds})"));
        }

        if (constraints.Format is { } format)
        {
            checks.Add(new CheckView($"validator.Format({value}, {TypeExpressions.Literal(format)}, {path})", $"!{Validator}.IsFormatValid({value}, {TypeExpressions.Literal(format)})"));
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
            checks.Add(new CheckView($"validator.Pattern({value}, {field}, {path})", $"!{Validator}.IsPatternMatch({value}, {field})"));
        }

        return checks;
    }
}
