using System.Text.Json.Nodes;

namespace BkApiGen.Cli.Import.Sets;

/// <summary>Says in a few words how two same-named definitions differ, for the rename warning.</summary>
internal static class ShapeDifference
{
    private static readonly HashSet<string> Descriptive = new(StringComparer.Ordinal) { "description", "title", "examples", "x-enumDescriptions", "$comment" };

    public static string Describe(JsonObject here, JsonObject there)
    {
        var notes = new List<string>();
        if (Text(here["type"]) != Text(there["type"]))
        {
            notes.Add($"type {Text(here["type"]) ?? "(none)"} vs {Text(there["type"]) ?? "(none)"}");
        }

        if (Text(here["enum"]) != Text(there["enum"]))
        {
            notes.Add("other enum values");
        }

        var mine = here["properties"] as JsonObject ?? new JsonObject();
        var theirs = there["properties"] as JsonObject ?? new JsonObject();
        var onlyHere = mine.Select(p => p.Key).Where(k => !theirs.ContainsKey(k)).ToList();
        var onlyThere = theirs.Select(p => p.Key).Where(k => !mine.ContainsKey(k)).ToList();
        var retyped = mine.Select(p => p.Key).Where(k => theirs.ContainsKey(k) && Bare(mine[k]) != Bare(theirs[k])).ToList();
        if (onlyHere.Count > 0)
        {
            notes.Add("only here: " + List(onlyHere));
        }

        if (onlyThere.Count > 0)
        {
            notes.Add("only there: " + List(onlyThere));
        }

        if (retyped.Count > 0)
        {
            notes.Add("typed otherwise: " + List(retyped));
        }

        if (Set(here["required"]) != Set(there["required"]))
        {
            notes.Add("other required fields");
        }

        return notes.Count > 0 ? string.Join("; ", notes) : "in the types they reference or their validation";
    }

    private static string List(List<string> names) => string.Join(", ", names.Take(4)) + (names.Count > 4 ? $" (+{names.Count - 4})" : "");

    private static string? Text(JsonNode? node) => node?.ToJsonString();

    private static string Set(JsonNode? node) => node is JsonArray list ? string.Join(",", list.Select(i => i?.ToJsonString()).Order(StringComparer.Ordinal)) : "";

    /// <summary>A property's schema without its descriptions (references by name only).</summary>
    private static string Bare(JsonNode? node)
    {
        if (node is not JsonObject schema)
        {
            return node?.ToJsonString() ?? "null";
        }

        var copy = new JsonObject();
        foreach (var (key, value) in schema.OrderBy(p => p.Key, StringComparer.Ordinal).Where(p => !Descriptive.Contains(p.Key)))
        {
            copy[key] = value is JsonObject ? Bare(value) : value?.DeepClone();
        }

        return copy.ToJsonString();
    }
}
