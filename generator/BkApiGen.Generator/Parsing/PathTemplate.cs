using System.Collections.Generic;
using System.Globalization;
using BkApiGen.Generator.Diagnostics;
using Newtonsoft.Json.Linq;

namespace BkApiGen.Generator.Parsing;

/// <summary>
/// Path parameters of a gateway path: <c>/api/v3/hosts/app/{bk_biz_id}/list_hosts</c> names the request member
/// <c>bk_biz_id</c> (by its wire name), whose value the runtime puts in that place, percent-escaped.
/// </summary>
internal static class PathTemplate
{
    /// <summary>The placeholder names of <paramref name="path"/>, in order; empty when it has none or is malformed.</summary>
    public static IReadOnlyList<string> Names(string path)
    {
        var names = new List<string>();
        var i = 0;
        while ((i = path.IndexOf('{', i)) >= 0)
        {
            var end = path.IndexOf('}', i);
            if (end < 0)
            {
                break;
            }

            names.Add(path.Substring(i + 1, end - i - 1));
            i = end + 1;
        }

        return names;
    }

    /// <summary>Reports braces that do not make <c>{name}</c> placeholders, and a name used twice.</summary>
    public static void Check(string path, JToken? at, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var open = -1;
        for (var i = 0; i < path.Length; i++)
        {
            switch (path[i])
            {
                case '{' when open >= 0:
                case '}' when open < 0:
                    diagnostics.Add(DiagnosticDescriptors.UnbalancedPathBrace, at, path, path[i].ToString(), i.ToString(CultureInfo.InvariantCulture));
                    return;
                case '{':
                    open = i;
                    break;
                case '}':
                    var name = path.Substring(open + 1, i - open - 1);
                    open = -1;
                    if (name.Length == 0 || !IsWireName(name))
                    {
                        diagnostics.Add(DiagnosticDescriptors.InvalidPathParameterName, at, path, name);
                    }
                    else if (!seen.Add(name))
                    {
                        diagnostics.Add(DiagnosticDescriptors.RepeatedPathParameter, at, path, name);
                    }

                    break;
            }
        }

        if (open >= 0)
        {
            diagnostics.Add(DiagnosticDescriptors.UnbalancedPathBrace, at, path, "{", open.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static bool IsWireName(string name)
    {
        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
