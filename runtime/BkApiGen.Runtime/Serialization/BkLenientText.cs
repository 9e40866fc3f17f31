using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace BkApiGen.Runtime.Serialization;

/// <summary>
/// Text of an error body, read without throwing. <see cref="JsonDocument"/> does not check that strings are UTF-8 until
/// they are read, and an error body is what must never be lost: a message that is not UTF-8 (a GBK page or message from
/// an old ESB, a body cut in the middle of a character) keeps every readable character, with U+FFFD for the rest.
/// </summary>
internal static class BkLenientText
{
    /// <summary>The value of a JSON string; escapes are left as written when the string is not valid UTF-8.</summary>
    public static string String(JsonElement value)
    {
        try
        {
            return value.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            var raw = JsonMarshal.GetRawUtf8Value(value);
            return Encoding.UTF8.GetString(raw.Length >= 2 ? raw[1..^1] : raw);
        }
    }

    /// <summary>
    /// <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/> that survives a member name it cannot decode (it
    /// compares names by decoding them, and a <c>\u</c> escape of half a surrogate pair throws): the names are then compared
    /// as sent, the last match winning as in the fast path.
    /// </summary>
    public static bool TryGetProperty(JsonElement obj, string name, out JsonElement value)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            value = default;
            return false;
        }

        try
        {
            return obj.TryGetProperty(name, out value);
        }
        catch (InvalidOperationException)
        {
            var found = false;
            value = default;
            var utf8 = Encoding.UTF8.GetBytes(name);
            foreach (var property in obj.EnumerateObject())
            {
                if (JsonMarshal.GetRawUtf8PropertyName(property).SequenceEqual(utf8))
                {
                    value = property.Value;
                    found = true;
                }
            }

            return found;
        }
    }

    /// <summary>The JSON text of a value.</summary>
    public static string Raw(JsonElement value)
    {
        try
        {
            return value.GetRawText();
        }
        catch (InvalidOperationException)
        {
            return Encoding.UTF8.GetString(JsonMarshal.GetRawUtf8Value(value));
        }
    }
}
