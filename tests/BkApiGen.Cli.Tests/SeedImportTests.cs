using System.Text.Json.Nodes;
using BkApiGen.Cli.Check;
using BkApiGen.Cli.Tests.Infrastructure;

namespace BkApiGen.Cli.Tests;

/// <summary>The seed doc: what the importer guesses, and how its spec compares with the hand-written one.</summary>
public sealed class SeedImportTests
{
    private const string Seed = "seed/batch_get_job_instance_ip_log.md";

    [Fact]
    public void Seed_warnings_name_the_union_the_alias_and_the_rows_the_example_does_not_show()
    {
        var result = Fixtures.Import(Seed);
        var warnings = result.Warnings.Select(w => w.ToString()).ToList();

        // The discriminator between log_type and the two log arrays (line 146 is log_type in the data table).
        Assert.Contains(warnings, w => w.StartsWith("line 146: ", StringComparison.Ordinal) && w.Contains("emitted a union on log_type", StringComparison.Ordinal)
            && w.Contains("1 → script_task_logs", StringComparison.Ordinal) && w.Contains("2 → file_task_logs", StringComparison.Ordinal));

        // task_instance_id in the example (line 79) is the job_instance_id of the request.
        Assert.Contains(warnings, w => w.StartsWith("line 79: ", StringComparison.Ordinal) && w.Contains("'task_instance_id'", StringComparison.Ordinal)
            && w.Contains("x-aliases [\"task_instance_id\"]", StringComparison.Ordinal) && w.Contains("job_instance_id", StringComparison.Ordinal));

        // data rows the example does not show.
        Assert.Contains("line 144: 'data.bk_cloud_id' is in the table but not in the response example (line 73): kept as the doc says; check that the server sends it.", warnings);
        Assert.Contains("line 145: 'data.ip' is in the table but not in the response example (line 73): kept as the doc says; check that the server sends it.", warnings);

        // And the other things the doc leaves open or gets wrong.
        Assert.Contains(warnings, w => w.StartsWith("line 71: the example under '脚本执行步骤'", StringComparison.Ordinal) && w.Contains("log_type = 2", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("line 80: ", StringComparison.Ordinal) && w.Contains("'step_instance_id'", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("line 170: 'mode' has type '分发模式', which is not a type", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("line 178: the request and the response both define 'ip'", StringComparison.Ordinal));
        Assert.Equal(13, warnings.Count);
    }

    [Fact]
    public void Seed_spec_has_the_union_the_alias_and_the_examples()
    {
        var spec = Fixtures.Import(Seed).Spec;
        var definitions = spec["definitions"]!.AsObject();
        var response = definitions["batch_get_job_instance_ip_log_data"]!.AsObject();

        Assert.Equal("log_type", response["discriminator"]!["propertyName"]!.GetValue<string>());
        var mapping = response["discriminator"]!["mapping"]!.AsObject();
        Assert.Equal(new[] { "1", "2" }, mapping.Select(m => m.Key));
        Assert.NotNull(definitions[mapping["1"]!.GetValue<string>()["#/definitions/".Length..]]!["properties"]!["script_task_logs"]);
        Assert.NotNull(definitions[mapping["2"]!.GetValue<string>()["#/definitions/".Length..]]!["properties"]!["file_task_logs"]);
        Assert.Equal("task_instance_id", response["properties"]!["job_instance_id"]!["x-aliases"]![0]!.GetValue<string>());
        Assert.Equal(new[] { "log_type" }, response["required"]!.AsArray().Select(r => r!.GetValue<string>()));

        var logType = definitions["log_type"]!.AsObject();
        Assert.Equal(new long[] { 1, 2 }, logType["enum"]!.AsArray().Select(v => v!.GetValue<long>()));
        Assert.Equal(new[] { "脚本执行任务日志", "文件分发任务日志" }, logType["x-enumDescriptions"]!.AsArray().Select(v => v!.GetValue<string>()));

        // Examples without the envelope and without the ESB common arguments.
        Assert.Equal(2, response["examples"]![0]!["log_type"]!.GetValue<int>());
        var request = definitions["batch_get_job_instance_ip_log_request"]!.AsObject();
        Assert.Null(request["examples"]![0]!["bk_app_code"]);
        Assert.Equal(100, request["examples"]![0]!["job_instance_id"]!.GetValue<int>());

        var api = spec["x-bkapi"]!;
        Assert.Equal("/api/c/compapi/v2/jobv3/batch_get_job_instance_ip_log/", api["esbPath"]!.GetValue<string>());
        Assert.Equal("/api/v3/batch_get_job_instance_ip_log", api["gatewayPath"]!.GetValue<string>());
        Assert.Equal("POST", api["method"]!.GetValue<string>());
    }

    /// <summary>
    /// The imported seed spec equals the hand-written one except where the seed doc is wrong or silent. Each line below
    /// is a place where the doc (BKDocs 6.1) differs from what the server does, as the hand-written spec (taken from the
    /// current bk-job docs and the server) says.
    /// </summary>
    [Fact]
    public void Seed_spec_equals_the_hand_written_spec_except_where_the_doc_is_wrong()
    {
        var result = Fixtures.Import(Seed);
        var handWritten = JsonNode.Parse(File.ReadAllText(Fixtures.SeedSpecPath))!.AsObject();

        var findings = DriftChecker.Compare(result, handWritten, Path.GetDirectoryName(Fixtures.SeedSpecPath))
            .Select(f => $"{f.Kind} {f.Path}")
            .ToList();

        var docIsWrong = new[]
        {
            // The 6.1 doc predates scopes and host ids: no bk_scope_type/bk_scope_id/host_id_list, and bk_biz_id and
            // ip_list required where the server wants one of (bk_scope_type+bk_scope_id | bk_biz_id) and one of (host_id_list | ip_list).
            "required $.request.bk_biz_id",
            "removed $.request.ip_list[*].bk_host_id",
            "required $.request.ip_list",
            "removed $.request.bk_scope_type",
            "removed $.request.bk_scope_id",
            "removed $.request.host_id_list",
            // The data table lists bk_cloud_id and ip, which belong to each host's log, not to data (the example has neither).
            "added $.response.bk_cloud_id",
            "added $.response.ip",
            // Fields the server sends that the 6.1 doc does not list.
            "removed $.response.script_task_logs[*].bk_host_id",
            "removed $.response.script_task_logs[*].ipv6",
            "enum $.response.file_task_logs[*].file_logs[*].status",
            "removed $.response.file_task_logs[*].file_logs[*].size",
            "removed $.response.file_task_logs[*].file_logs[*].speed",
            "removed $.response.file_task_logs[*].file_logs[*].process",
            "removed $.response.file_task_logs[*].bk_host_id",
        };
        Assert.Equal(docIsWrong.OrderBy(f => f, StringComparer.Ordinal), findings.OrderBy(f => f, StringComparer.Ordinal));

        // Not findings: bk_cloud_id int vs long (the importer widens the two ip tables to long, as the server has it),
        // task_instance_id (matched through x-aliases), the union and its cases, mode's broken type column.
    }

    [Fact]
    public void English_doc_gives_enum_names_and_english_descriptions()
    {
        var result = Fixtures.Import("esb_zh/batch_get_job_instance_ip_log.md", english: "esb_en/batch_get_job_instance_ip_log.md");
        var definitions = result.Spec["definitions"]!.AsObject();

        var logType = definitions["log_type"]!;
        Assert.Equal(new[] { "ScriptExecutionTaskLog", "FileDistributionTaskLog" }, logType["x-enumNames"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal("脚本执行任务日志 / Script execution task log", logType["x-enumDescriptions"]![0]!.GetValue<string>());
        var mode = definitions["file_log_mode"]!;
        Assert.Equal(new[] { "Upload", "Download" }, mode["x-enumNames"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal("作业实例ID / Job instance ID", definitions["batch_get_job_instance_ip_log_request"]!["properties"]!["job_instance_id"]!["description"]!.GetValue<string>());
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("enum 'log_type'", StringComparison.Ordinal));
    }
}
