using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BkApiGen.Generator.Diagnostics;
using BkApiGen.Generator.Models;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace BkApiGen.Generator.Parsing;

/// <summary>An object's members: their C# names (renamed where they clash), their types and whether they are required or nullable.</summary>
internal sealed partial class ModelBuilder
{
    /// <summary>
    /// The C# names of a definition's members: wanted (<c>x-csharp-name</c>, or from the wire name) and made unique against
    /// each other, the members every generated record has, the type's own name, and (for a union case) the members it
    /// inherits from its union under another wire name.
    /// </summary>
    private (List<string> JsonNames, List<JToken?> Customs, List<string> Wanted, IReadOnlyList<(string Name, string? Reason)> Names) NameMembers(string definition, JsonSchema schema, string typeName)
    {
        var jsonNames = schema.Properties.Keys.ToList();
        var customs = jsonNames.Select(n => Definition(definition, "properties", n, "x-csharp-name")).ToList();
        var wanted = CSharpNames.PropertyNames(jsonNames).Select((n, i) => customs[i]?.Type == JTokenType.String ? (string)customs[i]! : n).ToList();
        var isTaken = IsUnion(schema) ? (Func<string, bool>)CSharpNames.IsReservedUnionMember : CSharpNames.IsReservedMember;
        if (!_unionCases.TryGetValue(definition, out var unionCase) || !_typeNames.TryGetValue(unionCase.Union, out var unionName)
            || !_schema.Definitions.TryGetValue(unionCase.Union, out var union) || _unionCases.ContainsKey(unionCase.Union))
        {
            return (jsonNames, customs, wanted, CSharpNames.Unique(wanted, n => n == typeName || isTaken(n), "Value", "Member"));
        }

        // A union case: the members it shares with its union (by wire name) are the union's; its own must not take their names.
        var (unionJson, _, _, unionNames) = NameMembers(unionCase.Union, union, unionName);
        var inheritedByJson = unionJson.Select((n, i) => (n, unionNames[i].Name)).ToDictionary(p => p.n, p => p.Name, StringComparer.Ordinal);
        var inherited = new HashSet<string>(inheritedByJson.Values, StringComparer.Ordinal);
        var own = Enumerable.Range(0, jsonNames.Count).Where(i => !inheritedByJson.ContainsKey(jsonNames[i])).ToList();
        var ownNames = CSharpNames.Unique(own.Select(i => wanted[i]).ToList(), n => n == typeName || isTaken(n) || inherited.Contains(n), "Value", "Member");
        var names = jsonNames.Select(n => inheritedByJson.TryGetValue(n, out var name) ? (name, (string?)null) : default).ToArray();
        for (var k = 0; k < own.Count; k++)
        {
            names[own[k]] = ownNames[k];
        }

        return (jsonNames, customs, wanted, names);
    }

    private EquatableArray<PropertySpec> BuildProperties(string definition, JsonSchema schema, string typeName)
    {
        var (jsonNames, customNames, wanted, names) = NameMembers(definition, schema, typeName);
        var required = new HashSet<string>(schema.RequiredProperties, StringComparer.Ordinal);
        var result = new List<PropertySpec>();
        foreach (var missing in required.Where(r => !schema.Properties.ContainsKey(r)))
        {
            _diagnostics.Add(DiagnosticDescriptors.RequiredUnknownProperty, Definition(definition, "required"), definition, missing);
        }

        for (var i = 0; i < jsonNames.Count; i++)
        {
            var jsonName = jsonNames[i];
            var (name, renamed) = names[i];
            var token = Definition(definition, "properties", jsonName);
            if (customNames[i] is { } custom && !CSharpNames.IsValidIdentifier(wanted[i]))
            {
                // A name the spec chose on purpose is not second-guessed.
                _diagnostics.Add(DiagnosticDescriptors.InvalidPropertyName, custom, jsonName, definition, wanted[i]);
                continue;
            }

            if (renamed is not null)
            {
                _diagnostics.Add(DiagnosticDescriptors.RenamedProperty, customNames[i] ?? token, jsonName, definition, wanted[i], renamed, name);
            }

            var property = schema.Properties[jsonName];
            var type = ResolveType(property, definition, jsonName, token);
            if (type is null)
            {
                continue;
            }

            var defaultToken = Definition(definition, "properties", jsonName, "default");
            var defaultsToEmpty = defaultToken is JArray { Count: 0 } && type.Kind == TypeKind.Array
                || defaultToken is JObject { Count: 0 } && type.Kind == TypeKind.Map;
            if (defaultToken is not null && !defaultsToEmpty)
            {
                _diagnostics.Add(DiagnosticDescriptors.UnsupportedDefault, defaultToken, definition, jsonName);
                continue;
            }

            var aliases = (Definition(definition, "properties", jsonName, "x-aliases") as JArray)?.Where(a => a.Type == JTokenType.String).Select(a => (string)a!).ToEquatableArray()
                ?? EquatableArray<string>.Empty;
            var isNullable = property.Type.HasFlag(JsonObjectType.Null) || property.IsNullableRaw == true;
            var neverNullToken = Definition(definition, "properties", jsonName, "x-never-null");
            if (neverNullToken is not null && neverNullToken.Type != JTokenType.Boolean)
            {
                _diagnostics.Add(DiagnosticDescriptors.NeverNullNotBoolean, neverNullToken, definition, jsonName);
                continue;
            }

            var neverNull = neverNullToken?.Type == JTokenType.Boolean && (bool)neverNullToken!;
            if (neverNull && (isNullable || defaultsToEmpty))
            {
                _diagnostics.Add(DiagnosticDescriptors.NeverNullOnNullable, neverNullToken, definition, jsonName);
                continue;
            }

            var constraints = Constraints(property, definition, jsonName, type);
            var description = Describe(property) ?? (property.HasReference ? Describe(property.ActualSchema) : External(property)?.Description);
            result.Add(new PropertySpec(jsonName, name, type, required.Contains(jsonName), isNullable, defaultsToEmpty, description, aliases, constraints, neverNull));
        }

        return result.ToEquatableArray();
    }

    private SharedType? External(JsonSchema schema) => _external.TryGetValue(schema, out var key) ? _catalog.Find(key) : null;

    private TypeRef? ResolveType(JsonSchema schema, string definition, string member, JToken? token)
    {
        var where = $"'{definition}.{member}'";
        if (_external.ContainsKey(schema))
        {
            if (External(schema) is not { } shared)
            {
                _diagnostics.Add(DiagnosticDescriptors.MissingSharedDefinition, token, where);
                return null;
            }

            return TypeRef.Named(shared.Kind, shared.Name, shared.Namespace);
        }

        if (schema.HasReference)
        {
            var target = schema.Reference!.ActualSchema;
            if (!_definitionNames.TryGetValue(target, out var targetName))
            {
                _diagnostics.Add(DiagnosticDescriptors.ReferenceToNonDefinition, token, where);
                return null;
            }

            if (!_typeNames.TryGetValue(targetName, out var typeName))
            {
                return null;
            }

            if (target.Enumeration.Count > 0)
            {
                return TypeRef.Named(target.Type.HasFlag(JsonObjectType.String) ? TypeKind.StringEnum : TypeKind.Enum, typeName);
            }

            if (IsUnion(target))
            {
                return TypeRef.Named(TypeKind.Union, typeName);
            }

            if (IsAlias(targetName, target))
            {
                return ResolveType(target, targetName, "(alias)", Definition(targetName));
            }

            return TypeRef.Named(TypeKind.Object, typeName);
        }

        if (schema.Enumeration.Count > 0)
        {
            _diagnostics.Add(DiagnosticDescriptors.InlineEnum, token, where);
            return null;
        }

        if (schema.OneOf.Count > 0 || schema.AnyOf.Count > 0 || schema.AllOf.Count > 0 && schema.Properties.Count > 0)
        {
            _diagnostics.Add(DiagnosticDescriptors.InlineUnion, token, where);
            return null;
        }

        var type = schema.Type & ~JsonObjectType.Null;
        switch (type)
        {
            case JsonObjectType.Integer:
                return TypeRef.Scalar(schema.Format == "int32" ? TypeKind.Int32 : TypeKind.Int64);
            case JsonObjectType.Number:
                return TypeRef.Scalar(TypeKind.Double);
            case JsonObjectType.Boolean:
                return TypeRef.Scalar(TypeKind.Boolean);
            case JsonObjectType.String:
                return TypeRef.Scalar(TypeKind.String);
            case JsonObjectType.None when schema.Properties.Count == 0:
                return TypeRef.Scalar(TypeKind.Any);
            case JsonObjectType.Array:
            {
                if (schema.Item is null)
                {
                    _diagnostics.Add(DiagnosticDescriptors.ArrayWithoutItems, token, where);
                    return null;
                }

                var element = ResolveType(schema.Item, definition, member + "[]", JsonLocator.Select(token, "items"));
                if (element is null)
                {
                    return null;
                }

                if (element.Kind is TypeKind.Array or TypeKind.Map)
                {
                    _diagnostics.Add(DiagnosticDescriptors.NestedCollection, token, where);
                    return null;
                }

                return new TypeRef(TypeKind.Array, null, element, schema.Item.Type.HasFlag(JsonObjectType.Null));
            }

            case JsonObjectType.Object when schema.Properties.Count == 0:
            {
                if (schema.AdditionalPropertiesSchema is { } valueSchema)
                {
                    var value = ResolveType(valueSchema, definition, member + "{}", JsonLocator.Select(token, "additionalProperties"));
                    if (value is null)
                    {
                        return null;
                    }

                    if (value.Kind is TypeKind.Array or TypeKind.Map)
                    {
                        _diagnostics.Add(DiagnosticDescriptors.CollectionInMap, token, where);
                        return null;
                    }

                    return new TypeRef(TypeKind.Map, null, value, valueSchema.Type.HasFlag(JsonObjectType.Null));
                }

                return TypeRef.Scalar(TypeKind.Any);
            }

            case JsonObjectType.Object:
                _diagnostics.Add(DiagnosticDescriptors.InlineObject, token, where);
                return null;
            default:
                _diagnostics.Add(DiagnosticDescriptors.UnsupportedSchemaType, JsonLocator.Select(token, "type") ?? token, where, schema.Type.ToString());
                return null;
        }
    }
}
