using System.Collections.ObjectModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using BkApiGen.Client.Tests.EdgeCases;

namespace BkApiGen.Client.Tests;

/// <summary>
/// The generated writers on shapes the seed specs lack (Specs/write_edge_cases.bkapi.json): member names that need
/// escaping, lists of every element kind, null elements, and lists that are neither arrays nor Lists. The expected texts
/// are exact bytes, as the writers wrote them before they took pre-encoded names and inline loops.
/// </summary>
public sealed class WriteEdgeCaseTests
{
    private const string Expected =
        """{"\u540D\u79F0":"n","a\u003Cb\u0026c":1,"plain name":true,"tags":["a",null,"c"],"points":[{"x":1,"\u540D\u79F0":"p"},null,{"x":2}],"flags":[true,false],"ratios":[0.5,2.25],"counts":[1,-2],"colors":["red","green"],"levels":[1,2],"extras":[{"k":[1]},"s",null],"color":"green","level":2}""";

    // With an encoder that escapes less, names that need escaping follow the writer's encoder, as they always did.
    private const string ExpectedRelaxed =
        """{"名称":"n","a<b&c":1,"plain name":true,"tags":["a",null,"c"],"points":[{"x":1,"名称":"p"},null,{"x":2}],"flags":[true,false],"ratios":[0.5,2.25],"counts":[1,-2],"colors":["red","green"],"levels":[1,2],"extras":[{"k":[1]},"s",null],"color":"green","level":2}""";

    public static TheoryData<string> Shapes => new() { "array", "List", "ReadOnlyCollection" };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_list_kind_and_null_elements_write_the_same_bytes_whatever_the_list_type(string shape)
    {
        var edge = Build(shape);
        Assert.Equal(Expected, JsonSerializer.Serialize(edge, WriteEdgeCasesJsonContext.Default.Edge));

        var relaxed = new WriteEdgeCasesJsonContext(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Equal(ExpectedRelaxed, JsonSerializer.Serialize(edge, relaxed.Edge));
    }

    [Fact]
    public void Escaped_names_read_back()
    {
        // Reading rejects null elements in lists whose items are not nullable: none here.
        var text = Expected.Replace("""null,{"x":2}""", """{"x":2}""", StringComparison.Ordinal).Replace("""
            "s",null],
            """, """
            "s"],
            """, StringComparison.Ordinal);
        var edge = JsonSerializer.Deserialize(text, WriteEdgeCasesJsonContext.Default.Edge)!;
        Assert.Equal("n", edge.名称);
        Assert.Equal(1, edge.ABC);
        Assert.Equal("p", edge.Points![0].名称);
        Assert.Equal(text, JsonSerializer.Serialize(edge, WriteEdgeCasesJsonContext.Default.Edge));
    }

    private static Edge Build(string shape)
    {
        using var extras = JsonDocument.Parse("""[{"k":[1]},"s",null]""");
        var elements = extras.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
        return new Edge
        {
            名称 = "n",
            ABC = 1,
            PlainName = true,
            Tags = Shape<string?>(shape, "a", null, "c"),
            Points = Shape(shape, new Point { X = 1, 名称 = "p" }, null!, new Point { X = 2 }),
            Flags = Shape(shape, true, false),
            Ratios = Shape(shape, 0.5, 2.25),
            Counts = Shape(shape, 1L, -2L),
            Colors = Shape(shape, Color.Red, Color.Green),
            Levels = Shape(shape, Level.Low, Level.High),
            Extras = Shape(shape, elements),
            Color = Color.Green,
            Level = Level.High,
        };
    }

    private static IReadOnlyList<T> Shape<T>(string shape, params T[] items) => shape switch
    {
        "array" => items,
        "List" => items.ToList(),
        _ => new ReadOnlyCollection<T>(items),
    };
}
