using System.Text;
using System.Text.Json;

namespace BkApiGen.Runtime.Http;

/// <summary>Turns a request serialized as a JSON object into a query string, for gateway GET and DELETE operations.</summary>
internal static class QueryString
{
    /// <summary>
    /// <c>?name=value&amp;...</c> from the object's members: scalars as their text, arrays of scalars comma-separated
    /// (how bk-job's Spring controllers bind lists), nulls omitted. Nested objects cannot be expressed and are refused.
    /// </summary>
    public static string FromJsonObject(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException("A GET or DELETE request must serialize to a JSON object.");
        }

        var query = new StringBuilder();
        foreach (var member in document.RootElement.EnumerateObject())
        {
            string? value = member.Value.ValueKind switch
            {
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                JsonValueKind.Array => string.Join(",", member.Value.EnumerateArray().Select(e => Scalar(member.Name, e))),
                _ => Scalar(member.Name, member.Value),
            };
            if (value is null)
            {
                continue;
            }

            query.Append(query.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(member.Name)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return query.ToString();
    }

    private static string Scalar(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => throw new InvalidOperationException($"Member '{name}' is a {value.ValueKind}, which a query string cannot carry."),
    };
}
