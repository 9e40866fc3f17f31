using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BkApiGen.Generator.Diagnostics;
using BkApiGen.Generator.Models;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace BkApiGen.Generator.Parsing;

/// <summary>
/// Turns the definitions of a parsed schema into named types. NJsonSchema gives the schema semantics (types, formats,
/// references, discriminators); the JSON tree gives locations and the <c>x-</c> extension keywords.
/// </summary>
internal sealed class ModelBuilder
{
    private static readonly HashSet<string> SupportedFormats = new(StringComparer.Ordinal)
    {
        "int32", "int64", "ip", "ipv4", "ipv6", "date-time", "date", "uri", "email", "double", "float",
    };

    private readonly JsonSchema _schema;
    private readonly IReadOnlyDictionary<JsonSchema, string> _external;
    private readonly JObject _root;
    private readonly DiagnosticBag _diagnostics;
    private readonly SharedCatalog _catalog;
    private readonly Dictionary<JsonSchema, string> _definitionNames = new();
    private readonly Dictionary<string, string> _typeNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeSpec> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Union, string Value)> _unionCases = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unknownNames = new(StringComparer.Ordinal);

    public ModelBuilder(SchemaView view, JObject root, SharedCatalog catalog, DiagnosticBag diagnostics)
    {
        var schema = view.Root;
        _schema = schema;
        _external = view.External;
        _root = root;
        _catalog = catalog;
        _diagnostics = diagnostics;
        foreach (var pair in schema.Definitions)
        {
            _definitionNames[pair.Value] = pair.Key;
        }
    }

    public TypeSpec? FindType(string definition) => _types.TryGetValue(definition, out var type) ? type : null;

    /// <summary>
    /// What a member referencing <paramref name="definition"/> would be: its named type, or for a scalar alias (a number,
    /// a list, a map, a shared definition) the type it stands for; null when that is refused (reported). Call after
    /// <see cref="Build"/>. <c>Nullable</c> is JSON Schema's <c>null</c> type on the definition.
    /// </summary>
    public (TypeRef Type, bool Nullable)? ResolveDefinition(string definition)
    {
        if (!_schema.Definitions.TryGetValue(definition, out var schema))
        {
            return null;
        }

        var nullable = schema.Type.HasFlag(JsonObjectType.Null);
        if (_types.TryGetValue(definition, out var type))
        {
            return (TypeRef.Named(KindOf(type), type.Name), nullable);
        }

        if (!IsScalarAlias(schema))
        {
            return null;
        }

        return ResolveType(schema, definition, "(alias)", Definition(definition)) is { } alias ? (alias, nullable) : null;
    }

    /// <summary>The kind a reference to <paramref name="type"/> has.</summary>
    internal static TypeKind KindOf(TypeSpec type) => type switch
    {
        EnumSpec { IsString: true } => TypeKind.StringEnum,
        EnumSpec => TypeKind.Enum,
        UnionSpec => TypeKind.Union,
        _ => TypeKind.Object,
    };

    /// <summary>The type this spec declares with the C# name <paramref name="name"/>.</summary>
    public TypeSpec? FindTypeByName(string name) => _types.Values.FirstOrDefault(t => t.Name == name);

    public EquatableArray<TypeSpec> Build()
    {
        NameTypes();
        foreach (var pair in _schema.Definitions.Where(p => IsUnion(p.Value)))
        {
            CollectUnionCases(pair.Key, pair.Value);
        }

        foreach (var pair in _schema.Definitions)
        {
            var type = BuildType(pair.Key, pair.Value);
            if (type is not null)
            {
                _types[pair.Key] = type;
            }
        }

        NameDiscriminatorValues();

        // Definition order, so that output is stable and follows the spec.
        return _schema.Definitions.Keys.Where(_types.ContainsKey).Select(k => _types[k]).ToEquatableArray();
    }

    /// <summary>Where a union's discriminator is an enum, names each case's value by its enum member (local or shared).</summary>
    private void NameDiscriminatorValues()
    {
        foreach (var key in _types.Keys.ToList())
        {
            switch (_types[key])
            {
                case UnionSpec union:
                    _types[key] = union with { Cases = union.Cases.Select(c => c with { EnumMember = EnumMember(union, c.Value) }).ToEquatableArray() };
                    break;
                case ObjectSpec { UnionCase: { } unionCase } caseObject when _types.Values.OfType<UnionSpec>().FirstOrDefault(u => u.Name == unionCase.UnionName) is { } owner:
                    _types[key] = caseObject with { UnionCase = unionCase with { EnumMember = EnumMember(owner, unionCase.DiscriminatorValue) } };
                    break;
            }
        }
    }

    private string? EnumMember(UnionSpec union, string value)
    {
        var type = union.Discriminator.Type;
        if (type.Kind != TypeKind.Enum)
        {
            return null;
        }

        var members = type.Namespace is null
            ? _types.Values.OfType<EnumSpec>().FirstOrDefault(e => e.Name == type.Name)?.Members
            : _catalog.FindType(type.Namespace, type.Name!)?.EnumMembers;
        return members?.FirstOrDefault(m => m.Value == value)?.Name;
    }

    /// <summary>Flags the request type and everything reachable from it: those get a Validate method.</summary>
    public static EquatableArray<TypeSpec> MarkValidated(EquatableArray<TypeSpec> types, string requestName)
    {
        var reached = Reachable(types, requestName);
        return types.Select(t => t is ObjectSpec o && reached.Contains(o.Name) ? o with { IsValidated = true } : t).ToEquatableArray();
    }

    /// <summary>
    /// Marks on which side of the wire each type's members travel: reached from the request, from the response, or both.
    /// A type reached from neither, and every type of a definitions file (<paramref name="requestName"/> null: any operation
    /// may use it either way), counts as both. Response members decode when null or absent unless <c>x-never-null</c>.
    /// </summary>
    public static EquatableArray<TypeSpec> MarkWireSides(EquatableArray<TypeSpec> types, string? requestName, string? responseName)
    {
        var request = requestName is null ? null : Reachable(types, requestName);
        // An operation whose data is a scalar (or a shared type) reaches none of its own types from the response.
        var response = requestName is null ? null : responseName is null ? new HashSet<string>() : Reachable(types, responseName);
        return Mark(types, request, response);
    }

    /// <summary>
    /// The sides of a callback spec's types: the payload is only read (it comes from the system, like a response), so what
    /// it reaches travels as responses do; a type it does not reach counts as both.
    /// </summary>
    public static EquatableArray<TypeSpec> MarkReadOnly(EquatableArray<TypeSpec> types, string payloadName)
        => Mark(types, new HashSet<string>(), Reachable(types, payloadName));

    private static EquatableArray<TypeSpec> Mark(EquatableArray<TypeSpec> types, HashSet<string>? request, HashSet<string>? response)
    {
        return types.Select(t =>
        {
            var inRequest = request is null || request.Contains(t.Name) || !response!.Contains(t.Name);
            var inResponse = response is null || response.Contains(t.Name) || !request!.Contains(t.Name);
            EquatableArray<PropertySpec> Mark(EquatableArray<PropertySpec> properties)
                => properties.Select(p => p with { InRequest = inRequest, InResponse = inResponse }).ToEquatableArray();
            return t switch
            {
                ObjectSpec o => o with { Properties = Mark(o.Properties) },
                UnionSpec u => u with { Properties = Mark(u.Properties), Discriminator = u.Discriminator with { InRequest = inRequest, InResponse = inResponse } },
                _ => t,
            };
        }).ToEquatableArray();
    }

    /// <summary>The names of the local types reachable from <paramref name="rootName"/>: members, their elements, union cases.</summary>
    private static HashSet<string> Reachable(EquatableArray<TypeSpec> types, string rootName)
    {
        var byName = types.ToDictionary(t => t.Name);
        var reached = new HashSet<string>();
        var pending = new Stack<string>();
        pending.Push(rootName);
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!reached.Add(name) || !byName.TryGetValue(name, out var type))
            {
                continue;
            }

            var properties = type switch
            {
                ObjectSpec o => o.Properties.AsEnumerable(),
                UnionSpec u => u.Properties.AsEnumerable(),
                _ => Enumerable.Empty<PropertySpec>(),
            };
            foreach (var property in properties)
            {
                for (var t = property.Type; t is not null; t = t.Element)
                {
                    if (t.Name is not null)
                    {
                        pending.Push(t.Name);
                    }
                }
            }

            if (type is UnionSpec union)
            {
                foreach (var c in union.Cases)
                {
                    pending.Push(c.CaseName);
                }
            }
        }

        return reached;
    }

    private static bool IsUnion(JsonSchema schema) => schema.DiscriminatorObject is not null || schema.OneOf.Count > 0;

    /// <summary>A definition that is not an object (<c>"id": {"type": "integer"}</c>): references resolve to the scalar, no type is emitted.</summary>
    private static bool IsScalarAlias(JsonSchema schema) => !schema.Type.HasFlag(JsonObjectType.Object) && schema.Properties.Count == 0;

    private JToken? Definition(string name, params object[] path)
        => JsonLocator.Select(_root, new object[] { "definitions", name }.Concat(path).ToArray());

    private void NameTypes()
    {
        var definitions = _schema.Definitions.Keys.ToList();
        var customs = definitions.Select(d => Definition(d, "x-csharp-name")).ToList();
        var wanted = definitions.Select((d, i) => customs[i]?.Type == JTokenType.String ? (string)customs[i]! : CSharpNames.Pascal(d)).ToList();
        var names = CSharpNames.Unique(wanted, _ => false, "", "Type");
        for (var i = 0; i < definitions.Count; i++)
        {
            var (typeName, renamed) = names[i];
            if (customs[i] is { } custom && !CSharpNames.IsValidIdentifier(wanted[i]))
            {
                // A name the spec chose on purpose is not second-guessed.
                _diagnostics.Add(DiagnosticDescriptors.InvalidDefinitionName, custom, definitions[i], wanted[i]);
                continue;
            }

            if (renamed is not null)
            {
                _diagnostics.Add(DiagnosticDescriptors.RenamedType, customs[i] ?? Definition(definitions[i]), definitions[i], wanted[i], renamed, typeName);
            }

            _typeNames[definitions[i]] = typeName;
        }
    }

    private void CollectUnionCases(string name, JsonSchema union)
    {
        var discriminator = union.DiscriminatorObject;
        if (discriminator is null || string.IsNullOrEmpty(discriminator.PropertyName))
        {
            _diagnostics.Add(DiagnosticDescriptors.UnionWithoutDiscriminator, Definition(name, "oneOf") ?? Definition(name), name);
            return;
        }

        if (discriminator.Mapping.Count == 0)
        {
            _diagnostics.Add(DiagnosticDescriptors.DiscriminatorWithoutMapping, Definition(name, "discriminator"), name, discriminator.PropertyName ?? "");
            return;
        }

        if (!union.Properties.TryGetValue(discriminator.PropertyName!, out var property))
        {
            _diagnostics.Add(DiagnosticDescriptors.DiscriminatorNotAProperty, Definition(name, "discriminator", "propertyName"), discriminator.PropertyName ?? "", name);
            return;
        }

        var isInteger = External(property) is { } shared ? shared.Kind == TypeKind.Enum : property.ActualSchema.Type.HasFlag(JsonObjectType.Integer);
        foreach (var mapping in discriminator.Mapping)
        {
            var mappingToken = Definition(name, "discriminator", "mapping", mapping.Key);
            if (!_definitionNames.TryGetValue(mapping.Value.ActualSchema, out var caseDefinition))
            {
                _diagnostics.Add(DiagnosticDescriptors.MappingNotAReference, mappingToken, mapping.Key, name);
                continue;
            }

            var value = mapping.Key;
            if (isInteger)
            {
                if (!long.TryParse(mapping.Key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    _diagnostics.Add(DiagnosticDescriptors.MappingKeyNotInteger, mappingToken, discriminator.PropertyName!, mapping.Key);
                    continue;
                }

                value = number.ToString(CultureInfo.InvariantCulture);
            }

            if (_unionCases.TryGetValue(caseDefinition, out var existing))
            {
                _diagnostics.Add(DiagnosticDescriptors.CaseOfTwoUnions, mappingToken, caseDefinition, existing.Union);
                continue;
            }

            if (IsUnion(mapping.Value.ActualSchema) || mapping.Value.ActualSchema.Enumeration.Count > 0 || IsScalarAlias(mapping.Value.ActualSchema))
            {
                _diagnostics.Add(DiagnosticDescriptors.CaseNotAnObject, mappingToken, caseDefinition, name);
                continue;
            }

            _unionCases[caseDefinition] = (name, value);
        }
    }

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

        if (IsUnion(schema))
        {
            return BuildUnion(name, typeName, schema, description);
        }

        if (IsScalarAlias(schema))
        {
            // A scalar alias ("id": {"type": "integer"}): references resolve to the scalar, nothing is emitted.
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

            if (!target.Type.HasFlag(JsonObjectType.Object) && target.Properties.Count == 0)
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
