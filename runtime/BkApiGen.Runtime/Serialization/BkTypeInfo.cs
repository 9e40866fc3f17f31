using System.ComponentModel;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BkApiGen.Runtime.Serialization;

/// <summary>The metadata a generated JSON context hands out: one converter per type, built without reflection.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class BkTypeInfo
{
    /// <summary>
    /// The metadata of <typeparamref name="T"/> in <paramref name="context"/>: its options, read and written by
    /// <paramref name="converter"/> alone, with the context as its resolver (as the STJ source generator's metadata has).
    /// </summary>
    public static JsonTypeInfo<T> Create<T>(JsonSerializerContext context, JsonConverter<T> converter)
    {
        ArgumentNullException.ThrowIfNull(context);
        var info = JsonMetadataServices.CreateValueInfo<T>(context.Options, converter);
        info.OriginatingResolver = context;
        return info;
    }
}
