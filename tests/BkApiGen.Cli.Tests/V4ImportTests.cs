using System.Text.Json.Nodes;
using BkApiGen.Cli.Tests.Infrastructure;

namespace BkApiGen.Cli.Tests;

/// <summary>bk-job v4 docs: protocol tables dropped, <c>"protocol": "v4"</c>, status comments inside examples stripped.</summary>
public sealed class V4ImportTests
{
    private const string Doc = "apigw_v4_zh/v4_batch_get_job_instance_execute_object_log.md";

    [Fact]
    public void The_v4_doc_imports_as_a_v4_operation()
    {
        var result = Fixtures.Import(Doc);
        var api = result.Spec["x-bkapi"]!;

        Assert.Equal("v4", api["protocol"]!.GetValue<string>());
        Assert.Equal("batch_get_job_instance_execute_object_log", api["operation"]!.GetValue<string>());
        Assert.Equal("/api/v4/batch_get_job_instance_execute_object_log", api["gatewayPath"]!.GetValue<string>());
    }

    [Fact]
    public void The_protocol_tables_are_not_types_and_data_is_the_response()
    {
        var result = Fixtures.Import(Doc);
        var definitions = result.Spec["definitions"]!.AsObject();
        var data = definitions["batch_get_job_instance_execute_object_log_data"]!;

        Assert.DoesNotContain("error", definitions.Select(d => d.Key));
        Assert.Equal("log_type", data["discriminator"]!["propertyName"]!.GetValue<string>());
        Assert.Contains(result.Warnings, w => w.Message.Contains("which log_type", StringComparison.Ordinal));
        foreach (var name in new[] { "cloud_ip", "script_step_execute_object_log", "file_step_execute_object_log", "file_task_log", "execute_object", "host", "container" })
        {
            Assert.True(definitions.ContainsKey(name), name);
        }

        // 是否一定存在 says which response members the server always sends: x-never-null, not JSON Schema's required (a request rule).
        var scriptLog = definitions["script_step_execute_object_log"]!;
        Assert.True(scriptLog["properties"]!["log_content"]!["x-never-null"]!.GetValue<bool>());
        Assert.DoesNotContain("log_content", (scriptLog["required"] as JsonArray ?? new JsonArray()).Select(n => n!.GetValue<string>()));
        // "每个元素定义详见cloud_ip"
        Assert.Equal("#/definitions/cloud_ip", definitions["batch_get_job_instance_execute_object_log_request"]!["properties"]!["ip_list"]!["items"]!["$ref"]!.GetValue<string>());
    }

    [Fact]
    public void Examples_lose_their_status_lines_and_error_bodies_are_not_data()
    {
        var result = Fixtures.Import(Doc);

        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("not valid JSON", StringComparison.Ordinal));
        var examples = result.Spec["definitions"]!["batch_get_job_instance_execute_object_log_data"]!["examples"]!.AsArray();
        Assert.Equal(3, examples.Count);
        Assert.All(examples, e => Assert.Null(e!["error"]));
        Assert.Equal(1, examples[0]!["log_type"]!.GetValue<int>());
    }

    [Fact]
    public void A_shared_upload_and_download_field_is_not_a_case_of_the_mode()
    {
        var fileTaskLog = Fixtures.Import(Doc).Spec["definitions"]!["file_task_log"]!;

        Assert.Null(fileTaskLog["discriminator"]);
        Assert.NotNull(fileTaskLog["properties"]!["speed"]);
    }

    [Fact]
    public void Check_reports_a_v3_spec_for_a_v4_doc()
    {
        var spec = Path.Combine(Path.GetTempPath(), $"v4-{Guid.NewGuid():N}.bkapi.json");
        var (code, _, error) = CheckTests.Run("import", Fixtures.PathOf(Doc), "--system", "jobv4", "-o", spec);
        Assert.True(code == 0, error);
        try
        {
            Assert.Equal(0, CheckTests.Run("check", Fixtures.PathOf(Doc), spec).Code);

            var json = JsonNode.Parse(File.ReadAllText(spec))!;
            json["x-bkapi"]!.AsObject().Remove("protocol");
            File.WriteAllText(spec, json.ToJsonString());
            var (drift, output, _) = CheckTests.Run("check", Fixtures.PathOf(Doc), spec);
            Assert.Equal(1, drift);
            Assert.Contains("$.x-bkapi.protocol", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(spec);
        }
    }
}
