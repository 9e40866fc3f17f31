using BkApiGen.Cli.Tests.Infrastructure;

namespace BkApiGen.Cli.Tests;

/// <summary>Docs with broken tables give a precise error at the line to fix, and exit 2: never a crash or a wrong spec.</summary>
public sealed class BrokenDocTests
{
    [Theory]
    [InlineData("ragged_row.md", 16, "ragged table: this row of the table '接口参数' (line 13) has 3 cells, but its delimiter row (line 14) has 4 columns.")]
    [InlineData("extra_cell.md", 16, "ragged table: this row of the table '接口参数' (line 13) has 5 cells, but its delimiter row (line 14) has 4 columns.")]
    [InlineData("missing_type.md", 13, "the table '接口参数' (line 13) has no type column (类型 / Type): its header is | 字段 | 必选 | 描述 |.")]
    [InlineData("dangling_reference.md", 16, "'定义见host' refers to 'host', but there is no table 'host' in this doc (pass --common common.md if it is defined there); its tables are: ip.")]
    [InlineData("no_delimiter.md", 13, "this looks like a table under '接口参数' (line 11), but it is not one: the line after its header must be a delimiter row such as | --- | --- | --- |.")]
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
}
