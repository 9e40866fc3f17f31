using BkApiGen.Cli.Import.Tables;

namespace BkApiGen.Cli.Import;

/// <summary>
/// One phase's working copy of a <see cref="DefinitionGraph"/> (<see cref="DefinitionGraph.Edit"/>): the phase that
/// made it changes it freely and hands on <see cref="ToGraph"/>; nobody else sees it. The definitions are immutable
/// records, so a change replaces one (<see cref="Set"/>) and the copy shares the rest with the graph it came from.
/// </summary>
internal sealed class GraphDraft(
    string requestName,
    string responseName,
    Dictionary<string, DefModel> defs,
    Dictionary<string, EnumModel> enums,
    Dictionary<string, int> lines,
    Dictionary<string, TableSource> sharedTables)
{
    public GraphDraft(string requestName, string responseName)
        : this(requestName, responseName, new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal))
    {
    }

    public string RequestName { get; } = requestName;

    public string ResponseName { get; } = responseName;

    /// <summary>Definitions in the order they were found; <see cref="Set"/> keeps a replaced one in its place.</summary>
    public IReadOnlyDictionary<string, DefModel> Defs => defs;

    public Dictionary<string, EnumModel> Enums { get; } = enums;

    public Dictionary<string, int> Lines { get; } = lines;

    /// <summary>Definitions made from a shared doc's table, with that table.</summary>
    public Dictionary<string, TableSource> SharedTables { get; } = sharedTables;

    public DefModel Request => defs[RequestName];

    public DefModel Response => defs[ResponseName];

    /// <summary>Adds a definition, or replaces the one of its name where it stands.</summary>
    public void Set(DefModel def) => defs[def.Name] = def;

    /// <summary>A new definition and its doc line.</summary>
    public void Add(DefModel def)
    {
        defs[def.Name] = def;
        Lines[def.Name] = def.Line;
    }

    /// <summary>Replaces every definition with what <paramref name="refine"/> makes of it, in order.</summary>
    public void Refine(Func<DefModel, DefModel> refine)
    {
        foreach (var def in defs.Values.ToList())
        {
            defs[def.Name] = refine(def);
        }
    }

    public DefinitionGraph ToGraph() => DefinitionGraph.Of(this);
}
