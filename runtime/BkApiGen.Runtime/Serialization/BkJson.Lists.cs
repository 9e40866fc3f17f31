using System.Text.Json;

namespace BkApiGen.Runtime.Serialization;

// Writing a member holding a list of scalars: the loop a generated converter would otherwise carry once per such member,
// the same for every one of them (no converter to call, so nothing that a loop of its own would let the JIT specialise).
// A list of enums, objects or unions keeps its loop in the converter, where the element's converter is called directly.
public static partial class BkJson
{
    /// <summary>Writes a member holding a list of 64-bit integers.</summary>
    public static void WriteList(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<long> list)
    {
        writer.WriteStartArray(name);
        WriteItems(writer, list);
    }

    /// <inheritdoc cref="WriteList(Utf8JsonWriter, JsonEncodedText, IReadOnlyList{long})"/>
    public static void WriteList(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<long> list)
    {
        writer.WriteStartArray(name);
        WriteItems(writer, list);
    }

    /// <summary>Writes a member holding a list of 32-bit integers.</summary>
    public static void WriteList(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<int> list)
    {
        writer.WriteStartArray(name);
        WriteItems(writer, list);
    }

    /// <inheritdoc cref="WriteList(Utf8JsonWriter, JsonEncodedText, IReadOnlyList{int})"/>
    public static void WriteList(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<int> list)
    {
        writer.WriteStartArray(name);
        WriteItems(writer, list);
    }

    /// <summary>Writes a member holding a list of numbers.</summary>
    public static void WriteList(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<double> list)
    {
        writer.WriteStartArray(name);
        WriteItems(writer, list);
    }

    /// <inheritdoc cref="WriteList(Utf8JsonWriter, JsonEncodedText, IReadOnlyList{double})"/>
    public static void WriteList(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<double> list)
    {
        writer.WriteStartArray(name);
        WriteItems(writer, list);
    }

    /// <summary>Writes a member holding a list of booleans.</summary>
    public static void WriteList(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<bool> list)
    {
        writer.WriteStartArray(name);
        WriteItems(writer, list);
    }

    /// <inheritdoc cref="WriteList(Utf8JsonWriter, JsonEncodedText, IReadOnlyList{bool})"/>
    public static void WriteList(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<bool> list)
    {
        writer.WriteStartArray(name);
        WriteItems(writer, list);
    }

    /// <summary>Writes a member holding a list of strings (a null one as JSON null).</summary>
    public static void WriteList(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<string?> list)
    {
        writer.WriteStartArray(name);
        WriteItems(writer, list);
    }

    /// <inheritdoc cref="WriteList(Utf8JsonWriter, JsonEncodedText, IReadOnlyList{string?})"/>
    public static void WriteList(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<string?> list)
    {
        writer.WriteStartArray(name);
        WriteItems(writer, list);
    }

    /// <summary>Writes a member holding a list of any JSON values.</summary>
    public static void WriteList(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<JsonElement> list)
    {
        writer.WriteStartArray(name);
        WriteItems(writer, list);
    }

    /// <inheritdoc cref="WriteList(Utf8JsonWriter, JsonEncodedText, IReadOnlyList{JsonElement})"/>
    public static void WriteList(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<JsonElement> list)
    {
        writer.WriteStartArray(name);
        WriteItems(writer, list);
    }

    private static void WriteItems(Utf8JsonWriter writer, IReadOnlyList<long> list)
    {
        var items = ListSpan(list, out var rented);
        for (var i = 0; i < items.Length; i++)
        {
            writer.WriteNumberValue(items[i]);
        }

        ReturnListSpan(rented);
        writer.WriteEndArray();
    }

    private static void WriteItems(Utf8JsonWriter writer, IReadOnlyList<int> list)
    {
        var items = ListSpan(list, out var rented);
        for (var i = 0; i < items.Length; i++)
        {
            writer.WriteNumberValue(items[i]);
        }

        ReturnListSpan(rented);
        writer.WriteEndArray();
    }

    private static void WriteItems(Utf8JsonWriter writer, IReadOnlyList<double> list)
    {
        var items = ListSpan(list, out var rented);
        for (var i = 0; i < items.Length; i++)
        {
            writer.WriteNumberValue(items[i]);
        }

        ReturnListSpan(rented);
        writer.WriteEndArray();
    }

    private static void WriteItems(Utf8JsonWriter writer, IReadOnlyList<bool> list)
    {
        var items = ListSpan(list, out var rented);
        for (var i = 0; i < items.Length; i++)
        {
            writer.WriteBooleanValue(items[i]);
        }

        ReturnListSpan(rented);
        writer.WriteEndArray();
    }

    private static void WriteItems(Utf8JsonWriter writer, IReadOnlyList<string?> list)
    {
        var items = ListSpan(list, out var rented);
        for (var i = 0; i < items.Length; i++)
        {
            writer.WriteStringValue(items[i]);
        }

        ReturnListSpan(rented);
        writer.WriteEndArray();
    }

    private static void WriteItems(Utf8JsonWriter writer, IReadOnlyList<JsonElement> list)
    {
        var items = ListSpan(list, out var rented);
        for (var i = 0; i < items.Length; i++)
        {
            items[i].WriteTo(writer);
        }

        ReturnListSpan(rented);
        writer.WriteEndArray();
    }
}
