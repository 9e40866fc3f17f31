using System.Collections.Immutable;
using BkApiGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace BkApiGen.Tests.Shared;

/// <summary>
/// Runs the real generator in-process over specs given as text, as the compiler would, and compiles its output against
/// the runtime. Linked into every test project that drives the generator directly (Generator.Tests, Cli.Tests); the
/// project copies the seed specs to <c>specs/jobv3</c> of its output.
/// </summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>What a consumer with <c>GenerateDocumentationFile</c> compiles with: malformed doc comments are reported.</summary>
    public static readonly CSharpParseOptions DocumentedParseOptions = ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(BkApiGen.Runtime.BkApiOperation).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    });

    public static string SeedSpecPath => Path.Combine(AppContext.BaseDirectory, "specs", "jobv3", "batch_get_job_instance_ip_log.bkapi.json");

    /// <summary>The jobv3 shared definitions file the seed spec references (common.bkapi.json, beside it).</summary>
    public static string CommonSpecPath => Path.Combine(AppContext.BaseDirectory, "specs", "jobv3", "common.bkapi.json");

    /// <summary>The seed spec and the definitions file it needs, as a project lists them.</summary>
    public static AdditionalText[] SeedSpecs(string? seedText = null)
        => new[] { Spec(CommonSpecPath, File.ReadAllText(CommonSpecPath)), Spec(SeedSpecPath, seedText ?? File.ReadAllText(SeedSpecPath)) };

    public static string ReadSpec(string relativePath) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relativePath));

    public static CSharpCompilation CreateCompilation(params string[] sources) => CreateCompilation(ParseOptions, sources);

    public static CSharpCompilation CreateCompilation(CSharpParseOptions parseOptions, params string[] sources)
        => CSharpCompilation.Create(
            "Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, parseOptions)),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> specs, string? rootNamespace = "Consumer", IDictionary<string, string>? fileMetadata = null, CSharpParseOptions? parseOptions = null)
        => CSharpGeneratorDriver.Create(
            new[] { new BkApiSourceGenerator().AsSourceGenerator() },
            specs,
            parseOptions ?? ParseOptions,
            new OptionsProvider(rootNamespace, fileMetadata ?? new Dictionary<string, string>()),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator over the specs and returns the result plus the compilation with the generated code.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output, GeneratorDriver Driver) Run(IEnumerable<AdditionalText> specs, CSharpCompilation? compilation = null, IDictionary<string, string>? fileMetadata = null)
    {
        var driver = CreateDriver(specs, fileMetadata: fileMetadata);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation ?? CreateCompilation("namespace Consumer { internal static class Marker { } }"), out var output, out _);
        return (driver.GetRunResult(), output, driver);
    }

    /// <summary>
    /// The generator's diagnostics, the compiler's warnings and errors on the generated code, and the generated files'
    /// hint names: what a project listing these specs as BkApiSpec items in namespace <c>Consumer</c> would see.
    /// </summary>
    public static (IReadOnlyList<Diagnostic> Generator, IReadOnlyList<Diagnostic> Compiler, IReadOnlyList<string> HintNames) Compile(IEnumerable<(string Path, string Text)> specs)
    {
        var (result, output, _) = Run(specs.Select(s => Spec(s.Path, s.Text)).ToArray());
        var compiler = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        return (result.Diagnostics, compiler, result.Results.SelectMany(r => r.GeneratedSources).Select(s => s.HintName).ToList());
    }

    /// <summary>One spec alone, as <see cref="Compile(IEnumerable{ValueTuple{string, string}})"/> runs a set.</summary>
    public static (IReadOnlyList<Diagnostic> Generator, IReadOnlyList<Diagnostic> Compiler, IReadOnlyList<string> HintNames) Compile(string path, string specText)
        => Compile(new[] { (path, specText) });

    public static AdditionalText Spec(string path, string text) => new InMemoryText(path, text);

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider(string? rootNamespace, IDictionary<string, string> fileMetadata) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(rootNamespace is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(fileMetadata.ToDictionary(p => "build_metadata.AdditionalFiles." + p.Key, p => p.Value));
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
