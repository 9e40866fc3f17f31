using BkApiGen.Tests.Shared;
using CsCheck;
using Microsoft.CodeAnalysis;
using Newtonsoft.Json.Linq;

namespace BkApiGen.Generator.Tests;

/// <summary>
/// Whatever a spec file contains, the generator must not throw (CS8784/CS8785 would break the consumer's build):
/// every failure is a BKGEN diagnostic, and whatever it does emit compiles, doc comments included (as for a consumer
/// that builds its documentation file with warnings as errors).
/// </summary>
public sealed class RobustnessTests
{
    private static readonly string Seed = File.ReadAllText(GeneratorHarness.SeedSpecPath);

    private static readonly CSharpCompilationHolder Holder = new();

    // The definitions file the seed references: mutated seeds are read with it, so that they get past the references.
    // A driver that has already run over it is reused (its catalog and its output stay cached), and its own output is
    // compiled once, not with every case.
    private static readonly Lazy<(GeneratorDriver Driver, AdditionalText Placeholder, HashSet<string> HintNames)> WithCommon = new(() =>
    {
        var common = GeneratorHarness.Spec("/fuzz/common.bkapi.json", File.ReadAllText(GeneratorHarness.CommonSpecPath));
        var placeholder = GeneratorHarness.Spec("/fuzz/spec.bkapi.json", "{}");
        var driver = GeneratorHarness.CreateDriver(new[] { common, placeholder }, parseOptions: GeneratorHarness.DocumentedParseOptions).RunGeneratorsAndUpdateCompilation(Holder.Compilation, out var output, out _);
        var run = driver.GetRunResult().Results.Single();
        Assert.Null(run.Exception);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return (driver, placeholder, run.GeneratedSources.Select(s => s.HintName).ToHashSet(StringComparer.Ordinal));
    });

    private static readonly Gen<JToken> Scalar = Gen.OneOf(
        Gen.Const<JToken>(JValue.CreateNull()),
        Gen.Int.Select(i => (JToken)new JValue(i)),
        Gen.Long.Select(l => (JToken)new JValue(l)),
        Gen.Double.Select(d => (JToken)new JValue(d)),
        Gen.Bool.Select(b => (JToken)new JValue(b)),
        Gen.String.Select(s => (JToken)new JValue(s)),
        Gen.OneOf("object", "array", "integer", "string", "number", "boolean", "null", "int64", "ipv4", "ip", "#/definitions/ip",
            "#/definitions/nope", "other.bkapi.json#/definitions/ip", "http://example.invalid/x.json", "POST", "GET", "jobv3", "").Select(s => (JToken)new JValue(s)));

    private static readonly Gen<JToken> Value = Gen.Recursive<JToken>((depth, self) => depth > 2
        ? Scalar
        : Gen.Frequency(
            (6, Scalar),
            (1, self.Array[0, 3].Select(items => (JToken)new JArray(items))),
            (1, Gen.Select(Gen.OneOf("type", "$ref", "enum", "items", "properties", "required", "discriminator", "oneOf", "format", "x-enumNames", "mapping", "minimum", "default"), self, (name, value) => (name, value))
                .Array[0, 3].Select(members => (JToken)new JObject(members.GroupBy(m => m.name).Select(g => new JProperty(g.Key, g.First().value)))))));

    [Fact]
    public void Structural_mutations_of_the_seed_spec_never_escape_as_exceptions()
    {
        // Each case: a few edits at random places of the seed's JSON tree (replace a value, drop a member, add one).
        var edits = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 100_000], Value, Gen.OneOf("type", "$ref", "enum", "required", "x-bkapi", "items", "discriminator", "mapping", "oneOf", "format", "x-csharp-name", "x-enumNames", "zzz"),
            (kind, position, value, name) => (kind, position, value, name));
        edits.Array[1, 4].Check(plan =>
        {
            var root = JObject.Parse(Seed);
            foreach (var (kind, position, value, name) in plan)
            {
                var tokens = root.DescendantsAndSelf().ToList();
                var target = tokens[position % tokens.Count];
                switch (kind)
                {
                    case 0 when target is not JProperty && target.Parent is not null:
                        target.Replace(value);
                        break;
                    case 1 when target is JProperty property:
                        property.Remove();
                        break;
                    case 2 when target is JObject obj:
                        obj[name] = value;
                        break;
                }
            }

            AssertOnlyBkgenDiagnostics(root.ToString(), withCommon: true);
        }, iter: 1200, seed: 0x5EED_0003, threads: 1);
    }

    [Fact]
    public void Textual_mutations_of_the_seed_spec_never_escape_as_exceptions()
    {
        Gen.Select(Gen.Int[0, Seed.Length - 1], Gen.Int[0, 40], Gen.String, (at, length, insert) => (at, length, insert)).Array[1, 3].Check(cuts =>
        {
            var text = Seed;
            foreach (var (at, length, insert) in cuts)
            {
                var start = at % text.Length;
                text = text.Remove(start, Math.Min(length, text.Length - start)).Insert(start, insert);
            }

            AssertOnlyBkgenDiagnostics(text, withCommon: true);
        }, iter: 1000, seed: 0x5EED_0004, threads: 1);
    }

    [Fact]
    public void Random_json_documents_never_escape_as_exceptions()
    {
        Value.Check(value =>
        {
            var doc = new JObject { ["x-bkapi"] = value, ["definitions"] = value.DeepClone() };
            AssertOnlyBkgenDiagnostics(doc.ToString());
            AssertOnlyBkgenDiagnostics(value.ToString());
        }, iter: 1000, seed: 0x5EED_0005, threads: 1);
    }

    private static int s_runs;

    private static void AssertOnlyBkgenDiagnostics(string text, bool withCommon = false)
    {
        // Compiling the output costs far more than generating it: check every fifth case (every case of a replay).
        var compile = Interlocked.Increment(ref s_runs) % 5 == 0 || Fuzz.Replay;
        var spec = GeneratorHarness.Spec("/fuzz/spec.bkapi.json", text);
        var driver = (withCommon ? WithCommon.Value.Driver.ReplaceAdditionalText(WithCommon.Value.Placeholder, spec) : GeneratorHarness.CreateDriver(new[] { spec }, parseOptions: GeneratorHarness.DocumentedParseOptions))
            .RunGeneratorsAndUpdateCompilation(Holder.Compilation, out var output, out _);
        var result = driver.GetRunResult();
        var run = result.Results.Single();
        if (run.Exception is not null)
        {
            throw new Xunit.Sdk.XunitException($"The generator threw {run.Exception} on:\n{text}");
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            Assert.True(diagnostic.Id.StartsWith("BKGEN", StringComparison.Ordinal), $"{diagnostic} on:\n{text}");
        }

        if (compile && run.GeneratedSources.Any(s => !withCommon || !WithCommon.Value.HintNames.Contains(s.HintName)))
        {
            // What the generator accepts, it must be able to compile.
            var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, $"Generated code does not compile: {string.Join("\n", errors.Take(5))}\non:\n{text}");
        }
    }

    private sealed class CSharpCompilationHolder
    {
        public Microsoft.CodeAnalysis.CSharp.CSharpCompilation Compilation { get; } = GeneratorHarness.CreateCompilation(GeneratorHarness.DocumentedParseOptions, "namespace Consumer { internal static class Marker { } }");
    }
}
