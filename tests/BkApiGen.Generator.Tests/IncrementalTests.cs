using BkApiGen.Generator.Models;
using BkApiGen.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BkApiGen.Generator.Tests;

/// <summary>The pipeline must skip work that cannot change the output: the promise of an incremental generator.</summary>
public sealed class IncrementalTests
{
    private static readonly string[] Steps =
    {
        TrackingNames.SpecInputs, TrackingNames.SharedCatalog, TrackingNames.CatalogViews, TrackingNames.ParsedSpecs, TrackingNames.Models, TrackingNames.Diagnostics, TrackingNames.Clients,
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
    public void Editing_one_spec_of_a_whole_system_re_runs_the_generator_for_that_spec_only()
    {
        var specs = SystemSpecs("jobv3");
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Marker { } }");
        var driver = GeneratorHarness.CreateDriver(specs).RunGenerators(compilation);
        var before = Sources(driver);

        var target = specs.Single(s => Path.GetFileName(s.Path) == "get_job_instance_status.bkapi.json");
        driver = driver.ReplaceAdditionalText(target, EditFirstDescription(target));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();
        var others = specs.Length - 1;

        // The edited spec is read, parsed and emitted again; nothing of the other specs runs (the catalog views and the
        // parse are the operation specs' steps: the definitions file has none).
        foreach (var (step, count) in new[] { (TrackingNames.SpecInputs, specs.Length), (TrackingNames.CatalogViews, others), (TrackingNames.ParsedSpecs, others), (TrackingNames.Models, specs.Length), (TrackingNames.EmitPlans, specs.Length) })
        {
            var reasons = Reasons(result, step);
            Assert.Equal(count, reasons.Count);
            Assert.Equal(count - 1, reasons.Count(r => r == IncrementalStepRunReason.Cached));
            Assert.Single(reasons, IncrementalStepRunReason.Modified);
        }

        // A description is not a type's shape: its declarations compare equal, so the decision about shared types does
        // not run again, and neither do the clients.
        Assert.Equal(others, Reasons(result, TrackingNames.Declarations).Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(specs.Length, Reasons(result, TrackingNames.Declarations).Count);
        Assert.Single(Reasons(result, TrackingNames.Declarations), IncrementalStepRunReason.Unchanged);
        Assert.Equal(IncrementalStepRunReason.Cached, Single(result, TrackingNames.TypeOwnership));
        Assert.Equal(IncrementalStepRunReason.Cached, Single(result, TrackingNames.Clients));
        Assert.Equal(IncrementalStepRunReason.Cached, Single(result, TrackingNames.SharedCatalog));

        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Single(outputs, IncrementalStepRunReason.Modified);
        Assert.All(outputs, r => Assert.Contains(r, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified }));
        var changed = ChangedSources(before, result);
        Assert.NotEmpty(changed);
        Assert.All(changed, hint => Assert.Contains(".GetJobInstanceStatus.", hint, StringComparison.Ordinal));
    }

    [Fact]
    public void Editing_a_definitions_file_re_parses_only_the_specs_that_use_what_changed()
    {
        var specs = SystemSpecs("jobv3");
        var common = specs.Single(s => Path.GetFileName(s.Path) == "common.bkapi.json");
        var commonText = common.GetText()!.ToString();
        var operations = specs.Where(s => s != common).ToList();

        // A shared type no other shared type refers to, used by some operation specs but not all.
        var (type, users) = JObjectNames(commonText)
            .Where(name => !commonText.Contains($"\"#/definitions/{name}\"", StringComparison.Ordinal))
            .Select(name => (Name: name, Users: operations.Where(s => s.GetText()!.ToString().Contains($"common.bkapi.json#/definitions/{name}\"", StringComparison.Ordinal)).Select(s => s.Path).ToHashSet()))
            .First(t => t.Users.Count >= 2 && t.Users.Count < operations.Count / 2);

        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Marker { } }");
        var driver = GeneratorHarness.CreateDriver(specs).RunGenerators(compilation);

        // The type's description changes: the members that use it are documented by it, so its users are parsed again.
        var anchor = $"\"{type}\": {{";
        var at = commonText.IndexOf(anchor, StringComparison.Ordinal);
        var description = commonText.IndexOf("\"description\": \"", at, StringComparison.Ordinal) + "\"description\": \"".Length;
        var edited = GeneratorHarness.Spec(common.Path, commonText.Insert(description, "Edited. "));
        driver = driver.ReplaceAdditionalText(common, edited);
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, Single(result, TrackingNames.SharedCatalog));
        // Every operation spec's view is computed again (a filter of the catalog); only the users' views differ.
        var views = result.TrackedSteps[TrackingNames.CatalogViews].SelectMany(s => s.Outputs)
            .Select(o => (Path: (((Parsing.SpecInput Input, SharedCatalog Catalog))o.Value).Input.Path, o.Reason))
            .ToList();
        Assert.Equal(operations.Count, views.Count);
        Assert.Equal(users.OrderBy(p => p, StringComparer.Ordinal), views.Where(v => v.Reason == IncrementalStepRunReason.Modified).Select(v => v.Path).OrderBy(p => p, StringComparer.Ordinal));
        Assert.Equal(operations.Count - users.Count, views.Count(v => v.Reason == IncrementalStepRunReason.Unchanged));

        // Only the users are parsed again; every other operation spec's parse, and its output, comes from the cache.
        var parsed = Reasons(result, TrackingNames.ParsedSpecs);
        Assert.Equal(operations.Count - users.Count, parsed.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.DoesNotContain(parsed.Where(r => r != IncrementalStepRunReason.Cached), r => r is not (IncrementalStepRunReason.Modified or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void Adding_a_type_to_a_definitions_file_parses_no_operation_spec_again()
    {
        var specs = SystemSpecs("jobv3");
        var common = specs.Single(s => Path.GetFileName(s.Path) == "common.bkapi.json");
        var text = common.GetText()!.ToString();
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Marker { } }");
        var driver = GeneratorHarness.CreateDriver(specs).RunGenerators(compilation);
        var before = Sources(driver);

        var added = text.Insert(text.IndexOf("\"definitions\": {", StringComparison.Ordinal) + "\"definitions\": {".Length,
            "\"unused_note\": { \"type\": \"object\", \"properties\": { \"text\": { \"type\": \"string\" } } },");
        driver = driver.ReplaceAdditionalText(common, GeneratorHarness.Spec(common.Path, added));
        var run = driver.RunGenerators(compilation).GetRunResult();
        var result = run.Results.Single();

        Assert.Empty(run.Diagnostics);
        Assert.Equal(IncrementalStepRunReason.Modified, Single(result, TrackingNames.SharedCatalog));
        Assert.All(Reasons(result, TrackingNames.CatalogViews), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        Assert.All(Reasons(result, TrackingNames.ParsedSpecs), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        var changed = ChangedSources(before, result);
        Assert.NotEmpty(changed);
        Assert.All(changed, hint => Assert.StartsWith("Consumer.JobV3.Common.", hint, StringComparison.Ordinal));
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

    /// <summary>Every shipped spec of one system, as a project lists them.</summary>
    private static AdditionalText[] SystemSpecs(string system)
        => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "specs", system), "*" + BkApiSourceGenerator.SpecSuffix)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => GeneratorHarness.Spec(p, File.ReadAllText(p)))
            .ToArray();

    private static AdditionalText EditFirstDescription(AdditionalText spec)
    {
        var text = spec.GetText()!.ToString();
        var at = text.IndexOf("\"description\": \"", StringComparison.Ordinal) + "\"description\": \"".Length;
        return GeneratorHarness.Spec(spec.Path, text.Insert(at, "Edited. "));
    }

    private static IEnumerable<string> JObjectNames(string definitionsText)
        => ((Newtonsoft.Json.Linq.JObject)Newtonsoft.Json.Linq.JObject.Parse(definitionsText)["definitions"]!).Properties().Select(p => p.Name);

    private static Dictionary<string, string> Sources(GeneratorDriver driver)
        => driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>The hint names whose text differs from <paramref name="before"/> (or is new).</summary>
    private static List<string> ChangedSources(Dictionary<string, string> before, GeneratorRunResult result)
        => result.GeneratedSources.Where(s => !before.TryGetValue(s.HintName, out var old) || old != s.SourceText.ToString()).Select(s => s.HintName).ToList();

    private static IncrementalStepRunReason Single(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(s => s.Outputs).Single().Reason;

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
}
