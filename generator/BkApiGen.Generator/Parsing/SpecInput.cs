namespace BkApiGen.Generator.Parsing;

/// <summary>
/// One spec file as the pipeline sees it: its text and the settings that shape its output. Equatable, so an
/// unchanged file with unchanged settings stops the pipeline here.
/// </summary>
internal sealed record SpecInput(string Path, string Text, string? Namespace, string? ClientName, string? RootNamespace);

/// <summary>The outcome of reading one spec: the model when it is usable, and every problem found.</summary>
internal sealed record ParseResult(BkApiGen.Generator.Models.ApiSpec? Spec, BkApiGen.Generator.Models.EquatableArray<BkApiGen.Generator.Diagnostics.DiagnosticInfo> Diagnostics);
