using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace BkApiGen.Generator.Parsing;

/// <summary>Turns wire names (<c>bk_host_id</c>, <c>jobv3</c>) into idiomatic C# names (<c>HostId</c>, <c>JobV3</c>).</summary>
internal static class CSharpNames
{
    /// <summary><c>batch_get_job_instance_ip_log</c> → <c>BatchGetJobInstanceIpLog</c>; a trailing version (<c>jobv3</c>) → <c>JobV3</c>.</summary>
    public static string Pascal(string wireName) => SpecFormat.WireNames.Pascal(wireName);

    /// <summary>
    /// Property names for the members of one object. BlueKing prefixes most ids with <c>bk_</c>; C# readers do not need it
    /// (<c>bk_host_id</c> → <c>HostId</c>), unless dropping it would make two members collide.
    /// </summary>
    public static IReadOnlyList<string> PropertyNames(IReadOnlyList<string> jsonNames)
    {
        var stripped = jsonNames.Select(n => Pascal(n.StartsWith("bk_", System.StringComparison.Ordinal) && n.Length > 3 ? n.Substring(3) : n)).ToList();
        var full = jsonNames.Select(Pascal).ToList();
        var result = new List<string>(jsonNames.Count);
        for (var i = 0; i < jsonNames.Count; i++)
        {
            var collides = stripped.Where((s, j) => j != i && (s == stripped[i] || full[j] == stripped[i])).Any();
            result.Add(collides ? full[i] : stripped[i]);
        }

        return result;
    }

    /// <summary>
    /// Makes the names of one scope (the members of a type, the values of an enum, the types of a spec) distinct and
    /// usable, deterministically: a name that is not an identifier (<c>1st</c>, empty) gets a leading <c>_</c> (or
    /// <paramref name="fallback"/>); a name <paramref name="isTaken"/> refuses (a generated member, the type's own name) gets
    /// <paramref name="suffix"/>; a name an earlier one already has gets the first free number from 2. Names that were fine
    /// as they were are kept first, so that a renamed one never takes them.
    /// </summary>
    /// <returns>Each name, and why it was changed (null when kept).</returns>
    public static IReadOnlyList<(string Name, string? Reason)> Unique(IReadOnlyList<string> names, System.Func<string, bool> isTaken, string suffix, string fallback)
    {
        var result = new (string Name, string? Reason)[names.Count];
        var used = new HashSet<string>(System.StringComparer.Ordinal);
        var pending = new List<int>();
        for (var i = 0; i < names.Count; i++)
        {
            if (IsValidIdentifier(names[i]) && !isTaken(names[i]) && used.Add(names[i]))
            {
                result[i] = (names[i], null);
            }
            else
            {
                pending.Add(i);
            }
        }

        foreach (var i in pending)
        {
            var name = names[i];
            string reason;
            string candidate;
            if (!IsValidIdentifier(name))
            {
                candidate = name.Length == 0 ? fallback : "_" + name;
                candidate = IsValidIdentifier(candidate) ? candidate : fallback;
                reason = "is not a valid C# identifier";
            }
            else if (isTaken(name))
            {
                candidate = name + suffix;
                reason = "is a name the generated code already uses (a member every generated type has, the type's own name, or a member a union case inherits)";
            }
            else
            {
                candidate = name;
                reason = "is also the name of an earlier one";
            }

            var unique = candidate;
            for (var n = 2; isTaken(unique) || used.Contains(unique); n++)
            {
                unique = candidate + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            used.Add(unique);
            result[i] = (unique, reason);
        }

        return result;
    }

    /// <summary>
    /// Member names every generated record already has (from <see cref="object"/>, from being a record, or generated:
    /// <c>Validate</c>, <c>IsValid</c>): a property of that name would not compile.
    /// </summary>
    public static bool IsReservedMember(string name) => name is "Validate" or "IsValid" or "EqualityContract" or "PrintMembers" or "Deconstruct"
        or "Equals" or "GetHashCode" or "ToString" or "GetType" or "MemberwiseClone" or "Finalize" or "ReferenceEquals";

    /// <summary>
    /// Names a union's members may not have besides <see cref="IsReservedMember"/>: its unknown case adds <c>Raw</c>.
    /// </summary>
    public static bool IsReservedUnionMember(string name) => name == "Raw" || IsReservedMember(name);

    /// <summary>Names a string enum's values may not have: it is a record struct with the member <c>Value</c>.</summary>
    public static bool IsReservedStringEnumMember(string name) => name == "Value" || IsReservedMember(name);

    /// <summary>True for a name usable as a C# type or member name.</summary>
    public static bool IsValidIdentifier(string name)
        => SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    /// <summary>A dotted namespace whose every part is a valid identifier.</summary>
    public static bool IsValidNamespace(string name)
        => name.Length > 0 && name.Split('.').All(p => SyntaxFacts.IsValidIdentifier(p) && SyntaxFacts.GetKeywordKind(p) == SyntaxKind.None);
}
