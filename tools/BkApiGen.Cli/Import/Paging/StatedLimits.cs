using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BkApiGen.Cli.Import.Paging;

/// <summary>
/// A phase after the spec is written: limits a description states in words ("最多200条", "每页限制条数,最大500",
/// "不超过500", "at most 1000") become <c>maxItems</c> on a list and <c>maximum</c> on an integer, so that requests over
/// them are refused before sending and paging and chunking know their sizes. Each is a guess, reported at its line.
/// </summary>
internal static partial class StatedLimits
{
    // A number right after the limit word; "最多重试3次" or "默认20" are not limits.
    [GeneratedRegex(@"(?:最多不超过|最多|不超过|上限为?|最大值为|最大值|最大为|最大|at most|up to|no more than|maximum of|maximum|max)\s*[:：]?\s*(\d{1,6})(?!\d|\.\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LimitRegex();

    public static ImportResult Apply(ImportResult result)
    {
        if (result.Spec["definitions"] is not JsonObject definitions)
        {
            return result;
        }

        var warnings = new List<DocWarning>(result.Warnings);
        foreach (var (definition, node) in definitions)
        {
            if (node?["properties"] is not JsonObject properties)
            {
                continue;
            }

            foreach (var (name, property) in properties)
            {
                if (property is not JsonObject member || (string?)member["description"] is not { } description || LimitRegex().Match(description) is not { Success: true } match
                    || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit < 1)
                {
                    continue;
                }

                var keyword = (string?)member["type"] switch
                {
                    "array" => "maxItems",
                    "integer" => "maximum",
                    _ => null,
                };
                if (keyword is null || member[keyword] is not null)
                {
                    continue;
                }

                member[keyword] = limit;
                var line = result.Lines.TryGetValue($"{definition}.{name}", out var at) ? at : 0;
                warnings.Add(new DocWarning(line, $"'{name}': the description says \"{match.Value.Trim()}\": {keyword} {limit}."));
            }
        }

        return Replace(result, warnings);
    }

    internal static ImportResult Replace(ImportResult result, List<DocWarning> warnings) => new()
    {
        Spec = result.Spec,
        Warnings = warnings.OrderBy(w => w.Line).ToList(),
        RequirednessUnknown = result.RequirednessUnknown,
        Lines = result.Lines,
        StatedHeader = result.StatedHeader,
    };
}
