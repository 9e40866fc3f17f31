using System.Collections.Generic;
using System.Linq;
using BkApiGen.Generator.Models;

namespace BkApiGen.Generator.Merging;

/// <summary>What one spec declares in its namespace, in a form that compares shapes rather than texts.</summary>
/// <param name="Path">The spec's full path: the owner of a type several specs declare is the ordinal-first path.</param>
/// <param name="Uses">The definitions-file types an operation spec uses (<c>Namespace.Name</c>): it cannot be generated without them.</param>
internal sealed record SpecDeclarations(string Path, string FileName, string Namespace, bool IsDefinitions, EquatableArray<Declaration> Items, EquatableArray<string> Uses = default)
{
    /// <summary>
    /// The C# names <paramref name="spec"/> declares: its types, the converter of each, the unknown case of each union, its
    /// JSON context.
    /// </summary>
    public static SpecDeclarations Of(ApiSpec spec)
    {
        var items = spec.Types
            .SelectMany(t =>
            {
                var shape = Shape(t);
                var declared = new List<Declaration> { Declaration.Type(t, spec), new(t.Name + "JsonConverter", t.JsonName, DeclarationRole.Converter, shape, false, false) };
                if (t is UnionSpec u)
                {
                    declared.Add(new Declaration(u.UnknownName, u.JsonName, DeclarationRole.UnknownCase, shape, false, false));
                }

                return declared;
            })
            .Append(new Declaration(spec.ContextName, null, DeclarationRole.Context, null, false, false))
            .Concat(spec.Operation is { Client: var client }
                ? new[] { new Declaration(client.ClassName, null, DeclarationRole.Client, null, false, false), new Declaration(client.InterfaceName, null, DeclarationRole.Client, null, false, false) }
                : Enumerable.Empty<Declaration>())
            .ToEquatableArray();
        var uses = spec.SharedTypes.Select(t => t.Namespace + "." + t.Name).ToEquatableArray();
        return new SpecDeclarations(spec.FilePath, spec.FileName, spec.Namespace, spec.IsDefinitions, items, uses);
    }

    /// <summary>
    /// The type as it compares across specs: without descriptions (documentation, not shape: the owner's words are the ones
    /// emitted), without the definition's JSON name (it only appears in messages), without <c>IsValidated</c> (a reused
    /// type is validated when any spec that declares it needs it) and without the side of the wire its members travel on
    /// (a type one spec reads from responses and another only sends is one type, read and written as both: see
    /// <see cref="EmitPlan.BothSides"/>).
    /// </summary>
    public static TypeSpec Shape(TypeSpec type) => type switch
    {
        ObjectSpec o => o with { JsonName = "", Description = null, IsValidated = false, Properties = Plain(o.Properties) },
        UnionSpec u => u with { JsonName = "", Description = null, Properties = Plain(u.Properties), Discriminator = Plain(u.Discriminator) },
        EnumSpec e => e with { JsonName = "", Description = null, Members = e.Members.Select(m => m with { Description = null }).ToEquatableArray() },
        _ => type,
    };

    private static EquatableArray<PropertySpec> Plain(EquatableArray<PropertySpec> properties) => properties.Select(Plain).ToEquatableArray();

    private static PropertySpec Plain(PropertySpec property) => property with { Description = null, InRequest = false, InResponse = false };

    /// <summary>The sides of the wire <paramref name="type"/> travels on in this spec (no members: neither matters).</summary>
    public static (bool InRequest, bool InResponse) Sides(TypeSpec type) => type switch
    {
        ObjectSpec { Properties.Count: > 0 } o => (o.Properties[0].InRequest, o.Properties[0].InResponse),
        UnionSpec u => (u.Discriminator.InRequest, u.Discriminator.InResponse),
        _ => (true, false),
    };
}

/// <summary>What a declared name is.</summary>
internal enum DeclarationRole
{
    /// <summary>A type of the spec's definitions.</summary>
    Type,

    /// <summary>The <c>Unknown…</c> case of a union.</summary>
    UnknownCase,

    /// <summary>The <c>…JsonConverter</c> class of a type.</summary>
    Converter,

    /// <summary>The spec's JSON context: never shared.</summary>
    Context,

    /// <summary>The client class or interface an operation adds to: the same for every spec naming it, and never a type's name.</summary>
    Client,
}

/// <summary>One C# name a spec declares, with the shape it gives it (null for a context, which is never the same as another).</summary>
/// <param name="JsonName">The definition it comes from (null for the context), to point at it in a diagnostic.</param>
/// <param name="IsRequest">The spec's request type: it gets the public <c>Validate()</c>.</param>
/// <param name="InRequest">The type is sent in this spec's requests.</param>
/// <param name="InResponse">The type is read from this spec's responses (its members then decode when null or absent).</param>
internal sealed record Declaration(string Name, string? JsonName, DeclarationRole Role, TypeSpec? Shape, bool IsValidated, bool IsRequest, bool InRequest = true, bool InResponse = false)
{
    public static Declaration Type(TypeSpec type, ApiSpec spec)
    {
        var (inRequest, inResponse) = SpecDeclarations.Sides(type);
        return new(type.Name, type.JsonName, DeclarationRole.Type, SpecDeclarations.Shape(type), type is ObjectSpec { IsValidated: true }, type.Name == spec.Operation?.RequestType, inRequest, inResponse);
    }

    /// <summary>True when one emitted declaration serves both.</summary>
    public bool IsSameAs(Declaration other) => Role != DeclarationRole.Context && Role == other.Role && Equals(Shape, other.Shape);

    // (Two Client declarations have no shape: the same name is the same client.)
}
