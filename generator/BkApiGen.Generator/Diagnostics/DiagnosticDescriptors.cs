using Microsoft.CodeAnalysis;

namespace BkApiGen.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports, one descriptor per condition, each owning its message format (the call site
/// passes only the specifics). Ids are <c>BKGENffcc</c>: <c>ff</c> the family (the id the condition was first reported
/// under, which keeps its first condition as <c>BKGEN00ff</c>), <c>cc</c> the condition. Every id has an entry in
/// docs/diagnostics.md, which the help link points at. The descriptors are split by family into partial files.
/// </summary>
internal static partial class DiagnosticDescriptors
{
    /// <summary>Where docs/diagnostics.md is published; each help link is this plus <c>#bkgennnnn</c>.</summary>
    public const string HelpBase = "https://github.com/bkapigen/bkapigen/blob/main/docs/diagnostics.md";

    private const string Category = "BkApiGen";

    private static DiagnosticDescriptor Warning(string id, string title, string format)
        => new(id, title, format, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink(id));

    private static DiagnosticDescriptor Error(string id, string title, string format)
        => new(id, title, format, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink(id));

    private static string HelpLink(string id) => HelpBase + "#" + id.ToLowerInvariant();
}
