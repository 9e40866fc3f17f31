using System.Text.Json;
using System.Text.Json.Nodes;
using BkApiGen.SpecFormat;

namespace BkApiGen.Cli.Check;

/// <summary>The header: method and paths (where the doc states them), protocol and role.</summary>
internal sealed partial class DriftChecker
{
    /// <summary>Adds a finding per header difference; false when the doc and the spec are not the same kind of spec.</summary>
    private bool CompareHeader(JsonObject docApi, JsonObject specApi, out string? role)
    {
        foreach (var key in new[] { "method", "gatewayPath", "esbPath" })
        {
            if (!_doc.StatedHeader.Contains(key))
            {
                continue;
            }

            var docValue = docApi[key]?.GetValue<string>();
            var specValue = specApi[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
            if (!string.Equals(docValue?.TrimEnd('/'), specValue?.TrimEnd('/'), key == "method" ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                _findings.Add(new Finding("header", "$.x-bkapi." + key, $"the doc says {docValue ?? "nothing"}, the spec {specValue ?? "nothing"}."));
            }
        }

        var docProtocol = docApi["protocol"]?.GetValue<string>() ?? "v3";
        var specProtocol = specApi["protocol"] is JsonValue p && p.GetValueKind() == JsonValueKind.String ? p.GetValue<string>() : "v3";
        if (!string.Equals(docProtocol, specProtocol, StringComparison.OrdinalIgnoreCase))
        {
            _findings.Add(new Finding("header", "$.x-bkapi.protocol", $"the doc says {docProtocol}, the spec {specProtocol}."));
        }

        // A callback spec (role "callback") compares its payload; the doc must describe a callback too, or there is
        // nothing else to compare.
        var docRole = docApi[SpecFile.Role]?.GetValue<string>();
        var specRole = specApi[SpecFile.Role] is JsonValue r && r.GetValueKind() == JsonValueKind.String ? r.GetValue<string>() : null;
        if (docRole != specRole)
        {
            _findings.Add(new Finding("header", "$.x-bkapi.role", $"the doc describes {Kind(docRole)}, the spec {Kind(specRole)}."));
            role = null;
            return false;
        }

        role = specRole;
        return true;
    }

    private static string Kind(string? role) => role == SpecFile.CallbackRole ? "a callback payload (role \"callback\")" : "an operation";
}
