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
internal sealed partial class ModelBuilder
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

        if (!IsAlias(definition, schema))
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

    private static bool IsUnion(JsonSchema schema) => schema.DiscriminatorObject is not null || schema.OneOf.Count > 0;

    /// <summary>A definition that is not an object (<c>"id": {"type": "integer"}</c>): references resolve to the scalar, no type is emitted.</summary>
    private static bool IsScalarAlias(JsonSchema schema) => !schema.Type.HasFlag(JsonObjectType.Object) && schema.Properties.Count == 0;

    /// <summary>
    /// A definition that is only a map (<c>"labels": {"type": "object", "additionalProperties": {...}}</c>, no
    /// <c>properties</c>), or only says its members are any (<c>"additionalProperties": true</c>: a <c>JsonElement</c>):
    /// references resolve to the value, as if it were written inline, and no type is emitted (a record without members
    /// would drop every entry). A bare <c>{"type": "object"}</c> stays an empty record: a response that has no data.
    /// </summary>
    private bool IsAdditionalPropertiesAlias(string definition, JsonSchema schema)
        => schema.Type.HasFlag(JsonObjectType.Object) && schema.Properties.Count == 0 && schema.Enumeration.Count == 0 && !IsUnion(schema)
           && (schema.AdditionalPropertiesSchema is not null || Definition(definition, "additionalProperties") is { Type: JTokenType.Boolean } open && (bool)open);

    /// <summary>A definition references stand for the value of: a scalar, a list or a map (see <see cref="ResolveDefinition"/>).</summary>
    private bool IsAlias(string definition, JsonSchema schema) => IsScalarAlias(schema) || IsAdditionalPropertiesAlias(definition, schema);

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

            if (IsUnion(mapping.Value.ActualSchema) || mapping.Value.ActualSchema.Enumeration.Count > 0 || IsAlias(caseDefinition, mapping.Value.ActualSchema))
            {
                _diagnostics.Add(DiagnosticDescriptors.CaseNotAnObject, mappingToken, caseDefinition, name);
                continue;
            }

            _unionCases[caseDefinition] = (name, value);
        }
    }
}
