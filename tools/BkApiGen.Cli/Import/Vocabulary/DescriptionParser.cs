using System.Globalization;
using System.Text.RegularExpressions;

namespace BkApiGen.Cli.Import;

/// <summary>One value of an enum read from a description: <c>1-脚本执行任务日志</c> → (1, 脚本执行任务日志).</summary>
internal sealed record EnumItem(string Value, string Label);

/// <summary>
/// Reads what BlueKing docs put in the description column of one table cell: type references (<c>定义见ip</c>,
/// <c>see ip for definition</c>), enum values (<c>1-脚本执行任务日志;2-文件分发任务日志</c>, <c>0:上传;1:下载</c>,
/// <c>可选值: biz - 业务，biz_set - 业务集</c>), conditions (<c>mode=1时有值</c>) and deprecation.
/// </summary>
internal static partial class DescriptionParser
{
    [GeneratedRegex(@"(?:定义见|详见|参见|参考)\s*[:：]?\s*`?([A-Za-z_][A-Za-z0-9_.]*[A-Za-z0-9_])`?|见(?:下面|下方|下文)?\s*`?([A-Za-z_][A-Za-z0-9_.]*[A-Za-z0-9_])`?\s*(?:的)?定义|\bsee\s+`?([A-Za-z_][A-Za-z0-9_]*)`?\s+(?:for\s+(?:the\s+)?)?definition|\bdefinition\s+(?:see|of)\s+`?([A-Za-z_][A-Za-z0-9_]*)`?|\bsee\s+(?:the\s+)?definition\s+of\s+`?([A-Za-z_][A-Za-z0-9_]*)`?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceRegex();

    // An integer item: a value at the start or after a separator, then '-', ':', '.', '、' or spaces, then its label.
    [GeneratedRegex(@"(?:^|(?<=[\s;；,，。、:：(（]))(-?\d+)\s*([-:：、]|\.(?!\d)|\s)\s*(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex IntItemRegex();

    [GeneratedRegex(@"(?:可选值|取值|枚举值|optional\s+values?|possible\s+values?|allowed\s+values?|values?)\s*(?:为|是|are|is)?\s*[:：]\s*(.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StringEnumLeadRegex();

    [GeneratedRegex(@"^\s*([A-Za-z][A-Za-z0-9_]*)\s*[-:：]\s*(.+?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex StringItemRegex();

    /// <summary>The type a description points to (<c>定义见ip</c> → <c>ip</c>), with the matched text.</summary>
    /// <remarks>
    /// A name followed by 组件文档 / 文档 / 组件 (<c>回调协议参考callback_protocol组件文档</c>) points to another doc, not to
    /// a type of this one: it is no reference (the field is typed by its own table, type cell or examples).
    /// </remarks>
    public static (string Name, string Text)? Reference(string description)
    {
        var match = ReferenceRegex().Match(description);
        while (match.Success && IsOtherDoc(description.AsSpan(match.Index + match.Length)))
        {
            match = match.NextMatch();
        }

        if (!match.Success)
        {
            return null;
        }

        // "详见data.proc_infos定义": a field path names the table of its last field.
        var group = match.Groups.Cast<Group>().Skip(1).First(g => g.Success);
        var name = group.Value.TrimEnd('.').Split('.')[^1];
        return (name, match.Value.Trim());
    }

    private static bool IsOtherDoc(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();
        return after.StartsWith("组件文档", StringComparison.Ordinal) || after.StartsWith("文档", StringComparison.Ordinal)
            || after.StartsWith("组件", StringComparison.Ordinal) || after.StartsWith("API文档", StringComparison.Ordinal) || after.StartsWith("接口文档", StringComparison.Ordinal);
    }

    /// <summary>Integer enum values listed in a description, or null when it lists none (at least two values).</summary>
    public static IReadOnlyList<EnumItem>? IntegerEnum(string description)
    {
        var text = description.Replace("***", "", StringComparison.Ordinal).Replace("**", "", StringComparison.Ordinal);
        var matches = IntItemRegex().Matches(text).ToList();
        if (matches.Count < 2)
        {
            return null;
        }

        // Keep the longest run of items whose labels are words, not numbers ("取值范围1-86400" is a range, not an enum).
        var items = new List<EnumItem>();
        for (var i = 0; i < matches.Count; i++)
        {
            var start = matches[i].Index + matches[i].Length;
            var end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            var label = CleanLabel(text[start..end], last: i + 1 == matches.Count);
            if (label.Length == 0 || char.IsAsciiDigit(label[0]) || label[0] is '-' or '~')
            {
                return null;
            }

            items.Add(new EnumItem(long.Parse(matches[i].Groups[1].Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), label));
        }

        if (items.Select(i => i.Value).Distinct().Count() != items.Count || items.Any(i => i.Label.Length > 40))
        {
            return null;
        }

        // Items separated by spaces only ("1 本地脚本 2 引用脚本") are accepted only when all are, and each label is one word
        // ("最大 1000 条，默认 20 条" is not an enum).
        var spaced = matches.Count(m => string.IsNullOrWhiteSpace(m.Groups[2].Value));
        if (spaced > 0 && (spaced != matches.Count || items.Any(i => i.Label.Any(char.IsWhiteSpace) || i.Label.Any(c => c is '，' or ','))))
        {
            return null;
        }

        return items;
    }

    /// <summary>String enum values (<c>可选值: biz - 业务，biz_set - 业务集</c>), or null.</summary>
    public static IReadOnlyList<EnumItem>? StringEnum(string description)
    {
        var lead = StringEnumLeadRegex().Match(description);
        if (!lead.Success)
        {
            return null;
        }

        var parts = lead.Groups[1].Value.Split(new[] { '，', ',', ';', '；', '、' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var items = new List<EnumItem>();
        foreach (var part in parts)
        {
            var item = StringItemRegex().Match(part);
            if (!item.Success)
            {
                break;
            }

            items.Add(new EnumItem(item.Groups[1].Value, CleanLabel(item.Groups[2].Value, last: false)));
        }

        return items.Count >= 2 && items.Select(i => i.Value).Distinct(StringComparer.Ordinal).Count() == items.Count ? items : null;
    }

    /// <summary>Values of <paramref name="property"/> that a description ties a field to: <c>mode=1时有值</c>, <c>当 type=1 时</c>.</summary>
    public static IReadOnlyList<string> Conditions(string description, string property)
    {
        var pattern = $@"(?<![A-Za-z0-9_]){Regex.Escape(property)}\s*(?:==|=|为)\s*(-?\d+(?:\s*[,，、/]\s*-?\d+)*)";
        return Regex.Matches(description, pattern, RegexOptions.CultureInvariant)
            .SelectMany(m => m.Groups[1].Value.Split(new[] { ',', '，', '、', '/' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    public static bool IsDeprecated(string description)
        => description.Contains("已弃用", StringComparison.Ordinal) || description.Contains("已废弃", StringComparison.Ordinal)
            || description.Contains("deprecated", StringComparison.OrdinalIgnoreCase);

    private static string CleanLabel(string raw, bool last)
    {
        var label = raw.Trim();
        // The last label runs to the end of the cell: stop it at the end of its clause.
        var stops = last ? new[] { '。', '，', '；', ';', '\n', '(', '（' } : new[] { '。', '\n' };
        var cut = label.IndexOfAny(stops);
        if (cut >= 0)
        {
            label = label[..cut];
        }

        if (last)
        {
            var sentence = label.IndexOf(". ", StringComparison.Ordinal);
            if (sentence >= 0)
            {
                label = label[..sentence];
            }

            var comma = label.IndexOf(", ", StringComparison.Ordinal);
            if (comma >= 0)
            {
                label = label[..comma];
            }
        }

        return label.Trim().TrimEnd(';', '；', ',', '，', '.', '。', '、', ' ').Trim();
    }
}
