using System.Text.Json.Nodes;
using BkApiGen.SpecFormat;

namespace BkApiGen.Cli.Check;

/// <summary>
/// Two schemas by their shapes: objects compare their members, arrays their items, enums their values; an enum
/// against a plain scalar of its type is an enum finding, any other difference of shape is retyped.
/// </summary>
internal sealed partial class DriftChecker
{
    // The doc's definition names the line: a response that is a scalar in the doc has no member line of its own.
    private void CompareTypes(string docKey, string specKey, string path)
        => CompareTypes(Reference(docKey), "", Reference(specKey), "", path, DefinitionSet.NameOf(docKey));

    private static JsonObject Reference(string key) => new() { ["$ref"] = SpecReference.Format(DefinitionSet.FileOf(key), DefinitionSet.NameOf(key)) };

    private void CompareTypes(JsonObject docSchema, string docFile, JsonObject specSchema, string specFile, string path, string? docKey = null, string? pointer = null)
    {
        var d = Classify(docSchema, _docDefinitions, docFile);
        var s = Classify(specSchema, _specDefinitions, specFile);
        var where = $"(line {(docKey is null ? 0 : Line(docKey))}; {pointer ?? "x-bkapi"})";
        if (d.Kind == "object" && s.Kind == "object")
        {
            CompareObjects(d.Name!, s.Name!, path);
            return;
        }

        if (d.Kind == "array" && s.Kind == "array")
        {
            CompareTypes(d.Items!, d.File, s.Items!, s.File, path + "[*]", docKey, pointer is null ? null : pointer + "/items");
            return;
        }

        if (d.Kind == "enum" && s.Kind == "enum" && d.Scalar == s.Scalar)
        {
            var onlyDoc = d.Values!.Except(s.Values!).ToList();
            var onlySpec = s.Values!.Except(d.Values!).ToList();
            if (onlyDoc.Count > 0 || onlySpec.Count > 0)
            {
                var parts = new List<string>();
                if (onlyDoc.Count > 0)
                {
                    parts.Add($"the doc lists {string.Join(", ", onlyDoc)}, the spec does not");
                }

                if (onlySpec.Count > 0)
                {
                    parts.Add($"the spec lists {string.Join(", ", onlySpec)}, the doc does not");
                }

                _findings.Add(new Finding("enum", path, $"{string.Join("; ", parts)} {where}."));
            }

            return;
        }

        if (d.Kind == "enum" && s.Kind == "scalar" && d.Scalar == BaseType(s.Scalar))
        {
            _findings.Add(new Finding("enum", path, $"the doc lists the values {string.Join(", ", d.Values!)}, the spec has a plain {s.Scalar} {where}."));
            return;
        }

        if (d.Kind == "scalar" && s.Kind == "enum" && BaseType(d.Scalar) == s.Scalar)
        {
            _findings.Add(new Finding("enum", path, $"the spec lists the values {string.Join(", ", s.Values!)}, the doc a plain {d.Scalar} {where}."));
            return;
        }

        if (d.Kind == "scalar" && s.Kind == "scalar" && d.Scalar == s.Scalar || d.Kind == "any" && s.Kind == "any")
        {
            return;
        }

        _findings.Add(new Finding("retyped", path, $"the doc says {Describe(docSchema, _docDefinitions, docFile)}, the spec {Describe(specSchema, _specDefinitions, specFile)} {where}."));
    }

    private static string? BaseType(string? scalar) => scalar?.StartsWith("integer", StringComparison.Ordinal) == true ? "integer" : scalar;
}
