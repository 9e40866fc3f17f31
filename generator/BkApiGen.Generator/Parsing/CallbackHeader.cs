using System.Linq;
using Newtonsoft.Json.Linq;
using BkApiGen.Generator.Diagnostics;

namespace BkApiGen.Generator.Parsing;

/// <summary>
/// The <c>x-bkapi</c> block of a callback spec (<c>"role": "callback"</c>): the body a BlueKing system POSTs to the caller's
/// <c>callback_url</c> (bk-job's <c>callback_protocol</c>). It names the system, the callback and the payload definition;
/// there is no method, path, request or response, since nothing is called.
/// </summary>
internal sealed record CallbackHeader(JObject Token, string System, string Name, string? Description, string PayloadDefinition, JToken PayloadToken)
{
    /// <summary>The keys only a callback spec has.</summary>
    public static readonly string[] OwnKeys = { "callback", "payload" };

    public static CallbackHeader? Read(JObject root, DiagnosticBag diagnostics)
    {
        var api = (JObject)root[OperationHeader.Keyword]!; // a callback spec is one because its x-bkapi says so
        var system = OperationHeader.RequiredString(api, "system", diagnostics);
        if (system is not null && !OperationHeader.IsSystemName(system))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidSystemName, api["system"], system);
        }

        foreach (var key in OperationHeader.OperationKeys.Where(k => api[k] is not null))
        {
            diagnostics.Add(DiagnosticDescriptors.OperationKeyInCallback, api.Property(key)!.Value, key);
        }

        var name = OperationHeader.RequiredString(api, "callback", diagnostics);
        if (name is not null && !OperationHeader.IsWireName(name))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidOperationName, api["callback"], "callback", name);
        }

        var (payload, payloadToken) = api["payload"] is null ? (null, null) : OperationHeader.Reference(api, "payload", diagnostics);
        if (api["payload"] is null)
        {
            diagnostics.Add(DiagnosticDescriptors.MissingHeaderKey, api, "payload");
        }

        if (system is null || name is null || payload is null || payloadToken is null || diagnostics.HasErrors)
        {
            return null;
        }

        var description = root["description"]?.Type == JTokenType.String ? (string?)root["description"] : null;
        return new CallbackHeader(api, system, name, description, payload, payloadToken);
    }
}
