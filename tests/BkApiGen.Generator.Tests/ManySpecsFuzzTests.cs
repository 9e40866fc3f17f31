using BkApiGen.Tests.Shared;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BkApiGen.Generator.Tests;

/// <summary>
/// Many specs of one namespace, each declaring some of a few shared names in one of a few variants: whatever the mix,
/// the generated code compiles, every name is declared once, and exactly the specs whose variants agree with the
/// earlier accepted specs (by path) are generated.
/// </summary>
public sealed class ManySpecsFuzzTests
{
    // Each shared definition in its variants; the same variant index is the same shape, whatever the description.
    private static readonly Dictionary<string, string[]> Variants = new()
    {
        ["host"] = new[]
        {
            """{ "type": "object", "required": ["ip"], "description": "D", "properties": { "ip": { "type": "string", "description": "D" } } }""",
            """{ "type": "object", "required": ["ip"], "properties": { "ip": { "type": "string" }, "bk_host_id": { "type": "integer" } } }""",
        },
        ["status"] = new[]
        {
            """{ "type": "integer", "enum": [1, 2], "x-enumNames": ["Running", "Done"], "description": "D" }""",
            """{ "type": "integer", "enum": [1, 2, 3], "x-enumNames": ["Running", "Done", "Failed"] }""",
            """{ "type": "string", "enum": ["running", "done"] }""",
        },
        ["page"] = new[]
        {
            """{ "type": "object", "properties": { "start": { "type": "integer", "minimum": 0 }, "length": { "type": "integer" } } }""",
        },
    };

    private sealed record SpecCase(string Name, Dictionary<string, int> Chosen);

    private static readonly Gen<List<SpecCase>> Cases =
        Gen.Select(Gen.Int[0, 1], Gen.Int[-1, 1], Gen.Int[-1, 2], Gen.Int[-1, 0])
            .Select(t => new Dictionary<string, int> { ["host"] = t.Item1, ["status"] = t.Item3, ["page"] = t.Item4, ["_order"] = t.Item2 })
            .List[2, 7]
            .Select(list => list.Select((chosen, i) => new SpecCase($"op_{(char)('a' + ((i * 5 + chosen["_order"] + 7) % 26))}{i}", chosen.Where(p => p.Key != "_order" && p.Value >= 0).ToDictionary(p => p.Key, p => p.Value))).ToList());

    private static string Spec(SpecCase c)
    {
        var members = string.Join(", ", c.Chosen.Keys.Select(k => $"\"{k}\": {{ \"$ref\": \"#/definitions/{k}\" }}"));
        var definitions = string.Join(",\n", c.Chosen.Select(p => $"\"{p.Key}\": {Variants[p.Key][p.Value].Replace("\"D\"", $"\"said by {c.Name}\"", StringComparison.Ordinal)}"));
        return $$"""
            {
              "x-bkapi": { "system": "jobv3", "operation": "{{c.Name}}", "method": "POST", "gatewayPath": "/api/v3/{{c.Name}}",
                           "request": { "$ref": "#/definitions/{{c.Name}}_request" }, "response": { "$ref": "#/definitions/{{c.Name}}_request" } },
              "definitions": {
                "{{c.Name}}_request": { "type": "object", "properties": { "id": { "type": "integer" }{{(members.Length > 0 ? ", " + members : "")}} } }{{(definitions.Length > 0 ? ",\n" + definitions : "")}}
              }
            }
            """;
    }

    [Fact]
    public void Whatever_the_mix_the_code_compiles_and_exactly_the_agreeing_specs_are_generated()
    {
        Cases.Check(cases =>
        {
            var specs = cases.Select(c => GeneratorHarness.Spec($"/p/{c.Name}.bkapi.json", Spec(c))).ToArray();
            var (result, output, _) = GeneratorHarness.Run(specs);

            // The oracle: by path, a spec is generated when each variant it declares is the one the first generated spec
            // declaring that name chose.
            var owners = new Dictionary<string, int>();
            var expected = new HashSet<string>();
            foreach (var c in cases.OrderBy(c => "/p/" + c.Name + ".bkapi.json", StringComparer.Ordinal))
            {
                if (c.Chosen.All(p => !owners.TryGetValue(p.Key, out var v) || v == p.Value))
                {
                    expected.Add(c.Name);
                    foreach (var p in c.Chosen)
                    {
                        owners.TryAdd(p.Key, p.Value);
                    }
                }
            }

            Assert.Null(result.Results.Single().Exception);
            Assert.All(result.Diagnostics, d => Assert.Equal("BKGEN0015", d.Id));
            var refused = result.Diagnostics.Select(d => System.IO.Path.GetFileName(d.Location.GetLineSpan().Path).Replace(".bkapi.json", "", StringComparison.Ordinal)).ToHashSet();
            Assert.Equal(cases.Select(c => c.Name).Where(n => !expected.Contains(n)).OrderBy(n => n), refused.OrderBy(n => n));

            var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems.Take(5)));
            var declared = result.Results.Single().GeneratedSources
                .SelectMany(s => s.SyntaxTree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Select(d => d.Identifier.Text))
                .Where(n => n is not ("JobV3Client" or "IJobV3Client")) // partial: every operation adds its method
                .ToList();
            Assert.Equal(declared.Distinct().Count(), declared.Count);
            var client = output.GetTypeByMetadataName("Consumer.JobV3.JobV3Client")!;
            foreach (var c in cases)
            {
                var method = string.Concat(c.Name.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..])) + "Async";
                Assert.Equal(expected.Contains(c.Name), client.GetMembers(method).Any());
            }
        }, iter: 40, seed: 1506, threads: 1, print: cases => string.Join("\n", cases.Select(c => c.Name + ": " + string.Join(", ", c.Chosen.Select(p => $"{p.Key}#{p.Value}")))));
    }
}
