using System.Text.Json;
using System.Text.Json.Nodes;
using BkApiGen.SpecFormat;

namespace BkApiGen.Cli.Check;

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
