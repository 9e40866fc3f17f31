using BkApiGen.Tests.Shared;
using Microsoft.CodeAnalysis;

namespace BkApiGen.Generator.Tests;

/// <summary>Shapes real specs have, at the edges of what the templates were first written for.</summary>
public sealed class EdgeShapeTests
{
    [Fact]
    public void An_operation_whose_request_and_response_have_no_members_compiles()
    {
        // Found by the importer's fuzzer: a doc without a parameter table imports to "properties": {}, and the reader
        // returned "new T;" (an object initializer with nothing in it was left out, and with it the parentheses).
        const string spec = """
            {
              "x-bkapi": { "system": "jobv3", "operation": "ping", "method": "POST", "gatewayPath": "/api/v3/ping",
                "request": { "$ref": "#/definitions/ping_request" }, "response": { "$ref": "#/definitions/ping_data" } },
              "definitions": {
                "ping_request": { "type": "object", "properties": {} },
                "ping_data": { "type": "object" }
              }
            }
            """;
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.DocumentedParseOptions, "namespace Consumer { internal static class Marker { } }");
        var driver = GeneratorHarness.CreateDriver([GeneratorHarness.Spec("/p/ping.bkapi.json", spec)], parseOptions: GeneratorHarness.DocumentedParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.NotEmpty(driver.GetRunResult().Results.Single().GeneratedSources);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }
}
