using System.Collections.Generic;

namespace BkApiGen.Generator.Emit;

/// <summary>A static <c>JsonEncodedText</c> field of a converter: a member name encoded once.</summary>
internal sealed class EncodedNameView
{
    public string Field { get; set; } = "";
    public string JsonName { get; set; } = "";
}

/// <summary>The <c>Read</c> of an object's converter: one loop over the members, then the constructor.</summary>
internal sealed class ObjectReadView
{
    /// <summary>The object's name in error messages.</summary>
    public string JsonName { get; set; } = "";
    public List<ReadMemberView> Members { get; } = new();
    /// <summary>Of a union case: the expression of its discriminator value, for <c>BkUnion.DiscriminatorIs</c>; null otherwise.</summary>
    public string? Confirm { get; set; }
    /// <summary>Of a union case: the discriminator's JSON name.</summary>
    public string? DiscriminatorJsonName { get; set; }
}

internal sealed class ReadMemberView
{
    public string Name { get; set; } = "";
    /// <summary>The local the value is read into: <see cref="Declared"/>, nullable unless <see cref="ReadsEmpty"/>.</summary>
    public string Local { get; set; } = "";
    public string Declared { get; set; } = "";
    /// <summary>JSON null and absence read as an empty collection.</summary>
    public bool ReadsEmpty { get; set; }
    /// <summary>With <see cref="ReadsEmpty"/>: the empty collection the local starts as (TypeExpressions.Empty).</summary>
    public string Empty { get; set; } = "";
    /// <summary>The member must be present and not null (absence fails when the object is built).</summary>
    public bool ReadsRequired { get; set; }
    /// <summary>The JSON name and its aliases.</summary>
    public List<string> WireNames { get; } = new();
    /// <summary>An expression reading the member, the reader on its name (TypeExpressions.ReadMember).</summary>
    public string Read { get; set; } = "";
    /// <summary>The member's path in error messages.</summary>
    public string Label { get; set; } = "";
}

/// <summary>The <c>Write</c> of an object's converter.</summary>
internal sealed class ObjectWriteView
{
    public WriteMemberView? Discriminator { get; set; }
    public List<WriteMemberView> Members { get; } = new();
    /// <summary>The converter's methods writing list members of enums, objects or unions (see TypeExpressions.WriteCall).</summary>
    public List<ListWriterView> ListWriters { get; } = new();
}

internal sealed class WriteMemberView
{
    public string Name { get; set; } = "";
    /// <summary>Written only when not null: <c>if (value.Name is { } local)</c>.</summary>
    public bool Guarded { get; set; }
    public string Local { get; set; } = "";
    /// <summary>An expression writing the member, name and value (TypeExpressions.WriteCall).</summary>
    public string Call { get; set; } = "";
}

/// <summary>
/// A converter method writing a list member, like STJ's fast path: a loop of its own (so that its code, and the profile the
/// JIT optimizes it with, do not depend on which other members the calls so far had), over a span (the runtime's
/// <c>ListSpan</c>: an array or a <c>List&lt;T&gt;</c> as it is, any other list copied once into a pooled array).
/// </summary>
internal sealed class ListWriterView
{
    public string Method { get; set; } = "";
    public string Declared { get; set; } = "";
    public string NameExpression { get; set; } = "";
    /// <summary>An expression writing one element (not null): <c>item</c> after a null check, otherwise <c>items[i]</c>.</summary>
    public string ElementCall { get; set; } = "";
    /// <summary>Elements that may be null and need a branch (strings do not: <c>WriteStringValue(null)</c> writes null).</summary>
    public bool ElementNeedsNullCheck { get; set; }
}
