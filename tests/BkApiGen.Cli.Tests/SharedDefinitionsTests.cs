using System.Text.Json.Nodes;
using BkApiGen.Cli.Import.Sets;

namespace BkApiGen.Cli.Tests;

/// <summary>The set-level phase on small hand-made specs: what is shared, what is renamed, and that nothing that differs is merged.</summary>
public sealed class SharedDefinitionsTests
{
    private static OperationSpec Spec(string operation, string definitions)
        => new(operation, JsonNode.Parse($$"""
            {
              "x-bkapi": { "system": "demo", "operation": "{{operation}}", "request": { "$ref": "#/definitions/{{operation}}_request" }, "response": { "$ref": "#/definitions/{{operation}}_request" } },
              "definitions": {{definitions}}
            }
            """)!.AsObject());

    private const string Host = """{ "type": "object", "description": "主机", "properties": { "ip": { "type": "string", "description": "IP" }, "bk_cloud_id": { "type": "integer" } }, "required": ["ip"] }""";

    private static string Request(string operation) => $$"""{ "type": "object", "properties": { "host": { "$ref": "#/definitions/host" } } }""";

    [Fact]
    public void Same_wire_shape_with_other_descriptions_is_declared_once_with_the_first_operations_descriptions()
    {
        var reworded = Host.Replace("\"主机\"", "\"目标主机\"", StringComparison.Ordinal).Replace("\"IP\"", "\"IP地址\"", StringComparison.Ordinal);
        var set = SharedDefinitions.Share("demo", new[]
        {
            Spec("b_op", $$"""{ "b_op_request": {{Request("b_op")}}, "host": {{reworded}} }"""),
            Spec("a_op", $$"""{ "a_op_request": {{Request("a_op")}}, "host": {{Host}} }"""),
        }, "shared");

        var host = set.Common!["definitions"]!["host"]!;
        Assert.Equal("主机", host["description"]!.GetValue<string>());
        Assert.Equal("IP", host["properties"]!["ip"]!["description"]!.GetValue<string>());
        Assert.Empty(set.Renames);
        foreach (var spec in set.Specs)
        {
            Assert.Null(spec.Spec["definitions"]!["host"]);
            Assert.Equal("common.bkapi.json#/definitions/host", spec.Spec["definitions"]![spec.Operation + "_request"]!["properties"]!["host"]!["$ref"]!.GetValue<string>());
        }
    }

    [Theory]
    [InlineData("""{ "type": "object", "properties": { "ip": { "type": "integer" }, "bk_cloud_id": { "type": "integer" } }, "required": ["ip"] }""")]
    [InlineData("""{ "type": "object", "properties": { "ip": { "type": "string" }, "bk_cloud_id": { "type": "integer" } } }""")]
    [InlineData("""{ "type": "object", "properties": { "ip": { "type": "string" }, "bk_cloud_id": { "type": "integer" }, "bk_host_id": { "type": "integer" } }, "required": ["ip"] }""")]
    [InlineData("""{ "type": "object", "properties": { "ip": { "type": "string", "format": "ipv4" }, "bk_cloud_id": { "type": "integer" } }, "required": ["ip"] }""")]
    public void Same_name_with_another_wire_shape_is_never_merged_and_gets_the_operation_as_suffix(string other)
    {
        Assert.NotEqual(Host, other);
        var set = SharedDefinitions.Share("demo", new[]
        {
            Spec("a_op", $$"""{ "a_op_request": {{Request("a_op")}}, "host": {{Host}} }"""),
            Spec("b_op", $$"""{ "b_op_request": {{Request("b_op")}}, "host": {{Host}} }"""),
            Spec("c_op", $$"""{ "c_op_request": {{Request("c_op")}}, "host": {{other}} }"""),
        }, "shared");

        // The shape two operations use keeps the name and is shared; c_op keeps its own under a readable name.
        Assert.NotNull(set.Common!["definitions"]!["host"]);
        var c = set.Specs.Single(s => s.Operation == "c_op").Spec;
        Assert.Null(c["definitions"]!["host"]);
        Assert.Equal(JsonNode.Parse(other)!.ToJsonString(), c["definitions"]!["host_c_op"]!.ToJsonString());
        Assert.Equal("#/definitions/host_c_op", c["definitions"]!["c_op_request"]!["properties"]!["host"]!["$ref"]!.GetValue<string>());
        var rename = Assert.Single(set.Renames);
        Assert.Equal("c_op", rename.Operation);
        Assert.Contains("'host' differs from the 'host' of a_op, b_op", rename.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shared_type_brings_the_types_it_references_and_same_named_references_to_other_types_stay_apart()
    {
        const string Server = """{ "type": "object", "properties": { "host_list": { "type": "array", "items": { "$ref": "#/definitions/host" } } } }""";
        var otherHost = Host.Replace("\"type\": \"string\"", "\"type\": \"integer\"", StringComparison.Ordinal);
        var set = SharedDefinitions.Share("demo", new[]
        {
            Spec("a_op", $$"""{ "a_op_request": {{Request("a_op")}}, "server": {{Server}}, "host": {{Host}} }"""),
            Spec("b_op", $$"""{ "b_op_request": {{Request("b_op")}}, "server": {{Server}}, "host": {{Host}} }"""),
            Spec("c_op", $$"""{ "c_op_request": {{Request("c_op")}}, "server": {{Server}}, "host": {{otherHost}} }"""),
        }, "shared");

        var common = set.Common!["definitions"]!.AsObject();
        Assert.Equal("#/definitions/host", common["server"]!["properties"]!["host_list"]!["items"]!["$ref"]!.GetValue<string>());
        // c_op's server looks the same but holds another host: it is another type, not the shared server.
        var c = set.Specs.Single(s => s.Operation == "c_op").Spec["definitions"]!.AsObject();
        Assert.Equal("#/definitions/host_c_op", c["server_c_op"]!["properties"]!["host_list"]!["items"]!["$ref"]!.GetValue<string>());
        Assert.Equal(new[] { "host", "server" }, common.Select(p => p.Key));
    }

    [Fact]
    public void A_definition_only_one_spec_has_stays_in_that_spec_and_the_set_needs_no_common_file()
    {
        var set = SharedDefinitions.Share("demo", new[]
        {
            Spec("a_op", $$"""{ "a_op_request": {{Request("a_op")}}, "host": {{Host}} }"""),
            Spec("b_op", """{ "b_op_request": { "type": "object", "properties": { "id": { "type": "integer" } } } }"""),
        }, "shared");

        Assert.Null(set.Common);
        Assert.Equal("#/definitions/host", set.Specs[0].Spec["definitions"]!["a_op_request"]!["properties"]!["host"]!["$ref"]!.GetValue<string>());
    }

    [Fact]
    public void Definitions_whose_csharp_names_collide_are_told_apart_though_their_json_names_differ()
    {
        var named = Host.Replace("\"type\": \"object\",", "\"type\": \"object\", \"x-csharp-name\": \"Host\",", StringComparison.Ordinal).Replace("\"type\": \"string\"", "\"type\": \"integer\"", StringComparison.Ordinal);
        var set = SharedDefinitions.Share("demo", new[]
        {
            Spec("a_op", $$"""{ "a_op_request": {{Request("a_op")}}, "host": {{Host}} }"""),
            Spec("b_op", $$"""{ "b_op_request": { "type": "object", "properties": { "ip": { "$ref": "#/definitions/ip" } } }, "ip": {{named}} }"""),
        }, "shared");

        var b = set.Specs.Single(s => s.Operation == "b_op").Spec["definitions"]!.AsObject();
        Assert.Equal("HostBOp", b["ip_b_op"]!["x-csharp-name"]!.GetValue<string>());
    }

    [Fact]
    public void A_type_named_like_a_System_type_is_qualified_with_the_system()
    {
        var set = SharedDefinitions.Share("jobv3", new[]
        {
            Spec("a_op", """{ "a_op_request": { "type": "object", "properties": { "action": { "$ref": "#/definitions/action" } } }, "action": { "type": "integer", "enum": [1, 2], "x-enumNames": ["Scan", "Intercept"] } }"""),
        }, "shared");

        Assert.Equal("JobV3Action", set.Specs[0].Spec["definitions"]!["action"]!["x-csharp-name"]!.GetValue<string>());
        Assert.Contains("System namespaces", Assert.Single(set.Renames).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rerun_beside_the_common_file_an_earlier_run_appended_to_finds_its_renamed_recursive_and_union_types_again()
    {
        // c_op and d_op share a 'host' that differs from a_op's, so theirs is host_c_op in the common file; their
        // 'target', recursive 'node' and union 'log' reference it there by that name, but by 'host' in each new import.
        const string OtherHost = """{ "type": "object", "properties": { "ip": { "type": "integer" } } }""";
        const string Target = """{ "type": "object", "properties": { "host": { "$ref": "#/definitions/host" } } }""";
        const string Node = """{ "type": "object", "properties": { "host": { "$ref": "#/definitions/host" }, "children": { "type": "array", "items": { "$ref": "#/definitions/node" } } } }""";
        const string Log = """
            { "type": "object", "properties": { "kind": { "type": "integer" } }, "required": ["kind"],
              "discriminator": { "propertyName": "kind", "mapping": { "1": "#/definitions/log_host", "2": "#/definitions/log_text" } },
              "oneOf": [ { "$ref": "#/definitions/log_host" }, { "$ref": "#/definitions/log_text" } ] },
            "log_host": { "type": "object", "properties": { "kind": { "type": "integer" }, "host": { "$ref": "#/definitions/host" } } },
            "log_text": { "type": "object", "properties": { "kind": { "type": "integer" }, "text": { "type": "string" } } }
            """;
        OperationSpec Other(string operation) => Spec(operation, $$"""
            { "{{operation}}_request": { "type": "object", "properties": { "target": { "$ref": "#/definitions/target" }, "node": { "$ref": "#/definitions/node" }, "log": { "$ref": "#/definitions/log" } } },
              "host": {{OtherHost}}, "target": {{Target}}, "node": {{Node}}, "log": {{Log}} }
            """);
        OperationSpec[] Docs() =>
        [
            Spec("a_op", $$"""{ "a_op_request": { "type": "object", "properties": { "target": { "$ref": "#/definitions/target" } } }, "host": {{Host}}, "target": {{Target}} }"""),
            Spec("b_op", $$"""{ "b_op_request": { "type": "object", "properties": { "target": { "$ref": "#/definitions/target" } } }, "host": {{Host}}, "target": {{Target}} }"""),
            Other("c_op"),
            Other("d_op"),
        ];
        var handWritten = JsonNode.Parse("""{ "scope_type": { "type": "string" } }""")!.AsObject();
        var noNames = new HashSet<string>(StringComparer.Ordinal);

        var first = SharedDefinitions.Share("demo", Docs(), "shared", new Baseline(handWritten, noNames));
        var appended = first.AppendToKeptCommon!;
        Assert.Equal(["host", "host_c_op", "log", "log_host", "log_text", "node", "target", "target_c_op"], appended.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("#/definitions/host_c_op", appended["node"]!["properties"]!["host"]!["$ref"]!.GetValue<string>());
        var common = (JsonObject)handWritten.DeepClone();
        foreach (var (name, definition) in appended)
        {
            common[name] = definition!.DeepClone();
        }

        var second = SharedDefinitions.Share("demo", Docs(), "shared", new Baseline(common, noNames));

        Assert.Null(second.AppendToKeptCommon);
        Assert.Equal(first.Specs.Select(s => s.Spec.ToJsonString()), second.Specs.Select(s => s.Spec.ToJsonString()));
    }
}
