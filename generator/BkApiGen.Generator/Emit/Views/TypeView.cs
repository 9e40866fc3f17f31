using System.Collections.Generic;

namespace BkApiGen.Generator.Emit;

internal enum TypeViewKind
{
    Object,
    Union,
    /// <summary>An object that is one case of a union.</summary>
    Case,
    /// <summary>The case of a union for discriminator values the client does not know.</summary>
    Unknown,
    Enum,
    StringEnum,
}

/// <summary>One generated type and its converter. The <c>Is…</c> flags are what templates branch on.</summary>
internal sealed class TypeView
{
    public TypeViewKind Kind { get; set; }
    public bool IsObject => Kind == TypeViewKind.Object;
    public bool IsUnion => Kind == TypeViewKind.Union;
    public bool IsCase => Kind == TypeViewKind.Case;
    public bool IsUnknown => Kind == TypeViewKind.Unknown;
    public bool IsEnum => Kind == TypeViewKind.Enum;
    public bool IsStringEnum => Kind == TypeViewKind.StringEnum;

    public string Name { get; set; } = "";
    public string FullName { get; set; } = "";
    public string JsonName { get; set; } = "";
    /// <summary>The lines of the summary, as XML text.</summary>
    public List<string> Doc { get; set; } = new();
    /// <summary>Of a case and an unknown case: the union it derives from.</summary>
    public string? BaseType { get; set; }
    public List<PropertyView> Properties { get; } = new();

    /// <summary>Of a union, a case and an unknown case: the union's discriminator.</summary>
    public PropertyView? Discriminator { get; set; }
    /// <summary>Of a case: the expression of its discriminator value.</summary>
    public string? DiscriminatorOverride { get; set; }
    public string? UnknownName { get; set; }
    public TypeView? Unknown { get; set; }
    public UnionReadView? Union { get; set; }

    public EnumView? Enum { get; set; }

    public bool IsValidated { get; set; }
    public bool IsRequest { get; set; }
    public ValidationView? Validation { get; set; }

    public string ConverterName { get; set; } = "";
    /// <summary>The member names the converter's <c>Write</c> uses, pre-encoded in static fields.</summary>
    public List<EncodedNameView> EncodedNames { get; } = new();
    /// <summary>Of an object, a case and an unknown case: how its converter reads it.</summary>
    public ObjectReadView? Read { get; set; }
    /// <summary>Of an object and a case: how its converter writes it.</summary>
    public ObjectWriteView? Write { get; set; }
}

/// <summary>A member of a generated record.</summary>
internal sealed class PropertyView
{
    public string Name { get; set; } = "";
    public string JsonName { get; set; } = "";
    /// <summary>The declared C# type, with <c>?</c> where the member is nullable.</summary>
    public string Type { get; set; } = "";
    /// <summary><see cref="Type"/> as the Models file writes it (<see cref="TypeExpressions.Short"/>): aliases, simple names.</summary>
    public string ShortType { get; set; } = "";
    /// <summary>Declared with C#'s <c>required</c>.</summary>
    public bool IsRequired { get; set; }
    /// <summary>Initialized to an empty collection: <see cref="Empty"/>.</summary>
    public bool DefaultsToEmpty { get; set; }
    /// <summary>With <see cref="DefaultsToEmpty"/>: the initializer's expression (TypeExpressions.Empty).</summary>
    public string Empty { get; set; } = "";
    public List<string> Doc { get; set; } = new();
}
