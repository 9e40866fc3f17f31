using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace BkApiGen.Runtime.Serialization;

/// <summary>
/// Reads one case of a union and tells whether the object's discriminator confirmed that case
/// (see <see cref="BkUnion.TryReadGuessed{T}"/>).
/// </summary>
/// <typeparam name="T">The case type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate T BkCaseReader<out T>(ref Utf8JsonReader reader, JsonSerializerOptions options, out bool confirmed);

/// <summary>
/// Helpers with which generated union converters read an object in one pass when its discriminator is not its first member.
/// </summary>
/// <remarks>
/// A union converter must know the case before it can build the object. When the discriminator comes first (bk-job writes
/// <c>log_type</c> first) a look-ahead finds it at once. When it comes last, a look-ahead would read the whole object twice;
/// instead the converter guesses the case from the first member that only one case has, reads the object with that case's
/// converter, which notes the discriminator on the way, and keeps the result if the discriminator confirms the guess.
/// A wrong guess (another or an unknown case, no discriminator, or data the guessed case cannot read) rewinds the reader
/// and the converter reads the object the two-pass way, so results and errors never depend on the guess.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class BkUnion
{
    /// <summary>
    /// Reads the object the reader is on with <paramref name="read"/>; true with the result if the discriminator confirmed
    /// the case, false with the reader back on the object's start otherwise.
    /// </summary>
    public static bool TryReadGuessed<T>(ref Utf8JsonReader reader, JsonSerializerOptions options, BkCaseReader<T> read, [NotNullWhen(true)] out T? value)
        where T : class
    {
        var start = reader;
        try
        {
            value = read(ref reader, options, out var confirmed);
            if (confirmed)
            {
                return true;
            }
        }
        catch (JsonException)
        {
            // Data the guessed case cannot read: the two-pass read decides, and reports the error if there is one.
        }

        reader = start;
        value = null;
        return false;
    }

    /// <summary>
    /// Called by a case converter on its union's integer discriminator member (the reader on the name): consumes the value
    /// and returns true if it is the first non-null one and equals <paramref name="value"/>, as the two-pass read would see it.
    /// </summary>
    public static bool DiscriminatorIs(ref Utf8JsonReader reader, ref bool seen, long value)
    {
        BkJson.ReadValue(ref reader);
        var first = !seen && reader.TokenType != JsonTokenType.Null;
        var matches = first && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number) && number == value;
        seen |= first;
        reader.Skip();
        return matches;
    }

    /// <summary>Like <see cref="DiscriminatorIs(ref Utf8JsonReader, ref bool, long)"/> for a string discriminator.</summary>
    public static bool DiscriminatorIs(ref Utf8JsonReader reader, ref bool seen, ReadOnlySpan<byte> value)
    {
        BkJson.ReadValue(ref reader);
        var first = !seen && reader.TokenType != JsonTokenType.Null;
        var matches = first && reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(value);
        seen |= first;
        reader.Skip();
        return matches;
    }
}
