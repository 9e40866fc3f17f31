using BkApiGen.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BkApiGen.Generator.Tests;

/// <summary>The pipeline must skip work that cannot change the output: the promise of an incremental generator.</summary>
public sealed class IncrementalTests
{
    private static readonly string[] Steps =
    {
        TrackingNames.SpecInputs, TrackingNames.SharedCatalog, TrackingNames.ParsedSpecs, TrackingNames.Models, TrackingNames.Diagnostics, TrackingNames.Clients,
        TrackingNames.Declarations, TrackingNames.TypeOwnership, TrackingNames.EmitPlans, TrackingNames.NameConflicts,
    };

    [Fact]
    public void Editing_an_unrelated_csharp_file_leaves_every_step_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Marker { } }");
        var driver = GeneratorHarness.CreateDriver(GeneratorHarness.SeedSpecs()).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Other { } }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in Steps)
        {
            var reasons = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Whitespace_only_edit_of_a_spec_reparses_but_leaves_the_model_unchanged()
    {
        var text = File.ReadAllText(GeneratorHarness.SeedSpecPath);
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Marker { } }");
        var specs = GeneratorHarness.SeedSpecs(text);
        var driver = GeneratorHarness.CreateDriver(specs).RunGenerators(compilation);

        var reformatted = GeneratorHarness.Spec(GeneratorHarness.SeedSpecPath, text.Replace("\n", "\n  "));
        driver = driver.ReplaceAdditionalText(specs[1], reformatted);
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        // The seed's input changed; the definitions file it references did not.
        var inputs = Reasons(result, TrackingNames.SpecInputs);
        Assert.Equal(2, inputs.Count);
        Assert.Single(inputs, IncrementalStepRunReason.Modified);
        Assert.Single(inputs, IncrementalStepRunReason.Cached);
        Assert.Equal(IncrementalStepRunReason.Unchanged, Single(result, TrackingNames.ParsedSpecs));
        Assert.All(Reasons(result, TrackingNames.Models), r => Assert.Equal(IncrementalStepRunReason.Cached, r));

        // The models hold no lines, so nothing about types shared across specs runs again but the look for conflicts
        // (which reads the texts, and finds none).
        foreach (var step in new[] { TrackingNames.Declarations, TrackingNames.TypeOwnership, TrackingNames.EmitPlans })
        {
            Assert.All(Reasons(result, step), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        }

        Assert.Equal(IncrementalStepRunReason.Unchanged, Single(result, TrackingNames.NameConflicts));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void The_model_holds_no_roslyn_or_schema_objects()
    {
        // Symbols, syntax, compilations or Locations in the model would root old compilations and defeat caching.
        var forbidden = new[] { typeof(ISymbol), typeof(Compilation), typeof(SyntaxNode), typeof(Location), typeof(SyntaxTree) };
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(new[] { typeof(Models.ApiSpec), typeof(Parsing.ParseResult) });
        var modelAssembly = typeof(Models.ApiSpec).Assembly;
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (!seen.Add(type))
            {
                continue;
            }

            Assert.DoesNotContain(forbidden, f => f.IsAssignableFrom(type));
            Assert.False(type.Namespace?.StartsWith("NJsonSchema", StringComparison.Ordinal) == true || type.Namespace?.StartsWith("Newtonsoft", StringComparison.Ordinal) == true, $"{type} leaks a parser object into the model");
            if (type.Assembly != modelAssembly && !type.IsGenericType)
            {
                continue;
            }

            foreach (var nested in type.GetGenericArguments()
                         .Concat(type.GetProperties().Select(p => p.PropertyType))
                         .Concat(type.GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public).Select(f => f.FieldType)))
            {
                pending.Push(Nullable.GetUnderlyingType(nested) ?? nested);
            }

            foreach (var derived in modelAssembly.GetTypes().Where(t => t.BaseType == type))
            {
                pending.Push(derived);
            }
        }

        Assert.Contains(typeof(Models.UnionSpec), seen);
    }

    private static IncrementalStepRunReason Single(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(s => s.Outputs).Single().Reason;

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
}
