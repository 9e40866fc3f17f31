using System.Globalization;
using System.Text.Json.Nodes;
using BkApiGen.Cli.Import;
using BkApiGen.SpecFormat;

namespace BkApiGen.Cli.Check;

/// <summary>
/// Compares the spec imported from a doc with a spec on disk, structurally: definitions are matched by where they are
/// used (request, response, the property that references them), not by name, so a hand-named spec compares fine.
/// Only what a doc can say is compared: fields, their types (integer width included), requiredness (where the doc's
/// table has a required column), enum values and union cases. Names, descriptions, formats, constraints are not.
/// <para>
/// <see cref="Compare"/> checks the header (<c>DriftChecker.Header.cs</c>), then walks both specs from each side
/// (request and response, or a callback's payload) in step: <c>DriftChecker.Types.cs</c> compares two schemas by
/// what they are (<c>DriftChecker.Shapes.cs</c>), <c>DriftChecker.Objects.cs</c> matches two objects' members, which
/// <c>DriftChecker.Members.cs</c> collects with those of their union cases. Each difference is a <see cref="Finding"/>
/// whose text names the doc line and the spec's JSON pointer.
/// </para>
/// </summary>
internal sealed partial class DriftChecker
{
    private readonly ImportResult _doc;
    private readonly DefinitionSet _docDefinitions;
    private readonly DefinitionSet _specDefinitions;
    private readonly List<Finding> _findings = new();

    // Pairs of definitions compared already: a recursive definition is compared once, and the walk ends.
    private readonly HashSet<(string, string)> _visited = new();

    private DriftChecker(ImportResult doc, JsonObject specDefinitions, string? specDirectory)
    {
        _doc = doc;
        _docDefinitions = new DefinitionSet((JsonObject)doc.Spec[SpecFile.Definitions]!, null);
        _specDefinitions = new DefinitionSet(specDefinitions, specDirectory);
    }

    /// <summary>
    /// Compares; throws <see cref="InvalidDataException"/> when the spec is not a spec. References into shared
    /// definitions files (<c>common.bkapi.json#/definitions/ip</c>) are read from <paramref name="specDirectory"/>.
    /// </summary>
    public static IReadOnlyList<Finding> Compare(ImportResult doc, JsonObject spec, string? specDirectory = null)
    {
        if (spec[SpecFile.Definitions] is not JsonObject definitions)
        {
            throw new InvalidDataException("the spec has no 'definitions' object.");
        }

        if (spec[SpecFile.Header] is not JsonObject specApi)
        {
            throw new InvalidDataException("the spec has no 'x-bkapi' object.");
        }

        var checker = new DriftChecker(doc, definitions, specDirectory);
        var docApi = (JsonObject)doc.Spec[SpecFile.Header]!;
        if (!checker.CompareHeader(docApi, specApi, out var role))
        {
            return checker._findings;
        }

        foreach (var side in role == SpecFile.CallbackRole ? ["payload"] : new[] { "request", "response" })
        {
            var docRef = DefinitionSet.Target(docApi[side], "")!;
            var specRef = DefinitionSet.Target(specApi[side], "") ?? throw new InvalidDataException($"'x-bkapi.{side}' must be {{\"$ref\": \"#/definitions/...\"}}.");
            if (checker._specDefinitions.Get(specRef) is null)
            {
                throw new InvalidDataException($"'x-bkapi.{side}' references '{specRef}', which is not among the definitions.");
            }

            checker.CompareTypes(docRef, specRef, "$." + side);
        }

        return checker._findings;
    }

    // The doc line the import recorded for a definition or a member; 0 when it has none.
    private int Line(string key) => _doc.Lines.TryGetValue(key, out var line) ? line : 0;

    private int Line(string owner, string name) => Line(owner + "." + name);

    /// <summary>Formats a count for the summary line.</summary>
    public static string Summary(int count) => count == 0 ? "no drift" : string.Create(CultureInfo.InvariantCulture, $"{count} finding{(count == 1 ? "" : "s")}");
}
