namespace BkApiGen.Generator.Parsing;

/// <summary>
/// One spec file as the pipeline sees it: its text, read once (<see cref="SpecDocument"/>), and the settings that shape
/// its output. Equatable, so an unchanged file with unchanged settings stops the pipeline here.
/// </summary>
internal sealed record SpecInput(string Path, SpecDocument Document, string? Namespace, string? ClientName, string? RootNamespace)
{
    public string Text => Document.Text;

    /// <summary>True for a shared definitions file: see <see cref="SpecDocument.IsDefinitions"/>.</summary>
    public bool IsDefinitions => Document.IsDefinitions;

    /// <summary>True for a callback spec: see <see cref="SpecDocument.IsCallback"/>.</summary>
    public bool IsCallback => Document.IsCallback;
}

/// <summary>The outcome of reading one spec: the model when it is usable, the types it exports, and every problem found.</summary>
internal sealed record ParseResult(
    BkApiGen.Generator.Models.ApiSpec? Spec,
    BkApiGen.Generator.Models.EquatableArray<BkApiGen.Generator.Models.SharedType> Exports,
    BkApiGen.Generator.Models.EquatableArray<BkApiGen.Generator.Diagnostics.DiagnosticInfo> Diagnostics);
