using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BkApiGen.Generator.Diagnostics;
using BkApiGen.Generator.Models;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace BkApiGen.Generator.Parsing;

/// <summary>One definition into its type: an object, a union (with its cases), an enum or an alias.</summary>
internal sealed partial class ModelBuilder
{
    private TypeSpec? BuildType(string name, JsonSchema schema)
    {
        if (!_typeNames.TryGetValue(name, out var typeName))
        {
            return null;
        }

        var description = Describe(schema);
        if (schema.Enumeration.Count > 0)
        {
            return BuildEnum(name, typeName, schema, description);
        }

        if (schema.Properties.Count > 0 && Definition(name, "additionalProperties") is JObject { Count: > 0 } additional)
        {
            // Members and a map of the other ones: a record (or union) would drop the map's entries in silence.
            // ({} and true say nothing of the other members, false that there are none: nothing is dropped.)
            _diagnostics.Add(DiagnosticDescriptors.PropertiesWithAdditionalProperties, additional, name);
            return null;
        }

        if (IsUnion(schema))
        {
            return BuildUnion(name, typeName, schema, description);
        }

        if (IsAlias(name, schema))
        {
            // An alias ("id": {"type": "integer"}, a list, a map): references resolve to the value, nothing is emitted.
            return null;
        }

        var properties = BuildProperties(name, schema, typeName);
        var caseSpec = _unionCases.TryGetValue(name, out var unionCase) && _typeNames.TryGetValue(unionCase.Union, out var unionName)
            ? new UnionCaseSpec(unionName, unionCase.Value)
            : null;
        return new ObjectSpec(name, typeName, description, properties, RequiredGroups(name, schema), Dependencies(name, schema), caseSpec, IsValidated: false);
    }

    private UnionSpec? BuildUnion(string name, string typeName, JsonSchema schema, string? description)
    {
        var discriminatorName = schema.DiscriminatorObject?.PropertyName;
        var properties = BuildProperties(name, schema, typeName);
        var discriminator = properties.FirstOrDefault(p => p.JsonName == discriminatorName);
        if (discriminator is null)
        {
            return null;
        }

        if (discriminator.Type.Kind is not (TypeKind.Enum or TypeKind.Int32 or TypeKind.Int64 or TypeKind.String or TypeKind.StringEnum))
        {
            _diagnostics.Add(DiagnosticDescriptors.UnsupportedDiscriminatorType, Definition(name, "properties", discriminator.JsonName), discriminator.JsonName);
            return null;
        }

        var cases = new List<UnionMappingSpec>();
        foreach (var mapping in schema.DiscriminatorObject!.Mapping)
        {
            if (_definitionNames.TryGetValue(mapping.Value.ActualSchema, out var caseDefinition) && _typeNames.TryGetValue(caseDefinition, out var caseName)
                && _unionCases.TryGetValue(caseDefinition, out var c) && c.Union == name)
            {
                cases.Add(new UnionMappingSpec(c.Value, caseName));
            }
        }

        var unknownToken = Definition(name, "x-unknown-name");
        var unknownName = unknownToken?.Type == JTokenType.String ? (string)unknownToken! : "Unknown" + typeName;
        if (!CSharpNames.IsValidIdentifier(unknownName))
        {
            _diagnostics.Add(DiagnosticDescriptors.InvalidUnknownCaseName, unknownToken ?? Definition(name), name, unknownName);
            return null;
        }

        if (_typeNames.ContainsValue(unknownName) || _unknownNames.Contains(unknownName))
        {
            // Another definition (or another union's unknown case) has the name: number this one.
            var wanted = unknownName;
            for (var n = 2; _typeNames.ContainsValue(unknownName) || _unknownNames.Contains(unknownName); n++)
            {
                unknownName = wanted + n.ToString(CultureInfo.InvariantCulture);
            }

            _diagnostics.Add(DiagnosticDescriptors.RenamedUnknownCase, unknownToken ?? Definition(name), name, wanted, unknownName);
        }

        _unknownNames.Add(unknownName);

        return new UnionSpec(name, typeName, description, properties, discriminator with { IsRequired = true, IsNullable = false }, cases.ToEquatableArray(), unknownName);
    }

    private EnumSpec? BuildEnum(string name, string typeName, JsonSchema schema, string? description)
    {
        var isString = schema.Type.HasFlag(JsonObjectType.String);
        var isInteger = schema.Type.HasFlag(JsonObjectType.Integer);
        if (!isString && !isInteger)
        {
            _diagnostics.Add(DiagnosticDescriptors.InvalidEnumType, Definition(name, "type") ?? Definition(name), name);
            return null;
        }

        var namesToken = Definition(name, "x-enumNames") as JArray;
        var descriptionsToken = Definition(name, "x-enumDescriptions") as JArray;
        var values = schema.Enumeration.ToList();
        if (namesToken is not null && namesToken.Count != values.Count)
        {
            _diagnostics.Add(DiagnosticDescriptors.EnumNamesMismatch, namesToken, name, namesToken.Count.ToString(CultureInfo.InvariantCulture), values.Count.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        var members = new List<EnumMemberSpec>();
        for (var i = 0; i < values.Count; i++)
        {
            var raw = values[i];
            string value;
            if (isInteger)
            {
                if (raw is null || !long.TryParse(Convert.ToString(raw, CultureInfo.InvariantCulture), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    _diagnostics.Add(DiagnosticDescriptors.EnumValueNotInteger, Definition(name, "enum", i), name, Convert.ToString(raw ?? "null", CultureInfo.InvariantCulture) ?? "");
                    return null;
                }

                value = number.ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                if (raw is not string s)
                {
                    _diagnostics.Add(DiagnosticDescriptors.EnumValueNotString, Definition(name, "enum", i), name, Convert.ToString(raw ?? "null", CultureInfo.InvariantCulture) ?? "");
                    return null;
                }

                value = s;
            }

            var memberName = namesToken is not null && namesToken[i].Type == JTokenType.String
                ? (string)namesToken[i]!
                : isInteger ? "Value" + value.Replace("-", "Minus") : CSharpNames.Pascal(value);
            var memberDescription = descriptionsToken is not null && i < descriptionsToken.Count && descriptionsToken[i].Type == JTokenType.String ? (string?)descriptionsToken[i] : null;
            members.Add(new EnumMemberSpec(memberName, value, memberDescription));
        }

        // A string enum is a record struct (with the member Value); an integer enum only needs names unlike its type's.
        var isTaken = isString ? (Func<string, bool>)CSharpNames.IsReservedStringEnumMember : _ => false;
        var names = CSharpNames.Unique(members.Select(m => m.Name).ToList(), n => n == typeName || isTaken(n), "Value", "Empty");
        for (var i = 0; i < members.Count; i++)
        {
            var (memberName, renamed) = names[i];
            if (renamed is not null)
            {
                _diagnostics.Add(DiagnosticDescriptors.RenamedEnumMember, (JToken?)namesToken?[i] ?? Definition(name, "enum", i), name, members[i].Value, members[i].Name, renamed, memberName);
                members[i] = members[i] with { Name = memberName };
            }
        }

        return new EnumSpec(name, typeName, Describe(schema), isString, members.ToEquatableArray());
    }
}
