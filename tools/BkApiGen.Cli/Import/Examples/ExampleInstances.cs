using System.Text.Json.Nodes;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Examples;

/// <summary>The example objects each definition shows, with the example they are in (<see cref="ExampleRoots.Walk"/>).</summary>
internal sealed class ExampleInstances(IReadOnlyDictionary<string, IReadOnlyList<(JsonObject Instance, DocExample Example)>> byDefinition)
{
    public IReadOnlyList<(JsonObject Instance, DocExample Example)> Of(string defName)
        => byDefinition.TryGetValue(defName, out var instances) ? instances : [];

    /// <summary>These instances with those of new definitions (a union's cases: the union's examples of each value).</summary>
    public ExampleInstances With(IReadOnlyDictionary<string, IReadOnlyList<(JsonObject Instance, DocExample Example)>> added)
    {
        var all = new Dictionary<string, IReadOnlyList<(JsonObject Instance, DocExample Example)>>(byDefinition, StringComparer.Ordinal);
        foreach (var (name, instances) in added)
        {
            all[name] = instances;
        }

        return new ExampleInstances(all);
    }
}
