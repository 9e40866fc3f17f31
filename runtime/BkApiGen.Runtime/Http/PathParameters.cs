using System.Buffers;
using System.Text;
using System.Text.Json;

namespace BkApiGen.Runtime.Http;

/// <summary>
/// Fills the <c>{name}</c> placeholders of a gateway path (<c>/api/v3/hosts/app/{bk_biz_id}/list_hosts</c>) from the
/// request members of that wire name, percent-escaped, and takes those members out of the request: a path member is not
/// sent again in the query string or the body.
/// </summary>
internal static class PathParameters
{
    /// <summary>True when <paramref name="path"/> has a placeholder to fill.</summary>
    public static bool HasAny(string path) => path.Contains('{', StringComparison.Ordinal);

    /// <summary>
    /// The path with every placeholder replaced, and the request object without the members used.
    /// </summary>
    /// <exception cref="InvalidOperationException">The request has no usable value for a placeholder (the generated validation
    /// refuses a missing or empty path member before this runs: this is a descriptor that does not match its request type).</exception>
    public static (string Path, byte[] Body) Fill(BkApiOperation operation, string path, byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"{operation.DisplayName}: a request with path parameters must serialize to a JSON object.");
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        var filled = new StringBuilder(path.Length + 16);
        var start = 0;
        int open;
        while ((open = path.IndexOf('{', start)) >= 0)
        {
            var close = path.IndexOf('}', open);
            if (close < 0)
            {
                break;
            }

            var name = path.Substring(open + 1, close - open - 1);
            filled.Append(path, start, open - start).Append(Uri.EscapeDataString(Value(operation, root, name)));
            used.Add(name);
            start = close + 1;
        }

        filled.Append(path, start, path.Length - start);
        return (filled.ToString(), Without(root, used));
    }

    private static string Value(BkApiOperation operation, JsonElement request, string name)
    {
        if (!request.TryGetProperty(name, out var value))
        {
            throw new InvalidOperationException($"{operation.DisplayName}: the request has no member '{name}' for the path parameter '{{{name}}}'.");
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
        return text is { Length: > 0 }
            ? text
            : throw new InvalidOperationException($"{operation.DisplayName}: the member '{name}' is {(text is null ? "a " + value.ValueKind : "empty")}, which cannot fill the path parameter '{{{name}}}'.");
    }

    private static byte[] Without(JsonElement request, HashSet<string> names)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var member in request.EnumerateObject())
            {
                if (!names.Contains(member.Name))
                {
                    member.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
