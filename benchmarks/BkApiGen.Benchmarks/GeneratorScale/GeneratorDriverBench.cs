using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BkApiGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace BkApiGen.Benchmarks.GeneratorScale;

/// <summary>
/// The generator driven in-process like the compiler does (CSharpGeneratorDriver, no step tracking), over common.bkapi.json
/// plus N synthetic operation specs. Cold: a new driver (nothing cached; the templates, parsed once per process, are warm).
/// Warm: the driver of the previous run, after one operation spec was edited (its description changes, so its file is
/// regenerated; the other specs must come from the cache). WarmEditDefinitions: the previous driver after a type that no
/// operation uses was added to (or removed from) common.bkapi.json (the definitions file's output is regenerated; no
/// operation spec needs to be parsed again). Per-spec figures are in the Time/spec and Alloc/spec columns.
/// </summary>
[MemoryDiagnoser]
public class GeneratorDriverBench
{
    private CSharpCompilation _compilation = null!;
    private ImmutableArray<AdditionalText> _texts;
    private GeneratorDriver _warm = null!;
    private AdditionalText _editedA = null!;
    private AdditionalText _editedB = null!;
    private bool _atA;
    private GeneratorDriver _warmDefinitions = null!;
    private AdditionalText _common = null!;
    private AdditionalText _commonWithUnusedType = null!;
    private bool _commonAtA;

    /// <summary>Operation specs (plus the shared definitions file).</summary>
    [Params(1, 10, 300)]
    public int Specs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var seed = SyntheticSpecs.SeedText;
        var texts = new List<AdditionalText> { Spec("common.bkapi.json", SyntheticSpecs.CommonText) };
        for (var i = 0; i < Specs; i++)
        {
            texts.Add(Spec(SyntheticSpecs.FileName(i), SyntheticSpecs.Create(seed, i)));
        }

        _texts = [.. texts];
        _compilation = GeneratorHost.CreateCompilation();

        // The spec that gets edited: the middle one, alternating between two revisions so that every run is a real edit.
        var edited = Specs / 2;
        _editedA = _texts[1 + edited];
        _editedB = Spec(SyntheticSpecs.FileName(edited), SyntheticSpecs.Create(seed, edited, revision: 1));
        _warm = GeneratorHost.CreateDriver(_texts).RunGenerators(_compilation);
        _atA = true;

        _common = _texts[0];
        var common = SyntheticSpecs.CommonText;
        var definitions = common.IndexOf("\"definitions\": {", StringComparison.Ordinal) + "\"definitions\": {".Length;
        _commonWithUnusedType = Spec("common.bkapi.json", common.Insert(definitions, "\"unused_note\": { \"type\": \"object\", \"properties\": { \"text\": { \"type\": \"string\" } } },"));
        _warmDefinitions = GeneratorHost.CreateDriver(_texts).RunGenerators(_compilation);
        _commonAtA = true;

        var result = _warm.GetRunResult();
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var sources = result.Results.Sum(r => r.GeneratedSources.Length);
        if (errors.Count > 0 || result.Results.Any(r => r.Exception is not null) || sources < Specs + 2)
        {
            throw new InvalidOperationException(
                $"The generator did not run cleanly over {Specs} specs: {sources} sources, errors: {string.Join("; ", errors.Take(3))} {result.Results.FirstOrDefault().Exception}");
        }
    }

    /// <summary>A new driver over all the specs.</summary>
    [Benchmark]
    public GeneratorDriver Cold() => GeneratorHost.CreateDriver(_texts).RunGenerators(_compilation);

    /// <summary>The previous driver, after one spec was edited.</summary>
    [Benchmark]
    public GeneratorDriver WarmEditOne()
    {
        var (from, to) = _atA ? (_editedA, _editedB) : (_editedB, _editedA);
        _atA = !_atA;
        _warm = _warm.ReplaceAdditionalText(from, to).RunGenerators(_compilation);
        return _warm;
    }

    /// <summary>The previous driver, after a type no operation uses was added to or removed from the definitions file.</summary>
    [Benchmark]
    public GeneratorDriver WarmEditDefinitions()
    {
        var (from, to) = _commonAtA ? (_common, _commonWithUnusedType) : (_commonWithUnusedType, _common);
        _commonAtA = !_commonAtA;
        _warmDefinitions = _warmDefinitions.ReplaceAdditionalText(from, to).RunGenerators(_compilation);
        return _warmDefinitions;
    }

    /// <summary>The previous driver, nothing edited (an unrelated keystroke in the IDE).</summary>
    [Benchmark]
    public GeneratorDriver WarmNoEdit() => _warm = _warm.RunGenerators(_compilation);

    private static AdditionalText Spec(string fileName, string text) => new GeneratorHost.InMemoryText("/bench/specs/jobv3/" + fileName, text);
}

/// <summary>Creates drivers and compilations the way the compiler sets them up for a consumer project.</summary>
public static class GeneratorHost
{
    /// <summary>C# latest.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>A small compilation: the generator reads only additional files and options, never the syntax.</summary>
    public static CSharpCompilation CreateCompilation()
        => CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Marker { } }", ParseOptions)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>A driver as the compiler creates it: no step tracking (unless <paramref name="trackSteps"/>, for diagnostics).</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> specs, bool trackSteps = false)
        => CSharpGeneratorDriver.Create(
            [new BkApiSourceGenerator().AsSourceGenerator()],
            specs,
            ParseOptions,
            new OptionsProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>A spec in memory.</summary>
    public sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

        /// <inheritdoc />
        public override string Path { get; } = path;

        /// <inheritdoc />
        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Global = new(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" });
        private static readonly Options File = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.BkApiNamespace"] = "Consumer.JobV3" });
        private static readonly Options None = new([]);

        public override AnalyzerConfigOptions GlobalOptions => Global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => File;
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
