using BkApiGen.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BkApiGen.Generator.Tests;

/// <summary>
/// The generated code needs C# 12. A project pinned to an older <c>LangVersion</c> gets one BKGEN0013 that says what to
/// change, and no generated file (whose errors would only confuse).
/// </summary>
public sealed class LanguageVersionTests
{
    private static AdditionalText[] AllSpecs()
        => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "specs"), "*.bkapi.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => GeneratorHarness.Spec(path, File.ReadAllText(path)))
            .ToArray();

    private static (GeneratorDriverRunResult Result, Compilation Output) Run(LanguageVersion version, AdditionalText[] specs)
    {
        var options = GeneratorHarness.ParseOptions.WithLanguageVersion(version);
        var compilation = GeneratorHarness.CreateCompilation(options, "namespace Consumer { internal static class Marker { } }");
        var driver = GeneratorHarness.CreateDriver(specs, parseOptions: options).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (driver.GetRunResult(), output);
    }

    [Fact]
    public void Every_spec_of_the_repository_compiles_as_CSharp_12()
    {
        var specs = AllSpecs();
        Assert.True(specs.Length >= 10, $"{specs.Length} specs");
        var (result, output) = Run(LanguageVersion.CSharp12, specs);

        Assert.Empty(result.Diagnostics);
        Assert.NotEmpty(result.Results.Single().GeneratedSources);
        var errors = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp11, "11.0")]
    [InlineData(LanguageVersion.CSharp10, "10.0")]
    public void An_older_CSharp_gets_one_BKGEN0013_and_no_code(LanguageVersion version, string shown)
    {
        var (result, output) = Run(version, GeneratorHarness.SeedSpecs());

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BKGEN0013", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains($"compiles as C# {shown}", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("LangVersion", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(result.Results.Single().GeneratedSources);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void An_older_CSharp_without_spec_files_is_not_reported()
    {
        var (result, _) = Run(LanguageVersion.CSharp11, []);
        Assert.Empty(result.Diagnostics);
    }
}
