using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BkApiGen.Specs.Tests;

/// <summary>
/// Compares a document as the docs wrote it with the same document after a trip through the generated types.
/// Members of the original that did not come back are the ones the spec does not model: they are reported separately
/// (the tests pin that list), never as differences. Numbers compare by value (<c>1</c>, <c>1.0</c>, int or long alike);
/// members written back as <c>null</c> or <c>[]</c> that the original lacks are what optional members look like on the
/// way out, and are accepted.
/// </summary>
public static class JsonTree
{
    /// <summary>The outcome of <see cref="Compare"/>.</summary>
    /// <param name="Differences">What the round trip changed, one line per difference, with its JSON path.</param>
    /// <param name="Unmodelled">Paths of the original's members that were not written back (not modelled by the spec).</param>
    public sealed record Comparison(IReadOnlyList<string> Differences, IReadOnlyList<string> Unmodelled);

    /// <summary>Compares <paramref name="original"/> with <paramref name="roundTripped"/>.</summary>
    /// <param name="original">The document as the docs wrote it.</param>
    /// <param name="roundTripped">The document read into the generated types and written back.</param>
    /// <param name="aliases">Wire names the spec reads as another member (<c>x-aliases</c>), e.g. <c>task_status</c> → <c>status</c>: the original's member is compared with the canonical one.</param>
    public static Comparison Compare(JsonNode? original, JsonNode? roundTripped, IReadOnlyDictionary<string, string>? aliases = null)
    {
        var differences = new List<string>();
        var unmodelled = new List<string>();
        Walk(original, roundTripped, "$", aliases ?? new Dictionary<string, string>(), differences, unmodelled);
        return new Comparison(differences, unmodelled);
    }

    private static void Walk(JsonNode? expected, JsonNode? actual, string path, IReadOnlyDictionary<string, string> aliases, List<string> differences, List<string> unmodelled)
    {
        switch (expected)
        {
            case null:
                if (actual is not null)
                {
                    differences.Add($"{path}: expected null, got {actual.ToJsonString()}");
                }

                return;
            case JsonObject expectedObject:
                if (actual is not JsonObject actualObject)
                {
                    differences.Add($"{path}: expected an object, got {Describe(actual)}");
                    return;
                }

                var matched = new HashSet<string>(StringComparer.Ordinal);
                foreach (var (name, value) in expectedObject)
                {
                    var canonical = aliases.TryGetValue(name, out var target) ? target : name;
                    if (actualObject.TryGetPropertyValue(canonical, out var back))
                    {
                        matched.Add(canonical);
                        Walk(value, back, path + "." + name, aliases, differences, unmodelled);
                    }
                    else if (value is not null)
                    {
                        unmodelled.Add(path + "." + name);
                    }
                }

                foreach (var (name, value) in actualObject)
                {
                    if (!matched.Contains(name) && !(value is null || value is JsonArray { Count: 0 }))
                    {
                        differences.Add($"{path}.{name}: written back ({value.ToJsonString()}) but not in the original");
                    }
                }

                return;
            case JsonArray expectedArray:
                if (actual is not JsonArray actualArray)
                {
                    differences.Add($"{path}: expected an array, got {Describe(actual)}");
                    return;
                }

                if (expectedArray.Count != actualArray.Count)
                {
                    differences.Add($"{path}: expected {expectedArray.Count} items, got {actualArray.Count}");
                    return;
                }

                for (var i = 0; i < expectedArray.Count; i++)
                {
                    Walk(expectedArray[i], actualArray[i], $"{path}[{i}]", aliases, differences, unmodelled);
                }

                return;
            case JsonValue expectedValue:
                if (actual is not JsonValue actualValue || !SameValue(expectedValue, actualValue))
                {
                    differences.Add($"{path}: expected {expectedValue.ToJsonString()}, got {Describe(actual)}");
                }

                return;
        }
    }

    private static bool SameValue(JsonValue expected, JsonValue actual)
    {
        var kind = expected.GetValueKind();
        if (kind != actual.GetValueKind())
        {
            return false;
        }

        return kind switch
        {
            JsonValueKind.Number => decimal.Parse(expected.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)
                == decimal.Parse(actual.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture),
            JsonValueKind.String => expected.GetValue<string>() == actual.GetValue<string>(),
            _ => true, // true/false carry their value in the kind
        };
    }

    private static string Describe(JsonNode? node) => node is null ? "null (or nothing)" : node.ToJsonString();
}
