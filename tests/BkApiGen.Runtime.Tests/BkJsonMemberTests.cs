using System.Buffers;
using System.Text;
using System.Text.Json;
using BkApiGen.Runtime.Serialization;

namespace BkApiGen.Runtime.Tests;

/// <summary>
/// The member-level helpers a generated converter calls once per member: read from the member's name (null, absent,
/// refused), and write name and value in one call.
/// </summary>
public class BkJsonMemberTests
{
    private static readonly JsonSerializerOptions Options = TestJson.NewOptions();

    /// <summary>A reader on the name of the only member of <c>{"m": value}</c>.</summary>
    private static Utf8JsonReader OnName(string value)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes($$"""{"m": {{value}}, "after": 1}"""));
        Assert.True(reader.Read());
        Assert.True(BkJson.ReadPropertyName(ref reader));
        return reader;
    }

    /// <summary>After a helper read the value: the reader is on its last token, so the next member comes next.</summary>
    private static void AssertNextIsAfter(ref Utf8JsonReader reader)
    {
        Assert.True(BkJson.ReadPropertyName(ref reader));
        Assert.True(reader.ValueTextEquals("after"u8));
    }

    [Fact]
    public void ReadPropertyName_walks_the_names_and_SkipValue_skips_any_value()
    {
        var reader = new Utf8JsonReader("""{"a": {"x": [1, {"y": 2}]}, "b": [[]], "c": null}"""u8);
        Assert.True(reader.Read());
        var names = new List<string>();
        while (BkJson.ReadPropertyName(ref reader))
        {
            names.Add(reader.GetString()!);
            BkJson.SkipValue(ref reader);
        }

        Assert.Equal(new[] { "a", "b", "c" }, names);
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        Assert.False(reader.Read());
    }

    [Fact]
    public void Nullable_reads_give_null_for_json_null_and_the_lenient_value_otherwise()
    {
        var reader = OnName("null");
        Assert.Null(BkJson.ReadNullableInt64(ref reader, "m"));
        AssertNextIsAfter(ref reader);

        reader = OnName("\"42\"");
        Assert.Equal(42L, BkJson.ReadNullableInt64(ref reader, "m"));
        AssertNextIsAfter(ref reader);

        reader = OnName("7");
        Assert.Equal(7, BkJson.ReadNullableInt32(ref reader, "m"));
        reader = OnName("1.5");
        Assert.Equal(1.5, BkJson.ReadNullableDouble(ref reader, "m"));
        reader = OnName("true");
        Assert.Equal(true, BkJson.ReadNullableBoolean(ref reader, "m"));
        reader = OnName("12");
        Assert.Equal("12", BkJson.ReadNullableString(ref reader, "m"));
        reader = OnName("null");
        Assert.Null(BkJson.ReadNullableElement(ref reader));
        reader = OnName("{\"k\": [1]}");
        Assert.Equal("[1]", BkJson.ReadNullableElement(ref reader)!.Value.GetProperty("k").GetRawText());
        AssertNextIsAfter(ref reader);
    }

    [Fact]
    public void Nullable_reads_name_the_member_when_the_value_is_of_the_wrong_kind()
    {
        var ex = Assert.Throws<JsonException>(() =>
        {
            var reader = OnName("\"abc\"");
            BkJson.ReadNullableInt32(ref reader, "host.bk_cloud_id");
        });

        Assert.Equal("host.bk_cloud_id: expected a 32-bit integer, found a string.", ex.Message);
    }

    public static TheoryData<string, Func<string, object?>> NotNullReads() => new()
    {
        { "int", json => { var r = OnName(json); return BkJson.ReadNotNullInt32(ref r, "host.bk_host_id"); } },
        { "long", json => { var r = OnName(json); return BkJson.ReadNotNullInt64(ref r, "host.bk_host_id"); } },
        { "double", json => { var r = OnName(json); return BkJson.ReadNotNullDouble(ref r, "host.bk_host_id"); } },
        { "bool", json => { var r = OnName(json); return BkJson.ReadNotNullBoolean(ref r, "host.bk_host_id"); } },
        { "string", json => { var r = OnName(json); return BkJson.ReadNotNullString(ref r, "host.bk_host_id"); } },
        { "element", json => { var r = OnName(json); return BkJson.ReadNotNullElement(ref r, "host.bk_host_id"); } },
        { "list", json => { var r = OnName(json); return BkJson.ReadNotNullList(ref r, BkScalarConverters.Int64, Options, "host.bk_host_id", elementsNullable: false); } },
        { "map", json => { var r = OnName(json); return BkJson.ReadNotNullMap(ref r, BkScalarConverters.Int64, Options, "host.bk_host_id", valuesNullable: false); } },
        { "converter", json => { var r = OnName(json); return BkJson.ReadNotNull(ref r, BkScalarConverters.String, Options, "host.bk_host_id"); } },
    };

    [Theory]
    [MemberData(nameof(NotNullReads))]
    public void NotNull_reads_refuse_json_null_naming_the_member(string kind, Func<string, object?> read)
    {
        var ex = Assert.Throws<JsonException>(() => read("null"));

        Assert.True(ex.Message == "host.bk_host_id: must not be null.", kind + ": " + ex.Message);
    }

    [Fact]
    public void NotNull_reads_read_the_value()
    {
        var reader = OnName("\"9007199254740993\"");
        Assert.Equal(9007199254740993L, BkJson.ReadNotNullInt64(ref reader, "m"));
        AssertNextIsAfter(ref reader);

        reader = OnName("[1, \"2\"]");
        Assert.Equal(new long[] { 1, 2 }, BkJson.ReadNotNullList(ref reader, BkScalarConverters.Int64, Options, "m", elementsNullable: false));
        AssertNextIsAfter(ref reader);

        reader = OnName("{\"a\": 1}");
        Assert.Equal(1L, BkJson.ReadNotNullMap(ref reader, BkScalarConverters.Int64, Options, "m", valuesNullable: false)["a"]);
        AssertNextIsAfter(ref reader);
    }

    [Fact]
    public void Lists_read_null_as_null_or_as_empty_and_name_a_null_element()
    {
        var reader = OnName("null");
        Assert.Null(BkJson.ReadNullableList(ref reader, BkScalarConverters.Int64, Options, "m", elementsNullable: false));

        reader = OnName("null");
        var empty = BkJson.ReadListOrEmpty(ref reader, BkScalarConverters.Int64, Options, "m", elementsNullable: false);
        Assert.Empty(empty);
        AssertNextIsAfter(ref reader);

        reader = OnName("[\"a\", null]");
        Assert.Equal(new[] { "a", null }, BkJson.ReadListOrEmpty(ref reader, BkScalarConverters.String, Options, "m", elementsNullable: true));

        var ex = Assert.Throws<JsonException>(() =>
        {
            var r = OnName("[\"a\", null]");
            BkJson.ReadNullableList(ref r, BkScalarConverters.String, Options, "rows_data.names", elementsNullable: false);
        });
        Assert.Equal("rows_data.names[1]: must not be null.", ex.Message);
    }

    [Fact]
    public void Maps_with_a_default_read_null_as_empty_and_keep_their_entries()
    {
        var reader = OnName("null");
        Assert.Empty(BkJson.ReadMapOrEmpty(ref reader, BkScalarConverters.Int64, Options, "m", valuesNullable: false));
        AssertNextIsAfter(ref reader);

        reader = OnName("{\"a\": 1, \"b\": \"2\"}");
        Assert.Equal(new Dictionary<string, long> { ["a"] = 1, ["b"] = 2 }, BkJson.ReadMapOrEmpty(ref reader, BkScalarConverters.Int64, Options, "m", valuesNullable: false));
        AssertNextIsAfter(ref reader);

        var ex = Assert.Throws<JsonException>(() =>
        {
            var r = OnName("[1]");
            BkJson.ReadMapOrEmpty(ref r, BkScalarConverters.Int64, Options, "labels_data.counts", valuesNullable: false);
        });
        Assert.Contains("labels_data.counts", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Maps_and_converter_reads_give_null_for_json_null()
    {
        var reader = OnName("null");
        Assert.Null(BkJson.ReadNullableMap(ref reader, BkScalarConverters.Int64, Options, "m", valuesNullable: false));
        reader = OnName("{\"a\": null, \"b\": 2}");
        Assert.Equal(new[] { "b" }, BkJson.ReadNullableMap(ref reader, BkScalarConverters.Int64, Options, "m", valuesNullable: false)!.Keys);

        reader = OnName("null");
        Assert.Null(BkJson.ReadNullable(ref reader, BkScalarConverters.String, Options));
        reader = OnName("\"x\"");
        Assert.Equal("x", BkJson.ReadNullable(ref reader, BkScalarConverters.String, Options));

        reader = OnName("null");
        Assert.Null(BkJson.ReadNullableValue(ref reader, BkScalarConverters.Int32, Options));
        reader = OnName("\"5\"");
        Assert.Equal(5, BkJson.ReadNullableValue(ref reader, BkScalarConverters.Int32, Options));
        AssertNextIsAfter(ref reader);
    }

    private static string Write(Action<Utf8JsonWriter> write, bool relaxedEncoder = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var options = new JsonWriterOptions { Encoder = relaxedEncoder ? System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping : null };
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Fact]
    public void WriteList_writes_each_kind_of_scalar_list_under_its_name()
    {
        var ids = JsonEncodedText.Encode("ids");
        using var element = JsonDocument.Parse("""{"a":[1]}""");
        IReadOnlyList<string?> names = ["a", null, "c"]; // neither an array nor a List<T>: copied through the pool
        var json = Write(writer =>
        {
            BkJson.WriteList(writer, ids, new long[] { 1, 9007199254740993 });
            BkJson.WriteList(writer, "ints"u8, new List<int> { -1, 2 });
            BkJson.WriteList(writer, "doubles"u8, new[] { 0.5 });
            BkJson.WriteList(writer, "flags"u8, new[] { true, false });
            BkJson.WriteList(writer, "names"u8, names);
            BkJson.WriteList(writer, "any"u8, new[] { element.RootElement.Clone() });
            BkJson.WriteList(writer, "empty"u8, Array.Empty<long>());
        });

        Assert.Equal("""{"ids":[1,9007199254740993],"ints":[-1,2],"doubles":[0.5],"flags":[true,false],"names":["a",null,"c"],"any":[{"a":[1]}],"empty":[]}""", json);
    }

    [Fact]
    public void A_name_written_as_utf8_is_escaped_by_the_writers_encoder()
    {
        // Names that need escaping stay UTF-8 literals (not pre-encoded), so the writer's own encoder decides.
        Assert.Equal("""{"\u003Cb\u003E":[1]}""", Write(writer => BkJson.WriteList(writer, "<b>"u8, new[] { 1L })));
        Assert.Equal("""{"<b>":[1]}""", Write(writer => BkJson.WriteList(writer, "<b>"u8, new[] { 1L }), relaxedEncoder: true));
    }

    [Fact]
    public void WriteElement_WriteMember_and_WriteMap_write_name_and_value()
    {
        using var element = JsonDocument.Parse("""{"k":null}""");
        var json = Write(writer =>
        {
            BkJson.WriteElement(writer, JsonEncodedText.Encode("detail"), element.RootElement);
            BkJson.WriteElement(writer, "raw"u8, element.RootElement);
            BkJson.WriteMember(writer, JsonEncodedText.Encode("job"), new JobData(7, "done"), new JobDataConverter(), Options);
            BkJson.WriteMember(writer, "step"u8, "s", BkScalarConverters.String, Options);
            BkJson.WriteMap<string?>(writer, JsonEncodedText.Encode("labels"), new Dictionary<string, string?> { ["a"] = "b", ["n"] = null }, BkScalarConverters.String!, Options);
            BkJson.WriteMap(writer, "counts"u8, new Dictionary<string, long> { ["x"] = 1 }, BkScalarConverters.Int64, Options);
        });

        Assert.Equal("""{"detail":{"k":null},"raw":{"k":null},"job":{"job_instance_id":7,"name":"done"},"step":"s","labels":{"a":"b","n":null},"counts":{"x":1}}""", json);
    }
}
