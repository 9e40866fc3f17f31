using System.Text.Json.Nodes;

namespace BkApiGen.Specs.Tests;

/// <summary>The comparer the round-trip tests rely on: it must see every change, and only report unmodelled members as such.</summary>
public sealed class JsonTreeTests
{
    private static JsonTree.Comparison Compare(string original, string back, IReadOnlyDictionary<string, string>? aliases = null)
        => JsonTree.Compare(JsonNode.Parse(original), JsonNode.Parse(back), aliases);

    /// <summary>Numbers compare by value, members in any order.</summary>
    [Fact]
    public void Equal_trees_have_no_differences()
    {
        var comparison = Compare("""{"a": 1, "b": [1, 2.50], "c": {"d": "x", "e": true}}""", """{"c": {"e": true, "d": "x"}, "b": [1.0, 2.5], "a": 1}""");

        Assert.Empty(comparison.Differences);
        Assert.Empty(comparison.Unmodelled);
    }

    /// <summary>A changed value, kind, array length or boolean is a difference, with its path.</summary>
    [Theory]
    [InlineData("""{"a": 1}""", """{"a": 2}""", "$.a")]
    [InlineData("""{"a": "1"}""", """{"a": 1}""", "$.a")]
    [InlineData("""{"a": [1, 2]}""", """{"a": [1]}""", "$.a")]
    [InlineData("""{"a": {"b": true}}""", """{"a": {"b": false}}""", "$.a.b")]
    [InlineData("""{"a": null}""", """{"a": 0}""", "$.a")]
    [InlineData("""{"a": 1}""", """{"a": 1, "b": 2}""", "$.b")]
    public void Changes_are_differences(string original, string back, string path)
    {
        var difference = Assert.Single(Compare(original, back).Differences);

        Assert.StartsWith(path + ":", difference, StringComparison.Ordinal);
    }

    /// <summary>Members that did not come back are unmodelled; optional members written as null or [] are not differences.</summary>
    [Fact]
    public void Dropped_members_are_unmodelled_and_empty_optional_ones_are_accepted()
    {
        var comparison = Compare("""{"a": 1, "x": {"y": 2}, "n": null, "l": [{"z": 1}]}""", """{"a": 1, "m": null, "e": [], "l": [{}]}""");

        Assert.Empty(comparison.Differences);
        Assert.Equal(["$.x", "$.l[0].z"], comparison.Unmodelled);
    }

    /// <summary>An aliased member of the original is compared with its canonical name.</summary>
    [Fact]
    public void Aliases_map_the_original_name_to_the_written_one()
    {
        Assert.Empty(Compare("""{"task_status": 3}""", """{"status": 3}""", new Dictionary<string, string> { ["task_status"] = "status" }).Differences);
        Assert.Single(Compare("""{"task_status": 3}""", """{"status": 4}""", new Dictionary<string, string> { ["task_status"] = "status" }).Differences);
    }
}
