using BkApiGen.Generator.Tests.Infrastructure;
using BkApiGen.Tests.Shared;
using Microsoft.CodeAnalysis;

namespace BkApiGen.Generator.Tests;

/// <summary>A bad spec gets a BKGEN diagnostic at the offending token, never an exception or silent wrong code.</summary>
public sealed class DiagnosticTests
{
    private const string Path = "/specs/bad.bkapi.json";

    private static string Spec(string header = """
        "system": "jobv3", "operation": "ping", "method": "POST", "gatewayPath": "/api/v3/ping",
        "request": { "$ref": "#/definitions/req" }, "response": { "$ref": "#/definitions/res" }
        """, string definitions = """
        "req": { "type": "object", "properties": { "id": { "type": "integer" } } },
        "res": { "type": "object", "properties": { "ok": { "type": "boolean" } } }
        """)
        => "{\n  \"x-bkapi\": {\n" + header + "\n  },\n  \"definitions\": {\n" + definitions + "\n  }\n}\n";

    private static Diagnostic Single(string text)
    {
        var (result, output, _) = GeneratorHarness.Run(new[] { GeneratorHarness.Spec(Path, text) });
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Empty(result.Results.Single().GeneratedSources);
        Assert.Null(result.Results.Single().Exception);
        Assert.Equal(Path, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        _ = output;
        return diagnostic;
    }

    private static (int Line, int Column) Position(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return (start.Line + 1, start.Character + 1);
    }

    [Fact]
    public void The_minimal_spec_used_below_is_valid()
    {
        var (result, output, _) = GeneratorHarness.Run(new[] { GeneratorHarness.Spec(Path, Spec()) });

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Invalid_json_reports_BKGEN0001_at_the_broken_token()
    {
        var text = "{\n  \"x-bkapi\": {\n    \"system\": \"jobv3\",,\n  }\n}";

        var diagnostic = Single(text);

        Assert.Equal("BKGEN0001", diagnostic.Id);
        Assert.Equal(3, Position(diagnostic).Line);
    }

    [Fact]
    public void Duplicate_member_names_are_invalid_json()
    {
        var diagnostic = Single("{\n  \"a\": 1,\n  \"a\": 2\n}");

        Assert.Equal("BKGEN0001", diagnostic.Id);
        Assert.Contains("a", diagnostic.GetMessage());
    }

    [Fact]
    public void Missing_x_bkapi_reports_BKGEN0002()
    {
        var diagnostic = Single("{ \"definitions\": {} }");

        Assert.Equal("BKGEN0002", diagnostic.Id);
        Assert.Contains("x-bkapi", diagnostic.GetMessage());
    }

    [Fact]
    public void Missing_path_reports_BKGEN0208_at_x_bkapi()
    {
        var diagnostic = Single(Spec(header: """
            "system": "jobv3", "operation": "ping", "method": "POST",
            "request": { "$ref": "#/definitions/req" }, "response": { "$ref": "#/definitions/res" }
            """));

        Assert.Equal("BKGEN0208", diagnostic.Id);
        Assert.Contains("gatewayPath", diagnostic.GetMessage());
        Assert.Equal(2, Position(diagnostic).Line);
    }

    [Fact]
    public void An_unknown_protocol_reports_BKGEN0211_at_the_value()
    {
        var diagnostic = Single(Spec(header: """
            "system": "jobv4", "operation": "ping", "method": "POST", "gatewayPath": "/api/v4/ping",
            "protocol": "v5",
            "request": { "$ref": "#/definitions/req" }, "response": { "$ref": "#/definitions/res" }
            """));

        Assert.Equal("BKGEN0211", diagnostic.Id);
        Assert.Contains("'x-bkapi.protocol' must be \"v3\"", diagnostic.GetMessage());
        Assert.EndsWith("was 'v5'.", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(4, Position(diagnostic).Line);
    }

    [Fact]
    public void A_response_that_is_a_case_of_a_union_reports_BKGEN0214_at_the_response()
    {
        // Read alone, the case would never look at its discriminator: the data is the union.
        var diagnostic = Single(Spec(
            header: """
            "system": "jobv3", "operation": "ping", "method": "POST", "gatewayPath": "/api/v3/ping",
            "request": { "$ref": "#/definitions/req" },
            "response": { "$ref": "#/definitions/script_log" }
            """,
            definitions: """
            "req": { "type": "object", "properties": { "id": { "type": "integer" } } },
            "log": { "type": "object", "properties": { "log_type": { "type": "integer" } },
                     "discriminator": { "propertyName": "log_type", "mapping": { "1": "#/definitions/script_log" } },
                     "oneOf": [ { "$ref": "#/definitions/script_log" } ] },
            "script_log": { "type": "object", "properties": { "output": { "type": "string" } } }
            """));

        Assert.Equal("BKGEN0214", diagnostic.Id);
        Assert.Equal("The response 'script_log' is a case of the union 'Log': reference the union, whose discriminator picks the case.", diagnostic.GetMessage());
        Assert.Equal(5, Position(diagnostic).Line); // the "response" line of x-bkapi
    }

    [Theory]
    [InlineData("\"protocol\": \"v4\",", true)]
    [InlineData("\"protocol\": \"v3\",", false)]
    [InlineData("", false)]
    public void The_protocol_reaches_the_operation_descriptor(string protocol, bool v4)
    {
        var text = Spec(header: """
            "system": "jobv4", "operation": "ping", "method": "POST", "gatewayPath": "/api/v4/ping",
            """ + protocol + """

            "request": { "$ref": "#/definitions/req" }, "response": { "$ref": "#/definitions/res" }
            """);

        var (result, output, _) = GeneratorHarness.Run(new[] { GeneratorHarness.Spec(Path, text) });

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var operation = SpecFileParts.Part(result.Results.Single().GeneratedSources.Single(s => !s.HintName.EndsWith(".Client.g.cs", StringComparison.Ordinal)).SourceText.ToString(), "Operation");
        Assert.Equal(v4, operation.Contains("Protocol = Bk::BkApiProtocol.V4", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"auth\": { \"app\": true, \"user\": true },", "Bk::Auth.BkVerification.AppAndUser")]
    [InlineData("\"auth\": { \"app\": true, \"user\": false },", "Bk::Auth.BkVerification.App")]
    [InlineData("\"auth\": { \"user\": true },", "Bk::Auth.BkVerification.User")]
    [InlineData("\"auth\": { \"app\": false, \"user\": false },", null)]
    [InlineData("\"auth\": {},", null)]
    [InlineData("", null)]
    public void What_the_gateway_verifies_reaches_the_operation_descriptor(string auth, string? expected)
    {
        var text = Spec(header: """
            "system": "jobv3", "operation": "ping", "method": "POST", "gatewayPath": "/api/v3/ping",
            """ + auth + """

            "request": { "$ref": "#/definitions/req" }, "response": { "$ref": "#/definitions/res" }
            """);

        var (result, output, _) = GeneratorHarness.Run(new[] { GeneratorHarness.Spec(Path, text) });

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var operation = SpecFileParts.Part(result.Results.Single().GeneratedSources.Single(s => !s.HintName.EndsWith(".Client.g.cs", StringComparison.Ordinal)).SourceText.ToString(), "Operation");
        if (expected is null)
        {
            Assert.DoesNotContain("Verification =", operation, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("IsIdempotent: false) { Verification = " + expected + " };", operation, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("\"auth\": true,", "BKGEN0215", "'x-bkapi.auth' must be an object of booleans, app and user")]
    [InlineData("\"auth\": [\"user\"],", "BKGEN0215", "'x-bkapi.auth' must be an object")]
    [InlineData("\"auth\": { \"user\": \"yes\" },", "BKGEN0216", "'x-bkapi.auth.user' must be true or false.")]
    [InlineData("\"auth\": { \"app\": 1 },", "BKGEN0216", "'x-bkapi.auth.app' must be true or false.")]
    [InlineData("\"auth\": { \"users\": true },", "BKGEN0217", "'x-bkapi.auth.users' is not a known member: use app")]
    public void A_bad_auth_reports_its_BKGEN02cc_at_the_value(string auth, string id, string message)
    {
        var diagnostic = Single(Spec(header: """
            "system": "jobv3", "operation": "ping", "method": "POST", "gatewayPath": "/api/v3/ping",
            """ + auth + """

            "request": { "$ref": "#/definitions/req" }, "response": { "$ref": "#/definitions/res" }
            """));

        Assert.Equal(id, diagnostic.Id);
        Assert.StartsWith(message, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(3, Position(diagnostic).Line); // the line of x-bkapi that has auth
    }

    [Fact]
    public void Auth_in_a_definitions_file_reports_BKGEN0207()
    {
        var diagnostic = Single("""
            {
              "x-bkapi": { "system": "jobv3", "role": "definitions",
                           "auth": { "user": true } },
              "definitions": { "host": { "type": "object", "properties": { "ip": { "type": "string" } } } }
            }
            """);

        Assert.Equal("BKGEN0207", diagnostic.Id);
        Assert.Contains("'x-bkapi.auth'", diagnostic.GetMessage());
        Assert.Equal(3, Position(diagnostic).Line);
    }

    [Fact]
    public void Unknown_ref_reports_BKGEN0003_at_the_ref()
    {
        var text = Spec(definitions: """
            "req": { "type": "object", "properties": { "host": { "$ref": "#/definitions/hots" } } },
            "res": { "type": "object", "properties": { "ok": { "type": "boolean" } } }
            """);

        var diagnostic = Single(text);

        Assert.Equal("BKGEN0003", diagnostic.Id);
        Assert.Contains("#/definitions/hots", diagnostic.GetMessage());
        var line = text.Split('\n').ToList().FindIndex(l => l.Contains("hots")) + 1;
        Assert.Equal(line, Position(diagnostic).Line);
        Assert.Equal("\"#/definitions/hots\"", diagnostic.Location.SourceTree is null ? Slice(text, diagnostic) : "");
    }

    [Fact]
    public void Ref_to_a_file_that_is_not_a_definitions_file_reports_BKGEN0402()
    {
        var diagnostic = Single(Spec(definitions: """
            "req": { "type": "object", "properties": { "host": { "$ref": "common.bkapi.json#/definitions/ip" } } },
            "res": { "type": "object", "properties": { "ok": { "type": "boolean" } } }
            """));

        Assert.Equal("BKGEN0402", diagnostic.Id);
        Assert.StartsWith("$ref 'common.bkapi.json#/definitions/ip': 'common.bkapi.json' is not a definitions file", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_enum_reports_BKGEN0005_at_the_property()
    {
        var text = Spec(definitions: """
            "req": { "type": "object", "properties": { "mode": { "type": "integer", "enum": [0, 1] } } },
            "res": { "type": "object", "properties": { "ok": { "type": "boolean" } } }
            """);

        var diagnostic = Single(text);

        Assert.Equal("BKGEN0005", diagnostic.Id);
        Assert.Equal("\"mode\"", Slice(text, diagnostic));
    }

    [Fact]
    public void Discriminator_without_mapping_reports_BKGEN0601()
    {
        var diagnostic = Single(Spec(definitions: """
            "req": { "type": "object", "properties": { "id": { "type": "integer" } } },
            "res": { "type": "object", "properties": { "kind": { "type": "integer" } },
                     "discriminator": { "propertyName": "kind" }, "oneOf": [ { "$ref": "#/definitions/a" } ] },
            "a": { "type": "object", "properties": { "x": { "type": "string" } } }
            """));

        Assert.Equal("BKGEN0601", diagnostic.Id);
        Assert.Equal("The discriminator of 'res' has no mapping: map each value of 'kind' to a definition.", diagnostic.GetMessage());
    }

    [Fact]
    public void Union_case_that_is_not_an_object_reports_BKGEN0606_at_its_mapping()
    {
        // Found by the structural fuzzer: a case definition turned into a scalar emitted a union referring to a missing type.
        var diagnostic = Single(Spec(definitions: """
            "req": { "type": "object", "properties": { "id": { "type": "integer" } } },
            "res": { "type": "object", "properties": { "data": { "$ref": "#/definitions/u" } } },
            "u": { "type": "object", "properties": { "kind": { "type": "integer" } },
                   "oneOf": [ { "$ref": "#/definitions/a" }, { "$ref": "#/definitions/b" } ],
                   "discriminator": { "propertyName": "kind", "mapping": { "1": "#/definitions/a", "2": "#/definitions/b" } } },
            "a": { "type": "object", "properties": { "x": { "type": "string" } } },
            "b": { "type": "string" }
            """));

        Assert.Equal("BKGEN0606", diagnostic.Id);
        Assert.Contains("'b'", diagnostic.GetMessage());
        Assert.Contains("plain object", diagnostic.GetMessage());
    }

    [Fact]
    public void Enum_names_count_mismatch_reports_BKGEN0008()
    {
        var diagnostic = Single(Spec(definitions: """
            "req": { "type": "object", "properties": { "mode": { "$ref": "#/definitions/mode" } } },
            "res": { "type": "object", "properties": { "ok": { "type": "boolean" } } },
            "mode": { "type": "integer", "enum": [0, 1], "x-enumNames": ["Upload"] }
            """));

        Assert.Equal("BKGEN0008", diagnostic.Id);
    }

    [Fact]
    public void Unknown_format_reports_BKGEN0009()
    {
        var diagnostic = Single(Spec(definitions: """
            "req": { "type": "object", "properties": { "ip": { "type": "string", "format": "ipv5" } } },
            "res": { "type": "object", "properties": { "ok": { "type": "boolean" } } }
            """));

        Assert.Equal("BKGEN0009", diagnostic.Id);
        Assert.Contains("ipv5", diagnostic.GetMessage());
    }

    [Fact]
    public void Two_specs_defining_one_operation_report_BKGEN0010()
    {
        var (result, _, _) = GeneratorHarness.Run(new[] { GeneratorHarness.Spec("/specs/a.bkapi.json", Spec()), GeneratorHarness.Spec("/specs/b.bkapi.json", Spec()) });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BKGEN0010", diagnostic.Id);
        Assert.Contains("a.bkapi.json, b.bkapi.json", diagnostic.GetMessage());
    }

    [Fact]
    public void Methods_other_than_get_post_put_delete_and_patch_report_BKGEN0011_at_the_method()
    {
        var text = Spec(header: """
            "system": "jobv3", "operation": "ping", "method": "HEAD", "gatewayPath": "/api/v3/ping",
            "request": { "$ref": "#/definitions/req" }, "response": { "$ref": "#/definitions/res" }
            """);

        var diagnostic = Single(text);

        Assert.Equal("BKGEN0011", diagnostic.Id);
        Assert.Equal("\"HEAD\"", Slice(text, diagnostic));
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("DELETE")]
    public void Query_requests_with_object_members_report_BKGEN1101_at_the_member(string method)
    {
        var text = Spec(header: $$"""
            "system": "jobv3", "operation": "ping", "method": "{{method}}", "gatewayPath": "/api/v3/ping",
            "request": { "$ref": "#/definitions/req" }, "response": { "$ref": "#/definitions/res" }
            """, definitions: """
            "req": { "type": "object", "properties": { "id": { "type": "integer" }, "host": { "$ref": "#/definitions/res" } } },
            "res": { "type": "object", "properties": { "ok": { "type": "boolean" } } }
            """);

        var diagnostic = Single(text);

        Assert.Equal("BKGEN1101", diagnostic.Id);
        Assert.Equal("\"host\"", Slice(text, diagnostic));
        Assert.Contains(method, diagnostic.GetMessage());
    }

    [Fact]
    public void A_get_operation_with_only_an_esb_path_may_have_object_members()
    {
        // The ESB takes every request as a POST body: no query string to fit.
        var (result, output, _) = GeneratorHarness.Run(new[] { GeneratorHarness.Spec(Path, Spec(header: """
            "system": "nodeman", "operation": "ping", "method": "GET", "esbPath": "/api/c/compapi/v2/nodeman/ping/",
            "request": { "$ref": "#/definitions/req" }, "response": { "$ref": "#/definitions/res" }
            """, definitions: """
            "req": { "type": "object", "properties": { "id": { "type": "integer" }, "host": { "$ref": "#/definitions/res" }, "names": { "type": "array", "items": {} } } },
            "res": { "type": "object", "properties": { "ok": { "type": "boolean" } } }
            """)) });

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("PUT", "Put")]
    [InlineData("DELETE", "Delete")]
    [InlineData("PATCH", "Patch")]
    [InlineData("post", "Post")]
    public void Every_http_method_generates_a_descriptor_with_it(string method, string property)
    {
        var (result, output, _) = GeneratorHarness.Run(new[] { GeneratorHarness.Spec(Path, Spec(header: $$"""
            "system": "jobv3", "operation": "ping", "method": "{{method}}", "gatewayPath": "/api/v3/ping",
            "request": { "$ref": "#/definitions/req" }, "response": { "$ref": "#/definitions/res" }
            """)) });

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var operation = SpecFileParts.Part(result.Results.Single().GeneratedSources.Single(s => !s.HintName.EndsWith(".Client.g.cs", StringComparison.Ordinal)).SourceText.ToString(), "Operation");
        Assert.Contains($"Sys::Net.Http.HttpMethod.{property},", operation);
    }

    [Fact]
    public void A_path_parameter_fills_from_a_required_member_and_the_string_one_must_not_be_empty()
    {
        var (result, output, _) = GeneratorHarness.Run(new[] { GeneratorHarness.Spec(Path, Spec(header: """
            "system": "bk-cmdb", "operation": "list_hosts", "method": "POST", "gatewayPath": "/api/v3/hosts/app/{bk_biz_id}/{bk_obj_id}/list_hosts",
            "request": { "$ref": "#/definitions/req" }, "response": { "$ref": "#/definitions/res" }
            """, definitions: """
            "req": { "type": "object", "required": ["bk_biz_id", "bk_obj_id"], "properties": { "bk_biz_id": { "type": "integer" }, "bk_obj_id": { "type": "string" } } },
            "res": { "type": "object", "properties": { "ok": { "type": "boolean" } } }
            """)) });

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.NotNull(output.GetTypeByMetadataName("Consumer.BkCmdb.BkCmdbClient"));
        var models = SpecFileParts.Part(result.Results.Single().GeneratedSources.Single(s => s.HintName == "Consumer.BkCmdb.ListHosts.g.cs").SourceText.ToString(), "Models");
        Assert.Contains("validator.Length(ObjId, 1, null,", models);
    }

    [Theory]
    [InlineData("/api/v3/hosts/{bk_biz}/list", "BKGEN0014", "names no member of the request 'req'", "\"/api/v3/hosts/{bk_biz}/list\"")]
    [InlineData("/api/v3/hosts/{bk_biz_id/list", "BKGEN1403", "The path '/api/v3/hosts/{bk_biz_id/list' has an unbalanced '{' at position 14", "\"/api/v3/hosts/{bk_biz_id/list\"")]
    [InlineData("/api/v3/hosts/}/list", "BKGEN1403", "The path '/api/v3/hosts/}/list' has an unbalanced '}' at position 14", "\"/api/v3/hosts/}/list\"")]
    [InlineData("/api/v3/hosts/{}/list", "BKGEN1404", "path parameter '{}'", "\"/api/v3/hosts/{}/list\"")]
    [InlineData("/api/v3/{bk_biz_id}/hosts/{bk_biz_id}/list", "BKGEN1405", "uses the path parameter '{bk_biz_id}' twice", "\"/api/v3/{bk_biz_id}/hosts/{bk_biz_id}/list\"")]
    [InlineData("/api/v3/hosts/{name}/list", "BKGEN1401", "must be required and not nullable", "\"name\"")]
    [InlineData("/api/v3/hosts/{tags}/list", "BKGEN1402", "must be a string, an integer or an enum", "\"tags\"")]
    public void A_path_parameter_that_cannot_be_filled_reports_its_BKGEN14xx(string path, string id, string message, string at)
    {
        var text = Spec(header: $$"""
            "system": "jobv3", "operation": "ping", "method": "GET", "gatewayPath": "{{path}}",
            "request": { "$ref": "#/definitions/req" }, "response": { "$ref": "#/definitions/res" }
            """, definitions: """
            "req": { "type": "object", "required": ["bk_biz_id", "tags"], "properties": { "bk_biz_id": { "type": "integer" }, "name": { "type": "string" }, "tags": { "type": "array", "items": { "type": "string" } } } },
            "res": { "type": "object", "properties": { "ok": { "type": "boolean" } } }
            """);

        var diagnostic = Single(text);

        Assert.Equal(id, diagnostic.Id);
        Assert.Contains(message, diagnostic.GetMessage());
        Assert.Equal(at, Slice(text, diagnostic));
    }

    [Fact]
    public void An_esb_path_parameter_naming_no_request_member_reports_BKGEN0014()
    {
        var text = Spec(header: """
            "system": "jobv3", "operation": "ping", "method": "POST", "esbPath": "/api/c/compapi/v2/jobv3/{host}/",
            "request": { "$ref": "#/definitions/req" }, "response": { "$ref": "#/definitions/res" }
            """);

        var diagnostic = Single(text);

        Assert.Equal("BKGEN0014", diagnostic.Id);
        Assert.Contains("The path parameter '{host}' of '/api/c/compapi/v2/jobv3/{host}/' names no member of the request", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("bk-")]
    [InlineData("-cmdb")]
    [InlineData("bk cmdb")]
    public void A_system_name_that_is_not_a_gateway_name_reports_BKGEN0204(string system)
    {
        var diagnostic = Single(Spec(header: $$"""
            "system": "{{system}}", "operation": "ping", "method": "POST", "gatewayPath": "/api/v3/ping",
            "request": { "$ref": "#/definitions/req" }, "response": { "$ref": "#/definitions/res" }
            """));

        Assert.Equal("BKGEN0204", diagnostic.Id);
        Assert.Contains("'bk-cmdb'", diagnostic.GetMessage());
        Assert.EndsWith($"was '{system}'.", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_definition_named_like_the_envelope_property_does_not_collide_with_it()
    {
        var text = Spec(definitions: """
            "req": { "type": "object", "properties": { "id": { "type": "integer" } } },
            "res": { "type": "object", "x-csharp-name": "PingResponse", "properties": { "ok": { "type": "boolean" } } }
            """);

        var (result, output, _) = GeneratorHarness.Run(new[] { GeneratorHarness.Spec(Path, text) });

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.NotEmpty(output.GetTypeByMetadataName("Consumer.JobV3.PingJsonContext")!.GetMembers("PingEnvelope"));
    }

    [Theory]
    [InlineData("\"if\": { \"required\": [\"id\"] }", "if")]
    [InlineData("\"patternProperties\": {}", "patternProperties")]
    [InlineData("\"x-enumnames\": []", "x-enumnames")]
    public void Keywords_the_generator_would_ignore_report_BKGEN0012(string keyword, string name)
    {
        var text = Spec(definitions: $$"""
            "req": { "type": "object", {{keyword}}, "properties": { "id": { "type": "integer" } } },
            "res": { "type": "object", "properties": { "ok": { "type": "boolean" } } }
            """);

        var diagnostic = Single(text);

        Assert.Equal("BKGEN0012", diagnostic.Id);
        Assert.Contains(name, diagnostic.GetMessage());
    }

    [Fact]
    public void Misspelt_x_bkapi_keys_report_BKGEN1201()
    {
        var diagnostic = Single(Spec(header: """
            "system": "jobv3", "operation": "ping", "method": "POST", "gatewayPath": "/api/v3/ping", "idempotant": true,
            "request": { "$ref": "#/definitions/req" }, "response": { "$ref": "#/definitions/res" }
            """));

        Assert.Equal("BKGEN1201", diagnostic.Id);
        Assert.StartsWith("'x-bkapi.idempotant' is not a known key: use ", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{")]
    [InlineData("{ \"x-bkapi\": 42 }")]
    [InlineData("{ \"x-bkapi\": { \"request\": { \"$ref\": 7 } } }")]
    [InlineData("{ \"x-bkapi\": {}, \"definitions\": { \"a\": { \"type\": \"object\", \"properties\": { \"p\": { \"type\": \"array\" } } } } }")]
    public void Malformed_specs_give_diagnostics_not_exceptions(string text)
    {
        var (result, _, _) = GeneratorHarness.Run(new[] { GeneratorHarness.Spec(Path, text) });

        Assert.Null(result.Results.Single().Exception);
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.StartsWith("BKGEN", d.Id));
    }

    [Fact]
    public void Files_not_named_bkapi_json_are_ignored()
    {
        var (result, _, _) = GeneratorHarness.Run(new[] { GeneratorHarness.Spec("/specs/notes.json", "not json at all") });

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Results.Single().GeneratedSources);
    }

    private static string Slice(string text, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.SourceSpan;
        return text.Substring(span.Start, span.Length);
    }
}
