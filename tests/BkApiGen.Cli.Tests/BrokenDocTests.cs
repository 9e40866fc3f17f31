using System.Text.Json.Nodes;
using BkApiGen.Cli.Tests.Infrastructure;

namespace BkApiGen.Cli.Tests;

/// <summary>Docs with broken tables give a precise error at the line to fix, and exit 2: never a crash or a wrong spec.</summary>
public sealed class BrokenDocTests
{
    [Theory]
    [InlineData("ragged_row.md", 16, "ragged table: this row of the table '接口参数' (line 13) has 2 cells, but its delimiter row (line 14) has 4 columns: cannot tell which cells are missing.")]
    [InlineData("missing_type.md", 15, "'bk_biz_id' has no type (no type cell) and no example shows it: give its type (long, int, string, bool, float, array or object).")]
    [InlineData("dangling_reference.md", 16, "'定义见host' refers to 'host', but there is no table 'host' in this doc (pass --common common.md if it is defined there); its tables are: ip.")]
    [InlineData("no_delimiter.md", 13, "this looks like a table under '接口参数' (line 11), but it is not one: the line after its header must be a delimiter row such as | --- | --- | --- |.")]
    [InlineData("untitled_common_table.md", 3, "this table has no heading: a table of shared definitions goes under a heading named after its type (e.g. '#### ip'), which '定义见' / 'see ... for definition' refers to.")]
    [InlineData("unknown_type.md", 16, "'timeout' has type '超时时间', which is not a type: use long, int, string, bool, float, array or object.")]
    public void Broken_table_is_an_error_at_its_line(string file, int line, string message)
    {
        var path = Fixtures.PathOf("broken/" + file);

        var (code, output, error) = CheckTests.Run("import", path);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal($"error: {file}:{line}: {message}\n", error.Replace("\r\n", "\n", StringComparison.Ordinal));

        (code, _, error) = CheckTests.Run("check", path, Fixtures.SeedSpecPath);
        Assert.Equal(2, code);
        Assert.StartsWith($"error: {file}:{line}: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_past_the_last_column_is_the_rest_of_the_last_cell_with_a_warning()
    {
        var (code, output, error) = CheckTests.Run("import", Fixtures.PathOf("broken/extra_cell.md"));

        Assert.Equal(0, code);
        Assert.Equal("作业实例ID | 多余", JsonNode.Parse(output)!["definitions"]!["extra_cell_request"]!["properties"]!["job_instance_id"]!["description"]!.GetValue<string>());
        Assert.Contains("WARNING extra_cell.md:16: ragged table: this row of the table '接口参数' (line 13) has more cells than its 4 columns (line 14)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_example_with_a_member_twice_is_left_out_with_a_warning_not_a_crash()
    {
        // Found by the importer's fuzzer: JsonNode throws ArgumentException on a duplicate member when the object is first
        // enumerated, long after parsing. Parsing now refuses it, and the example is left out like any invalid JSON.
        var (code, output, error) = ImportEditedSeed(lines =>
        {
            var at = lines.FindIndex(l => l.Contains("\"result\": true", StringComparison.Ordinal));
            lines.Insert(at, lines[at]);
            return at;
        });

        Assert.Equal(0, code);
        Assert.Contains($"WARNING batch_get_job_instance_ip_log.md:", error, StringComparison.Ordinal);
        Assert.Contains("is not valid JSON", error, StringComparison.Ordinal);
        Assert.Contains("left out", error, StringComparison.Ordinal);
        Assert.Contains("\"x-bkapi\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_code_block_in_an_example_section_is_an_empty_example_with_a_warning()
    {
        // Found by the importer's fuzzer: a fence closed at once has no lines at all, and reading them threw.
        var fence = 0;
        var (code, _, error) = ImportEditedSeed(lines =>
        {
            var at = lines.FindIndex(l => l.StartsWith("### 返回结果示例", StringComparison.Ordinal));
            lines.InsertRange(at + 1, ["", "```json", "```"]);
            fence = at + 3; // 1-based line of the opening fence
            return at;
        });

        Assert.Equal(0, code);
        Assert.True(error.Contains($"WARNING batch_get_job_instance_ip_log.md:{fence}: this example is empty.", StringComparison.Ordinal), error);
    }

    /// <summary>Imports the seed doc after <paramref name="edit"/> (which returns the line it found to edit, 0-based).</summary>
    private static (int Code, string Output, string Error) ImportEditedSeed(Func<List<string>, int> edit)
    {
        var lines = File.ReadAllLines(Fixtures.PathOf("seed/batch_get_job_instance_ip_log.md")).ToList();
        Assert.True(edit(lines) > 0, "the edit did not find its line");
        var directory = Directory.CreateTempSubdirectory("bkapigen-edited-seed-");
        try
        {
            var doc = Path.Combine(directory.FullName, "batch_get_job_instance_ip_log.md");
            File.WriteAllLines(doc, lines);
            return CheckTests.Run("import", doc, "--system", "jobv3");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
