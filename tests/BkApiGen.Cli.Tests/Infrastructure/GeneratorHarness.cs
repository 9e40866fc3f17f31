using System.Collections.Immutable;
using BkApiGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace BkApiGen.Cli.Tests.Infrastructure;

/// <summary>
/// Runs the real generator in-process over a spec, as the compiler would, and compiles its output against the runtime
/// (adapted from tests/BkApiGen.Generator.Tests/Infrastructure/GeneratorHarness.cs).
/// </summary>
internal static class GeneratorHarness
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(BkApiGen.Runtime.BkApiOperation).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    });

    /// <summary>The generator's diagnostics and the compiler's (warnings and errors) on the generated code.</summary>
    public static (IReadOnlyList<Diagnostic> Generator, IReadOnlyList<Diagnostic> Compiler, IReadOnlyList<string> HintNames) Run(string path, string specText)
        => Run(new[] { (path, specText) });

    /// <summary>Several specs in one project and one namespace, as a user's BkApiSpec items (a set and its common file).</summary>
    public static (IReadOnlyList<Diagnostic> Generator, IReadOnlyList<Diagnostic> Compiler, IReadOnlyList<string> HintNames) Run(IEnumerable<(string Path, string Text)> specs)
    {
        var compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Marker { } }", ParseOptions) },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new BkApiSourceGenerator().AsSourceGenerator() },
            specs.Select(s => (AdditionalText)new InMemoryText(s.Path, s.Text)).ToArray(),
            ParseOptions,
            new OptionsProvider("Consumer"));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var result = driver.GetRunResult();
        var compiler = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        return (result.Diagnostics, compiler, result.Results.SelectMany(r => r.GeneratedSources).Select(s => s.HintName).ToList());
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider(string rootNamespace) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(new Dictionary<string, string>());
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
