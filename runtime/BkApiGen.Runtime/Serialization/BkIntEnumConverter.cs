using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BkApiGen.Runtime.Serialization;

/// <summary>
/// The converter of a generated integer enum over <see cref="int"/>: its number, read as <see cref="BkJson.ReadInt32"/>
/// reads it (a numeric string too), any value kept (a newer server's value reads; request validation refuses a value the
/// spec does not list). Generated converters derive from it and add what validation asks (<c>IsListed</c>).
/// </summary>
/// <typeparam name="TEnum">The enum, declared <c>: int</c>.</typeparam>
/// <param name="typeName">The enum's JSON name, for error messages.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class BkInt32EnumConverter<TEnum>(string typeName) : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    // Unsafe.As below reinterprets the enum as its underlying int: refuse any other size at once, not as garbage later.
    private readonly string _typeName = Unsafe.SizeOf<TEnum>() == sizeof(int) ? typeName
        : throw new ArgumentException($"{typeof(TEnum)} is not an enum over int.", nameof(TEnum));

    /// <inheritdoc />
    public sealed override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = BkJson.ReadInt32(ref reader, _typeName);
        return Unsafe.As<int, TEnum>(ref value);
    }

    /// <inheritdoc />
    public sealed override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
        => writer.WriteNumberValue(Unsafe.As<TEnum, int>(ref value));
}

/// <summary>Like <see cref="BkInt32EnumConverter{TEnum}"/>, for an enum with a value beyond <see cref="int"/>, declared <c>: long</c>.</summary>
/// <typeparam name="TEnum">The enum, declared <c>: long</c>.</typeparam>
/// <param name="typeName">The enum's JSON name, for error messages.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class BkInt64EnumConverter<TEnum>(string typeName) : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private readonly string _typeName = Unsafe.SizeOf<TEnum>() == sizeof(long) ? typeName
        : throw new ArgumentException($"{typeof(TEnum)} is not an enum over long.", nameof(TEnum));

    /// <inheritdoc />
    public sealed override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = BkJson.ReadInt64(ref reader, _typeName);
        return Unsafe.As<long, TEnum>(ref value);
    }

    /// <inheritdoc />
    public sealed override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
        => writer.WriteNumberValue(Unsafe.As<TEnum, long>(ref value));
}
