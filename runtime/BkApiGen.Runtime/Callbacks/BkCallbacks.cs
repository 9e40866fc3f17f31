using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BkApiGen.Runtime.Errors;

namespace BkApiGen.Runtime.Callbacks;

/// <summary>
/// Reads callback bodies, called by the generated <c>Parse</c> / <c>ParseAsync</c> of a callback payload type: the body is
/// read with the payload's source-built metadata (no reflection: trim- and NativeAOT-safe) and every failure becomes a
/// <see cref="BkInvalidCallbackException"/>.
/// </summary>
/// <remarks>
/// bk-job POSTs the payload as JSON, and when the receiver does not answer 200 it retries once with
/// <c>Content-Type: application/x-www-form-urlencoded</c> but the <b>same JSON bytes</b> (its <c>HttpConPoolUtil.postFormData</c>
/// sends the JSON text as the body): read the raw body in both cases, never a decoded form.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class BkCallbacks
{
    /// <summary>Reads one payload from the whole UTF-8 <paramref name="body"/>.</summary>
    public static T Parse<T>(ReadOnlySpan<byte> body, JsonTypeInfo<T> typeInfo, string callback)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        if (IsBlank(body))
        {
            throw new BkInvalidCallbackException(callback, "the body is empty.", null);
        }

        try
        {
            return JsonSerializer.Deserialize(body, typeInfo) ?? throw new BkInvalidCallbackException(callback, "the body is JSON null.", null);
        }
        catch (JsonException ex)
        {
            throw new BkInvalidCallbackException(callback, Describe(ex), ex);
        }
    }

    /// <summary>Reads one payload from <paramref name="body"/> (e.g. an ASP.NET Core <c>Request.Body</c>) to its end.</summary>
    public static async ValueTask<T> ParseAsync<T>(Stream body, JsonTypeInfo<T> typeInfo, string callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(typeInfo);
        try
        {
            return await JsonSerializer.DeserializeAsync(body, typeInfo, cancellationToken).ConfigureAwait(false)
                ?? throw new BkInvalidCallbackException(callback, "the body is JSON null.", null);
        }
        catch (JsonException ex)
        {
            // An empty stream is a JsonException too ("The input does not contain any JSON tokens").
            throw new BkInvalidCallbackException(callback, Describe(ex), ex);
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> body)
    {
        foreach (var b in body)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(JsonException ex)
    {
        var where = ex.LineNumber is { } line ? $" (line {line + 1}, byte {ex.BytePositionInLine + 1})" : "";
        return ex.Message.Contains("LineNumber", StringComparison.Ordinal) ? ex.Message : ex.Message + where;
    }
}
