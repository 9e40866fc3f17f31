using System.Text.Json.Nodes;
using BkApiGen.Cli.Tests.Infrastructure;

namespace BkApiGen.Cli.Tests;

/// <summary><c>bkapigen check</c>: in sync with its own import, precise drift after a spec is edited, exit codes.</summary>
public sealed class CheckTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bkapigen-check-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public static IEnumerable<object[]> Docs() => Fixtures.Docs();

    [Theory]
    [MemberData(nameof(Docs))]
    public void Doc_is_in_sync_with_its_own_import(string doc)
    {
        var spec = Path.Combine(_directory, "spec.bkapi.json");
        var (code, _, error) = Run("import", Fixtures.PathOf(doc), "--system", "jobv3", "-o", spec);
        Assert.True(code == 0, error);

        (code, var output, error) = Run("check", Fixtures.PathOf(doc), spec);
        Assert.True(code == 0, output + error);
        Assert.Equal("", output);
        Assert.Contains("no drift", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reports_each_edit_of_the_spec_with_its_json_path()
    {
        const string doc = "seed/batch_get_job_instance_ip_log.md";
        var spec = Fixtures.Import(doc).Spec;
        var definitions = spec["definitions"]!.AsObject();
        definitions["script_task_log"]!["properties"]!.AsObject().Remove("log_content");
        definitions["ip"]!["properties"]!["bk_cloud_id"]!["format"] = "int32";
        definitions["file_log"]!["properties"]!["src_path"]!["type"] = "integer";
        definitions["batch_get_job_instance_ip_log_request"]!["required"]!.AsArray().RemoveAt(0);
        definitions["file_log_status"]!["enum"]!.AsArray().Add(6);
        definitions["file_log_status"]!["x-enumNames"]!.AsArray().Add("Value6");
        definitions["file_log_status"]!["x-enumDescriptions"]!.AsArray().Add("?");
        var path = Path.Combine(_directory, "edited.bkapi.json");
        File.WriteAllText(path, Cli.Serialize(spec));

        var (code, output, _) = Run("check", Fixtures.PathOf(doc), path);

        Assert.Equal(1, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            new[]
            {
                "added: $.response.script_task_logs[*].log_content: the doc has it (line 156, string), the spec does not (#/definitions/script_task_log).",
                "enum: $.response.file_task_logs[*].file_logs[*].status: the spec lists 6, the doc does not (line 175; #/definitions/file_log/properties/status).",
                "required: $.request.bk_biz_id: the doc says required (line 34), the spec optional (#/definitions/batch_get_job_instance_ip_log_request/properties/bk_biz_id).",
                "retyped: $.request.ip_list[*].bk_cloud_id: the doc says integer (int64), the spec integer (int32) (line 43; #/definitions/ip/properties/bk_cloud_id).",
                "retyped: $.response.file_task_logs[*].file_logs[*].src_path: the doc says string, the spec integer (int64) (line 172; #/definitions/file_log/properties/src_path).",
            },
            lines.OrderBy(l => l, StringComparer.Ordinal));
    }

    [Fact]
    public void Check_against_the_hand_written_seed_spec_reports_drift()
    {
        var (code, output, error) = Run("check", Fixtures.PathOf("seed/batch_get_job_instance_ip_log.md"), Fixtures.SeedSpecPath);

        Assert.Equal(1, code);
        Assert.Contains("added: $.response.bk_cloud_id: ", output, StringComparison.Ordinal);
        Assert.Contains("15 findings", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_input_exits_with_2()
    {
        var notJson = Path.Combine(_directory, "broken.bkapi.json");
        File.WriteAllText(notJson, "{\n  \"x-bkapi\": \n}");
        var seed = Fixtures.PathOf("seed/batch_get_job_instance_ip_log.md");

        var (code, _, error) = Run("check", seed, notJson);
        Assert.Equal(2, code);
        Assert.Contains("broken.bkapi.json:3: not valid JSON", error, StringComparison.Ordinal);

        File.WriteAllText(notJson, "{}");
        (code, _, error) = Run("check", seed, notJson);
        Assert.Equal(2, code);
        Assert.Contains("no 'x-bkapi'", error, StringComparison.Ordinal);

        (code, _, _) = Run("check", Path.Combine(_directory, "missing.md"), notJson);
        Assert.Equal(2, code);
        (code, _, _) = Run("check", seed);
        Assert.Equal(2, code);
        (code, _, _) = Run("frobnicate");
        Assert.Equal(2, code);
    }

    [Fact]
    public void A_spec_whose_schemas_are_not_all_objects_is_compared_without_a_crash()
    {
        // Found by the check fuzzer: JSON Schema allows "true" where a schema goes, and the drift checker indexed it
        // as an object (InvalidOperationException, exit 1 with a stack trace).
        var spec = JsonNode.Parse(File.ReadAllText(Fixtures.SeedSpecPath))!.AsObject();
        var request = spec["definitions"]!["batch_get_job_instance_ip_log_request"]!.AsObject();
        request["allOf"]!.AsArray().Add(true);
        request["properties"]!["bk_biz_id"] = true;
        var path = Path.Combine(_directory, "batch_get_job_instance_ip_log.bkapi.json");
        File.Copy(Path.Combine(Path.GetDirectoryName(Fixtures.SeedSpecPath)!, "common.bkapi.json"), Path.Combine(_directory, "common.bkapi.json"));
        File.WriteAllText(path, spec.ToJsonString());

        var (code, output, error) = Run("check", Fixtures.PathOf("seed/batch_get_job_instance_ip_log.md"), path);

        Assert.True(code == 1, output + error);
        Assert.Contains("bk_biz_id", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    internal static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Cli.Run(args, output, error);
        return (code, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString());
    }
}
