using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using BkApiGen.Runtime.Serialization;

namespace BkApiGen.Runtime.Tests;

public class BkJsonTests
{
    private static readonly JsonSerializerOptions Options = TestJson.NewOptions();

    /// <summary>A reader positioned on the first token of <paramref name="json"/>.</summary>
    private static Utf8JsonReader At(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        Assert.True(reader.Read());
        return reader;
    }

    [Theory]
    [InlineData("42", 42L)]
    [InlineData("\"42\"", 42L)]
    [InlineData("\"-7\"", -7L)]
    [InlineData("\"9007199254740993\"", 9007199254740993L)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("\"\\u0034\\u0032\"", 42L)]
    public void ReadInt64_accepts_numbers_and_numeric_strings(string json, long expected)
    {
        var reader = At(json);
        Assert.Equal(expected, BkJson.ReadInt64(ref reader, "bk_host_id"));
    }

    [Theory]
    [InlineData("\"abc\"", "a string")]
    [InlineData("\"\"", "a string")]
    [InlineData("\" 42\"", "a string")]
    [InlineData("\"4 2\"", "a string")]
    [InlineData("1.5", "the number 1.5")]
    [InlineData("9223372036854775808", "the number 9223372036854775808")]
    [InlineData("true", "a boolean")]
    [InlineData("null", "null")]
    [InlineData("{}", "an object")]
    [InlineData("[1]", "an array")]
    public void ReadInt64_names_the_member_and_what_it_found(string json, string found)
    {
        var ex = Assert.Throws<JsonException>(() =>
        {
            var reader = At(json);
            BkJson.ReadInt64(ref reader, "host_list[2].bk_host_id");
        });

        Assert.Equal($"host_list[2].bk_host_id: expected an integer, found {found}.", ex.Message);
    }

    [Theory]
    [InlineData("7", 7)]
    [InlineData("\"7\"", 7)]
    [InlineData("\"-2147483648\"", int.MinValue)]
    public void ReadInt32_accepts_numbers_and_numeric_strings(string json, int expected)
    {
        var reader = At(json);
        Assert.Equal(expected, BkJson.ReadInt32(ref reader, "status"));
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("\"2147483648\"")]
    [InlineData("\"x\"")]
    public void ReadInt32_refuses_out_of_range_and_text(string json)
    {
        var ex = Assert.Throws<JsonException>(() =>
        {
            var reader = At(json);
            BkJson.ReadInt32(ref reader, "step.status");
        });

        Assert.StartsWith("step.status: expected a 32-bit integer", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData("\"1.5\"", 1.5)]
    [InlineData("\"-2e3\"", -2000d)]
    [InlineData("3", 3d)]
    public void ReadDouble_accepts_numbers_and_numeric_strings(string json, double expected)
    {
        var reader = At(json);
        Assert.Equal(expected, BkJson.ReadDouble(ref reader, "ratio"));
    }

    [Fact]
    public void ReadDouble_refuses_text()
    {
        var ex = Assert.Throws<JsonException>(() =>
        {
            var reader = At("\"fast\"");
            BkJson.ReadDouble(ref reader, "speed");
        });

        Assert.Equal("speed: expected a number, found a string.", ex.Message);
    }

    [Theory]
    [InlineData("\"abc\"", "abc")]
    [InlineData("123", "123")]
    [InlineData("-1.50", "-1.50")]
    [InlineData("\"\\u4f5c\\u4e1a\"", "作业")]
    public void ReadString_accepts_strings_and_numbers_as_text(string json, string expected)
    {
        var reader = At(json);
        Assert.Equal(expected, BkJson.ReadString(ref reader, "bk_scope_id"));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("[]")]
    public void ReadString_refuses_other_kinds(string json)
    {
        var ex = Assert.Throws<JsonException>(() =>
        {
            var reader = At(json);
            BkJson.ReadString(ref reader, "name");
        });

        Assert.StartsWith("name: expected a string, found ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadBoolean_is_strict()
    {
        var t = At("true");
        var f = At("false");
        Assert.True(BkJson.ReadBoolean(ref t, "a"));
        Assert.False(BkJson.ReadBoolean(ref f, "b"));

        var ex = Assert.Throws<JsonException>(() =>
        {
            var reader = At("\"true\"");
            BkJson.ReadBoolean(ref reader, "is_finished");
        });
        Assert.Equal("is_finished: expected true or false, found a string.", ex.Message);
    }

    [Fact]
    public void ExpectStartObject_and_ExpectStartArray_name_the_member()
    {
        var objectError = Assert.Throws<JsonException>(() =>
        {
            var reader = At("[1]");
            BkJson.ExpectStartObject(ref reader, "StepInstance");
        });
        var arrayError = Assert.Throws<JsonException>(() =>
        {
            var reader = At("{}");
            BkJson.ExpectStartArray(ref reader, "ip_list");
        });

        Assert.Equal("StepInstance: expected a JSON object, found an array.", objectError.Message);
        Assert.Equal("ip_list: expected a JSON array, found an object.", arrayError.Message);
    }

    [Fact]
    public void ReadValue_at_the_end_of_input_is_a_JsonException()
    {
        Assert.Throws<JsonException>(() =>
        {
            var reader = new Utf8JsonReader("{\"a\":"u8, isFinalBlock: false, state: default);
            Assert.True(reader.Read());
            Assert.True(reader.Read());
            BkJson.ReadValue(ref reader);
        });
    }

    [Fact]
    public void ReadList_reads_elements_and_stops_on_the_closing_bracket()
    {
        var reader = At("""{"ids":[1,"2",3],"next":true}""");
        BkJson.ReadValue(ref reader); // property name "ids"
        BkJson.ReadValue(ref reader); // [

        var list = BkJson.ReadList(ref reader, BkScalarConverters.Int64, Options, "ids");

        Assert.Equal([1L, 2L, 3L], list);
        Assert.Equal(JsonTokenType.EndArray, reader.TokenType);
        BkJson.ReadValue(ref reader);
        Assert.True(reader.ValueTextEquals("next"u8));
    }

    [Fact]
    public void ReadList_keeps_nulls_when_elements_are_nullable()
    {
        var reader = At("""["a",null,"b",null]""");

        var list = BkJson.ReadList(ref reader, BkScalarConverters.String, Options, "names", elementsNullable: true);

        Assert.Equal(new string?[] { "a", null, "b", null }, list);
    }

    [Fact]
    public void ReadList_refuses_nulls_otherwise_naming_the_index()
    {
        var ex = Assert.Throws<JsonException>(() =>
        {
            var reader = At("""["a","b",null]""");
            BkJson.ReadList(ref reader, BkScalarConverters.String, Options, "ip_list");
        });

        Assert.Equal("ip_list[2]: must not be null.", ex.Message);
    }

    [Fact]
    public void ReadList_of_objects_and_empty_lists()
    {
        var reader = At("""[{"job_instance_id":1},{"job_instance_id":"2","name":"n"}]""");
        var empty = At("[]");

        var jobs = BkJson.ReadList(ref reader, new JobDataConverter(), Options, "jobs");
        var none = BkJson.ReadList(ref empty, BkScalarConverters.Int32, Options, "none");

        Assert.Equal([new JobData(1, null), new JobData(2, "n")], jobs);
        Assert.Empty(none);
    }

    [Fact]
    public void ReadList_element_errors_propagate()
    {
        var ex = Assert.Throws<JsonException>(() =>
        {
            var reader = At("""[1,"x"]""");
            BkJson.ReadList(ref reader, BkScalarConverters.Int64, Options, "ids");
        });

        Assert.Contains("expected an integer, found a string", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadMap_reads_values_and_a_null_value_as_an_absent_entry_unless_nulls_are_allowed()
    {
        var reader = At("""{"a":1,"b":"2"}""");
        var map = BkJson.ReadMap(ref reader, BkScalarConverters.Int64, Options, "counts");
        Assert.Equal(new Dictionary<string, long> { ["a"] = 1, ["b"] = 2 }, map);

        var nullable = At("""{"a":null}""");
        Assert.Null(BkJson.ReadMap(ref nullable, BkScalarConverters.String, Options, "m", valuesNullable: true)["a"]);

        // A server's null for "no value" never fails the whole response: the entry is left out.
        var r = At("""{"x":null,"y":"kept"}""");
        Assert.Equal(new Dictionary<string, string> { ["y"] = "kept" }, BkJson.ReadMap(ref r, BkScalarConverters.String, Options, "labels"));
    }

    [Fact]
    public void WriteMap_writes_nulls_and_values()
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("m");
            BkJson.WriteMap<string?>(writer, new Dictionary<string, string?> { ["k"] = "v", ["n"] = null }, BkScalarConverters.String!, Options);
            writer.WriteEndObject();
        }

        Assert.Equal("""{"m":{"k":"v","n":null}}""", Encoding.UTF8.GetString(buffer.ToArray()));
    }

    public static TheoryData<string, IReadOnlyList<string?>, bool> Lists()
    {
        IReadOnlyList<string?> collectionExpression = ["a", null, "c"];
        return new()
        {
            { "array", new[] { "a", null, "c" }, false },
            { "List<T>", new List<string?> { "a", null, "c" }, false },
            // What `IpList = [...]` builds: a compiler-synthesized read-only list, neither an array nor a List<T>.
            { "collection expression", collectionExpression, true },
            { "read-only collection (ICollection<T>.CopyTo)", new System.Collections.ObjectModel.ReadOnlyCollection<string?>(["a", null, "c"]), true },
            { "indexer only", new IndexerOnly(["a", null, "c"]), true },
        };
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void ListSpan_gives_the_items_of_any_list_and_rents_only_for_other_lists(string kind, IReadOnlyList<string?> list, bool rents)
    {
        var span = BkJson.ListSpan(list, out var rented);

        Assert.Equal(new[] { "a", null, "c" }, (IEnumerable<string?>)span.ToArray());
        Assert.True((rented is not null) == rents, kind);
        BkJson.ReturnListSpan(rented);
        if (rented is not null)
        {
            Assert.All(rented, item => Assert.Null(item)); // returned cleared: the pool keeps no references
        }
    }

    [Fact]
    public void ListSpan_of_an_empty_list_is_empty()
    {
        Assert.True(BkJson.ListSpan(new IndexerOnly([]), out var rented).IsEmpty);
        BkJson.ReturnListSpan(rented);
    }

    private sealed class IndexerOnly(string?[] items) : IReadOnlyList<string?>
    {
        public string? this[int index] => items[index];

        public int Count => items.Length;

        public IEnumerator<string?> GetEnumerator() => ((IEnumerable<string?>)items).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    [Theory]
    [InlineData("""{"type":2,"script":"ls"}""", 2)]
    [InlineData("""{"script":"ls","timeout":60,"type":2}""", 2)]
    [InlineData("""{"a":{"type":1},"b":[{"type":1},[{"type":1}]],"type":3}""", 3)]
    [InlineData("""{"a":{"type":1,"inner":{"type":1}},"type":"4","after":{"type":1}}""", 4)]
    [InlineData("""{"type":null,"x":{"type":1},"type":5}""", 5)]
    [InlineData("""{"name":"type","type":6}""", 6)]
    public void TryPeekInt64_finds_the_discriminator_of_this_object_wherever_it_stands(string json, long expected)
    {
        var reader = At(json);
        var before = reader.BytesConsumed;

        Assert.True(BkJson.TryPeekInt64(reader, "type"u8, "Step", out var value));

        Assert.Equal(expected, value);
        // The caller's reader did not move: it can still read the whole object.
        Assert.Equal(JsonTokenType.StartObject, reader.TokenType);
        Assert.Equal(before, reader.BytesConsumed);
        var element = JsonElement.ParseValue(ref reader);
        Assert.True(JsonElement.DeepEquals(TestJson.Parse(json), element));
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"script":"ls"}""")]
    [InlineData("""{"a":{"type":1},"b":[{"type":2}]}""")]
    [InlineData("""{"type":null}""")]
    public void TryPeekInt64_reports_a_missing_discriminator(string json)
    {
        var reader = At(json);

        Assert.False(BkJson.TryPeekInt64(reader, "type"u8, "Step", out _));
        Assert.Equal(JsonTokenType.StartObject, reader.TokenType);
    }

    [Fact]
    public void TryPeekInt64_outside_an_object_finds_nothing()
    {
        var reader = At("[1]");
        Assert.False(BkJson.TryPeekInt64(reader, "type"u8, "Step", out _));
    }

    [Fact]
    public void TryPeekInt64_of_the_wrong_type_names_the_discriminator()
    {
        var ex = Assert.Throws<JsonException>(() =>
        {
            var reader = At("""{"type":"script"}""");
            BkJson.TryPeekInt64(reader, "type"u8, "Step", out _);
        });

        Assert.Equal("Step.type: expected an integer, found a string.", ex.Message);
    }

    [Fact]
    public void TryPeekInt64_works_on_an_object_inside_an_array()
    {
        var reader = At("""[{"type":1},{"x":{"type":9},"type":2}]""");
        BkJson.ReadValue(ref reader); // first {
        reader.Skip();
        BkJson.ReadValue(ref reader); // second {

        Assert.True(BkJson.TryPeekInt64(reader, "type"u8, "Step", out var value));
        Assert.Equal(2, value);
        Assert.Equal(JsonTokenType.StartObject, reader.TokenType);
        Assert.Equal(1, reader.CurrentDepth);
    }

    [Theory]
    [InlineData("""{"kind":"script"}""", "script")]
    [InlineData("""{"a":{"kind":"x"},"kind":"file"}""", "file")]
    [InlineData("""{"kind":3}""", "3")]
    public void TryPeekString_finds_a_string_discriminator(string json, string expected)
    {
        var reader = At(json);

        Assert.True(BkJson.TryPeekString(reader, "kind"u8, "Step", out var value));
        Assert.Equal(expected, value);
        Assert.Equal(JsonTokenType.StartObject, reader.TokenType);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(4096)]
    public async Task A_polymorphic_converter_can_peek_while_the_body_streams_in(int chunk)
    {
        var padding = new string('p', 40_000);
        var json = $$"""
            {"result":true,"data":[
              {"script":"echo {{padding}}","nested":{"type":2},"type":1},
              {"type":2,"files":["/a","/b"]},
              {"files":["/c"],"type":"2","extra":[{"type":1}]}
            ],"code":0}
            """;
        var info = TestJson.Envelope(new StepListConverter());

        var r = await JsonSerializer.DeserializeAsync(new TrickleStream(Encoding.UTF8.GetBytes(json), chunk), info);

        Assert.Collection(
            r!.Data!,
            s => Assert.Equal("echo " + padding, Assert.IsType<ScriptStep>(s).Script),
            s => Assert.Equal(["/a", "/b"], Assert.IsType<FileStep>(s).Files),
            s => Assert.Equal(["/c"], Assert.IsType<FileStep>(s).Files));
    }

    [Fact]
    public void A_polymorphic_converter_reports_a_missing_discriminator()
    {
        var info = TestJson.Envelope(new StepListConverter());

        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"result":true,"data":[{"files":[]}]}""", info));

        Assert.Equal("Step.type: the discriminator is missing or null, so the kind of object cannot be told.", ex.Message);
    }

    private abstract record Step;

    private sealed record ScriptStep(string Script) : Step;

    private sealed record FileStep(List<string> Files) : Step;

    /// <summary>Shaped like a generated polymorphic converter: peek the int discriminator, then read the subtype.</summary>
    private sealed class StepConverter : JsonConverter<Step>
    {
        public override Step Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            BkJson.ExpectStartObject(ref reader, "Step");
            if (!BkJson.TryPeekInt64(reader, "type"u8, "Step", out var type))
            {
                throw BkJson.MissingDiscriminator("Step", "type");
            }

            string? script = null;
            List<string>? files = null;
            while (true)
            {
                BkJson.ReadValue(ref reader);
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    break;
                }

                if (reader.ValueTextEquals("script"u8))
                {
                    BkJson.ReadValue(ref reader);
                    script = BkJson.ReadString(ref reader, "Step.script");
                }
                else if (reader.ValueTextEquals("files"u8))
                {
                    BkJson.ReadValue(ref reader);
                    files = BkJson.ReadList(ref reader, BkScalarConverters.String, options, "Step.files");
                }
                else
                {
                    BkJson.ReadValue(ref reader);
                    reader.Skip();
                }
            }

            return type switch
            {
                1 => new ScriptStep(script ?? throw BkJson.Missing("Step.script")),
                2 => new FileStep(files ?? throw BkJson.Missing("Step.files")),
                _ => throw new JsonException($"Step: unknown type {type}."),
            };
        }

        public override void Write(Utf8JsonWriter writer, Step value, JsonSerializerOptions options) => throw new NotSupportedException();
    }

    private sealed class StepListConverter : JsonConverter<List<Step>>
    {
        private static readonly StepConverter Element = new();

        public override List<Step> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => BkJson.ReadList(ref reader, Element, options, "data");

        public override void Write(Utf8JsonWriter writer, List<Step> value, JsonSerializerOptions options) => throw new NotSupportedException();
    }
}
