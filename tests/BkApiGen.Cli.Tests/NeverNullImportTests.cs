using System.Text.Json.Nodes;
using BkApiGen.Cli.Tests.Infrastructure;

namespace BkApiGen.Cli.Tests;

/// <summary>
/// A response table's "Never null" column (是否一定不为null / 是否一定存在) is a guarantee of the server: it imports to
/// <c>x-never-null</c>, which the generator reads, and never to JSON Schema's <c>required</c>, which is a request rule.
/// </summary>
public sealed class NeverNullImportTests
{
    private const string Doc = "apigw_v3_zh/batch_get_job_instance_ip_log.md";

    [Fact]
    public void Never_null_rows_of_response_tables_get_x_never_null_and_not_required()
    {
        var definitions = Fixtures.Import(Doc).Spec["definitions"]!.AsObject();
        var scriptLog = definitions.Single(d => d.Value!["properties"]?["log_content"] is not null && d.Value["properties"]!["ipv6"] is not null).Value!;

        // 是: the server sends it. 否: no keyword, so the member is nullable and decodes when absent.
        Assert.True(scriptLog["properties"]!["ip"]!["x-never-null"]!.GetValue<bool>());
        Assert.True(scriptLog["properties"]!["log_content"]!["x-never-null"]!.GetValue<bool>());
        Assert.Null(scriptLog["properties"]!["ipv6"]!["x-never-null"]);
        Assert.Null(scriptLog["required"]);
    }

    [Fact]
    public void Request_tables_keep_required_and_response_lists_keep_default_empty_without_x_never_null()
    {
        var definitions = Fixtures.Import(Doc).Spec["definitions"]!.AsObject();
        var request = definitions["batch_get_job_instance_ip_log_request"]!;
        var fileLog = definitions.Single(d => d.Value!["properties"]?["file_logs"] is not null).Value!["properties"]!["file_logs"]!;

        Assert.Contains("job_instance_id", request["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.DoesNotContain(request["properties"]!.AsObject(), p => p.Value!["x-never-null"] is not null);
        // 'file_logs' is 是 in the doc, but a list reads as empty when absent: the two would contradict (BKGEN0908).
        Assert.Empty(fileLog["default"]!.AsArray());
        Assert.Null(fileLog["x-never-null"]);
    }
}
