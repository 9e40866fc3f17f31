using BkApiGen.Tests.Shared;
using Microsoft.CodeAnalysis;

namespace BkApiGen.Generator.Tests;

/// <summary>
/// A callback spec (<c>"role": "callback"</c>) describes a body the system sends to the caller: misusing it as an operation,
/// or its keys in an operation, is a BKGEN error at the key, never a client method or a compile error.
/// </summary>
public sealed class CallbackDiagnosticTests
{
    private const string Path = "/specs/callback_protocol.bkapi.json";

    private const string Definitions = """
        "payload": { "type": "object", "properties": { "job_instance_id": { "type": "integer" }, "status": { "$ref": "#/definitions/status" } } },
        "status": { "type": "integer", "enum": [1, 2], "x-enumNames": ["Waiting", "Running"] }
        """;

    private static string Spec(string header, string definitions = Definitions)
        => "{\n  \"x-bkapi\": {\n" + header + "\n  },\n  \"definitions\": {\n" + definitions + "\n  }\n}\n";

    private static IReadOnlyList<Diagnostic> Diagnostics(string text)
    {
        var (result, _, _) = GeneratorHarness.Run([GeneratorHarness.Spec(Path, text)]);
        Assert.Null(result.Results.Single().Exception);
        Assert.Empty(result.Results.Single().GeneratedSources);
        return result.Diagnostics;
    }

    private static string Slice(string text, Diagnostic diagnostic)
        => text.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);

    [Fact]
    public void A_valid_callback_spec_generates_its_payload_and_no_client()
    {
        var (result, output, _) = GeneratorHarness.Run([GeneratorHarness.Spec(Path, Spec("""
            "system": "jobv3", "role": "callback", "callback": "callback_protocol", "payload": { "$ref": "#/definitions/payload" }
            """))]);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var hints = result.Results.Single().GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Consumer.JobV3.CallbackProtocol.g.cs"], hints);
    }

    [Theory]
    [InlineData("method", "\"GET\"")]
    [InlineData("gatewayPath", "\"/api/v3/callback_protocol\"")]
    [InlineData("response", "{ \"$ref\": \"#/definitions/payload\" }")]
    [InlineData("operation", "\"callback_protocol\"")]
    public void An_operation_key_in_a_callback_spec_is_BKGEN0218_at_the_key(string key, string value)
    {
        var text = Spec($$"""
            "system": "jobv3", "role": "callback", "callback": "callback_protocol", "payload": { "$ref": "#/definitions/payload" },
            "{{key}}": {{value}}
            """);

        var diagnostic = Assert.Single(Diagnostics(text));

        Assert.Equal("BKGEN0218", diagnostic.Id);
        Assert.Contains($"'x-bkapi.{key}'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(4, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1); // the key's line
        Assert.Contains(value.Length > 0 && value[0] == '{' ? key : value, Slice(text, diagnostic), StringComparison.Ordinal); // an object is located at its name
    }

    [Fact]
    public void A_payload_key_in_an_operation_is_BKGEN0219()
    {
        var text = Spec("""
            "system": "jobv3", "operation": "ping", "method": "POST", "gatewayPath": "/api/v3/ping",
            "request": { "$ref": "#/definitions/payload" }, "response": { "$ref": "#/definitions/payload" }, "payload": { "$ref": "#/definitions/payload" }
            """);

        var diagnostic = Assert.Single(Diagnostics(text));

        Assert.Equal("BKGEN0219", diagnostic.Id);
        Assert.Contains("'x-bkapi.payload'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_payload_that_is_not_an_object_is_BKGEN0220_at_the_reference()
    {
        var text = Spec("""
            "system": "jobv3", "role": "callback", "callback": "callback_protocol", "payload": { "$ref": "#/definitions/status" }
            """);

        var diagnostic = Assert.Single(Diagnostics(text));

        Assert.Equal("BKGEN0220", diagnostic.Id);
        Assert.Contains("'status'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("\"#/definitions/status\"", Slice(text, diagnostic));
    }

    [Theory]
    [InlineData("\"system\": \"jobv3\", \"role\": \"callback\", \"payload\": { \"$ref\": \"#/definitions/payload\" }", "callback")]
    [InlineData("\"system\": \"jobv3\", \"role\": \"callback\", \"callback\": \"callback_protocol\"", "payload")]
    public void A_callback_spec_without_its_name_or_payload_is_BKGEN0202(string header, string missing)
    {
        var diagnostic = Assert.Single(Diagnostics(Spec(header)));

        Assert.Equal("BKGEN0202", diagnostic.Id);
        Assert.Contains($"'{missing}'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_callback_name_that_is_not_a_wire_name_is_BKGEN0205()
    {
        var diagnostic = Assert.Single(Diagnostics(Spec("""
            "system": "jobv3", "role": "callback", "callback": "callback-protocol", "payload": { "$ref": "#/definitions/payload" }
            """)));

        Assert.Equal("BKGEN0205", diagnostic.Id);
        Assert.Contains("'x-bkapi.callback'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
