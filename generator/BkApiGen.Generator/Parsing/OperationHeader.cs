using System;
using System.Linq;
using Newtonsoft.Json.Linq;
using BkApiGen.Generator.Diagnostics;
using BkApiGen.Generator.Models;
using BkApiGen.SpecFormat;

namespace BkApiGen.Generator.Parsing;

/// <summary>The <c>x-bkapi</c> block: what JSON Schema cannot say about an endpoint.</summary>
/// <remarks>A definitions file (<c>"role": "definitions"</c>) only gives <see cref="System"/>; the other members are null.</remarks>
internal sealed record OperationHeader(
    JObject Token,
    string System,
    string? Name,
    string? Method,
    string? GatewayPath,
    string? EsbPath,
    bool IsIdempotent,
    string? ClientName,
    string? Description,
    string? RequestDefinition,
    JToken? RequestToken,
    string? ResponseDefinition,
    JToken? ResponseToken,
    string Protocol = "v3",
    VerifiedIdentity Verification = VerifiedIdentity.None)
{
    public const string Keyword = "x-bkapi";

    /// <summary>The keys only an operation has (a definitions file and a callback spec have none of them).</summary>
    internal static readonly string[] OperationKeys = { "operation", "method", "gatewayPath", "esbPath", "idempotent", "client", "request", "response", "protocol", SpecAuth.Key, PagingReader.PaginationKey, PagingReader.ChunkKey };

    public static OperationHeader? Read(JObject root, bool isDefinitions, DiagnosticBag diagnostics)
    {
        if (root[Keyword] is not JObject api)
        {
            diagnostics.Add(DiagnosticDescriptors.MissingHeader, root.Property(Keyword)?.Value ?? root);
            return null;
        }

        var system = RequiredString(api, "system", diagnostics);
        if (system is not null && !IsSystemName(system))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidSystemName, api["system"], system);
            return null;
        }

        if (api["role"] is { } role && !isDefinitions)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidRole, role);
            return null;
        }

        foreach (var key in CallbackHeader.OwnKeys.Where(k => api[k] is not null))
        {
            diagnostics.Add(DiagnosticDescriptors.CallbackKeyOutsideCallback, api.Property(key)!.Value, key);
        }

        if (isDefinitions)
        {
            foreach (var key in OperationKeys.Where(k => api[k] is not null))
            {
                diagnostics.Add(DiagnosticDescriptors.OperationKeyInDefinitionsFile, api.Property(key)!.Value, key);
            }

            return system is null || diagnostics.HasErrors ? null : new OperationHeader(api, system, null, null, null, null, false, null, null, null, null, null, null);
        }

        var name = RequiredString(api, "operation", diagnostics);
        var method = RequiredString(api, "method", diagnostics)?.ToUpperInvariant();
        var gatewayPath = OptionalString(api, "gatewayPath", diagnostics);
        var esbPath = OptionalString(api, "esbPath", diagnostics);
        if (gatewayPath is null && esbPath is null)
        {
            diagnostics.Add(DiagnosticDescriptors.MissingPath, api);
        }

        foreach (var (key, path) in new[] { ("gatewayPath", gatewayPath), ("esbPath", esbPath) })
        {
            if (path is not null && !path.StartsWith("/", StringComparison.Ordinal))
            {
                diagnostics.Add(DiagnosticDescriptors.RelativePath, api[key], key, path);
            }
        }

        if (method is not null && !HttpMethods.Contains(method))
        {
            diagnostics.Add(DiagnosticDescriptors.UnsupportedMethod, api["method"], method);
        }

        if (gatewayPath is not null)
        {
            PathTemplate.Check(gatewayPath, api["gatewayPath"], diagnostics);
        }

        if (esbPath is not null)
        {
            // Some ESB components have path variables too (nodeman's /v2/nodeman/{bk_biz_id}/tasks/).
            PathTemplate.Check(esbPath, api["esbPath"], diagnostics);
        }

        if (name is not null && !IsWireName(name))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidOperationName, api["operation"], "operation", name);
        }
        else if (name is not null && !CSharpNames.IsValidIdentifier(CSharpNames.Pascal(name)))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidMethodName, api["operation"], name);
        }

        var idempotent = false;
        if (api["idempotent"] is { } idempotentToken)
        {
            if (idempotentToken.Type != JTokenType.Boolean)
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidIdempotent, idempotentToken);
            }
            else
            {
                idempotent = (bool)idempotentToken;
            }
        }

        var client = OptionalString(api, "client", diagnostics);
        var protocol = OptionalString(api, "protocol", diagnostics)?.ToLowerInvariant() ?? "v3";
        if (protocol is not ("v3" or "v4"))
        {
            diagnostics.Add(DiagnosticDescriptors.UnknownProtocol, api["protocol"], (string?)api["protocol"] ?? "");
        }

        var verification = AuthReader.Read(api, diagnostics);
        var (request, requestToken) = Reference(api, "request", diagnostics);
        var (response, responseToken) = Reference(api, "response", diagnostics);
        if (system is null || name is null || method is null || request is null || response is null || requestToken is null || responseToken is null || diagnostics.HasErrors)
        {
            return null;
        }

        var description = root["description"]?.Type == JTokenType.String ? (string?)root["description"] : null;
        return new OperationHeader(api, system, name, method, gatewayPath, esbPath, idempotent, client, description, request, requestToken, response, responseToken, protocol, verification);
    }

    /// <summary>The methods the runtime sends: GET and DELETE carry the request as a query string, the others as a JSON body.</summary>
    public static readonly string[] HttpMethods = { "GET", "POST", "PUT", "DELETE", "PATCH" };

    /// <summary>True for a method whose request members travel as query parameters.</summary>
    public static bool UsesQuery(string method) => method is "GET" or "DELETE";

    /// <summary>A system or gateway name: a wire name that may also contain '-' (<c>bk-cmdb</c>, <c>bk-job</c>).</summary>
    internal static bool IsSystemName(string name) => IsWireName(name.Replace('-', '_')) && !name.EndsWith("-", StringComparison.Ordinal);

    internal static bool IsWireName(string name)
        => name.Length > 0 && char.IsLetter(name[0]) && name.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_');

    internal static string? RequiredString(JObject api, string key, DiagnosticBag diagnostics)
    {
        var value = OptionalString(api, key, diagnostics);
        if (value is null && api[key] is null)
        {
            diagnostics.Add(DiagnosticDescriptors.MissingHeaderKey, api, key);
        }

        return value;
    }

    private static string? OptionalString(JObject api, string key, DiagnosticBag diagnostics)
    {
        var token = api[key];
        if (token is null)
        {
            return null;
        }

        if (token.Type != JTokenType.String || ((string?)token)?.Trim().Length is null or 0)
        {
            diagnostics.Add(DiagnosticDescriptors.HeaderValueNotString, token, key);
            return null;
        }

        return ((string)token!).Trim();
    }

    internal static (string? Definition, JToken? Token) Reference(JObject api, string key, DiagnosticBag diagnostics)
    {
        if (api[key] is not JObject { } reference || reference["$ref"] is not JValue { Type: JTokenType.String } target)
        {
            diagnostics.Add(DiagnosticDescriptors.BodyNotReference, api[key] ?? api, key);
            return (null, null);
        }

        return SpecReference.Parse((string)target!) is { IsLocal: true } local ? (local.Definition, target) : (null, null);
    }
}
