using System.Text.RegularExpressions;

namespace BkApiGen.Cli.Markdown;

/// <summary>What part of a field a table heading describes.</summary>
internal enum HeadingPart
{
    /// <summary>The object (or the elements of the array) at the path: <c>data.info</c>, <c>page 字段说明</c>, <c>data[x]</c>.</summary>
    Object,

    /// <summary>The keys of the map at the path (SOPS: <c>constants KEY</c>).</summary>
    MapKey,

    /// <summary>The values of the map at the path (SOPS: <c>data.pipeline_tree.constants VALUE</c>).</summary>
    MapValue,
}

/// <summary>
/// How BlueKing docs name the field a table describes: a type name (<c>ip</c>), a field path (<c>data.data</c>,
/// <c>spec.identity</c>, <c>data.info[n]</c>, <c>outputs[]</c>), a field followed by words that say "fields of"
/// (<c>page 字段说明</c>, <c>data说明</c>, <c>field_list 元素说明</c>, <c>step_ip_status Description</c>,
/// <c>type（字段类型）</c>), several of those (<c>from、to</c>), or the keys / values of a map (<c>constants VALUE</c>).
/// </summary>
/// <param name="Paths">The field paths, each a list of segments (<c>data.info</c> → [data, info]); never empty.</param>
internal sealed partial record TableHeading(IReadOnlyList<IReadOnlyList<string>> Paths, HeadingPart Part)
{
    /// <summary>Words after a field name that only say the table lists its fields (longest first).</summary>
    private static readonly string[] DescriptiveSuffixes =
    [
        "可以出现的字段", "字段说明", "参数说明", "详细说明", "元素说明", "属性说明", "结构说明", "字段描述", "参数描述",
        "的字段", "字段", "说明", "元素", "描述", "定义", "结构", "详情",
        "description", "descriptions", "fields", "field", "definition", "elements", "element", "details", "params", "parameters",
    ];

    /// <summary>The names tables are looked up by: the last segment of each path, lower case.</summary>
    public IEnumerable<string> Keys => Paths.Select(p => p[^1].ToLowerInvariant()).Distinct(StringComparer.Ordinal);

    /// <summary>The heading names the response data itself (<c>data</c>, <c>data 字段说明</c>, <c>data[x]</c>).</summary>
    public bool IsData => Part == HeadingPart.Object && Paths.Count == 1 && Paths[0] is [var only] && only.Equals("data", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a heading as field paths, or null when it names no field (<c>组合过滤规则</c>, <c>Mapping of ID 描述</c>).</summary>
    public static TableHeading? Parse(string heading)
    {
        var text = Parenthetical().Replace(heading, "").Trim().TrimEnd(':', '：', '.', '。').Trim();
        var alternatives = text.Split([',', '，', '、', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (alternatives.Length == 0)
        {
            return null;
        }

        var paths = new List<IReadOnlyList<string>>();
        HeadingPart? part = null;
        foreach (var alternative in alternatives)
        {
            var (path, thisPart) = ParsePath(alternative);
            if (path is null || part is not null && part != thisPart)
            {
                return null;
            }

            part = thisPart;
            paths.Add(path);
        }

        return new TableHeading(paths, part!.Value);
    }

    private static (IReadOnlyList<string>? Path, HeadingPart Part) ParsePath(string text)
    {
        var part = HeadingPart.Object;
        var match = MapMarker().Match(text);
        if (match.Success)
        {
            part = match.Groups["which"].Value == "KEY" ? HeadingPart.MapKey : HeadingPart.MapValue;
            text = text[..match.Index];
        }

        for (var stripped = true; stripped;)
        {
            stripped = false;
            text = text.Trim();
            foreach (var suffix in DescriptiveSuffixes)
            {
                if (text.Length > suffix.Length && text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                    && (!char.IsAsciiLetter(suffix[0]) || char.IsWhiteSpace(text[^(suffix.Length + 1)])))
                {
                    text = text[..^suffix.Length];
                    stripped = true;
                    break;
                }
            }
        }

        // Index markers say "an element of": data[x], data.info[n], outputs[], data[item].
        text = IndexMarker().Replace(text.Trim(), "");
        var segments = text.Split('.');
        return segments.All(IsIdentifier) ? (segments, part) : (null, part);
    }

    private static bool IsIdentifier(string segment)
        => segment.Length > 0 && segment.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !char.IsAsciiDigit(segment[0]);

    [GeneratedRegex(@"\s*[（(][^（()）]*[)）]", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"(?:\s+|\.)(?<which>KEY|VALUE)$", RegexOptions.CultureInvariant)]
    private static partial Regex MapMarker();

    [GeneratedRegex(@"\[\w*\]", RegexOptions.CultureInvariant)]
    private static partial Regex IndexMarker();
}
