using System.Collections.Generic;

namespace BkApiGen.Generator.Emit;

/// <summary>
/// The rules of a validated object, for its one <c>Validate(validator, path)</c>. Each rule is an expression that is true
/// when <c>Validate</c> must stop and return false (<c>!validator.Range(...)</c>): a runtime rule decides what is valid
/// once, and records the problem with a collecting validator or stops with <c>BkValidator.FailFast</c>.
/// </summary>
internal sealed class ValidationView
{
    public List<MemberRulesView> Members { get; } = new();
    /// <summary>Rules over several members (required groups, dependencies).</summary>
    public List<string> ObjectChecks { get; } = new();
    /// <summary>The compiled patterns, static fields of the record.</summary>
    public List<PatternView> Patterns { get; } = new();
    /// <summary>The object has a rule (else its <c>Validate</c> is only there for the objects that hold it, and is true).</summary>
    public bool HasRules { get; set; }
}

internal sealed class MemberRulesView
{
    public string Name { get; set; } = "";
    /// <summary>The local a list is matched into when it is not null.</summary>
    public string Local { get; set; } = "";
    /// <summary>The rules of the value itself (a required member's null first), not of a list's items.</summary>
    public List<string> Checks { get; } = new();
    /// <summary>A list with a size rule or item rules: they are checked when it is not null.</summary>
    public bool HasListBlock { get; set; }
    /// <summary>A list's size rule, or null.</summary>
    public string? Count { get; set; }
    /// <summary>The rules of each item (<c>{Local}[i]</c>), a null item first.</summary>
    public List<string> ItemChecks { get; } = new();
}

internal sealed class PatternView
{
    public string Field { get; set; } = "";
    public string Pattern { get; set; } = "";
}
