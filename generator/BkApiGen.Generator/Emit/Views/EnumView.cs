using System.Collections.Generic;

namespace BkApiGen.Generator.Emit;

/// <summary>An integer enum or a string enum (a record struct over its wire value).</summary>
internal sealed class EnumView
{
    /// <summary>An integer enum with a value beyond <c>int</c>: <c>long</c> underneath.</summary>
    public bool IsWide { get; set; }
    public string Underlying => IsWide ? "long" : "int";
    public List<EnumMemberView> Members { get; } = new();
    /// <summary>Text: the values a request may send, for validation messages.</summary>
    public string ListedValues { get; set; } = "";
}

internal sealed class EnumMemberView
{
    public string Name { get; set; } = "";
    /// <summary>An expression: the member's value (a number, or a string literal).</summary>
    public string Literal { get; set; } = "";
    public List<string> Doc { get; set; } = new();
}
