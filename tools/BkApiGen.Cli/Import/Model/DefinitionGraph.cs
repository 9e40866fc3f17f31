using BkApiGen.Cli.Import.Tables;

namespace BkApiGen.Cli.Import;

/// <summary>
/// The definitions of one operation at one point of the import: the object types the tables describe, the enums
/// their descriptions list, the doc line of each type and member, and the shared-doc tables it uses. A value: a
/// phase that refines it (aliases, inferred types, maps, union cases) edits its own <see cref="Edit">draft</see> and
/// returns a new graph, so the graph it was given stays what the phase before made.
/// </summary>
internal sealed class DefinitionGraph
{
    private readonly Dictionary<string, DefModel> _defs;
    private readonly Dictionary<string, EnumModel> _enums;
    private readonly Dictionary<string, int> _lines;
    private readonly Dictionary<string, TableSource> _sharedTables;

    public DefinitionGraph(string requestName, string responseName)
        : this(requestName, responseName, new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal))
    {
    }

    private DefinitionGraph(string requestName, string responseName, Dictionary<string, DefModel> defs, Dictionary<string, EnumModel> enums, Dictionary<string, int> lines, Dictionary<string, TableSource> sharedTables)
    {
        RequestName = requestName;
        ResponseName = responseName;
        _defs = defs;
        _enums = enums;
        _lines = lines;
        _sharedTables = sharedTables;
    }

    /// <summary>Object definitions by name, in the order they were found (the spec's order starts from here).</summary>
    public IReadOnlyDictionary<string, DefModel> Defs => _defs;

    public IReadOnlyDictionary<string, EnumModel> Enums => _enums;

    /// <summary>Doc lines: <c>definition</c> or <c>definition.property</c> → line (see <see cref="ImportResult.Lines"/>).</summary>
    public IReadOnlyDictionary<string, int> Lines => _lines;

    /// <summary>The definitions made from a shared doc's table (<c>--common</c>), with that table.</summary>
    public IReadOnlyDictionary<string, TableSource> SharedTables => _sharedTables;

    public string RequestName { get; }

    public string ResponseName { get; }

    public DefModel Request => Defs[RequestName];

    public DefModel Response => Defs[ResponseName];

    /// <summary>A working copy for one phase to change: the graph itself stays as it is.</summary>
    public GraphDraft Edit() => new(RequestName, ResponseName, new(_defs, StringComparer.Ordinal), new(_enums, StringComparer.Ordinal), new(_lines, StringComparer.Ordinal), new(_sharedTables, StringComparer.Ordinal));

    /// <summary>The graph a phase's draft ends as (see <see cref="GraphDraft.ToGraph"/>).</summary>
    internal static DefinitionGraph Of(GraphDraft draft)
        => new(draft.RequestName, draft.ResponseName, new(draft.Defs, StringComparer.Ordinal), new(draft.Enums, StringComparer.Ordinal), new(draft.Lines, StringComparer.Ordinal), new(draft.SharedTables, StringComparer.Ordinal));

    /// <summary>The definitions reachable from <paramref name="from"/> (and <paramref name="also"/>) through members, aliases and union cases.</summary>
    public HashSet<string> Reach(string from, string? also)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(from);
        if (also is not null)
        {
            pending.Push(also);
        }

        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!reached.Add(name) || !Defs.TryGetValue(name, out var def))
            {
                continue;
            }

            foreach (var reference in def.References())
            {
                pending.Push(reference);
            }

            foreach (var (_, caseName) in def.Cases)
            {
                pending.Push(caseName);
            }
        }

        return reached;
    }

    /// <summary>What the request and the response use: definitions outside it are left out of the spec.</summary>
    public HashSet<string> ReachableFromRoots() => Reach(RequestName, ResponseName);

    /// <summary>The definitions the request uses: only they travel to the server, so request-side rules apply to them.</summary>
    public HashSet<string> RequestSide() => Reach(RequestName, null);
}
