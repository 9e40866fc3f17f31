using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BkApiGen.SpecFormat;

namespace BkApiGen.Cli.Import.Sets;

/// <summary>
/// What the output folder already holds. A spec the set import wrote carries <see cref="Marker"/> in <c>$comment</c>
/// and is the importer's to rewrite; any other spec is hand-written and is never overwritten: its operation is not
/// imported, its type names stay taken, and a hand-written <c>common.bkapi.json</c> is kept as it is, its definitions
/// reused where the imported ones have the same wire shape, and the set's new shared definitions appended to it.
/// </summary>
internal sealed class OutputFolder
{
    public const string Marker = "Written by bkapigen import";

    private OutputFolder(string path)
    {
        Path = path;
    }

    public string Path { get; }

    /// <summary>Operations of hand-written specs: kept, not imported.</summary>
    public HashSet<string> KeptOperations { get; } = new(StringComparer.Ordinal);

    /// <summary>C# type names the kept operation specs declare.</summary>
    public HashSet<string> KeptTypeNames { get; } = new(StringComparer.Ordinal);

    /// <summary>The hand-written shared definitions file, if any.</summary>
    public JsonObject? KeptCommon { get; private set; }

    /// <param name="path">The output folder.</param>
    /// <param name="warnings">Where specs the import cannot read are reported.</param>
    /// <param name="keepImported">
    /// <c>--add-only</c>: specs an earlier import wrote are kept too (a second doc set adds only the operations the folder
    /// lacks, e.g. bk-job's gateway-only resources beside those imported from its ESB docs).
    /// </param>
    public static OutputFolder Read(string path, List<SetWarning> warnings, bool keepImported = false)
    {
        var folder = new OutputFolder(path);
        if (!Directory.Exists(path))
        {
            return folder;
        }

        foreach (var file in Directory.EnumerateFiles(path, "*" + SpecFile.Suffix).Order(StringComparer.Ordinal))
        {
            JsonObject? spec;
            try
            {
                spec = JsonNode.Parse(File.ReadAllText(file), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }) as JsonObject;
            }
            catch (JsonException ex)
            {
                warnings.Add(new SetWarning(new SourceLocation(System.IO.Path.GetFileName(file), (int)(ex.LineNumber ?? -1) + 1), $"not a spec the import can read ({ex.Message}): left as it is, and its operation is not imported."));
                KeepOperationOf(folder, file, null);
                continue;
            }

            var isCommon = System.IO.Path.GetFileName(file) == SharedDefinitions.FileName;
            if (spec is null || (IsImporters(spec) && !keepImported))
            {
                continue;
            }

            if (isCommon && spec[SpecFile.Header]?[SpecFile.Role] is JsonValue role && role.TryGetValue(out string? text) && text == SpecFile.Definitions)
            {
                folder.KeptCommon = spec;
                continue;
            }

            KeepOperationOf(folder, file, spec);
        }

        return folder;
    }

    private static void KeepOperationOf(OutputFolder folder, string file, JsonObject? spec)
    {
        // A callback spec names its callback where an operation spec names its operation.
        var operation = (spec?[SpecFile.Header]?["operation"] ?? spec?[SpecFile.Header]?["callback"]) is JsonValue op && op.TryGetValue(out string? name) ? name : System.IO.Path.GetFileName(file)[..^SpecFile.Suffix.Length];
        folder.KeptOperations.Add(operation);
        if (spec?[SpecFile.Definitions] is JsonObject definitions)
        {
            foreach (var (definition, node) in definitions)
            {
                if (node is JsonObject schema)
                {
                    folder.KeptTypeNames.Add(TypeNames.Of(definition, schema));
                }
            }
        }
    }

    private static bool IsImporters(JsonObject spec)
        => spec["$comment"] is JsonValue comment && comment.TryGetValue(out string? text) && text.StartsWith(Marker, StringComparison.Ordinal);

    /// <summary>The spec with the importer's mark after <c>$schema</c>.</summary>
    public static JsonObject Marked(JsonObject spec, string source)
    {
        var marked = new JsonObject();
        var comment = $"{Marker} from {source}: a re-import rewrites this file. Delete this $comment to keep hand edits (the import then leaves the file alone).";
        if (spec["$schema"] is { } schema)
        {
            marked["$schema"] = schema.DeepClone();
        }

        marked["$comment"] = comment;
        foreach (var (key, value) in spec.Where(p => p.Key is not ("$schema" or "$comment")))
        {
            marked[key] = value?.DeepClone();
        }

        return marked;
    }

    /// <summary>
    /// Appends definitions to the hand-written common file's <c>definitions</c> object, leaving every byte before them as
    /// it was (hand formatting, comments, order).
    /// </summary>
    public static byte[] Append(byte[] original, JsonObject additions, Func<JsonNode, string> serialize)
    {
        var reader = new Utf8JsonReader(original, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var close = -1;
        var insideDefinitions = false;
        var empty = true;
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals(SpecFile.Definitions))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    break;
                }

                insideDefinitions = true;
                continue;
            }

            if (insideDefinitions && reader.CurrentDepth == 2 && reader.TokenType == JsonTokenType.PropertyName)
            {
                empty = false;
            }

            if (insideDefinitions && reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.EndObject)
            {
                close = (int)reader.TokenStartIndex;
                break;
            }
        }

        if (close < 0)
        {
            throw new InvalidDataException("the shared definitions file has no 'definitions' object to add to.");
        }

        var end = close;
        while (end > 0 && original[end - 1] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            end--;
        }

        var inserted = new StringBuilder();
        foreach (var (name, definition) in additions)
        {
            inserted.Append(empty && inserted.Length == 0 ? "\n    " : ",\n    ");
            inserted.Append(JsonValue.Create(name).ToJsonString()).Append(": ");
            inserted.Append(serialize(definition!).TrimEnd().Replace("\n", "\n    ", StringComparison.Ordinal));
        }

        var bytes = Encoding.UTF8.GetBytes(inserted.ToString());
        return original[..end].Concat(bytes).Concat(original[end..]).ToArray();
    }
}
