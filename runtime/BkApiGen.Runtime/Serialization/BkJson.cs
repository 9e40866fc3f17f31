using System.Buffers;
using System.Buffers.Text;
using System.ComponentModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BkApiGen.Runtime.Serialization;

/// <summary>
/// Reading and writing helpers called by generated converters. They read exactly one JSON value and
/// fail with a <see cref="JsonException"/> that names the member (<c>file_log.status</c>) and what was found.
/// </summary>
/// <remarks>
/// Leniency, deliberately: numbers sent as strings (<c>"42"</c>) and strings sent as numbers are accepted,
/// because BlueKing services are not consistent about ids (<c>bk_scope_id</c> is a string, <c>bk_biz_id</c> a number).
/// Unknown members are skipped so that a newer server never breaks an older client.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class BkJson
{
    /// <summary>Throws unless the reader is on the start of an object.</summary>
    public static void ExpectStartObject(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"{typeName}: expected a JSON object, found {Describe(ref reader)}.");
        }
    }

    /// <summary>Throws unless the reader is on the start of an array.</summary>
    public static void ExpectStartArray(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"{member}: expected a JSON array, found {Describe(ref reader)}.");
        }
    }

    /// <summary>Moves from a property name to its value.</summary>
    public static void ReadValue(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("Unexpected end of JSON after a property name.");
        }
    }

    /// <summary>Moves from a property name to its value and tells whether it is JSON null (for members that may be null).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ReadValueIsNull(ref Utf8JsonReader reader)
    {
        ReadValue(ref reader);
        return reader.TokenType == JsonTokenType.Null;
    }

    /// <summary>Moves from a property name to its value, which must not be JSON null (for members that may not be null).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ReadValueNotNull(ref Utf8JsonReader reader, string member)
    {
        ReadValue(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw Null(member);
        }
    }

    /// <summary>A required member was absent.</summary>
    public static JsonException Missing(string member) => new($"{member}: required member is missing.");

    /// <summary>A member that may not be null was null.</summary>
    public static JsonException Null(string member) => new($"{member}: must not be null.");

    /// <summary>The discriminator, which the spec guarantees (<c>x-never-null</c>), was absent or null.</summary>
    public static JsonException MissingDiscriminator(string typeName, string property)
        => new($"{typeName}.{property}: the discriminator is missing or null, so the kind of object cannot be told.");

    /// <summary>Reads an <see cref="long"/>, accepting a numeric string.</summary>
    public static long ReadInt64(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value))
        {
            return value;
        }

        if (reader.TokenType == JsonTokenType.String && TryParseInt64(ref reader, out value))
        {
            return value;
        }

        throw Unexpected(ref reader, member, "an integer");
    }

    /// <summary>Reads an <see cref="int"/>, accepting a numeric string.</summary>
    public static int ReadInt32(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value))
        {
            return value;
        }

        if (reader.TokenType == JsonTokenType.String && TryParseInt64(ref reader, out var wide) && wide is >= int.MinValue and <= int.MaxValue)
        {
            return (int)wide;
        }

        throw Unexpected(ref reader, member, "a 32-bit integer");
    }

    /// <summary>Reads a <see cref="double"/>, accepting a numeric string.</summary>
    public static double ReadDouble(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value))
        {
            return value;
        }

        if (reader.TokenType == JsonTokenType.String && double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return value;
        }

        throw Unexpected(ref reader, member, "a number");
    }

    /// <summary>Reads a <see cref="bool"/>.</summary>
    public static bool ReadBoolean(ref Utf8JsonReader reader, string member) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Unexpected(ref reader, member, "true or false"),
    };

    /// <summary>Reads a string; a number is taken as its JSON text.</summary>
    public static string ReadString(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            // A long string of a streamed body was decoded already: hand out that instance (see BkCapturedJson). Only a
            // one-byte string can be a placeholder: test that before looking up the thread's table.
            return !reader.HasValueSequence && reader.ValueSpan.Length == 1 && BkSideStrings.TryTake(ref reader, out var kept) ? kept : reader.GetString()!;
        }

        if (reader.TokenType == JsonTokenType.Number)
        {
            return System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
        }

        throw Unexpected(ref reader, member, "a string");
    }

    /// <summary>
    /// <see cref="ReadString"/> for the envelope's own text (<c>message</c>, <c>code_name</c>, <c>request_id</c>), which must
    /// not be lost because it is not UTF-8 (a GBK message from an old ESB): what cannot be decoded becomes U+FFFD, and an
    /// escape of half a surrogate pair is kept as written.
    /// </summary>
    internal static string ReadLenientString(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence || (!reader.ValueIsEscaped && System.Text.Unicode.Utf8.IsValid(reader.ValueSpan)))
        {
            return ReadString(ref reader, member);
        }

        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }

    /// <summary>Reads any JSON value as a detached <see cref="JsonElement"/>.</summary>
    public static JsonElement ReadElement(ref Utf8JsonReader reader) => BkSideStrings.ReadElement(ref reader);

    /// <summary>Reads an array with an element converter.</summary>
    public static List<T> ReadList<T>(ref Utf8JsonReader reader, JsonConverter<T> element, JsonSerializerOptions options, string member, bool elementsNullable = false)
    {
        ExpectStartArray(ref reader, member);
        var list = new List<T>();
        while (true)
        {
            ReadValue(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return list;
            }

            if (reader.TokenType == JsonTokenType.Null)
            {
                if (!elementsNullable)
                {
                    throw new JsonException($"{member}[{list.Count}]: must not be null.");
                }

                list.Add(default!);
                continue;
            }

            list.Add(element.Read(ref reader, typeof(T), options)!);
        }
    }

    /// <summary>
    /// Reads an object of arbitrary keys with a value converter. A <c>null</c> value where values may not be null reads as an
    /// absent entry: servers send null for "no value" (a map's entries are data, and like a member that may be left out,
    /// one entry never fails the whole response).
    /// </summary>
    public static Dictionary<string, T> ReadMap<T>(ref Utf8JsonReader reader, JsonConverter<T> value, JsonSerializerOptions options, string member, bool valuesNullable = false)
    {
        ExpectStartObject(ref reader, member);
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        while (true)
        {
            ReadValue(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return map;
            }

            var key = reader.GetString()!;
            ReadValue(ref reader);
            if (reader.TokenType == JsonTokenType.Null)
            {
                if (valuesNullable)
                {
                    map[key] = default!;
                }

                continue;
            }

            map[key] = value.Read(ref reader, typeof(T), options)!;
        }
    }

    /// <summary>
    /// The items of a list as a span, for the generated list writers' single loop: an array or a <c>List&lt;T&gt;</c> as it is
    /// (what callers mostly pass); any other list (a collection expression's read-only list, an immutable array...) copied
    /// once into a pooled array, which <paramref name="rented"/> holds until <see cref="ReturnListSpan"/> gives it back.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<T> ListSpan<T>(IReadOnlyList<T> list, out T[]? rented)
    {
        rented = null;
        if (list is T[] array)
        {
            return array;
        }

        if (list is List<T> items)
        {
            return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items);
        }

        return CopyToPooled(list, out rented);
    }

    /// <summary>Gives back the array <see cref="ListSpan"/> rented, if any (cleared when it holds references).</summary>
    public static void ReturnListSpan<T>(T[]? rented)
    {
        if (rented is not null)
        {
            ArrayPool<T>.Shared.Return(rented, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ReadOnlySpan<T> CopyToPooled<T>(IReadOnlyList<T> list, out T[]? rented)
    {
        var count = list.Count;
        rented = ArrayPool<T>.Shared.Rent(count);
        if (list is ICollection<T> collection)
        {
            collection.CopyTo(rented, 0); // one copy, no interface call per item
        }
        else
        {
            for (var i = 0; i < count; i++)
            {
                rented[i] = list[i];
            }
        }

        return rented.AsSpan(0, count);
    }

    /// <summary>Writes a map with a value converter.</summary>
    public static void WriteMap<T>(Utf8JsonWriter writer, IReadOnlyDictionary<string, T> map, JsonConverter<T> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var pair in map)
        {
            writer.WritePropertyName(pair.Key);
            if (pair.Value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                value.Write(writer, pair.Value, options);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Looks ahead, on a copy of the reader positioned at <c>{</c>, for an integer member of this object (not of nested ones),
    /// wherever it stands. The caller's reader does not move.
    /// </summary>
    public static bool TryPeekInt64(Utf8JsonReader reader, ReadOnlySpan<byte> name, string typeName, out long value)
    {
        if (TryPeekMember(ref reader, name))
        {
            // The member's path is only needed for an error message: build it only on the slow path.
            value = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number)
                ? number
                : ReadInt64(ref reader, typeName + "." + System.Text.Encoding.UTF8.GetString(name));
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>
    /// <see cref="TryPeekInt64(Utf8JsonReader, ReadOnlySpan{byte}, string, out long)"/>, unless a union's <c>GuessCase</c>
    /// already met the member first in the object with an integer value (<paramref name="leading"/>, from
    /// <see cref="PeekLeadingInt64"/>): then that value, without a second look-ahead (bk-job writes <c>log_type</c> first).
    /// The reader is passed by reference so that it is only copied when the look-ahead is needed.
    /// </summary>
    public static bool TryPeekInt64(in Utf8JsonReader reader, long? leading, ReadOnlySpan<byte> name, string typeName, out long value)
    {
        if (leading is { } first)
        {
            value = first;
            return true;
        }

        return TryPeekInt64(reader, name, typeName, out value);
    }

    /// <summary>
    /// In a look-ahead, with the reader on a discriminator's name: its value if that is an integer number, as
    /// <see cref="TryPeekInt64(Utf8JsonReader, ReadOnlySpan{byte}, string, out long)"/> would return it; null for anything
    /// else (null, a string, a fraction), which the full look-ahead then decides, so results and errors do not change.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? PeekLeadingInt64(ref Utf8JsonReader reader)
        => reader.Read() && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) ? value : null;

    /// <summary>Like <see cref="TryPeekInt64(Utf8JsonReader, ReadOnlySpan{byte}, string, out long)"/> for a string discriminator.</summary>
    public static bool TryPeekString(Utf8JsonReader reader, ReadOnlySpan<byte> name, string typeName, out string? value)
    {
        if (TryPeekMember(ref reader, name))
        {
            value = ReadString(ref reader, typeName + "." + System.Text.Encoding.UTF8.GetString(name));
            return true;
        }

        value = null;
        return false;
    }

    private static bool TryPeekMember(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(name);
            ReadValue(ref reader);
            if (match && reader.TokenType != JsonTokenType.Null)
            {
                return true;
            }

            reader.Skip();
        }

        return false;
    }

    private static bool TryParseInt64(ref Utf8JsonReader reader, out long value)
    {
        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            return Utf8Parser.TryParse(reader.ValueSpan, out value, out var consumed) && consumed == reader.ValueSpan.Length;
        }

        return long.TryParse(reader.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    private static JsonException Unexpected(ref Utf8JsonReader reader, string member, string expected)
        => new($"{member}: expected {expected}, found {Describe(ref reader)}.");

    internal static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "the number " + System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        var other => other.ToString(),
    };
}
