using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BkApiGen.Cli.Import.Sets;

/// <summary>Reading YamlDotNet's node tree with line numbers: the registries are read as data, never bound to types.</summary>
internal static class YamlNodes
{
    /// <summary>Every document of a YAML file (ESB registries start with <c>---</c>; some have a byte order mark).</summary>
    public static IReadOnlyList<YamlNode> Load(string path, string displayName)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RegistryException(new SourceLocation(displayName, 0), $"cannot read the registry: {ex.Message}");
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text.TrimStart('\uFEFF')));
        }
        catch (YamlException ex)
        {
            throw new RegistryException(new SourceLocation(displayName, (int)ex.Start.Line), $"not valid YAML: {ex.Message}");
        }

        return stream.Documents.Select(d => d.RootNode).ToList();
    }

    public static int Line(YamlNode node) => (int)node.Start.Line;

    public static YamlNode? Child(YamlNode node, string key)
        => node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>A scalar's text, trimmed; null when absent, empty or not a scalar.</summary>
    public static string? Text(YamlNode node, string key)
        => Child(node, key) is YamlScalarNode { Value: { } value } && value.Trim().Length > 0 ? value.Trim() : null;
}
