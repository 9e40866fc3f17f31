using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BkApiGen.Runtime.Serialization;

// Writing one member of an object, name and value in one call, for the kinds Utf8JsonWriter has no such call for. A name
// is a JsonEncodedText field of the converter, or a UTF-8 literal for a name that needs escaping (see the generator's
// EncodedName): every helper comes in both forms.
public static partial class BkJson
{
    /// <summary>Writes a member holding any JSON value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteElement(Utf8JsonWriter writer, JsonEncodedText name, JsonElement value)
    {
        writer.WritePropertyName(name);
        value.WriteTo(writer);
    }

    /// <inheritdoc cref="WriteElement(Utf8JsonWriter, JsonEncodedText, JsonElement)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteElement(Utf8JsonWriter writer, ReadOnlySpan<byte> name, JsonElement value)
    {
        writer.WritePropertyName(name);
        value.WriteTo(writer);
    }

    /// <summary>Writes a member holding an object or a union, with its converter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteMember<T>(Utf8JsonWriter writer, JsonEncodedText name, T value, JsonConverter<T> converter, JsonSerializerOptions options)
    {
        writer.WritePropertyName(name);
        converter.Write(writer, value, options);
    }

    /// <inheritdoc cref="WriteMember{T}(Utf8JsonWriter, JsonEncodedText, T, JsonConverter{T}, JsonSerializerOptions)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteMember<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, T value, JsonConverter<T> converter, JsonSerializerOptions options)
    {
        writer.WritePropertyName(name);
        converter.Write(writer, value, options);
    }

    /// <summary>Writes a member holding a map, with its value converter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteMap<T>(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyDictionary<string, T> map, JsonConverter<T> value, JsonSerializerOptions options)
    {
        writer.WritePropertyName(name);
        WriteMap(writer, map, value, options);
    }

    /// <inheritdoc cref="WriteMap{T}(Utf8JsonWriter, JsonEncodedText, IReadOnlyDictionary{string, T}, JsonConverter{T}, JsonSerializerOptions)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteMap<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyDictionary<string, T> map, JsonConverter<T> value, JsonSerializerOptions options)
    {
        writer.WritePropertyName(name);
        WriteMap(writer, map, value, options);
    }
}
