using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BkApiGen.Runtime.Serialization;

// Reading one member of an object, from its name: what a generated converter's read loop calls, one call per member.
// Each is the member-level step the converters used to spell out (move to the value, null or not, read it), inlined back
// into the converter so that the work per member does not change.
public static partial class BkJson
{
    /// <summary>Moves to the next member's name; false at the end of the object.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ReadPropertyName(ref Utf8JsonReader reader)
    {
        ReadValue(ref reader);
        return reader.TokenType != JsonTokenType.EndObject;
    }

    /// <summary>From a member's name, skips its value (a member the type does not have).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SkipValue(ref Utf8JsonReader reader)
    {
        ReadValue(ref reader);
        reader.Skip();
    }

    /// <summary>From a member's name: its value as <see cref="ReadInt32"/> reads it, or null for JSON null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? ReadNullableInt32(ref Utf8JsonReader reader, string member) => ReadValueIsNull(ref reader) ? null : ReadInt32(ref reader, member);

    /// <summary>From a member's name: its value as <see cref="ReadInt64"/> reads it, or null for JSON null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ReadNullableInt64(ref Utf8JsonReader reader, string member) => ReadValueIsNull(ref reader) ? null : ReadInt64(ref reader, member);

    /// <summary>From a member's name: its value as <see cref="ReadDouble"/> reads it, or null for JSON null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? ReadNullableDouble(ref Utf8JsonReader reader, string member) => ReadValueIsNull(ref reader) ? null : ReadDouble(ref reader, member);

    /// <summary>From a member's name: its value as <see cref="ReadBoolean"/> reads it, or null for JSON null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? ReadNullableBoolean(ref Utf8JsonReader reader, string member) => ReadValueIsNull(ref reader) ? null : ReadBoolean(ref reader, member);

    /// <summary>From a member's name: its value as <see cref="ReadString"/> reads it, or null for JSON null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string? ReadNullableString(ref Utf8JsonReader reader, string member) => ReadValueIsNull(ref reader) ? null : ReadString(ref reader, member);

    /// <summary>From a member's name: its value as <see cref="ReadElement"/> reads it, or null for JSON null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsonElement? ReadNullableElement(ref Utf8JsonReader reader) => ReadValueIsNull(ref reader) ? null : ReadElement(ref reader);

    /// <summary>From a member's name: its value as <see cref="ReadList"/> reads it, or null for JSON null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static List<T>? ReadNullableList<T>(ref Utf8JsonReader reader, JsonConverter<T> element, JsonSerializerOptions options, string member, bool elementsNullable)
        => ReadValueIsNull(ref reader) ? null : ReadList(ref reader, element, options, member, elementsNullable);

    /// <summary>From a member's name: its value as <see cref="ReadList"/> reads it, or an empty list for JSON null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static List<T> ReadListOrEmpty<T>(ref Utf8JsonReader reader, JsonConverter<T> element, JsonSerializerOptions options, string member, bool elementsNullable)
        => ReadValueIsNull(ref reader) ? [] : ReadList(ref reader, element, options, member, elementsNullable);

    /// <summary>From a member's name: its value as <see cref="ReadMap"/> reads it, or null for JSON null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dictionary<string, T>? ReadNullableMap<T>(ref Utf8JsonReader reader, JsonConverter<T> value, JsonSerializerOptions options, string member, bool valuesNullable)
        => ReadValueIsNull(ref reader) ? null : ReadMap(ref reader, value, options, member, valuesNullable);

    /// <summary>From a member's name: its value as <see cref="ReadMap"/> reads it, or an empty map for JSON null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dictionary<string, T> ReadMapOrEmpty<T>(ref Utf8JsonReader reader, JsonConverter<T> value, JsonSerializerOptions options, string member, bool valuesNullable)
        => ReadValueIsNull(ref reader) ? [] : ReadMap(ref reader, value, options, member, valuesNullable);

    /// <summary>From a member's name: its value (an object or a union) read by <paramref name="converter"/>, or null for JSON null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T? ReadNullable<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : class
        => ReadValueIsNull(ref reader) ? null : converter.Read(ref reader, typeof(T), options);

    /// <summary>From a member's name: its value (an enum) read by <paramref name="converter"/>, or null for JSON null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T? ReadNullableValue<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : struct
        => ReadValueIsNull(ref reader) ? null : converter.Read(ref reader, typeof(T), options);

    /// <summary>From a member's name: its value as <see cref="ReadInt32"/> reads it; JSON null fails with <see cref="Null"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ReadNotNullInt32(ref Utf8JsonReader reader, string member)
    {
        ReadValueNotNull(ref reader, member);
        return ReadInt32(ref reader, member);
    }

    /// <summary>From a member's name: its value as <see cref="ReadInt64"/> reads it; JSON null fails with <see cref="Null"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ReadNotNullInt64(ref Utf8JsonReader reader, string member)
    {
        ReadValueNotNull(ref reader, member);
        return ReadInt64(ref reader, member);
    }

    /// <summary>From a member's name: its value as <see cref="ReadDouble"/> reads it; JSON null fails with <see cref="Null"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ReadNotNullDouble(ref Utf8JsonReader reader, string member)
    {
        ReadValueNotNull(ref reader, member);
        return ReadDouble(ref reader, member);
    }

    /// <summary>From a member's name: its value as <see cref="ReadBoolean"/> reads it; JSON null fails with <see cref="Null"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ReadNotNullBoolean(ref Utf8JsonReader reader, string member)
    {
        ReadValueNotNull(ref reader, member);
        return ReadBoolean(ref reader, member);
    }

    /// <summary>From a member's name: its value as <see cref="ReadString"/> reads it; JSON null fails with <see cref="Null"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string ReadNotNullString(ref Utf8JsonReader reader, string member)
    {
        ReadValueNotNull(ref reader, member);
        return ReadString(ref reader, member);
    }

    /// <summary>From a member's name: its value as <see cref="ReadElement"/> reads it; JSON null fails with <see cref="Null"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsonElement ReadNotNullElement(ref Utf8JsonReader reader, string member)
    {
        ReadValueNotNull(ref reader, member);
        return ReadElement(ref reader);
    }

    /// <summary>From a member's name: its value as <see cref="ReadList"/> reads it; JSON null fails with <see cref="Null"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static List<T> ReadNotNullList<T>(ref Utf8JsonReader reader, JsonConverter<T> element, JsonSerializerOptions options, string member, bool elementsNullable)
    {
        ReadValueNotNull(ref reader, member);
        return ReadList(ref reader, element, options, member, elementsNullable);
    }

    /// <summary>From a member's name: its value as <see cref="ReadMap"/> reads it; JSON null fails with <see cref="Null"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dictionary<string, T> ReadNotNullMap<T>(ref Utf8JsonReader reader, JsonConverter<T> value, JsonSerializerOptions options, string member, bool valuesNullable)
    {
        ReadValueNotNull(ref reader, member);
        return ReadMap(ref reader, value, options, member, valuesNullable);
    }

    /// <summary>From a member's name: its value read by <paramref name="converter"/>; JSON null fails with <see cref="Null"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T ReadNotNull<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options, string member)
    {
        ReadValueNotNull(ref reader, member);
        return converter.Read(ref reader, typeof(T), options)!;
    }
}
