using System.Text.Json.Nodes;
using BkApiGen.SpecFormat;

namespace BkApiGen.Cli.Import.Sets;

/// <summary>One operation's spec, by operation name.</summary>
internal sealed record OperationSpec(string Operation, JsonObject Spec);

/// <summary>A definition that had to be renamed because another spec of the set has a different one of its name.</summary>
internal sealed record DefinitionRename(string Operation, string Message);

/// <summary>
/// The set's specs after sharing, the renames, and the shared definitions: a new <c>common.bkapi.json</c> (null when
/// nothing is shared), or, beside a hand-written one, the definitions to append to it.
/// </summary>
internal sealed record SharedSet(IReadOnlyList<OperationSpec> Specs, JsonObject? Common, JsonObject? AppendToKeptCommon, IReadOnlyList<DefinitionRename> Renames);

/// <summary>What the output folder already declares by hand (see <see cref="OutputFolder"/>): reused or avoided, never redeclared.</summary>
internal sealed record Baseline(JsonObject? CommonDefinitions, IReadOnlySet<string> TakenTypeNames)
{
    public static Baseline None { get; } = new(null, new HashSet<string>(StringComparer.Ordinal));
}

/// <summary>
/// The set-level phase after every doc is imported on its own: all specs of a system generate into one namespace, so
/// every C# type name must be declared once.
/// <list type="bullet">
/// <item>Definitions of the same C# name and the same wire shape (<see cref="ShapeKeys"/>) in two or more specs move
/// to <c>common.bkapi.json</c> once, with the descriptions of the first spec (operations in ordinal order); the specs
/// reference <c>common.bkapi.json#/definitions/x</c>.</item>
/// <item>Same-named definitions that differ are never merged: the shape most specs use (ties: the first operation)
/// keeps the name, every other shape is named <c>{name}_{first operation using it}</c>.</item>
/// <item>Beside hand-written specs (<see cref="Baseline"/>), their type names are taken, and a hand-written common
/// definition of the same shape is referenced instead of declared again.</item>
/// </list>
/// The result depends only on the specs' content, so an unchanged doc set gives byte-identical files.
/// <para>
/// <see cref="Share(string, IReadOnlyList{OperationSpec}, string, Baseline)"/> runs the steps in order, one partial
/// each: <c>SharedDefinitions.Variants.cs</c> collects every definition and groups them into variants (one C# name,
/// one wire shape); <c>SharedDefinitions.Baseline.cs</c> matches variants with the hand-written common file;
/// <c>SharedDefinitions.Unions.cs</c> keeps a union and its cases in one file; <c>SharedDefinitions.Naming.cs</c>
/// gives every variant its distinct final name; <c>SharedDefinitions.Output.cs</c> writes the specs and the common
/// definitions, and <c>SharedDefinitions.References.cs</c> points their references at the final names.
/// </para>
/// </summary>
internal static partial class SharedDefinitions
{
    public const string FileName = "common" + SpecFile.Suffix;

    public static SharedSet Share(string system, IReadOnlyList<OperationSpec> input, string commonDescription)
        => Share(system, input, commonDescription, Baseline.None);

    public static SharedSet Share(string system, IReadOnlyList<OperationSpec> input, string commonDescription, Baseline baseline)
    {
        var specs = input.OrderBy(s => s.Operation, StringComparer.Ordinal).ToList();
        var (variants, shapes) = CollectVariants(specs);
        var byOccurrence = variants.SelectMany(v => v.Occurrences.Select(o => (o.Spec, o.Name, Variant: v)))
            .ToDictionary(x => (x.Spec, x.Name), x => x.Variant);
        MatchExisting(variants, specs, baseline, byOccurrence);
        KeepUnionsWithTheirCases(variants, shapes, byOccurrence);
        var renames = Name(system, variants, specs, baseline);

        var output = WriteSpecs(specs, byOccurrence);
        var shared = variants.Where(v => v.IsDeclaredInCommon).OrderBy(v => v.FinalName, StringComparer.Ordinal).ToList();
        var sharedDefinitions = WriteSharedDefinitions(shared, byOccurrence);
        if (baseline.CommonDefinitions is not null)
        {
            return new SharedSet(output, null, shared.Count > 0 ? sharedDefinitions : null, renames);
        }

        var common = shared.Count > 0 ? CommonFile(system, commonDescription, sharedDefinitions) : null;
        return new SharedSet(output, common, null, renames);
    }
}
