using BkApiGen.Tests.Shared;
using Microsoft.CodeAnalysis;

namespace BkApiGen.Generator.Tests;

/// <summary>
/// Wire names that make C# names the generated code already uses, or that collide after PascalCasing, are renamed
/// deterministically with a BKGEN0016 warning at the name, and the spec is generated: the wire names stay as they are.
/// </summary>
public sealed class MemberNamingTests
{
    private const string Path = "/specs/names.bkapi.json";

    private static string Spec(string definitions, string request = "req") => $$"""
        {
          "x-bkapi": { "system": "jobv3", "operation": "ping", "method": "POST", "gatewayPath": "/api/v3/ping",
                       "request": { "$ref": "#/definitions/{{request}}" }, "response": { "$ref": "#/definitions/res" } },
          "definitions": {
            {{definitions}}
          }
        }
        """;

    private static (List<Diagnostic> Warnings, Compilation Output) Run(string text)
    {
        var (result, output, _) = GeneratorHarness.Run(new[] { GeneratorHarness.Spec(Path, text) });
        // A warning (the harness, like TreatWarningsAsErrors, reports it as an error: the descriptor says what it is).
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Descriptor.DefaultSeverity));
        Assert.All(result.Diagnostics, d => Assert.Equal("BKGEN0016", d.Id));
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        return (result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList(), output);
    }

    private static string Slice(string text, Diagnostic diagnostic) => text.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);

    /// <summary>C# name → wire name of the type's properties.</summary>
    private static Dictionary<string, string> Members(Compilation output, string type)
        => output.GetTypeByMetadataName("Consumer.JobV3." + type)!.GetMembers().OfType<IPropertySymbol>()
            .Where(p => p.GetAttributes().Any(a => a.AttributeClass?.Name == "JsonPropertyNameAttribute"))
            .ToDictionary(p => p.Name, p => (string)p.GetAttributes().Single(a => a.AttributeClass?.Name == "JsonPropertyNameAttribute").ConstructorArguments[0].Value!);

    [Theory]
    [InlineData("is_valid", "IsValid")]
    [InlineData("validate", "Validate")]
    [InlineData("to_string", "ToString")]
    [InlineData("bk_equals", "Equals")]
    [InlineData("get_hash_code", "GetHashCode")]
    [InlineData("equality_contract", "EqualityContract")]
    [InlineData("deconstruct", "Deconstruct")]
    [InlineData("print_members", "PrintMembers")]
    [InlineData("req", "Req")]
    public void A_member_named_like_a_generated_member_or_its_type_gets_a_suffix_and_a_warning(string jsonName, string csharpName)
    {
        var text = Spec($$"""
            "req": { "type": "object", "properties": { "{{jsonName}}": { "type": "integer", "minimum": 1 } } },
            "res": { "type": "object", "properties": { "ok": { "type": "boolean" } } }
            """);

        var (warnings, output) = Run(text);

        var warning = Assert.Single(warnings);
        Assert.Equal($"\"{jsonName}\"", Slice(text, warning));
        Assert.Contains($"'{csharpName}'", warning.GetMessage());
        Assert.Contains($"it is named '{csharpName}Value'", warning.GetMessage());
        Assert.Equal(jsonName, Members(output, "Req")[csharpName + "Value"]);
    }

    [Fact]
    public void Members_that_collide_after_pascal_casing_are_numbered_in_spec_order()
    {
        var text = Spec("""
            "req": { "type": "object", "properties": {
                "parent__name": { "type": "string" }, "parent_name": { "type": "string" },
                "bk_host_id": { "type": "integer" }, "host_id": { "type": "integer" }, "HostId": { "type": "integer" },
                "bk_x": { "type": "integer" }, "x": { "type": "integer" } } },
            "res": { "type": "object", "properties": { "ok": { "type": "boolean" } } }
            """);

        var (warnings, output) = Run(text);

        Assert.Equal(new[] { "\"parent_name\"", "\"HostId\"" }, warnings.Select(w => Slice(text, w)));
        Assert.Equal(
            new Dictionary<string, string> { ["ParentName"] = "parent__name", ["ParentName2"] = "parent_name", ["BkHostId"] = "bk_host_id", ["HostId"] = "host_id", ["HostId2"] = "HostId", ["BkX"] = "bk_x", ["X"] = "x" },
            Members(output, "Req"));
    }

    [Fact]
    public void A_renamed_member_never_takes_a_name_another_member_has()
    {
        // is_valid would become IsValidValue, which is_valid_value already is.
        var text = Spec("""
            "req": { "type": "object", "properties": { "is_valid": { "type": "boolean" }, "is_valid_value": { "type": "boolean" } } },
            "res": { "type": "object", "properties": { "ok": { "type": "boolean" } } }
            """);

        var (warnings, output) = Run(text);

        Assert.Single(warnings);
        Assert.Equal(new Dictionary<string, string> { ["IsValidValue2"] = "is_valid", ["IsValidValue"] = "is_valid_value" }, Members(output, "Req"));
    }

    [Fact]
    public void Enum_members_that_collide_or_are_taken_are_renamed()
    {
        var text = Spec("""
            "req": { "type": "object", "properties": { "mode": { "$ref": "#/definitions/mode" }, "level": { "$ref": "#/definitions/level" } } },
            "mode": { "type": "string", "enum": ["value", "biz-set", "biz_set", "", "mode"] },
            "level": { "type": "integer", "enum": [1, 2], "x-enumNames": ["High", "High"] },
            "res": { "type": "object", "properties": { "ok": { "type": "boolean" } } }
            """);

        var (warnings, output) = Run(text);

        Assert.Equal(5, warnings.Count);
        var mode = output.GetTypeByMetadataName("Consumer.JobV3.Mode")!.GetMembers().OfType<IPropertySymbol>().Where(p => p.IsStatic).Select(p => p.Name);
        Assert.Equal(new[] { "ValueValue", "BizSet", "BizSet2", "Empty", "ModeValue" }, mode);
        var level = output.GetTypeByMetadataName("Consumer.JobV3.Level")!.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst).Select(f => f.Name);
        Assert.Equal(new[] { "High", "High2" }, level);
    }

    [Fact]
    public void Type_names_that_collide_and_taken_unknown_case_names_are_numbered()
    {
        var text = Spec("""
            "req": { "type": "object", "properties": { "a": { "$ref": "#/definitions/scope_type" }, "b": { "$ref": "#/definitions/ScopeType" } } },
            "scope_type": { "type": "object", "properties": { "x": { "type": "integer" } } },
            "ScopeType": { "type": "object", "properties": { "y": { "type": "integer" } } },
            "log": { "type": "object", "properties": { "log_type": { "type": "integer" }, "raw": { "type": "string" } },
                     "discriminator": { "propertyName": "log_type", "mapping": { "1": "#/definitions/script_log" } },
                     "oneOf": [{ "$ref": "#/definitions/script_log" }] },
            "script_log": { "type": "object", "properties": { "log_type": { "type": "integer" }, "content": { "type": "string" } } },
            "unknown_log": { "type": "object", "properties": { "z": { "type": "integer" } } },
            "res": { "type": "object", "properties": { "log": { "$ref": "#/definitions/log" }, "other": { "$ref": "#/definitions/unknown_log" } } }
            """);

        var (warnings, output) = Run(text);

        Assert.Equal(3, warnings.Count);
        Assert.Equal("y", Members(output, "ScopeType2").Single().Value);
        Assert.Equal("x", Members(output, "ScopeType").Single().Value);
        Assert.NotNull(output.GetTypeByMetadataName("Consumer.JobV3.UnknownLog2"));
        Assert.Equal("z", Members(output, "UnknownLog").Single().Value);

        // A union member 'raw' would hide the unknown case's Raw (the JSON as received).
        Assert.Equal("raw", Members(output, "Log")["RawValue"]);
    }

    [Fact]
    public void A_union_case_member_never_hides_a_member_it_inherits()
    {
        // The union's bk_x is X; the case's own x would be X too, hiding it (CS0108).
        var text = Spec("""
            "req": { "type": "object", "properties": { "id": { "type": "integer" } } },
            "log": { "type": "object", "properties": { "log_type": { "type": "integer" }, "bk_x": { "type": "string" } },
                     "discriminator": { "propertyName": "log_type", "mapping": { "1": "#/definitions/script_log" } },
                     "oneOf": [{ "$ref": "#/definitions/script_log" }] },
            "script_log": { "type": "object", "properties": { "log_type": { "type": "integer" }, "bk_x": { "type": "string" }, "x": { "type": "integer" } } },
            "res": { "type": "object", "properties": { "log": { "$ref": "#/definitions/log" } } }
            """);

        var (warnings, output) = Run(text);

        var warning = Assert.Single(warnings);
        Assert.Contains("'script_log'", warning.GetMessage());
        Assert.Equal("bk_x", Members(output, "Log")["X"]);
        Assert.Equal("x", Members(output, "ScriptLog")["XValue"]);
    }

    [Fact]
    public void An_invalid_x_csharp_name_is_still_an_error()
    {
        var (result, _, _) = GeneratorHarness.Run(new[] { GeneratorHarness.Spec(Path, Spec("""
            "req": { "type": "object", "properties": { "id": { "type": "integer", "x-csharp-name": "1d" } } },
            "res": { "type": "object", "properties": { "ok": { "type": "boolean" } } }
            """)) });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BKGEN0701", diagnostic.Id);
        Assert.Equal("Property 'id' of 'req' has 'x-csharp-name' '1d', which is not a valid C# identifier.", diagnostic.GetMessage());
    }
}
