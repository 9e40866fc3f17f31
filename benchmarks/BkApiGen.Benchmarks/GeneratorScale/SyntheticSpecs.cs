using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BkApiGen.Benchmarks.GeneratorScale;

/// <summary>
/// Operation specs derived from the seed (<c>batch_get_job_instance_ip_log</c>): spec <c>i</c> renames the operation
/// (<c>batch_get_job_instance_ip_log_i</c>, its paths and title) and every local definition (<c>ip_logs</c> → <c>ip_logs_i</c>,
/// references and discriminator mappings included), so that N specs give N distinct operations and N sets of types, all
/// referencing the shared <c>common.bkapi.json</c>, as a large real project would.
/// </summary>
public static class SyntheticSpecs
{
    private const string LocalPrefix = "#/definitions/";

    private static readonly JsonSerializerOptions WriteOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The folder the seed and common specs were copied to (next to the program).</summary>
    public static string SpecFolder => Path.Combine(AppContext.BaseDirectory, "specs");

    /// <summary>The seed spec's text.</summary>
    public static string SeedText => File.ReadAllText(Path.Combine(SpecFolder, "batch_get_job_instance_ip_log.bkapi.json"));

    /// <summary>The shared definitions' text.</summary>
    public static string CommonText => File.ReadAllText(Path.Combine(SpecFolder, "common.bkapi.json"));

    /// <summary>The file name of synthetic spec <paramref name="index"/>.</summary>
    public static string FileName(int index) => $"batch_get_job_instance_ip_log_{index:D3}.bkapi.json";

    /// <summary>Synthetic spec <paramref name="index"/>; <paramref name="revision"/> changes the operation's description (an edit).</summary>
    public static string Create(string seedText, int index, int revision = 0)
    {
        var root = JsonNode.Parse(seedText)!.AsObject();
        var suffix = "_" + index.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
        var definitions = root["definitions"]!.AsObject();
        var names = definitions.Select(p => p.Key).ToList();
        var renamed = new JsonObject();
        foreach (var name in names)
        {
            var value = definitions[name]!;
            definitions.Remove(name);
            renamed[name + suffix] = value;
        }

        root["definitions"] = renamed;
        RenameReferences(root, names.ToHashSet(StringComparer.Ordinal), suffix);

        var operation = (string)root["x-bkapi"]!["operation"]!;
        var header = root["x-bkapi"]!.AsObject();
        header["operation"] = operation + suffix;
        header["gatewayPath"] = (string)header["gatewayPath"]! + suffix;
        header["esbPath"] = ((string)header["esbPath"]!).TrimEnd('/') + suffix + "/";
        root["title"] = operation + suffix;
        root["description"] = (string)root["description"]! + (revision == 0 ? "" : $" (revision {revision})");
        return root.ToJsonString(WriteOptions);
    }

    /// <summary>Writes common.bkapi.json and <paramref name="count"/> synthetic specs to <paramref name="folder"/>.</summary>
    public static void WriteTo(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "common.bkapi.json"), CommonText);
        var seed = SeedText;
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(folder, FileName(i)), Create(seed, i));
        }
    }

    private static void RenameReferences(JsonNode? node, HashSet<string> local, string suffix)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    if (child is JsonValue value && value.TryGetValue<string>(out var text) && text.StartsWith(LocalPrefix, StringComparison.Ordinal)
                        && local.Contains(text[LocalPrefix.Length..]))
                    {
                        obj[key] = text + suffix;
                    }
                    else
                    {
                        RenameReferences(child, local, suffix);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.TryGetValue<string>(out var text) && text.StartsWith(LocalPrefix, StringComparison.Ordinal)
                        && local.Contains(text[LocalPrefix.Length..]))
                    {
                        array[i] = text + suffix;
                    }
                    else
                    {
                        RenameReferences(array[i], local, suffix);
                    }
                }

                break;
        }
    }
}
