using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BkApiGen.Generator.Diagnostics;
using BkApiGen.Generator.Models;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace BkApiGen.Generator.Parsing;

/// <summary>The rules a request is validated by: ranges, lengths, formats, required groups (anyOf) and dependencies.</summary>
internal sealed partial class ModelBuilder
{
    private ConstraintSpec Constraints(JsonSchema schema, string definition, string member, TypeRef type)
    {
        var token = Definition(definition, "properties", member);
        if (schema.Format is { } format && !SupportedFormats.Contains(format))
        {
            _diagnostics.Add(DiagnosticDescriptors.UnknownFormat, JsonLocator.Select(token, "format"), definition + "." + member, format, string.Join(", ", SupportedFormats));
        }

        var items = type.Kind == TypeKind.Array && schema.Item is not null && !schema.Item.HasReference ? Scalar(schema.Item) : null;
        var constraints = Scalar(schema) with { Items = items is { IsEmpty: false } ? items : null };
        if (constraints.Pattern is { } pattern)
        {
            try
            {
                _ = new System.Text.RegularExpressions.Regex(pattern);
            }
            catch (ArgumentException ex)
            {
                _diagnostics.Add(DiagnosticDescriptors.InvalidPattern, JsonLocator.Select(token, "pattern"), definition + "." + member, ex.Message);
            }
        }

        return constraints;
    }

    private static ConstraintSpec Scalar(JsonSchema schema) => new(
        schema.Minimum is { } min ? (long)Math.Ceiling(min) : null,
        schema.Maximum is { } max ? (long)Math.Floor(max) : null,
        schema.MinItems > 0 ? schema.MinItems : null,
        schema.MaxItems > 0 ? schema.MaxItems : null,
        schema.MinLength is { } minLength && minLength > 0 ? minLength : null,
        schema.MaxLength,
        schema.Pattern,
        schema.Format is "ip" or "ipv4" or "ipv6" ? schema.Format : null,
        null);

    private EquatableArray<RequiredGroupSpec> RequiredGroups(string definition, JsonSchema schema)
    {
        // anyOf: [{required: [...]}, ...] directly, or inside allOf so that an object can have several such groups.
        var groups = new List<JsonSchema>();
        if (schema.AnyOf.Count > 0)
        {
            groups.Add(schema);
        }

        groups.AddRange(schema.AllOf.Where(a => a.AnyOf.Count > 0));
        var result = new List<RequiredGroupSpec>();
        foreach (var group in groups)
        {
            var alternatives = new List<RequiredAlternativeSpec>();
            foreach (var alternative in group.AnyOf)
            {
                var names = alternative.RequiredProperties.ToList();
                var unknown = names.FirstOrDefault(n => !schema.Properties.ContainsKey(n));
                if (names.Count == 0 || unknown is not null)
                {
                    var at = Definition(definition, "anyOf") ?? Definition(definition, "allOf") ?? Definition(definition);
                    if (unknown is null)
                    {
                        _diagnostics.Add(DiagnosticDescriptors.AnyOfNotRequired, at, definition);
                    }
                    else
                    {
                        _diagnostics.Add(DiagnosticDescriptors.AnyOfUnknownProperty, at, definition, unknown);
                    }

                    return EquatableArray<RequiredGroupSpec>.Empty;
                }

                alternatives.Add(new RequiredAlternativeSpec(names.ToEquatableArray()));
            }

            result.Add(new RequiredGroupSpec(alternatives.ToEquatableArray()));
        }

        return result.ToEquatableArray();
    }

    private EquatableArray<DependencySpec> Dependencies(string definition, JsonSchema schema)
    {
        if (Definition(definition, "dependencies") is not JObject dependencies)
        {
            return EquatableArray<DependencySpec>.Empty;
        }

        var result = new List<DependencySpec>();
        foreach (var dependency in dependencies.Properties())
        {
            if (dependency.Value is not JArray list || list.Any(t => t.Type != JTokenType.String))
            {
                _diagnostics.Add(DiagnosticDescriptors.UnsupportedDependency, dependency.Value, definition);
                continue;
            }

            foreach (var required in list.Select(t => (string)t!))
            {
                if (!schema.Properties.ContainsKey(dependency.Name) || !schema.Properties.ContainsKey(required))
                {
                    _diagnostics.Add(DiagnosticDescriptors.DependencyUnknownProperty, dependency.Value, definition, dependency.Name, required);
                    continue;
                }

                result.Add(new DependencySpec(dependency.Name, required));
            }
        }

        return result.ToEquatableArray();
    }

    private static string? Describe(JsonSchema schema)
        => string.IsNullOrWhiteSpace(schema.Description) ? null : schema.Description!.Trim();
}
