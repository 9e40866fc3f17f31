using System.Text;
using System.Text.Json.Nodes;

namespace BkApiGen.Cli.Import.Sets;

/// <summary>
/// The C# type name the generator gives a definition: its <c>x-csharp-name</c>, else its PascalCased name. Mirrors
/// generator/BkApiGen.Generator/Parsing/CSharpNames.Pascal (trailing version: <c>jobv3</c> → <c>JobV3</c>), because
/// two definitions of one namespace clash on this name, not on their JSON names.
/// </summary>
internal static class TypeNames
{
    public static string Of(string definitionName, JsonObject definition)
        => definition["x-csharp-name"] is JsonValue custom && custom.TryGetValue(out string? name) ? name : Pascal(definitionName);

    public static string Pascal(string wireName)
    {
        var builder = new StringBuilder(wireName.Length);
        var upperNext = true;
        for (var i = 0; i < wireName.Length; i++)
        {
            var c = wireName[i];
            if (!char.IsLetterOrDigit(c))
            {
                upperNext = true;
                continue;
            }

            var startsVersion = c == 'v' && i > 0 && char.IsLetter(wireName[i - 1]) && i + 1 < wireName.Length && wireName.Skip(i + 1).All(char.IsDigit);
            builder.Append(upperNext || startsVersion ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        return builder.ToString();
    }
}
