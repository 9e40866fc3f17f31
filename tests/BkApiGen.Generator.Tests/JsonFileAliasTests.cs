using BkApiGen.Tests.Shared;
using Microsoft.CodeAnalysis;

namespace BkApiGen.Generator.Tests;

/// <summary>
/// The generated JSON files name System.Text.Json and the runtime through file-local aliases used with <c>::</c>
/// (<c>Stj::Utf8JsonReader</c>, <c>Bk::Serialization.BkJson</c>): what a consumer's own code may declare beside them.
/// </summary>
public sealed class JsonFileAliasTests
{
    private static IReadOnlyList<Diagnostic> CompileSeedWith(string consumerSource)
    {
        var (result, output, _) = GeneratorHarness.Run(GeneratorHarness.SeedSpecs(), GeneratorHarness.CreateCompilation(consumerSource));
        Assert.Empty(result.Diagnostics);
        return output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
    }

    [Fact]
    public void Types_named_like_the_aliases_in_the_consumer_namespaces_do_not_disturb_the_generated_code()
    {
        // `::` looks up aliases only: a type Stj or Bk, in the generated code's namespace or an enclosing one, is never taken.
        var problems = CompileSeedWith("""
            namespace Consumer { internal sealed class Stj { } internal sealed class Bk { } }
            namespace Consumer.JobV3 { internal static class Stj { } internal static class Bk { public const int Serialization = 1; } }
            """);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void A_global_using_alias_of_another_name_does_not_disturb_the_generated_code()
    {
        var problems = CompileSeedWith("""
            global using Json = System.Text.Json;
            global using Runtime = BkApiGen.Runtime;
            global using Serialization = System.Runtime.Serialization;
            global using System.Text.Json.Serialization.Metadata;
            namespace Consumer { internal static class Marker { } }
            """);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("Stj")]
    [InlineData("Bk")]
    public void A_global_using_alias_named_like_one_of_the_aliases_is_a_compile_error_in_the_generated_file(string alias)
    {
        // Global usings belong to every file, the generated ones too, and C# refuses an alias declared twice in one file
        // (CS1537). The README says so: a consumer gives its own global aliases other names.
        var problems = CompileSeedWith($"global using {alias} = System.Collections.Generic;\nnamespace Consumer {{ internal static class Marker {{ }} }}");

        var duplicates = problems.Where(d => d.Id == "CS1537").ToList();
        Assert.NotEmpty(duplicates);
        Assert.All(duplicates, d => Assert.EndsWith(".g.cs", d.Location.SourceTree!.FilePath, StringComparison.Ordinal));
    }
}
