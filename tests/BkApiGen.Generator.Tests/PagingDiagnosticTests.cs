using BkApiGen.Tests.Shared;
using Microsoft.CodeAnalysis;

namespace BkApiGen.Generator.Tests;

/// <summary>x-bkapi.pagination and x-bkapi.chunk: what compiles, and a BKGEN0030 or BKGEN30cc at the keyword for what would not.</summary>
public sealed class PagingDiagnosticTests
{
    private const string Path = "/specs/paged.bkapi.json";

    private const string Definitions = """
        "req": { "type": "object", "properties": {
            "page": { "$ref": "#/definitions/page" },
            "ids": { "type": "array", "maxItems": 200, "items": { "type": "integer" } },
            "host_ids": { "type": "array", "maxItems": 500, "items": { "type": "integer" } },
            "names": { "type": "array", "items": { "type": "string" } },
            "label": { "type": "string" } } },
        "page": { "type": "object", "properties": { "start": { "type": "integer", "format": "int32" }, "limit": { "type": "integer", "format": "int32" }, "sort": { "type": "string" }, "enable_count": { "type": "boolean" } } },
        "res": { "type": "object", "properties": { "count": { "type": "integer" }, "info": { "type": "array", "items": { "$ref": "#/definitions/item" } }, "label": { "type": "string" } } },
        "item": { "type": "object", "properties": { "id": { "type": "integer" } } }
        """;

    private static string Spec(string extra) => $$"""
        {
          "x-bkapi": {
            "system": "cc", "operation": "list_things", "method": "POST", "gatewayPath": "/api/v3/list_things",
            "request": { "$ref": "#/definitions/req" }, "response": { "$ref": "#/definitions/res" },
            {{extra}}
          },
          "definitions": {
        {{Definitions}}
          }
        }
        """;

    private const string Paging = "\"pagination\": { \"offset\": \"page.start\", \"limit\": \"page.limit\", \"total\": \"count\", \"items\": \"info\", \"maxLimit\": 500 }";

    [Fact]
    public void A_paged_operation_with_a_chunked_list_compiles_with_both_helpers()
    {
        var (result, output, _) = GeneratorHarness.Run([GeneratorHarness.Spec(Path, Spec(Paging + ", \"chunk\": \"ids\""))]);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var source = string.Join("\n", result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()));
        Assert.Contains("ListThingsAllAsync(", source);
        Assert.Contains("request.Page is { } page", source); // page is optional: built when the caller left it out
        Assert.Contains("ListThingsChunkedAsync(", source);
    }

    [Fact]
    public void Several_chunked_lists_get_one_method_each_named_by_the_list()
    {
        var (result, output, _) = GeneratorHarness.Run([GeneratorHarness.Spec(Path, Spec("\"chunk\": [\"ids\", \"host_ids\"]"))]);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var source = string.Join("\n", result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()));
        Assert.Contains("ListThingsChunkedByIdsAsync(", source);
        Assert.Contains("ListThingsChunkedByHostIdsAsync(", source);
        Assert.Contains("request.HostIds ?? [],\n                500,", source);
    }

    [Fact]
    public void The_page_type_may_come_from_a_shared_definitions_file()
    {
        const string common = """
            { "x-bkapi": { "system": "cc", "role": "definitions" }, "definitions": {
              "page": { "type": "object", "properties": { "start": { "type": "integer" }, "limit": { "type": "integer", "format": "int32" }, "sort": { "type": "string" } }, "required": ["start", "limit"] } } }
            """;
        var spec = string.Join("\n", Spec(Paging).Split('\n').Where(line => !line.TrimStart().StartsWith("\"page\": { \"type\"", StringComparison.Ordinal)))
            .Replace("\"$ref\": \"#/definitions/page\"", "\"$ref\": \"common.bkapi.json#/definitions/page\"", StringComparison.Ordinal);

        var (result, output, _) = GeneratorHarness.Run([GeneratorHarness.Spec("/specs/common.bkapi.json", common), GeneratorHarness.Spec(Path, spec)]);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var source = string.Join("\n", result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()));
        Assert.Contains("Start = offset, Limit = limit", source); // a long offset is not cast
    }

    private const string CountFirstPaging = "\"pagination\": { \"offset\": \"page.start\", \"limit\": \"page.limit\", \"total\": \"count\", \"items\": \"info\", \"maxLimit\": 500, \"countFlag\": \"page.enable_count\" }";

    [Fact]
    public void A_count_flag_makes_one_count_request_before_the_pages()
    {
        var (result, output, _) = GeneratorHarness.Run([GeneratorHarness.Spec(Path, Spec(CountFirstPaging))]);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var source = string.Join("\n", result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()));
        Assert.Contains("BkPages.ReadAllCountFirstAsync<", source);
        Assert.Contains("Page = new Page { Start = 0, Limit = 0, EnableCount = true }", source);
        Assert.Contains("? page with { Start = checked((int)offset), Limit = limit, EnableCount = false }", source);
    }

    [Fact]
    public void A_count_request_cannot_be_built_when_the_page_requires_another_member()
    {
        var spec = Spec(CountFirstPaging)
            .Replace("\"enable_count\": { \"type\": \"boolean\" } } }", "\"enable_count\": { \"type\": \"boolean\" } }, \"required\": [\"sort\"] }", StringComparison.Ordinal)
            .Replace("\"label\": { \"type\": \"string\" } } },\n\"page\"", "\"label\": { \"type\": \"string\" } }, \"required\": [\"page\"] },\n\"page\"", StringComparison.Ordinal);
        Assert.Contains("\"required\": [\"page\"]", spec, StringComparison.Ordinal);

        var (result, _, _) = GeneratorHarness.Run([GeneratorHarness.Spec(Path, spec)]);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BKGEN3016", diagnostic.Id);
        Assert.Contains("'sort' is required there too", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"pagination\": { \"offset\": \"page.begin\", \"limit\": \"page.limit\", \"total\": \"count\", \"items\": \"info\", \"maxLimit\": 500 }", "BKGEN0030", "'page' has no member 'begin'")]
    [InlineData("\"pagination\": { \"offset\": \"page.start\", \"limit\": \"page.limit\", \"total\": \"label\", \"items\": \"info\", \"maxLimit\": 500 }", "BKGEN3009", "'label' must be an integer to be the total")]
    [InlineData("\"pagination\": { \"offset\": \"page.start\", \"limit\": \"page.limit\", \"total\": \"count\", \"items\": \"label\", \"maxLimit\": 500 }", "BKGEN3010", "'label' must be an array")]
    [InlineData("\"pagination\": { \"offset\": \"label\", \"limit\": \"page.limit\", \"total\": \"count\", \"items\": \"info\", \"maxLimit\": 500 }", "BKGEN3004", "must both be request members")]
    [InlineData("\"pagination\": { \"offset\": \"page.start\", \"limit\": \"page.limit\", \"total\": \"count\", \"items\": \"info\" }", "BKGEN3002", "maxLimit' must be an integer")]
    [InlineData("\"pagination\": { \"offset\": \"page.start\", \"limit\": \"page.sort\", \"total\": \"count\", \"items\": \"info\", \"maxLimit\": 500 }", "BKGEN3007", "'sort' must be an integer to be the page's limit")]
    [InlineData("\"chunk\": \"names\"", "BKGEN3012", "'names' must be a list with 'maxItems'")]
    [InlineData("\"chunk\": \"nothing\"", "BKGEN0030", "The request has no member 'nothing'")]
    [InlineData("\"pagination\": 5", "BKGEN3001", "must be an object")]
    [InlineData("\"chunk\": [\"ids\", \"ids\"]", "BKGEN3013", "'ids' is named twice")]
    [InlineData("\"chunk\": []", "BKGEN3011", "or several")]
    [InlineData("\"pagination\": { \"offset\": \"page.start\", \"limit\": \"page.limit\", \"total\": \"count\", \"items\": \"info\", \"maxLimit\": 500, \"countFlag\": \"enable_count\" }", "BKGEN3014", "must be a member of the object that holds the offset and limit")]
    [InlineData("\"pagination\": { \"offset\": \"page.start\", \"limit\": \"page.limit\", \"total\": \"count\", \"items\": \"info\", \"maxLimit\": 500, \"countFlag\": \"page.sort\" }", "BKGEN3015", "'sort' must be a boolean to be the count flag")]
    [InlineData("\"pagination\": { \"offset\": \"page.start\", \"limit\": \"page.limit\", \"total\": \"count\", \"items\": \"info\", \"maxLimit\": 500, \"countFlag\": \"page.only_count\" }", "BKGEN0030", "'page' has no member 'only_count'")]
    [InlineData("\"pagination\": { \"offset\": \"page.start\", \"limit\": \"page.limit\", \"total\": \"count\", \"items\": \"info\", \"maxLimit\": 500, \"countFlag\": true }", "BKGEN3003", "'x-bkapi.pagination.countFlag' must name a member")]
    public void A_pagination_or_chunk_that_would_not_compile_is_a_BKGEN30xx_at_the_keyword(string extra, string id, string message)
    {
        var (result, _, _) = GeneratorHarness.Run([GeneratorHarness.Spec(Path, Spec(extra))]);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Contains(message, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(Path, diagnostic.Location.GetLineSpan().Path);
        Assert.InRange(diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1, 3, 6);
        Assert.Empty(result.Results.Single().GeneratedSources);
    }
}
