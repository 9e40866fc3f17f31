using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BkApiGen.Cli.Import;

/// <summary>
/// Tells a map from an object: BlueKing docs show maps as example objects whose keys are data (IPs, numeric ids,
/// <c>bk_cloud_id:bk_supplier_id:ip:namespace:name</c> keys, node hashes, <c>${var}</c> names) and say so in
/// descriptions (<c>key为…</c>, <c>以…为key</c>, <c>字典</c>). Such a field becomes <c>additionalProperties</c>
/// (an <c>IReadOnlyDictionary&lt;string, T&gt;</c>), never members named after the example's keys.
/// </summary>
internal static partial class MapDetection
{
    /// <summary>Why the keys of <paramref name="obj"/> are values rather than field names, or null when they look like field names.</summary>
    public static string? DataKeys(JsonObject obj)
    {
        if (obj.Count == 0)
        {
            return null;
        }

        string? kind = null;
        foreach (var (key, _) in obj)
        {
            var thisKind = KeyKind(key);
            if (thisKind is null)
            {
                return null;
            }

            kind ??= thisKind;
        }

        return kind;
    }

    private static string? KeyKind(string key)
    {
        if (IpKey().IsMatch(key))
        {
            return "IP addresses";
        }

        if (NumericKey().IsMatch(key))
        {
            return "numeric ids";
        }

        if (CompoundKey().IsMatch(key))
        {
            return "compound 'a:b:c' keys";
        }

        if (HashKey().IsMatch(key) && key.Any(char.IsAsciiDigit))
        {
            return "hashes";
        }

        if (VariableKey().IsMatch(key))
        {
            return "variable names (${...})";
        }

        if (Guid.TryParse(key, out _))
        {
            return "GUIDs";
        }

        return null;
    }

    /// <summary>The description says the object is a map (<c>key为主机ID</c>, <c>以ip为key</c>, <c>字典</c>, <c>keyed by</c>), or null.</summary>
    public static string? DescriptionSaysMap(string description)
    {
        var match = MapDescription().Match(description);
        return match.Success ? match.Value.Trim() : null;
    }

    /// <summary>The value type of a map from the values its examples show: one scalar kind, objects, or any JSON.</summary>
    public static TypeModel ValueType(IEnumerable<JsonNode?> values)
    {
        Kind? kind = null;
        foreach (var value in values)
        {
            var thisKind = value switch
            {
                JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.TryGetValue<long>(out _) ? Kind.Int64 : Kind.Number,
                JsonValue v when v.GetValueKind() == JsonValueKind.String => Kind.String,
                JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => Kind.Boolean,
                JsonObject => Kind.FreeObject,
                _ => Kind.Any,
            };
            if (kind is Kind.Int64 && thisKind is Kind.Number || kind is Kind.Number && thisKind is Kind.Int64)
            {
                thisKind = Kind.Number;
            }
            else if (kind is not null && kind != thisKind)
            {
                return TypeModel.Scalar(Kind.Any);
            }

            kind = thisKind;
        }

        return TypeModel.Scalar(kind ?? Kind.Any);
    }

    // 10.0.0.1, 0:10.0.0.1 (cloud:ip), [::1] forms are rare in docs: IPv4 with an optional "cloud:" prefix, or IPv6.
    [GeneratedRegex(@"^(?:\d+:)?(?:\d{1,3}\.){3}\d{1,3}$|^[0-9a-fA-F]*:[0-9a-fA-F:]*:[0-9a-fA-F]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IpKey();

    [GeneratedRegex(@"^-?\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericKey();

    // At least two colons: bk_cloud_id:bk_supplier_id:ip:namespace:name → "1:2:10.0.0.1:gse:proc-test".
    [GeneratedRegex(@"^[^:\s]+(?::[^:\s]*){2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex CompoundKey();

    // Node ids such as nfccedff6c7637a3a2a6093fd8b48818 (a letter and hex digits), md5/sha hashes.
    [GeneratedRegex(@"^[a-z]?[0-9a-f]{16,}$", RegexOptions.CultureInvariant)]
    private static partial Regex HashKey();

    [GeneratedRegex(@"^\$\{[^}]+\}$", RegexOptions.CultureInvariant)]
    private static partial Regex VariableKey();

    [GeneratedRegex(@"(?:(?<![A-Za-z_])key\s*(?:为|是|值为|:|：)|以\s*\S{1,30}?\s*(?:为|作为)\s*(?:key|键)|键\s*为|字典|映射|\bkeyed\s+by\b|\bmap\s+(?:of|from)\b|\bdict(?:ionary)?\s+(?:of|whose|with\s+key)|\bthe\s+keys?\s+(?:is|are)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MapDescription();
}
