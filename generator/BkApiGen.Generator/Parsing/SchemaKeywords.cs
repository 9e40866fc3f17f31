using System;
using System.Collections.Generic;
using System.Linq;
using BkApiGen.Generator.Diagnostics;
using Newtonsoft.Json.Linq;

namespace BkApiGen.Generator.Parsing;

/// <summary>
/// Rejects keywords the generator would otherwise ignore in silence (<c>if</c>, <c>patternProperties</c>, a misspelt
/// <c>x-enumnames</c>...): a spec that says more than the generated code enforces must not compile as if it did not.
/// </summary>
internal static class SchemaKeywords
{
    private static readonly HashSet<string> Supported = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "$comment", "$ref", "title", "description", "examples", "default", "deprecated", "readOnly", "writeOnly",
        "type", "format", "enum", "properties", "required", "additionalProperties", "items", "definitions", "nullable",
        "minimum", "maximum", "minItems", "maxItems", "minLength", "maxLength", "pattern", "dependencies",
        "oneOf", "anyOf", "allOf", "discriminator",
        "x-csharp-name", "x-aliases", "x-enumNames", "x-enumDescriptions", "x-unknown-name", "x-nullable", "x-never-null",
    };

    private static readonly HashSet<string> HeaderKeys = new(StringComparer.Ordinal)
    {
        "system", "role", "operation", "method", "gatewayPath", "esbPath", "idempotent", "client", "request", "response", "protocol",
        "auth", "pagination", "chunk", "callback", "payload",
    };

    public static void Check(JObject root, DiagnosticBag diagnostics)
    {
        if (root["x-bkapi"] is JObject header)
        {
            foreach (var key in header.Properties().Where(p => !HeaderKeys.Contains(p.Name)))
            {
                diagnostics.Add(DiagnosticDescriptors.UnknownHeaderKey, key.Value, key.Name, string.Join(", ", HeaderKeys));
            }
        }

        CheckSchema(root, isRoot: true, diagnostics);
    }

    private static void CheckSchema(JObject schema, bool isRoot, DiagnosticBag diagnostics)
    {
        foreach (var member in schema.Properties())
        {
            if (isRoot && member.Name == "x-bkapi")
            {
                continue;
            }

            if (!Supported.Contains(member.Name))
            {
                diagnostics.Add(DiagnosticDescriptors.UnsupportedKeyword, member.Value, member.Name);
                continue;
            }

            switch (member.Name)
            {
                case "properties" or "definitions" when member.Value is JObject map:
                    foreach (var child in map.Properties().Select(p => p.Value).OfType<JObject>())
                    {
                        CheckSchema(child, isRoot: false, diagnostics);
                    }

                    break;
                case "items" or "additionalProperties" when member.Value is JObject child:
                    CheckSchema(child, isRoot: false, diagnostics);
                    break;
                case "oneOf" or "anyOf" or "allOf" when member.Value is JArray list:
                    foreach (var child in list.OfType<JObject>())
                    {
                        CheckSchema(child, isRoot: false, diagnostics);
                    }

                    break;
                case "discriminator" when member.Value is JObject discriminator:
                    foreach (var key in discriminator.Properties().Where(p => p.Name is not ("propertyName" or "mapping")))
                    {
                        diagnostics.Add(DiagnosticDescriptors.UnsupportedDiscriminatorKey, key.Value, key.Name);
                    }

                    break;
            }
        }
    }
}
