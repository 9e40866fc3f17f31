using System.Collections.Generic;

namespace BkApiGen.Generator.Emit;

/// <summary>How a union's converter picks the case to read (see BkUnion in the runtime).</summary>
internal sealed class UnionReadView
{
    public bool IsStringDiscriminator { get; set; }
    /// <summary>Some case has a member no other case has: <c>GuessCase</c> looks for the first such member.</summary>
    public bool HasGuess { get; set; }
    /// <summary><c>GuessCase</c> also hands out an integer discriminator met first (<c>out long? leading</c>).</summary>
    public bool GuessLeading => HasGuess && !IsStringDiscriminator;
    public List<GuessTestView> GuessTests { get; } = new();
    /// <summary>A response may leave the discriminator out (the object is read as the unknown case).</summary>
    public bool AllowsMissingDiscriminator { get; set; }
    /// <summary>An expression: the discriminator value read (<c>discriminator</c>) as the unknown case's member type.</summary>
    public string UnknownDiscriminator { get; set; } = "";
    public List<UnionCaseView> Cases { get; } = new();
}

internal sealed class UnionCaseView
{
    public string Name { get; set; } = "";
    public string FullName { get; set; } = "";
    public string Converter { get; set; } = "";
    /// <summary>The discriminator value as the spec writes it.</summary>
    public string Value { get; set; } = "";
    /// <summary>1-based, as <c>GuessCase</c> returns it.</summary>
    public int Number { get; set; }
    public bool IsGuessable { get; set; }
}

/// <summary>A member only one case has: meeting it first means that case.</summary>
internal sealed class GuessTestView
{
    public string JsonName { get; set; } = "";
    public int CaseNumber { get; set; }
}
