using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BkApiGen.SpecFormat;

namespace BkApiGen.Cli.Import.Sets;

/// <summary>
/// The wire shape of each definition of one spec, as a key: two definitions with equal keys read and write the same
/// JSON and generate the same C# type. Descriptions (<c>description</c>, <c>title</c>, <c>examples</c>,
/// <c>x-enumDescriptions</c>, <c>$comment</c>) are left out: they change doc comments only, and two docs rarely word a
/// shared type alike. Everything else counts: types, formats, properties (in any order), <c>required</c> (as a set),
/// enums and their C# names, validation keywords, and every referenced definition by name and by its own shape.
/// <para>
/// With <c>namesOfReferences: false</c> a referenced definition counts by its shape alone, and the definitions it
/// references directly are kept (<see cref="ReferencesOf"/>, <see cref="UnionOf"/>): a re-run compares a doc's
/// definitions with those an earlier run appended to the common file under their final names (<c>script_language</c>
/// there is <c>script_language_check_script</c>), and checks the references itself.
/// </para>
/// </summary>
internal sealed class ShapeKeys
{
    private static readonly HashSet<string> Descriptive = new(StringComparer.Ordinal) { "description", "title", "examples", "x-enumDescriptions", "$comment" };

    private readonly JsonObject _definitions;
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _unionOfCase = new(StringComparer.Ordinal);
    private readonly bool _namesOfReferences;
    private readonly Dictionary<string, List<string>> _references = new(StringComparer.Ordinal);
    private List<string>? _collecting;

    public ShapeKeys(JsonObject definitions, bool namesOfReferences = true)
    {
        _definitions = definitions;
        _namesOfReferences = namesOfReferences;
        foreach (var (name, node) in definitions)
        {
            foreach (var target in CaseReferences(node as JsonObject))
            {
                _unionOfCase.TryAdd(target, name);
            }
        }
    }

    /// <summary>The definition of this file a <c>#/definitions/x</c> reference names (<see cref="SpecReference"/>), or null for any other reference.</summary>
    private static string? LocalTarget(string reference) => SpecReference.Parse(reference) is { IsLocal: true } local ? local.Definition : null;

    /// <summary>
    /// The local definitions <paramref name="name"/> references directly, in the order its key writes them. Kept only
    /// with <c>namesOfReferences: false</c>, where a key does not tell them.
    /// </summary>
    public IReadOnlyList<string> ReferencesOf(string name)
    {
        if (_namesOfReferences)
        {
            throw new InvalidOperationException("references are kept only by keys without the names of references");
        }

        Of(name);
        return _references.TryGetValue(name, out var references) ? references : [];
    }

    /// <summary>The union whose case <paramref name="name"/> is, or null.</summary>
    public string? UnionOf(string name) => _unionOfCase.GetValueOrDefault(name);

    public string Of(string name)
    {
        if (_keys.TryGetValue(name, out var known))
        {
            return known;
        }

        if (_definitions[name] is not JsonObject definition)
        {
            return name + "|missing";
        }

        if (!_inProgress.Add(name))
        {
            // A recursive type: the reference back is told by name (or, without names, by ReferencesOf).
            return (_namesOfReferences ? name : "") + "|recursive";
        }

        // Its own C# name is left out: definitions are grouped by C# name before their keys are compared, and a name the
        // import gave (x-csharp-name HostFastExecuteSql) must not hide that the shape is the one it was given for.
        var text = new StringBuilder();
        var own = definition.Where(p => p.Key != "x-csharp-name").Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone()));
        var outer = _collecting;
        List<string>? references = _namesOfReferences ? null : [];
        _collecting = references;
        Write(new JsonObject(own), isSchema: true, text);
        _collecting = outer;
        if (references is not null)
        {
            _references[name] = references;
        }
        if (_unionOfCase.TryGetValue(name, out var union) && _definitions[union] is JsonObject unionDefinition)
        {
            // A union case is generated as a subtype of its union: it is the same type only beside the same union.
            text.Append("|case of ").Append(_namesOfReferences ? union : "").Append(':');
            Write(unionDefinition, isSchema: true, text, shallow: true);
        }

        _inProgress.Remove(name);
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
        _keys[name] = key;
        return key;
    }

    private void Write(JsonNode? node, bool isSchema, StringBuilder text, bool shallow = false)
    {
        switch (node)
        {
            case JsonObject map:
                text.Append('{');
                foreach (var (key, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (isSchema && Descriptive.Contains(key))
                    {
                        continue;
                    }

                    text.Append(key).Append(':');
                    if (isSchema && key == "$ref" && value is JsonValue r && r.TryGetValue(out string? reference))
                    {
                        WriteReference(reference, text, shallow);
                    }
                    else if (isSchema && key == "required" && value is JsonArray required)
                    {
                        text.Append(string.Join(",", required.Select(r => r?.ToJsonString()).Order(StringComparer.Ordinal)));
                    }
                    else if (isSchema && key == "discriminator" && value is JsonObject discriminator)
                    {
                        text.Append(discriminator["propertyName"]?.ToJsonString()).Append(';');
                        if (discriminator["mapping"] is JsonObject mapping)
                        {
                            foreach (var (wire, target) in mapping.OrderBy(p => p.Key, StringComparer.Ordinal))
                            {
                                text.Append(wire).Append('=');
                                WriteReference(target is JsonValue t && t.TryGetValue(out string? s) ? s : "", text, shallow);
                                text.Append(';');
                            }
                        }
                    }
                    else
                    {
                        WriteChild(key, value, isSchema, text, shallow);
                    }

                    text.Append(',');
                }

                text.Append('}');
                break;
            case JsonArray list:
                text.Append('[');
                foreach (var item in list)
                {
                    Write(item, isSchema, text, shallow);
                    text.Append(',');
                }

                text.Append(']');
                break;
            default:
                text.Append(node?.ToJsonString() ?? "null");
                break;
        }
    }

    /// <summary>
    /// A schema keyword's value is a schema (<c>items</c>, <c>oneOf</c>...), a map of names to schemas
    /// (<c>properties</c>, <c>definitions</c>: its keys are names, never skipped as descriptions), or data
    /// (<c>enum</c>, <c>default</c>...). Inside data, nothing is a keyword.
    /// </summary>
    private void WriteChild(string key, JsonNode? value, bool parentIsSchema, StringBuilder text, bool shallow)
    {
        if (!parentIsSchema)
        {
            Write(value, isSchema: false, text, shallow);
        }
        else if (key is "properties" or "definitions" && value is JsonObject map)
        {
            text.Append('{');
            foreach (var (name, schema) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append(name).Append(':');
                Write(schema, isSchema: true, text, shallow);
                text.Append(',');
            }

            text.Append('}');
        }
        else
        {
            Write(value, isSchema: key is "items" or "additionalProperties" or "oneOf" or "anyOf" or "allOf" or "not", text, shallow);
        }
    }

    private void WriteReference(string reference, StringBuilder text, bool shallow)
    {
        var target = LocalTarget(reference);
        if (target is null)
        {
            text.Append(reference);
        }
        else if (!_namesOfReferences)
        {
            if (!shallow)
            {
                _collecting?.Add(target);
            }

            text.Append(shallow ? "#" : "#=" + Of(target));
        }
        else
        {
            text.Append(shallow ? "#" + target : "#" + target + "=" + Of(target) + ":" + TypeName(target));
        }
    }

    private string TypeName(string target) => _definitions[target] is JsonObject definition ? TypeNames.Of(target, definition) : target;

    /// <summary>The cases a union definition names (its <c>oneOf</c> references and its discriminator's mapping).</summary>
    private static IEnumerable<string> CaseReferences(JsonObject? definition)
    {
        if (definition is null)
        {
            yield break;
        }

        if (definition["oneOf"] is JsonArray cases)
        {
            foreach (var item in cases.OfType<JsonObject>())
            {
                if (item["$ref"] is JsonValue r && r.TryGetValue(out string? reference) && LocalTarget(reference) is { } target)
                {
                    yield return target;
                }
            }
        }

        if (definition["discriminator"]?["mapping"] is JsonObject mapping)
        {
            foreach (var (_, value) in mapping)
            {
                if (value is JsonValue r && r.TryGetValue(out string? reference) && LocalTarget(reference) is { } target)
                {
                    yield return target;
                }
            }
        }
    }
}
