using System.Text.Json.Nodes;
using BkApiGen.Cli.Markdown;
using BkApiGen.Cli.Tests.Infrastructure;

namespace BkApiGen.Cli.Tests;

/// <summary><c>bkapigen import</c> on the doc flavours: what each tells about the endpoint.</summary>
public sealed class ImportCommandTests
{
    [Fact]
    public void Import_writes_the_spec_to_stdout_and_warnings_with_lines_to_stderr()
    {
        var (code, output, error) = CheckTests.Run("import", Fixtures.PathOf("seed/batch_get_job_instance_ip_log.md"));

        Assert.Equal(0, code);
        Assert.Equal("batch_get_job_instance_ip_log", JsonNode.Parse(output)!["x-bkapi"]!["operation"]!.GetValue<string>());
        Assert.Contains("WARNING batch_get_job_instance_ip_log.md:146: the doc does not say which fields of 'data' go with which log_type", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("seed/batch_get_job_instance_ip_log.md", "Seed", "POST", "/api/v3/batch_get_job_instance_ip_log", "/api/c/compapi/v2/jobv3/batch_get_job_instance_ip_log/")]
    [InlineData("bkdocs_6.1/get_job_instance_status.md", "Seed", "GET", "/api/v3/get_job_instance_status", "/api/c/compapi/v2/jobv3/get_job_instance_status/")]
    [InlineData("esb_zh/get_job_plan_detail.md", "EsbTemplate", "POST", "/api/v3/get_job_plan_detail", "/api/c/compapi/v2/jobv3/get_job_plan_detail/")]
    [InlineData("esb_en/fast_transfer_file.md", "EsbTemplate", "POST", "/api/v3/fast_transfer_file", "/api/c/compapi/v2/jobv3/fast_transfer_file/")]
    [InlineData("apigw_v3_zh/batch_get_job_instance_ip_log.md", "Gateway", "POST", "/api/v3/batch_get_job_instance_ip_log", null)]
    [InlineData("apigw_v3_zh/get_job_instance_status.md", "Gateway", "GET", "/api/v3/get_job_instance_status", null)]
    [InlineData("apigw_v3_j2/en/system_batch_get_job_instance_ip_log.md.j2", "Gateway", "POST", "/api/v3/system_batch_get_job_instance_ip_log", null)]
    [InlineData("apigw_v4_zh/v4_batch_get_job_instance_execute_object_log.md", "Gateway", "POST", "/api/v4/batch_get_job_instance_execute_object_log", null)]
    public void Flavour_gives_method_and_paths(string doc, string flavour, string method, string gatewayPath, string? esbPath)
    {
        Assert.Equal(flavour, DocReader.Read(Fixtures.PathOf(doc)).Flavour.ToString());
        var api = Fixtures.Import(doc).Spec["x-bkapi"]!;

        Assert.Equal(method, api["method"]!.GetValue<string>());
        Assert.Equal(gatewayPath, api["gatewayPath"]?.GetValue<string>());
        Assert.Equal(esbPath, api["esbPath"]?.GetValue<string>());
    }

    [Fact]
    public void Esb_template_types_come_from_common_md()
    {
        // fast_transfer_file says '定义见dynamic_group', which only common.md defines.
        var result = Fixtures.Import("esb_zh/fast_transfer_file.md");

        Assert.NotNull(result.Spec["definitions"]!["dynamic_group"]);
        Assert.Contains(result.Warnings, w => w.Message.Contains("there is no table 'dynamic_group' in this doc; used the one in common.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Esb_template_without_system_is_bad_input()
    {
        var (code, _, error) = CheckTests.Run("import", Fixtures.PathOf("esb_zh/operate_job_instance.md"));

        Assert.Equal(2, code);
        Assert.Contains("pass --system", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_shaped_data_becomes_a_page_type()
    {
        var result = Fixtures.Import("esb_zh/get_job_instance_list.md");
        var data = result.Spec["definitions"]!["get_job_instance_list_data"]!["properties"]!;

        Assert.Equal("#/definitions/get_job_instance_list_item", data["data"]!["items"]!["$ref"]!.GetValue<string>());
        Assert.Equal("integer", data["total"]!["type"]!.GetValue<string>());
        var item = result.Spec["definitions"]!["get_job_instance_list_item"]!["properties"]!;
        Assert.Equal("task_status", item["status"]!["x-aliases"]![0]!.GetValue<string>());
    }
}
