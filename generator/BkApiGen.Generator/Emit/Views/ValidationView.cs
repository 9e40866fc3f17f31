using System.Collections.Generic;

namespace BkApiGen.Generator.Emit;

/// <summary>The rules of a validated object, for <c>Validate(validator, path)</c> and <c>IsValid()</c>.</summary>
internal sealed class ValidationView
{
    public List<MemberRulesView> Members { get; } = new();
    /// <summary>Rules over several members (required groups, dependencies).</summary>
    public List<CheckView> ObjectChecks { get; } = new();
    /// <summary>The compiled patterns, static fields of the record.</summary>
    public List<PatternView> Patterns { get; } = new();
    /// <summary>Some rule collects a problem (Validate has a body).</summary>
    public bool HasChecks { get; set; }
}

/// <summary>One check: an expression collecting its problem into <c>validator</c>, and one true when it fails.</summary>
internal sealed class CheckView
{
    public CheckView(string collect, string fails)
    {
        Collect = collect;
        Fails = fails;
    }

    public string Collect { get; }
    public string Fails { get; }
}

internal sealed class MemberRulesView
{
    public string Name { get; set; } = "";
    public string Local { get; set; } = "";
    /// <summary>An expression: the member's JSON path.</summary>
    public string Path { get; set; } = "";
    /// <summary>Required and C#-nullable: null is refused.</summary>
    public bool NotNull { get; set; }
    /// <summary>The checks of the value itself (not of a list's items).</summary>
    public List<CheckView> Checks { get; } = new();
    /// <summary>The conditions under which the member fails (null, then its checks'), before any list block.</summary>
    public List<string> Fails { get; } = new();
    /// <summary>A list with a size rule or item rules: they are checked when it is not null.</summary>
    public bool HasListBlock { get; set; }
    public CheckView? Count { get; set; }
    public List<CheckView> ItemChecks { get; } = new();
    public List<string> ItemFails { get; } = new();
}

internal sealed class PatternView
{
    public string Field { get; set; } = "";
    public string Pattern { get; set; } = "";
}
