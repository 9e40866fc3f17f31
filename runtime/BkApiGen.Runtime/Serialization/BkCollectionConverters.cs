using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BkApiGen.Runtime.Serialization;

/// <summary>
/// Converters for a list or a map as a whole, over an element converter: what an operation whose <c>data</c> is a list
/// (<c>"data": [1, 2]</c>) or a map hands the envelope. Members of generated types read their lists inline instead.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class BkCollectionConverters
{
    /// <summary>A JSON array read as a list; a null item is refused unless <paramref name="elementsNullable"/>.</summary>
    public static JsonConverter<IReadOnlyList<T>> List<T>(JsonConverter<T> element, bool elementsNullable = false)
    {
        ArgumentNullException.ThrowIfNull(element);
        return new ListConverter<T>(element, elementsNullable);
    }

    /// <summary>A JSON object of arbitrary keys read as a map (see <see cref="BkJson.ReadMap{T}"/> for null values).</summary>
    public static JsonConverter<IReadOnlyDictionary<string, T>> Map<T>(JsonConverter<T> value, bool valuesNullable = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new MapConverter<T>(value, valuesNullable);
    }

    private sealed class ListConverter<T>(JsonConverter<T> element, bool elementsNullable) : JsonConverter<IReadOnlyList<T>>
    {
        public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => BkJson.ReadList(ref reader, element, options, "data", elementsNullable);

        public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var item in value)
            {
                if (item is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    element.Write(writer, item, options);
                }
            }

            writer.WriteEndArray();
        }
    }

    private sealed class MapConverter<T>(JsonConverter<T> value, bool valuesNullable) : JsonConverter<IReadOnlyDictionary<string, T>>
    {
        public override IReadOnlyDictionary<string, T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => BkJson.ReadMap(ref reader, value, options, "data", valuesNullable);

        public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, T> map, JsonSerializerOptions options)
            => BkJson.WriteMap(writer, map, value, options);
    }
}
