using System.Text.Json.Nodes;

namespace BkApiGen.Cli.Import.Sets;

/// <summary>
/// The C# type name the generator gives a definition: its <c>x-csharp-name</c>, else its PascalCased name, by the
/// generator's own rule (<see cref="SpecFormat.WireNames"/>, the same source file), because two definitions of one
/// namespace clash on this name, not on their JSON names.
/// </summary>
internal static class TypeNames
{
    public static string Of(string definitionName, JsonObject definition)
        => definition["x-csharp-name"] is JsonValue custom && custom.TryGetValue(out string? name) ? name : Pascal(definitionName);

    public static string Pascal(string wireName) => SpecFormat.WireNames.Pascal(wireName);
}
