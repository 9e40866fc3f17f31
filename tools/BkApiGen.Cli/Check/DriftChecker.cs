using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BkApiGen.Cli.Import;
using BkApiGen.SpecFormat;

namespace BkApiGen.Cli.Check;

/// <summary>One difference between what a doc says and what a spec says.</summary>
/// <param name="Kind">added (doc has it, spec not), removed (spec has it, doc not), retyped, required, enum, moved, shape, header.</param>
/// <param name="Path">Where, as a JSONPath over the request or response: <c>$.request.ip_list[*].bk_cloud_id</c>.</param>
/// <param name="Message">What differs, with the doc line and the spec's JSON pointer.</param>
internal sealed record Finding(string Kind, string Path, string Message)
{
    public override string ToString() => $"{Kind}: {Path}: {Message}";
}

/// <summary>
/// Compares the spec imported from a doc with a spec on disk, structurally: definitions are matched by where they are
/// used (request, response, the property that references them), not by name, so a hand-named spec compares fine.
/// Only what a doc can say is compared: fields, their types (integer width included), requiredness (where the doc's
/// table has a required column), enum values and union cases. Names, descriptions, formats, constraints are not.
/// </summary>
internal sealed class DriftChecker
{
    private readonly ImportResult _doc;
    private readonly DefinitionSet _docDefinitions;
    private readonly DefinitionSet _specDefinitions;
    private readonly List<Finding> _findings = new();
    private readonly HashSet<(string, string)> _visited = new();

    private DriftChecker(ImportResult doc, JsonObject specDefinitions, string? specDirectory)
    {
        _doc = doc;
        _docDefinitions = new DefinitionSet((JsonObject)doc.Spec[SpecFile.Definitions]!, null);
        _specDefinitions = new DefinitionSet(specDefinitions, specDirectory);
    }

    /// <summary>
    /// Compares; throws <see cref="InvalidDataException"/> when the spec is not a spec. References into shared
    /// definitions files (<c>common.bkapi.json#/definitions/ip</c>) are read from <paramref name="specDirectory"/>.
    /// </summary>
    public static IReadOnlyList<Finding> Compare(ImportResult doc, JsonObject spec, string? specDirectory = null)
    {
        if (spec[SpecFile.Definitions] is not JsonObject definitions)
        {
            throw new InvalidDataException("the spec has no 'definitions' object.");
        }

        if (spec[SpecFile.Header] is not JsonObject specApi)
        {
            throw new InvalidDataException("the spec has no 'x-bkapi' object.");
        }

        var checker = new DriftChecker(doc, definitions, specDirectory);
        var docApi = (JsonObject)doc.Spec[SpecFile.Header]!;
        foreach (var key in new[] { "method", "gatewayPath", "esbPath" })
        {
            if (!doc.StatedHeader.Contains(key))
            {
                continue;
            }

            var docValue = docApi[key]?.GetValue<string>();
            var specValue = specApi[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
            if (!string.Equals(docValue?.TrimEnd('/'), specValue?.TrimEnd('/'), key == "method" ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                checker._findings.Add(new Finding("header", "$.x-bkapi." + key, $"the doc says {docValue ?? "nothing"}, the spec {specValue ?? "nothing"}."));
            }
        }

        var docProtocol = docApi["protocol"]?.GetValue<string>() ?? "v3";
        var specProtocol = specApi["protocol"] is JsonValue p && p.GetValueKind() == JsonValueKind.String ? p.GetValue<string>() : "v3";
        if (!string.Equals(docProtocol, specProtocol, StringComparison.OrdinalIgnoreCase))
        {
            checker._findings.Add(new Finding("header", "$.x-bkapi.protocol", $"the doc says {docProtocol}, the spec {specProtocol}."));
        }

        // A callback spec (role "callback") compares its payload; the doc must describe a callback too.
        var docRole = docApi[SpecFile.Role]?.GetValue<string>();
        var specRole = specApi[SpecFile.Role] is JsonValue r && r.GetValueKind() == JsonValueKind.String ? r.GetValue<string>() : null;
        if (docRole != specRole)
        {
            checker._findings.Add(new Finding("header", "$.x-bkapi.role", $"the doc describes {Kind(docRole)}, the spec {Kind(specRole)}."));
            return checker._findings;
        }

        foreach (var side in specRole == SpecFile.CallbackRole ? ["payload"] : new[] { "request", "response" })
        {
            var docRef = DefinitionSet.Target(docApi[side], "")!;
            var specRef = DefinitionSet.Target(specApi[side], "") ?? throw new InvalidDataException($"'x-bkapi.{side}' must be {{\"$ref\": \"#/definitions/...\"}}.");
            if (checker._specDefinitions.Get(specRef) is null)
            {
                throw new InvalidDataException($"'x-bkapi.{side}' references '{specRef}', which is not among the definitions.");
            }

            checker.CompareTypes(docRef, specRef, "$." + side);
        }

        return checker._findings;
    }

    private static string Kind(string? role) => role == SpecFile.CallbackRole ? "a callback payload (role \"callback\")" : "an operation";

    /// <summary>A property, with the definition (file-qualified key) it sits in and its union case.</summary>
    private sealed record Prop(string Name, JsonObject Schema, bool Required, bool InRequiredGroup, string? Case, IReadOnlyList<string> Aliases, string Owner)
    {
        public string File => DefinitionSet.FileOf(Owner);
    }

    /// <summary>A definition's properties, with those of its union cases (marked with their discriminator value).</summary>
    private static (List<Prop> Props, string? Discriminator) Flatten(DefinitionSet definitions, string key)
    {
        var result = new List<Prop>();
        if (definitions.Get(key) is not { } def)
        {
            return (result, null);
        }

        AddProps(def, key, null, result);
        string? discriminator = null;
        if (def["discriminator"] is JsonObject d && d["propertyName"] is JsonValue p)
        {
            discriminator = p.ToString();
            if (d["mapping"] is JsonObject mapping)
            {
                foreach (var (value, target) in mapping)
                {
                    var caseKey = DefinitionSet.Target(new JsonObject { ["$ref"] = target?.DeepClone() }, DefinitionSet.FileOf(key));
                    if (caseKey is not null && definitions.Get(caseKey) is { } caseDef)
                    {
                        AddProps(caseDef, caseKey, value, result);
                    }
                }
            }
        }

        return (result, discriminator);
    }

    private static void AddProps(JsonObject def, string owner, string? caseValue, List<Prop> result)
    {
        var required = (def["required"] as JsonArray)?.Select(r => r?.ToString()).ToHashSet(StringComparer.Ordinal) ?? new HashSet<string?>();
        var grouped = new HashSet<string?>(StringComparer.Ordinal);
        foreach (var group in new[] { def["anyOf"] as JsonArray }.Concat((def["allOf"] as JsonArray)?.Select(a => (a as JsonObject)?["anyOf"] as JsonArray) ?? Enumerable.Empty<JsonArray?>()))
        {
            foreach (var alternative in group ?? new JsonArray())
            {
                foreach (var name in ((alternative as JsonObject)?["required"] as JsonArray) ?? new JsonArray())
                {
                    grouped.Add(name?.ToString());
                }
            }
        }

        if (def["properties"] is not JsonObject properties)
        {
            return;
        }

        foreach (var (name, schema) in properties)
        {
            var aliases = ((schema as JsonObject)?["x-aliases"] as JsonArray)?.Select(a => a?.ToString() ?? "").ToList() ?? new List<string>();
            // A response member the server guarantees (x-never-null) is what a doc's "Never null" column imports to: it counts as required.
            var neverNull = (schema as JsonObject)?["x-never-null"] is JsonValue flag && flag.TryGetValue<bool>(out var isSet) && isSet;
            result.Add(new Prop(name, schema as JsonObject ?? new JsonObject(), required.Contains(name) || neverNull, grouped.Contains(name), caseValue, aliases, owner));
        }
    }

    private void CompareObjects(string docKey, string specKey, string path)
    {
        if (!_visited.Add((docKey, specKey)))
        {
            return;
        }

        var docName = DefinitionSet.NameOf(docKey);
        var (docProps, docUnion) = Flatten(_docDefinitions, docKey);
        var (specProps, specUnion) = Flatten(_specDefinitions, specKey);
        if (docUnion != specUnion)
        {
            var said = docUnion is null ? "a plain object" : $"a union on {docUnion}";
            var has = specUnion is null ? "a plain object" : $"a union on {specUnion}";
            _findings.Add(new Finding("shape", path, $"the doc describes {said} (line {Line(docName)}), the spec has {has} ({DefinitionSet.Pointer(specKey)})."));
        }

        var matched = new HashSet<Prop>();
        foreach (var d in docProps)
        {
            var s = specProps.FirstOrDefault(p => !matched.Contains(p) && p.Name == d.Name)
                ?? specProps.FirstOrDefault(p => !matched.Contains(p) && (p.Aliases.Contains(d.Name) || d.Aliases.Contains(p.Name)));
            var propPath = path + "." + d.Name;
            var docOwner = DefinitionSet.NameOf(d.Owner);
            if (s is null)
            {
                _findings.Add(new Finding("added", propPath, $"the doc has it (line {Line(docOwner, d.Name)}, {Describe(d.Schema, _docDefinitions, d.File)}), the spec does not ({DefinitionSet.Pointer(specKey)})."));
                continue;
            }

            matched.Add(s);
            var pointer = DefinitionSet.Pointer(s.Owner) + "/properties/" + s.Name;
            CompareTypes(d.Schema, d.File, s.Schema, s.File, propPath, docOwner + "." + d.Name, pointer);
            if (!_doc.RequirednessUnknown.Contains(docOwner) && d.Required != s.Required && d.Name != docUnion)
            {
                var specSays = s.Required ? "required" : s.InRequiredGroup ? "optional (one of an anyOf group)" : "optional";
                _findings.Add(new Finding("required", propPath, $"the doc says {(d.Required ? "required" : "optional")} (line {Line(docOwner, d.Name)}), the spec {specSays} ({pointer})."));
            }

            if (docUnion is not null && specUnion is not null && d.Case != s.Case)
            {
                string Where(string? c, string? on) => c is null ? "in the common part" : $"in the case {on} = {c}";
                _findings.Add(new Finding("moved", propPath, $"the doc puts it {Where(d.Case, docUnion)} (line {Line(docOwner, d.Name)}), the spec {Where(s.Case, specUnion)} ({pointer})."));
            }
        }

        foreach (var s in specProps.Where(p => !matched.Contains(p)))
        {
            _findings.Add(new Finding("removed", path + "." + s.Name, $"the spec has it ({DefinitionSet.Pointer(s.Owner)}/properties/{s.Name}), the doc does not (line {Line(docName)})."));
        }
    }

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

    /// <summary>What a schema is, after references: Name is a file-qualified definition key; File is where Items sits.</summary>
    private sealed record Shape(string Kind, string? Name = null, JsonObject? Items = null, string? Scalar = null, IReadOnlyList<string>? Values = null, string File = "");

    private static Shape Classify(JsonObject schema, DefinitionSet definitions, string file)
    {
        var target = DefinitionSet.Target(schema, file);
        if (target is not null)
        {
            if (definitions.Get(target) is not { } def)
            {
                return new Shape("any");
            }

            if (def["enum"] is JsonArray values)
            {
                var type = def["type"]?.ToString() == "string" ? "string" : "integer";
                return new Shape("enum", target, Scalar: type, Values: values.Select(v => v?.ToString() ?? "null").ToList());
            }

            var defType = def["type"]?.ToString();
            if (defType is null or "object" || def["properties"] is not null || def["oneOf"] is not null)
            {
                return new Shape("object", target);
            }

            return Classify(def, definitions, DefinitionSet.FileOf(target));
        }

        var typeName = schema["type"] switch
        {
            JsonValue v => v.ToString(),
            JsonArray a => a.Select(t => t?.ToString()).FirstOrDefault(t => t != "null"),
            _ => null,
        };
        switch (typeName)
        {
            case "integer":
                return new Shape("scalar", Scalar: schema["format"]?.ToString() == "int32" ? "integer (int32)" : "integer (int64)");
            case "array":
                return new Shape("array", Items: schema["items"] as JsonObject ?? new JsonObject(), File: file);
            case "object" when schema["properties"] is null:
                return new Shape("scalar", Scalar: "free-form object");
            case "string" or "number" or "boolean":
                if (schema["enum"] is JsonArray inline)
                {
                    return new Shape("enum", Scalar: typeName, Values: inline.Select(v => v?.ToString() ?? "null").ToList());
                }

                return new Shape("scalar", Scalar: typeName);
            case null:
                return new Shape("any");
            default:
                return new Shape("scalar", Scalar: typeName);
        }
    }

    private static string Describe(JsonObject schema, DefinitionSet definitions, string file)
    {
        var shape = Classify(schema, definitions, file);
        return shape.Kind switch
        {
            "object" => $"an object ({DefinitionSet.NameOf(shape.Name!)})",
            "array" => "an array of " + Describe(shape.Items!, definitions, shape.File),
            "enum" => $"{shape.Scalar} enum [{string.Join(", ", shape.Values!)}]",
            "scalar" => shape.Scalar!,
            _ => "any JSON",
        };
    }

    private int Line(string key) => _doc.Lines.TryGetValue(key, out var line) ? line : 0;

    private int Line(string owner, string name) => Line(owner + "." + name);

    /// <summary>Formats a count for the summary line.</summary>
    public static string Summary(int count) => count == 0 ? "no drift" : string.Create(CultureInfo.InvariantCulture, $"{count} finding{(count == 1 ? "" : "s")}");
}

/// <summary>
/// The definitions a spec can reach: its own, and those of the shared definitions files it references
/// (<c>common.bkapi.json#/definitions/ip</c>). Keys are <c>file#name</c> (<see cref="SpecReference.Key"/>), the file relative
/// to the spec's folder and empty for the spec itself; references are read by the spec format's rule, as the generator reads them.
/// </summary>
internal sealed class DefinitionSet(JsonObject definitions, string? directory)
{
    private readonly Dictionary<string, JsonObject?> _files = new(StringComparer.Ordinal);

    public static string FileOf(string key) => key[..key.IndexOf('#', StringComparison.Ordinal)];

    public static string NameOf(string key) => key[(key.IndexOf('#', StringComparison.Ordinal) + 1)..];

    public static string Pointer(string key) => SpecReference.Format(FileOf(key), NameOf(key));

    /// <summary>The key a <c>$ref</c> schema points to, read from within <paramref name="file"/>; null for no reference.</summary>
    public static string? Target(JsonNode? schema, string file)
    {
        if (schema is not JsonObject o || o["$ref"] is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
        {
            return null;
        }

        return SpecReference.Parse(v.GetValue<string>()) is { } reference ? SpecReference.Key(reference.TargetFile(file), reference.Definition) : null;
    }

    public JsonObject? Get(string key)
    {
        var file = FileOf(key);
        var owner = file.Length == 0 ? definitions : Load(file);
        return owner?[NameOf(key)] as JsonObject;
    }

    private JsonObject? Load(string file)
    {
        if (_files.TryGetValue(file, out var loaded))
        {
            return loaded;
        }

        JsonObject? result = null;
        var path = Path.Combine(directory ?? ".", file);
        if (directory is not null && File.Exists(path))
        {
            try
            {
                result = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowDuplicateProperties = false }) is JsonObject { } root ? root[SpecFile.Definitions] as JsonObject : null;
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{file}: not valid JSON: {ex.Message}");
            }
        }

        if (result is null)
        {
            throw new InvalidDataException($"the spec references '{file}', which cannot be read next to it ({path}) or has no definitions.");
        }

        _files[file] = result;
        return result;
    }
}
