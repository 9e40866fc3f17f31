using System.Text.Json;
using BkApiGen.Runtime.Serialization;

namespace BkApiGen.Runtime.Http;

/// <summary>
/// What an error body said, in any of the shapes BlueKing sends: the gateway's and ESB's envelope
/// (<c>code</c>, <c>code_name</c>, <c>message</c>, <c>request_id</c>, <c>data</c>), a backend's permission error
/// (<c>code</c> + <c>permission</c>, no <c>result</c>), or bk-job v4's <c>{"error": {"code": "SYMBOL", "message", "data"}}</c>.
/// </summary>
/// <param name="Recognized">The body had at least one member of those shapes; when false, quote the body instead.</param>
/// <param name="Code">A numeric <c>code</c>.</param>
/// <param name="CodeName"><c>code_name</c>, or a <c>code</c> sent as a non-numeric string.</param>
/// <param name="Message"><c>message</c>.</param>
/// <param name="RequestId"><c>request_id</c> or <c>job_request_id</c>, of the error object or the body.</param>
/// <param name="Permission"><c>permission</c>, or bk-job v4's <c>data</c> when it lists <c>actions</c>.</param>
/// <param name="HasSymbolicCode"><c>code</c> was a non-numeric string (then in <paramref name="CodeName"/> unless <c>code_name</c> was sent too).</param>
internal readonly record struct BkErrorBody(bool Recognized, long? Code, string? CodeName, string? Message, string? RequestId, BkPermission? Permission, bool HasSymbolicCode)
{
    /// <summary>Reads a whole body; an empty, non-JSON or non-object body gives an unrecognized result.</summary>
    public static BkErrorBody Read(ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty)
        {
            return default;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return Read(document.RootElement);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    /// <summary>Reads a parsed body (or a bare v4 <c>error</c> object).</summary>
    public static BkErrorBody Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return default;
        }

        var outer = root;
        var inner = root;
        if (BkLenientText.TryGetProperty(root, "error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            inner = error;
        }

        var recognized = false;
        long? code = null;
        string? symbolic = null;
        if (BkLenientText.TryGetProperty(inner, "code", out var c))
        {
            if (c.ValueKind == JsonValueKind.Number && c.TryGetInt64(out var n))
            {
                code = n;
                recognized = true;
            }
            else if (c.ValueKind == JsonValueKind.String)
            {
                if (long.TryParse(BkLenientText.String(c), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out n))
                {
                    code = n;
                }
                else
                {
                    symbolic = BkLenientText.String(c);
                }

                recognized = true;
            }
        }

        var codeName = StringMember(inner, "code_name");
        var message = StringMember(inner, "message");
        recognized |= codeName is not null || message is not null || BkLenientText.TryGetProperty(inner, "result", out _);
        var requestId = StringMember(inner, "request_id") ?? StringMember(inner, "job_request_id")
            ?? StringMember(outer, "request_id") ?? StringMember(outer, "job_request_id");

        BkPermission? permission = null;
        if (BkLenientText.TryGetProperty(inner, "permission", out var p) && p.ValueKind == JsonValueKind.Object)
        {
            permission = new BkPermission(p.Clone());
            recognized = true;
        }
        else if (BkLenientText.TryGetProperty(inner, "data", out var d) && d.ValueKind == JsonValueKind.Object && BkLenientText.TryGetProperty(d, "actions", out _))
        {
            permission = new BkPermission(d.Clone());
        }

        return new BkErrorBody(recognized, code, codeName ?? symbolic, message, requestId, permission, symbolic is not null);
    }

    private static string? StringMember(JsonElement e, string name)
        => BkLenientText.TryGetProperty(e, name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => BkLenientText.String(v),
            JsonValueKind.Number => BkLenientText.Raw(v),
            _ => null,
        } : null;
}
