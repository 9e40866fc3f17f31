namespace BkApiGen.Cli.Import;

/// <summary>
/// The definitions of one operation while it is imported: the object types the tables describe, the enums their
/// descriptions list, and the doc line of each type and member. The fields phase fills it; the later phases refine it
/// (aliases, inferred types, maps, union cases), each through the members it is handed, and the spec writer reads it.
/// </summary>
internal sealed class DefinitionGraph(string requestName, string responseName)
{
    /// <summary>Object definitions by name, in the order they were found (the spec's order starts from here).</summary>
    public Dictionary<string, DefModel> Defs { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, EnumModel> Enums { get; } = new(StringComparer.Ordinal);

    /// <summary>Doc lines: <c>definition</c> or <c>definition.property</c> → line (see <see cref="ImportResult.Lines"/>).</summary>
    public Dictionary<string, int> Lines { get; } = new(StringComparer.Ordinal);

    public string RequestName { get; } = requestName;

    public string ResponseName { get; } = responseName;

    public DefModel Request => Defs[RequestName];

    public DefModel Response => Defs[ResponseName];

    /// <summary>The definitions reachable from <paramref name="from"/> (and <paramref name="also"/>) through members and union cases.</summary>
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

            foreach (var prop in def.Props)
            {
                for (var t = prop.Type; t is not null; t = t.Items)
                {
                    if (t.Ref is not null)
                    {
                        pending.Push(t.Ref);
                    }
                }
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
