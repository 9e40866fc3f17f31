using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace BkApiGen.Generator.Parsing;

/// <summary>Turns wire names (<c>bk_host_id</c>, <c>jobv3</c>) into idiomatic C# names (<c>HostId</c>, <c>JobV3</c>).</summary>
internal static class CSharpNames
{
    /// <summary><c>batch_get_job_instance_ip_log</c> → <c>BatchGetJobInstanceIpLog</c>; a trailing version (<c>jobv3</c>) → <c>JobV3</c>.</summary>
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

            // "jobv3" → "JobV3": a 'v' that starts a trailing version number is a word boundary.
            var startsVersion = c == 'v' && i > 0 && char.IsLetter(wireName[i - 1]) && i + 1 < wireName.Length && wireName.Skip(i + 1).All(char.IsDigit);
            builder.Append(upperNext || startsVersion ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        return builder.ToString();
    }

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
    /// Member names every generated record already has (from <see cref="object"/>, from being a record, or generated:
    /// <c>Validate</c>, <c>IsValid</c>): a property of that name would not compile.
    /// </summary>
    public static bool IsReservedMember(string name) => name is "Validate" or "IsValid" or "EqualityContract" or "PrintMembers" or "Deconstruct"
        or "Equals" or "GetHashCode" or "ToString" or "GetType" or "MemberwiseClone" or "Finalize" or "ReferenceEquals";

    /// <summary>True for a name usable as a C# type or member name.</summary>
    public static bool IsValidIdentifier(string name)
        => SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    /// <summary>A dotted namespace whose every part is a valid identifier.</summary>
    public static bool IsValidNamespace(string name)
        => name.Length > 0 && name.Split('.').All(p => SyntaxFacts.IsValidIdentifier(p) && SyntaxFacts.GetKeywordKind(p) == SyntaxKind.None);
}
