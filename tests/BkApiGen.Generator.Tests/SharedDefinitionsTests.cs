using BkApiGen.Tests.Shared;
using Microsoft.CodeAnalysis;

namespace BkApiGen.Generator.Tests;

/// <summary>Definitions shared across specs: one file exports them, every operation spec of the project may reference them.</summary>
public sealed class SharedDefinitionsTests
{
    private const string Common = """
        {
          "x-bkapi": { "system": "jobv3", "role": "definitions" },
          "definitions": {
            "ip": { "type": "object", "x-csharp-name": "Host",
                    "properties": { "bk_cloud_id": { "type": "integer", "minimum": 0 }, "ip": { "type": "string", "format": "ip" } },
                    "required": ["bk_cloud_id", "ip"] },
            "scope_type": { "type": "string", "enum": ["biz", "biz_set"], "x-enumNames": ["Biz", "BizSet"] },
            "status": { "type": "integer", "enum": [1, 2], "x-enumNames": ["Running", "Done"] }
          }
        }
        """;

    private static string Operation(string name, string hostRef = "common.bkapi.json#/definitions/ip") => $$"""
        {
          "x-bkapi": { "system": "jobv3", "operation": "{{name}}", "method": "POST", "esbPath": "/api/c/compapi/v2/jobv3/{{name}}/",
                       "request": { "$ref": "#/definitions/{{name}}_request" }, "response": { "$ref": "#/definitions/{{name}}_result" } },
          "definitions": {
            "{{name}}_request": { "type": "object", "required": ["hosts"],
                     "properties": { "hosts": { "type": "array", "maxItems": 500, "items": { "$ref": "{{hostRef}}" } },
                                     "bk_scope_type": { "$ref": "common.bkapi.json#/definitions/scope_type" } } },
            "{{name}}_result": { "type": "object", "properties": { "status": { "$ref": "./common.bkapi.json#/definitions/status" }, "host": { "$ref": "{{hostRef}}" } } }
          }
        }
        """;

    private static AdditionalText[] Project(string first = "get_a", string second = "get_b")
        => new[]
        {
            GeneratorHarness.Spec("/p/specs/common.bkapi.json", Common),
            GeneratorHarness.Spec("/p/specs/a.bkapi.json", Operation(first)),
            GeneratorHarness.Spec("/p/specs/b.bkapi.json", Operation(second)),
        };

    [Fact]
    public void A_definitions_file_named_like_the_client_class_is_its_own_file()
    {
        // Each spec's file is named after its method or definitions file, the client's after its class and ".Client":
        // job_v3_client.bkapi.json (JobV3Client) beside the JobV3Client class is two files, not a hint-name clash.
        var (result, output, _) = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Spec("/p/specs/job_v3_client.bkapi.json", Common),
            GeneratorHarness.Spec("/p/specs/a.bkapi.json", Operation("get_a").Replace("common.bkapi.json", "job_v3_client.bkapi.json", StringComparison.Ordinal)),
        });

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal(
            ["Consumer.JobV3.GetA.g.cs", "Consumer.JobV3.JobV3Client.Client.g.cs", "Consumer.JobV3.JobV3Client.g.cs"],
            result.Results.Single().GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        Assert.NotNull(output.GetTypeByMetadataName("Consumer.JobV3.JobV3ClientJsonContext"));
    }

    [Fact]
    public void Shared_types_are_emitted_once_and_used_by_every_spec()
    {
        var (result, output, _) = GeneratorHarness.Run(Project());

        Assert.Empty(result.Diagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains(result.Results.Single().GeneratedSources, s => s.HintName == "Consumer.JobV3.Common.g.cs");
        var host = output.GetTypeByMetadataName("Consumer.JobV3.Host");
        Assert.NotNull(host);
        var request = output.GetTypeByMetadataName("Consumer.JobV3.GetARequest");
        Assert.NotNull(request);
        var hosts = (IPropertySymbol)request!.GetMembers("Hosts").Single();
        Assert.Equal("System.Collections.Generic.IReadOnlyList<Consumer.JobV3.Host>", hosts.Type.ToDisplayString());
        Assert.NotNull(output.GetTypeByMetadataName("Consumer.JobV3.CommonJsonContext"));
        var client = output.GetTypeByMetadataName("Consumer.JobV3.JobV3Client")!;
        Assert.Contains(client.GetMembers(), m => m.Name == "GetAAsync");
        Assert.Contains(client.GetMembers(), m => m.Name == "GetBAsync");
    }

    [Fact]
    public void A_member_referencing_a_shared_definition_is_documented_by_it_unless_it_says_more()
    {
        var common = """
            { "x-bkapi": { "system": "jobv3", "role": "definitions" },
              "definitions": { "scope_type": { "type": "string", "enum": ["biz"], "description": "Resource scope type." } } }
            """;
        var operation = """
            { "x-bkapi": { "system": "jobv3", "operation": "get_a", "method": "POST", "esbPath": "/a/",
                           "request": { "$ref": "#/definitions/req" }, "response": { "$ref": "#/definitions/req" } },
              "definitions": { "req": { "type": "object", "properties": {
                  "bk_scope_type": { "$ref": "common.bkapi.json#/definitions/scope_type" },
                  "other_scope": { "$ref": "common.bkapi.json#/definitions/scope_type", "description": "Its own words." } } } } }
            """;

        var (result, output, _) = GeneratorHarness.Run(new[] { GeneratorHarness.Spec("/p/common.bkapi.json", common), GeneratorHarness.Spec("/p/a.bkapi.json", operation) });

        Assert.Empty(result.Diagnostics);
        var request = output.GetTypeByMetadataName("Consumer.JobV3.Req")!;
        Assert.Contains("Resource scope type.", request.GetMembers("ScopeType").Single().GetDocumentationCommentXml(), StringComparison.Ordinal);
        Assert.Contains("Its own words.", request.GetMembers("OtherScope").Single().GetDocumentationCommentXml(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_operation_context_resolves_the_shared_types_it_uses_directly_or_through_each_other()
    {
        var common = """
            { "x-bkapi": { "system": "jobv3", "role": "definitions" },
              "definitions": {
                "server": { "type": "object", "properties": { "ip_list": { "type": "array", "items": { "$ref": "#/definitions/ip" } } } },
                "ip": { "type": "object", "x-csharp-name": "Host", "properties": { "mode": { "$ref": "#/definitions/mode" } } },
                "mode": { "type": "integer", "enum": [1], "x-enumNames": ["One"] },
                "unused": { "type": "string", "enum": ["x"] } } }
            """;
        var operation = """
            { "x-bkapi": { "system": "jobv3", "operation": "get_a", "method": "POST", "esbPath": "/a/",
                           "request": { "$ref": "#/definitions/req" }, "response": { "$ref": "#/definitions/req" } },
              "definitions": { "req": { "type": "object", "properties": { "target": { "$ref": "common.bkapi.json#/definitions/server" } } } } }
            """;

        var (result, output, _) = GeneratorHarness.Run(new[] { GeneratorHarness.Spec("/p/common.bkapi.json", common), GeneratorHarness.Spec("/p/a.bkapi.json", operation) });

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var context = output.GetTypeByMetadataName("Consumer.JobV3.GetAJsonContext")!;
        var infos = context.GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsStatic && p.Type.Name == "JsonTypeInfo").Select(p => p.Name).ToList();
        Assert.Equal(new[] { "GetAResponse", "Host", "Mode", "Req", "Server" }, infos.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Unknown_shared_definition_reports_BKGEN0301_at_the_ref()
    {
        var specs = new[] { GeneratorHarness.Spec("/p/specs/common.bkapi.json", Common), GeneratorHarness.Spec("/p/specs/a.bkapi.json", Operation("get_a", "common.bkapi.json#/definitions/hots")) };

        var (result, _, _) = GeneratorHarness.Run(specs);

        Assert.Equal(2, result.Diagnostics.Length);
        Assert.All(result.Diagnostics, diagnostic =>
        {
            Assert.Equal("BKGEN0301", diagnostic.Id);
            Assert.Equal("/p/specs/a.bkapi.json", diagnostic.Location.GetLineSpan().Path);
            Assert.Contains("$ref 'common.bkapi.json#/definitions/hots' names no definition in common.bkapi.json.", diagnostic.GetMessage());
        });
    }

    [Fact]
    public void Reference_to_a_file_that_is_not_a_definitions_file_reports_BKGEN0402()
    {
        var specs = new[] { GeneratorHarness.Spec("/p/specs/a.bkapi.json", Operation("get_a", "missing.bkapi.json#/definitions/ip")) };

        var (result, _, _) = GeneratorHarness.Run(specs);

        Assert.Contains(result.Diagnostics, d => d.Id == "BKGEN0402" && d.GetMessage().Contains("'missing.bkapi.json' is not a definitions file of this project"));
    }

    [Fact]
    public void Editing_one_operation_spec_regenerates_only_that_spec()
    {
        var specs = Project();
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Marker { } }");
        var driver = GeneratorHarness.CreateDriver(specs).RunGenerators(compilation);

        var edited = GeneratorHarness.Spec("/p/specs/b.bkapi.json", Operation("get_b").Replace("\"maxItems\": 500", "\"maxItems\": 400"));
        driver = driver.ReplaceAdditionalText(specs[2], edited);
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var catalog = result.TrackedSteps[TrackingNames.SharedCatalog].SelectMany(s => s.Outputs).Single();
        Assert.Equal(IncrementalStepRunReason.Cached, catalog.Reason);
        var parsed = result.TrackedSteps[TrackingNames.ParsedSpecs].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, parsed.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, parsed.Count(r => r == IncrementalStepRunReason.Cached));

        // Only b's source outputs are produced again; a's and the shared file's come from the cache.
        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, outputs.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Consumer.JobV3.GetB.g.cs" && s.SourceText.ToString().Contains("400"));
    }

    [Fact]
    public void A_definitions_file_may_not_describe_an_operation()
    {
        var text = Common.Replace("\"role\": \"definitions\"", "\"role\": \"definitions\", \"operation\": \"x\"");

        var (result, _, _) = GeneratorHarness.Run(new[] { GeneratorHarness.Spec("/p/specs/common.bkapi.json", text) });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BKGEN0207", diagnostic.Id);
        Assert.Equal("A definitions file describes no operation: remove 'x-bkapi.operation'.", diagnostic.GetMessage());
    }
}
