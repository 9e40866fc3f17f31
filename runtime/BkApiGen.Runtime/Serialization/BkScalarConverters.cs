using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BkApiGen.Runtime.Serialization;

/// <summary>Converters for JSON scalars with the leniency of <see cref="BkJson"/>; used for array elements and map values.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class BkScalarConverters
{
    /// <summary>64-bit integers.</summary>
    public static JsonConverter<long> Int64 { get; } = new Int64Converter();

    /// <summary>32-bit integers.</summary>
    public static JsonConverter<int> Int32 { get; } = new Int32Converter();

    /// <summary>Numbers.</summary>
    public static JsonConverter<double> Double { get; } = new DoubleConverter();

    /// <summary>Booleans.</summary>
    public static JsonConverter<bool> Boolean { get; } = new BooleanConverter();

    /// <summary>Strings.</summary>
    public static JsonConverter<string> String { get; } = new StringConverter();

    /// <summary>Any JSON value, kept as is.</summary>
    public static JsonConverter<JsonElement> Element { get; } = new ElementConverter();

    /// <summary>
    /// <typeparamref name="T"/>? over <paramref name="value"/>: for an operation whose <c>data</c> may be null (a null
    /// reads as null; the envelope reads a null <c>data</c> itself).
    /// </summary>
    public static JsonConverter<T?> Nullable<T>(JsonConverter<T> value)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(value);
        return new NullableConverter<T>(value);
    }

    private sealed class NullableConverter<T>(JsonConverter<T> value) : JsonConverter<T?>
        where T : struct
    {
        public override bool HandleNull => true;

        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => reader.TokenType == JsonTokenType.Null ? null : value.Read(ref reader, typeof(T), options);

        public override void Write(Utf8JsonWriter writer, T? item, JsonSerializerOptions options)
        {
            if (item is { } present)
            {
                value.Write(writer, present, options);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }

    private sealed class Int64Converter : JsonConverter<long>
    {
        public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => BkJson.ReadInt64(ref reader, "value");

        public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }

    private sealed class Int32Converter : JsonConverter<int>
    {
        public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => BkJson.ReadInt32(ref reader, "value");

        public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }

    private sealed class DoubleConverter : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => BkJson.ReadDouble(ref reader, "value");

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }

    private sealed class BooleanConverter : JsonConverter<bool>
    {
        public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => BkJson.ReadBoolean(ref reader, "value");

        public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
    }

    private sealed class StringConverter : JsonConverter<string>
    {
        public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => BkJson.ReadString(ref reader, "value");

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    private sealed class ElementConverter : JsonConverter<JsonElement>
    {
        public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => BkSideStrings.ReadElement(ref reader);

        public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options) => value.WriteTo(writer);
    }
}
