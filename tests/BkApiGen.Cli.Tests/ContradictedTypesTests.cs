using System.Text.Json.Nodes;
using BkApiGen.Cli.Import;
using BkApiGen.Cli.Import.Examples;

namespace BkApiGen.Cli.Tests;

/// <summary>A member whose doc example contradicts its table is read as raw JSON, so that what the server sends decodes.</summary>
public sealed class ContradictedTypesTests
{
    private static (JsonObject Spec, ImportResult Result) Apply(string method, string data, string example)
    {
        var spec = JsonNode.Parse($$"""
            {
              "x-bkapi": { "method": "{{method}}", "request": { "$ref": "#/definitions/req" }, "response": { "$ref": "#/definitions/res" } },
              "definitions": {
                "req": { "type": "object", "properties": { "id": { "type": "integer" } }, "examples": [ { "id": "not a number" } ] },
                "res": { "type": "object", "properties": {{data}}, "examples": [ {{example}} ] },
                "rule": { "type": "object", "properties": { "field": { "type": "string" }, "operator": { "type": "string" } }, "required": ["field", "operator"] }
              }
            }
            """)!.AsObject();
        var result = ContradictedTypes.Apply(new ImportResult
        {
            Spec = spec,
            Warnings = [],
            RequirednessUnknown = new HashSet<string>(),
            Lines = new Dictionary<string, int> { ["res.name"] = 73, ["res.rules"] = 80, ["req.id"] = 12 },
            StatedHeader = new HashSet<string>(),
        });
        return (spec, result);
    }

    [Fact]
    public void A_table_type_the_example_contradicts_becomes_raw_json_with_the_reason_at_its_line()
    {
        // CMDB create_set_template: "| name | array | 集群模板名称 |" beside "name": "test" in the example.
        var (spec, result) = Apply("POST", """{ "name": { "type": "array", "items": {}, "description": "集群模板名称" }, "id": { "type": "integer" } }""", """{ "name": "test", "id": "6" }""");

        var name = spec["definitions"]!["res"]!["properties"]!["name"]!.AsObject();
        Assert.Equal(["description"], name.Select(p => p.Key));
        Assert.StartsWith("集群模板名称 (The doc's table says array; its example shows a string", (string?)name["description"], StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Line == 73 && w.Message.StartsWith("'name': the table says array but the doc's example shows a string", StringComparison.Ordinal));
        // A number sent as a string is read by the runtime: no contradiction.
        Assert.Equal("integer", (string?)spec["definitions"]!["res"]!["properties"]!["id"]!["type"]);
    }

    [Fact]
    public void An_item_of_another_shape_than_the_table_says_makes_the_list_raw_json()
    {
        // CMDB conditions.rules: a rule (field, operator) or, in the example, a nested group (condition, rules).
        var (spec, result) = Apply("POST", """{ "rules": { "type": "array", "items": { "$ref": "#/definitions/rule" } } }""",
            """{ "rules": [ { "field": "a", "operator": "equal" }, { "condition": "OR", "rules": [] } ] }""");

        Assert.Null(spec["definitions"]!["res"]!["properties"]!["rules"]!["items"]);
        Assert.Contains(result.Warnings, w => w.Line == 80 && w.Message.Contains("an item shows an object with condition, rules and without field, operator", StringComparison.Ordinal));
    }

    [Fact]
    public void A_get_request_is_left_as_the_table_says_the_query_string_is_text_either_way()
    {
        var (spec, result) = Apply("GET", """{ "name": { "type": "string" } }""", """{ "name": "x" }""");

        Assert.Equal("integer", (string?)spec["definitions"]!["req"]!["properties"]!["id"]!["type"]);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_post_request_example_that_contradicts_its_table_is_loosened_too()
    {
        var (spec, _) = Apply("POST", """{ "name": { "type": "string" } }""", """{ "name": "x" }""");

        Assert.Null(spec["definitions"]!["req"]!["properties"]!["id"]!["type"]);
    }
}
