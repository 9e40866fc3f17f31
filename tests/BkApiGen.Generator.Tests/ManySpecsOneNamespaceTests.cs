using BkApiGen.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BkApiGen.Generator.Tests;

/// <summary>
/// A whole system imported into one namespace: every spec re-declares <c>scope_type</c>, <c>server</c>... Identical
/// declarations become one type; a name declared with two shapes is one BKGEN0015 error and never a C# compile error.
/// </summary>
public sealed class ManySpecsOneNamespaceTests
{
    private const string Definitions = """
        "scope_type": { "type": "string", "enum": ["biz", "biz_set"], "x-enumNames": ["Biz", "BizSet"], "description": "DESCRIPTION" },
        "status": { "type": "integer", "enum": [1, 2], "x-enumNames": ["Running", "Done"] },
        "server": { "type": "object", "required": ["ip"], "description": "DESCRIPTION",
                    "properties": { "ip": { "type": "string", "format": "ip", "description": "DESCRIPTION" }, "status": { "$ref": "#/definitions/status" } } },
        "log": { "type": "object", "properties": { "log_type": { "type": "integer" } },
                 "discriminator": { "propertyName": "log_type", "mapping": { "1": "#/definitions/script_log" } },
                 "oneOf": [{ "$ref": "#/definitions/script_log" }] },
        "script_log": { "type": "object", "properties": { "log_type": { "type": "integer" }, "content": { "type": "string" } } }
        """;

    private static string Operation(string name, string extraDefinitions = "", string description = "shared", string requestMembers = "")
        => $$"""
        {
          "x-bkapi": { "system": "jobv3", "operation": "{{name}}", "method": "POST", "gatewayPath": "/api/v3/{{name}}",
                       "request": { "$ref": "#/definitions/{{name}}_request" }, "response": { "$ref": "#/definitions/{{name}}_result" } },
          "definitions": {
            "{{name}}_request": { "type": "object", "required": ["bk_scope_type"],
                                  "properties": { "bk_scope_type": { "$ref": "#/definitions/scope_type" }{{requestMembers}} } },
            "{{name}}_result": { "type": "object", "properties": { "servers": { "type": "array", "items": { "$ref": "#/definitions/server" } },
                                                                   "logs": { "type": "array", "items": { "$ref": "#/definitions/log" } } } },
            {{Definitions.Replace("DESCRIPTION", description)}}{{extraDefinitions}}
          }
        }
        """;

    private static List<string> Declarations(GeneratorDriverRunResult result, string typeName)
        => result.Results.Single().GeneratedSources
            .Where(s => s.SyntaxTree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Any(d => d.Identifier.Text == typeName))
            .Select(s => s.HintName)
            .ToList();

    [Fact]
    public void Identical_definitions_of_several_specs_are_emitted_once_by_the_first_spec_by_path()
    {
        // Descriptions are documentation, not shape: the specs still share the types, with the owner's words.
        var specs = new[]
        {
            GeneratorHarness.Spec("/p/specs/b.bkapi.json", Operation("get_b", description: "said by b")),
            GeneratorHarness.Spec("/p/specs/a.bkapi.json", Operation("get_a", description: "said by a")),
            GeneratorHarness.Spec("/p/specs/c.bkapi.json", Operation("get_c", description: "said by c")),
        };

        var (result, output, _) = GeneratorHarness.Run(specs);

        Assert.Empty(result.Diagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        foreach (var type in new[] { "ScopeType", "Status", "Server", "Log", "UnknownLog", "ScriptLog" })
        {
            Assert.Equal(new[] { "Consumer.JobV3.GetA.g.cs" }, Declarations(result, type));
        }

        Assert.Contains("said by a", output.GetTypeByMetadataName("Consumer.JobV3.Server")!.GetDocumentationCommentXml());
        var client = output.GetTypeByMetadataName("Consumer.JobV3.JobV3Client")!;
        Assert.All(new[] { "GetAAsync", "GetBAsync", "GetCAsync" }, m => Assert.Contains(client.GetMembers(), s => s.Name == m));

        // Every spec's JSON context still resolves the shared types (through the owner's converter).
        foreach (var context in new[] { "GetAJsonContext", "GetBJsonContext", "GetCJsonContext" })
        {
            var members = output.GetTypeByMetadataName("Consumer.JobV3." + context)!.GetMembers().Select(m => m.Name).ToList();
            Assert.Contains("Server", members);
            Assert.Contains("ScopeType", members);
            Assert.Contains("Log", members);
        }
    }

    [Fact]
    public void A_shared_type_is_validated_when_any_spec_that_declares_it_validates_it()
    {
        // a (first by path) has 'filter' only in its response; b sends it as its request, and a member of it in the request:
        // the one emitted 'Filter' must have the public Validate() b's client method calls, and the range check.
        const string filter = """
            , "filter": { "type": "object", "required": ["bk_scope_type"], "properties": { "bk_scope_type": { "$ref": "#/definitions/scope_type" }, "limit": { "type": "integer", "minimum": 1 } } }
            """;
        var a = Operation("get_a", filter).Replace("\"logs\":", "\"filter\": { \"$ref\": \"#/definitions/filter\" }, \"logs\":");
        var b = Operation("get_b", filter).Replace("\"$ref\": \"#/definitions/get_b_request\"", "\"$ref\": \"#/definitions/filter\"");

        var (result, output, _) = GeneratorHarness.Run(new[] { GeneratorHarness.Spec("/p/a.bkapi.json", a), GeneratorHarness.Spec("/p/b.bkapi.json", b) });

        Assert.Empty(result.Diagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(new[] { "Consumer.JobV3.GetA.g.cs" }, Declarations(result, "Filter"));
        var validate = output.GetTypeByMetadataName("Consumer.JobV3.Filter")!.GetMembers("Validate").OfType<IMethodSymbol>().ToList();
        Assert.Contains(validate, m => m.Parameters.Length == 0 && m.DeclaredAccessibility == Accessibility.Public);
        var source = result.Results.Single().GeneratedSources.Single(s => s.HintName == "Consumer.JobV3.GetA.g.cs").SourceText.ToString();
        Assert.Contains("validator.Range(Limit, 1, null, path, \"limit\")", source);
    }

    [Fact]
    public void A_type_one_spec_only_sends_and_another_reads_is_one_type_that_decodes_nulls()
    {
        // a (first by path, the owner) sends 'filter' as its request; b reads it in its response. The one emitted 'Filter'
        // must read null and absent members as b's responses need (nullable), and still refuse a null required member
        // in a's requests.
        const string filter = """
            , "filter": { "type": "object", "required": ["bk_scope_type"], "properties": { "bk_scope_type": { "$ref": "#/definitions/scope_type" }, "limit": { "type": "integer", "minimum": 1 } } }
            """;
        var a = Operation("get_a", filter).Replace("\"$ref\": \"#/definitions/get_a_request\"", "\"$ref\": \"#/definitions/filter\"");
        var b = Operation("get_b", filter).Replace("\"logs\":", "\"filter\": { \"$ref\": \"#/definitions/filter\" }, \"logs\":");

        var (result, output, _) = GeneratorHarness.Run(new[] { GeneratorHarness.Spec("/p/a.bkapi.json", a), GeneratorHarness.Spec("/p/b.bkapi.json", b) });

        Assert.Empty(result.Diagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(new[] { "Consumer.JobV3.GetA.g.cs" }, Declarations(result, "Filter"));
        var scope = output.GetTypeByMetadataName("Consumer.JobV3.Filter")!.GetMembers("ScopeType").OfType<IPropertySymbol>().Single();
        Assert.True(scope.Type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T || scope.NullableAnnotation == NullableAnnotation.Annotated, scope.Type.ToDisplayString());
        Assert.True(scope.IsRequired);
    }

    [Fact]
    public void A_name_two_specs_declare_differently_is_one_error_naming_both_and_the_later_spec_is_not_generated()
    {
        var a = Operation("get_a");
        var b = Operation("get_b").Replace(
            "\"status\": { \"type\": \"integer\", \"enum\": [1, 2], \"x-enumNames\": [\"Running\", \"Done\"] }",
            "\"status\": { \"type\": \"integer\", \"enum\": [1, 2, 3], \"x-enumNames\": [\"Running\", \"Done\", \"Failed\"] }");

        var (result, output, _) = GeneratorHarness.Run(new[] { GeneratorHarness.Spec("/p/specs/b.bkapi.json", b), GeneratorHarness.Spec("/p/specs/a.bkapi.json", a) });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BKGEN0015", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/p/specs/b.bkapi.json", span.Path);
        var statusLine = b.Split('\n').ToList().FindIndex(l => l.Contains("\"status\": { \"type\": \"integer\"", StringComparison.Ordinal));
        Assert.Equal(statusLine, span.StartLinePosition.Line);
        var message = diagnostic.GetMessage();
        Assert.Contains("'Consumer.JobV3.Status'", message);
        Assert.Contains($"b.bkapi.json (line {statusLine + 1})", message);
        Assert.Contains($"a.bkapi.json (line {a.Split('\n').ToList().FindIndex(l => l.Contains("\"status\": { \"type\": \"integer\"", StringComparison.Ordinal)) + 1})", message);
        Assert.Contains("(1, 2, 3 vs 1, 2)", message);

        // No second declaration reaches the compiler: the generated code compiles; b's operation is held back, a's is there.
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var client = output.GetTypeByMetadataName("Consumer.JobV3.JobV3Client")!;
        Assert.Contains(client.GetMembers(), m => m.Name == "GetAAsync");
        Assert.DoesNotContain(client.GetMembers(), m => m.Name == "GetBAsync");
        Assert.DoesNotContain(result.Results.Single().GeneratedSources, s => s.HintName.StartsWith("Consumer.JobV3.GetB.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"ip\": { \"type\": \"string\", \"format\": \"ip\", \"description\": \"shared\" }, \"port\": { \"type\": \"integer\" }", "their members differ: only the first has 'port'")]
    [InlineData("\"ip\": { \"type\": \"string\", \"description\": \"shared\" }", "the member 'ip' differs")]
    public void The_conflict_says_what_differs(string members, string difference)
    {
        var b = Operation("get_b").Replace(
            "\"ip\": { \"type\": \"string\", \"format\": \"ip\", \"description\": \"shared\" }", members);

        var (result, output, _) = GeneratorHarness.Run(new[] { GeneratorHarness.Spec("/p/a.bkapi.json", Operation("get_a")), GeneratorHarness.Spec("/p/b.bkapi.json", b) });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BKGEN0015", diagnostic.Id);
        Assert.Contains("'Consumer.JobV3.Server' is declared by the definition 'server' of b.bkapi.json", diagnostic.GetMessage());
        Assert.Contains(difference, diagnostic.GetMessage());
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Specs_in_different_namespaces_never_share_or_clash()
    {
        var b = Operation("get_b").Replace("\"enum\": [1, 2], \"x-enumNames\": [\"Running\", \"Done\"]", "\"enum\": [7], \"x-enumNames\": [\"Other\"]").Replace("\"system\": \"jobv3\"", "\"system\": \"bk-cmdb\"");

        var (result, output, _) = GeneratorHarness.Run(new[] { GeneratorHarness.Spec("/p/a.bkapi.json", Operation("get_a")), GeneratorHarness.Spec("/p/b.bkapi.json", b) });

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.NotNull(output.GetTypeByMetadataName("Consumer.JobV3.Status"));
        Assert.NotNull(output.GetTypeByMetadataName("Consumer.BkCmdb.Status"));
        Assert.NotNull(output.GetTypeByMetadataName("Consumer.BkCmdb.BkCmdbClient"));
    }

    [Fact]
    public void A_definition_named_like_another_specs_json_context_is_a_conflict()
    {
        var b = Operation("get_b", """, "get_a_json_context": { "type": "object", "properties": { "x": { "type": "integer" } } }""");

        var (result, output, _) = GeneratorHarness.Run(new[] { GeneratorHarness.Spec("/p/a.bkapi.json", Operation("get_a")), GeneratorHarness.Spec("/p/b.bkapi.json", b) });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BKGEN0015", diagnostic.Id);
        Assert.Contains("the JSON context of a.bkapi.json", diagnostic.GetMessage());
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Operation_specs_reuse_an_identical_type_of_a_definitions_file_in_their_namespace()
    {
        var common = """
            { "x-bkapi": { "system": "jobv3", "role": "definitions" },
              "definitions": { "status": { "type": "integer", "enum": [1, 2], "x-enumNames": ["Running", "Done"] } } }
            """;

        var (result, output, _) = GeneratorHarness.Run(new[] { GeneratorHarness.Spec("/p/a.bkapi.json", Operation("get_a")), GeneratorHarness.Spec("/p/z-common.bkapi.json", common) });

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal(new[] { "Consumer.JobV3.ZCommon.g.cs" }, Declarations(result, "Status"));
    }

    [Fact]
    public void A_definition_named_like_its_own_specs_context_or_a_converter_is_a_conflict()
    {
        var context = Operation("get_a", """, "get_a_json_context": { "type": "object", "properties": { "x": { "type": "integer" } } }""");
        var converter = Operation("get_b", """, "server_json_converter": { "type": "object", "properties": { "x": { "type": "integer" } } }""");

        var (result, output, _) = GeneratorHarness.Run(new[] { GeneratorHarness.Spec("/p/a.bkapi.json", context), GeneratorHarness.Spec("/p/b.bkapi.json", converter) });

        // Both clashes are within one spec, which alone is held back: BKGEN1501, not the cross-spec BKGEN0015.
        Assert.Equal(2, result.Diagnostics.Length);
        Assert.All(result.Diagnostics, d => Assert.Equal("BKGEN1501", d.Id));
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain("comes first", d.GetMessage(), StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.GetMessage().Contains("one of them is a spec's JSON context", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.GetMessage().Contains("one of them is the JSON converter", StringComparison.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void A_definition_named_like_the_client_is_held_back_and_the_client_stays()
    {
        const string common = """
            { "x-bkapi": { "system": "jobv3", "role": "definitions" },
              "definitions": { "job_v3_client": { "type": "object", "properties": { "x": { "type": "integer" } } } } }
            """;
        var own = Operation("get_b", """, "i_job_v3_client": { "type": "object", "properties": { "x": { "type": "integer" } } }""");

        var (result, output, _) = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Spec("/p/common.bkapi.json", common), GeneratorHarness.Spec("/p/a.bkapi.json", Operation("get_a")), GeneratorHarness.Spec("/p/b.bkapi.json", own),
        });

        Assert.True(result.Diagnostics.Length == 2, string.Join("\n", result.Diagnostics));
        Assert.All(result.Diagnostics, d => Assert.Contains("one of them is the client class (or interface) of an operation", d.GetMessage()));
        Assert.Equal(new[] { "/p/b.bkapi.json", "/p/common.bkapi.json" }, result.Diagnostics.Select(d => d.Location.GetLineSpan().Path).OrderBy(p => p, StringComparer.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Contains(output.GetTypeByMetadataName("Consumer.JobV3.JobV3Client")!.GetMembers(), m => m.Name == "GetAAsync");
    }

    [Fact]
    public void Operations_using_a_type_of_a_held_back_definitions_file_are_held_back_too()
    {
        const string first = """
            { "x-bkapi": { "system": "jobv3", "role": "definitions" },
              "definitions": { "status": { "type": "integer", "enum": [1, 2], "x-enumNames": ["Running", "Done"] } } }
            """;
        const string second = """
            { "x-bkapi": { "system": "jobv3", "role": "definitions" },
              "definitions": { "status": { "type": "integer", "enum": [3], "x-enumNames": ["Other"] }, "mode": { "type": "string", "enum": ["a"] } } }
            """;
        const string user = """
            { "x-bkapi": { "system": "jobv3", "operation": "get_u", "method": "POST", "gatewayPath": "/api/v3/get_u",
                           "request": { "$ref": "#/definitions/req" }, "response": { "$ref": "#/definitions/req" } },
              "definitions": { "req": { "type": "object", "properties": { "mode": { "$ref": "second.bkapi.json#/definitions/mode" } } } } }
            """;

        var (result, output, _) = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Spec("/p/first.bkapi.json", first), GeneratorHarness.Spec("/p/second.bkapi.json", second), GeneratorHarness.Spec("/p/u.bkapi.json", user),
        });

        Assert.Equal(2, result.Diagnostics.Length);
        Assert.Equal("BKGEN0015", Assert.Single(result.Diagnostics, d => d.Location.GetLineSpan().Path == "/p/second.bkapi.json").Id);
        var held = Assert.Single(result.Diagnostics, d => d.Location.GetLineSpan().Path == "/p/u.bkapi.json");
        Assert.Equal("BKGEN1502", held.Id);
        Assert.Contains("'Consumer.JobV3.Mode'", held.GetMessage());
        Assert.Contains("second.bkapi.json", held.GetMessage());
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Null(output.GetTypeByMetadataName("Consumer.JobV3.GetURequest"));
    }

    [Fact]
    public void Editing_one_spec_leaves_the_plans_and_output_of_the_others_unchanged()
    {
        var specs = new[]
        {
            GeneratorHarness.Spec("/p/a.bkapi.json", Operation("get_a")),
            GeneratorHarness.Spec("/p/b.bkapi.json", Operation("get_b")),
            GeneratorHarness.Spec("/p/c.bkapi.json", Operation("get_c")),
        };
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Marker { } }");
        var driver = GeneratorHarness.CreateDriver(specs).RunGenerators(compilation);

        // c's request gains a member: its declarations change, the ownership decision runs again and comes out the same
        // (nobody else declares c's request), and a's and b's plans do not change.
        var edited = GeneratorHarness.Spec("/p/c.bkapi.json", Operation("get_c", requestMembers: ", \"limit\": { \"type\": \"integer\" }"));
        driver = driver.ReplaceAdditionalText(specs[2], edited);
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var declarations = Reasons(result, TrackingNames.Declarations);
        Assert.Equal(2, declarations.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Single(declarations, IncrementalStepRunReason.Modified);
        Assert.Equal(IncrementalStepRunReason.Unchanged, Reasons(result, TrackingNames.TypeOwnership).Single());
        var plans = Reasons(result, TrackingNames.EmitPlans);
        Assert.Equal(2, plans.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Single(plans, IncrementalStepRunReason.Modified);

        // c now declares 'status' differently: the decision changes (c is held back), a's and b's plans come out the same.
        var conflicting = GeneratorHarness.Spec("/p/c.bkapi.json", Operation("get_c").Replace("\"enum\": [1, 2], \"x-enumNames\": [\"Running\", \"Done\"]", "\"enum\": [1], \"x-enumNames\": [\"Running\"]"));
        driver = driver.ReplaceAdditionalText(edited, conflicting);
        var run = driver.RunGenerators(compilation).GetRunResult();
        result = run.Results.Single();

        Assert.Equal("BKGEN0015", Assert.Single(run.Diagnostics).Id);
        Assert.Equal(IncrementalStepRunReason.Modified, Reasons(result, TrackingNames.TypeOwnership).Single());
        plans = Reasons(result, TrackingNames.EmitPlans);
        Assert.Equal(2, plans.Count(r => r == IncrementalStepRunReason.Unchanged));
        Assert.Single(plans, IncrementalStepRunReason.Modified);
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
}
