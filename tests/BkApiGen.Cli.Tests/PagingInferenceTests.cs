using System.Text.Json.Nodes;
using BkApiGen.Cli.Tests.Infrastructure;
using BkApiGen.Tests.Shared;

namespace BkApiGen.Cli.Tests;

/// <summary>Limits stated in words, and BlueKing's two paging shapes, become keywords the generator turns into helpers.</summary>
public sealed class PagingInferenceTests
{
    [Fact]
    public void A_cmdb_page_and_a_list_limit_become_pagination_and_chunk_and_generate_both_helpers()
    {
        var result = Fixtures.Import("paging/find_host_relations_with_topo.md", "paging/en/find_host_relations_with_topo.md");
        var header = result.Spec["x-bkapi"]!;

        Assert.Equal("""{"offset":"page.start","limit":"page.limit","total":"count","items":"info","maxLimit":500}""", header["pagination"]!.ToJsonString());
        Assert.Equal("bk_inst_ids", (string?)header["chunk"]);
        Assert.Equal(500, (int?)result.Spec["definitions"]!.AsObject().Select(d => d.Value!["properties"]?["limit"]).Single(l => l is not null)!["maximum"]);
        Assert.Contains(result.Warnings, w => w.Line == 24 && w.Message.Contains("\"最大值为500\": maximum 500", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Line == 24 && w.Message.StartsWith("paged (page.start/page.limit → count/info, at most 500 per page)", StringComparison.Ordinal));

        var (generator, compiler, _) = GeneratorHarness.Compile("find_host_relations_with_topo.bkapi.json", Cli.Serialize(result.Spec));
        Assert.Empty(generator);
        Assert.Empty(compiler);
    }

    [Fact]
    public void A_cmdb_page_with_enable_count_gets_the_count_flag_and_generates_a_count_request()
    {
        var result = Fixtures.Import("paging/list_project.md");

        Assert.Equal("""{"offset":"page.start","limit":"page.limit","total":"count","items":"info","maxLimit":500,"countFlag":"page.enable_count"}""", result.Spec["x-bkapi"]!["pagination"]!.ToJsonString());
        Assert.Contains(result.Warnings, w => w.Message.Contains("the total from one request with page.enable_count true", StringComparison.Ordinal));

        var (run, output, _) = GeneratorHarness.Run([GeneratorHarness.Spec("/specs/list_project.bkapi.json", Cli.Serialize(result.Spec))]);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
        Assert.Contains(run.Results.Single().GeneratedSources, s => s.SourceText.ToString().Contains("BkPages.ReadAllCountFirstAsync<", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bk_job_start_and_length_page_becomes_pagination()
    {
        var result = Fixtures.Import("esb_zh/get_job_instance_list.md", "esb_en/get_job_instance_list.md");

        Assert.Equal("""{"offset":"start","limit":"length","total":"total","items":"data","maxLimit":1000}""", result.Spec["x-bkapi"]!["pagination"]!.ToJsonString());
        Assert.Contains(result.Warnings, w => w.Message.Contains("\"最大1000\": maximum 1000", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_without_a_stated_limit_is_reported_and_left_out()
    {
        var result = Fixtures.Import("esb_zh/get_job_instance_list.md");
        var length = FindProperty(result.Spec, "length");
        Assert.NotNull(length);

        // The same doc with the limit taken out of the description.
        var doc = File.ReadAllText(Fixtures.PathOf("esb_zh/get_job_instance_list.md")).Replace("最大1000，", "", StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"bkapigen-{Guid.NewGuid():N}", "get_job_instance_list.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, doc);
        File.Copy(Fixtures.PathOf("esb_zh/common.md"), Path.Combine(Path.GetDirectoryName(path)!, "common.md"));
        try
        {
            var unstated = Fixtures.Import(Path.GetRelativePath(Fixtures.Root, path));

            Assert.Null(unstated.Spec["x-bkapi"]!["pagination"]);
            Assert.Contains(unstated.Warnings, w => w.Message.Contains("the doc states no page size limit", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Theory]
    [InlineData("集群ID列表，最多200条", 200)]
    [InlineData("模块ID列表，最多500条", 500)]
    [InlineData("主机ID列表，不超过500个", 500)]
    [InlineData("Host IDs, at most 1000", 1000)]
    [InlineData("最多重试3次", null)]
    [InlineData("默认20", null)]
    public void List_limits_are_read_from_words_and_only_from_a_number_after_a_limit_word(string description, int? expected)
    {
        var spec = new JsonObject
        {
            ["definitions"] = new JsonObject
            {
                ["req"] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["ids"] = new JsonObject { ["type"] = "array", ["description"] = description } } },
            },
        };
        var result = new BkApiGen.Cli.Import.ImportResult
        {
            Spec = spec,
            Warnings = [],
            RequirednessUnknown = new HashSet<string>(),
            Lines = new Dictionary<string, int> { ["req.ids"] = 7 },
            StatedHeader = new HashSet<string>(),
        };

        var limited = BkApiGen.Cli.Import.Paging.StatedLimits.Apply(result);

        Assert.Equal(expected, (int?)spec["definitions"]!["req"]!["properties"]!["ids"]!["maxItems"]);
        Assert.Equal(expected is null ? 0 : 1, limited.Warnings.Count(w => w.Line == 7));
    }

    private static JsonNode? FindProperty(JsonObject spec, string name)
        => spec["definitions"]!.AsObject().Select(d => d.Value!["properties"]?[name]).FirstOrDefault(p => p is not null);
}
