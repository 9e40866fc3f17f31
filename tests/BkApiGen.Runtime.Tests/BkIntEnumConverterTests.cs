using System.Text;
using System.Text.Json;
using BkApiGen.Runtime.Serialization;

namespace BkApiGen.Runtime.Tests;

/// <summary>The base of generated integer enum converters: the number both ways, leniently, any value kept.</summary>
public class BkIntEnumConverterTests
{
    public enum Status { Waiting = 1, Done = 3 }

    private enum Wide : long { Small = 1, Big = 5_000_000_000 }

    private enum Tiny : byte { One = 1 }

    private sealed class StatusConverter() : BkInt32EnumConverter<Status>("step_status");

    private sealed class WideConverter() : BkInt64EnumConverter<Wide>("wide");

    private sealed class TinyConverter() : BkInt32EnumConverter<Tiny>("tiny");

    private static readonly JsonSerializerOptions Options = TestJson.NewOptions();

    private static T Read<T>(System.Text.Json.Serialization.JsonConverter<T> converter, string json)
        where T : struct
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        Assert.True(reader.Read());
        return converter.Read(ref reader, typeof(T), Options);
    }

    private static string Write<T>(System.Text.Json.Serialization.JsonConverter<T> converter, T value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            converter.Write(writer, value, Options);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Theory]
    [InlineData("3", Status.Done)]
    [InlineData("\"1\"", Status.Waiting)]
    [InlineData("7", (Status)7)]
    public void Int32_enums_read_numbers_and_numeric_strings_and_keep_unlisted_values(string json, Status expected)
        => Assert.Equal(expected, Read(new StatusConverter(), json));

    [Fact]
    public void Enums_write_their_number()
    {
        Assert.Equal("3", Write(new StatusConverter(), Status.Done));
        Assert.Equal("-2", Write(new StatusConverter(), (Status)(-2)));
        Assert.Equal("5000000000", Write(new WideConverter(), Wide.Big));
        Assert.Equal(Wide.Big, Read(new WideConverter(), "\"5000000000\""));
    }

    [Fact]
    public void A_value_of_the_wrong_kind_names_the_enum()
    {
        var ex = Assert.Throws<JsonException>(() => Read(new StatusConverter(), "5000000000"));
        Assert.Equal("step_status: expected a 32-bit integer, found the number 5000000000.", ex.Message);
    }

    [Fact]
    public void An_enum_of_another_size_is_refused_when_the_converter_is_made()
    {
        var ex = Assert.Throws<ArgumentException>(() => new TinyConverter());
        Assert.Contains("is not an enum over int", ex.Message, StringComparison.Ordinal);
    }
}
