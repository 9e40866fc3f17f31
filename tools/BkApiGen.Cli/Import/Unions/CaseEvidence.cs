using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BkApiGen.Cli.Import.Examples;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Unions;

/// <summary>
/// Why a member would go with one discriminator value: its description says so (<c>log_type=2时</c>), starts like the
/// value's label, or only the examples with that value have it. A member with evidence for two values is common.
/// </summary>
internal static class CaseEvidence
{
    /// <summary>Member → discriminator value → the reasons, in the order found.</summary>
    public static Dictionary<PropModel, Dictionary<string, List<string>>> Gather(DefModel def, IReadOnlyList<(JsonObject Instance, DocExample Example)> instances, PropModel discriminator, EnumModel enumModel)
    {
        // By the member itself, not by its value: two members could read alike.
        var evidence = new Dictionary<PropModel, Dictionary<string, List<string>>>(ReferenceEqualityComparer.Instance);
        void Add(PropModel prop, string value, string why)
        {
            if (!evidence.TryGetValue(prop, out var values))
            {
                evidence[prop] = values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            }

            if (!values.TryGetValue(value, out var reasons))
            {
                values[value] = reasons = new List<string>();
            }

            reasons.Add(why);
        }

        var values = enumModel.Items.Select(i => i.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var prop in def.Props.Where(p => !ReferenceEquals(p, discriminator)))
        {
            foreach (var value in DescriptionParser.Conditions(prop.Description, discriminator.Name).Where(values.Contains))
            {
                Add(prop, value, $"its description says {discriminator.Name}={value}");
            }

            var labelMatches = enumModel.Items
                .Select((item, i) => (item.Value, Label: item.Label, English: enumModel.Descriptions[i]))
                .Where(item => LabelMatches(prop.Description, item.Label) || item.English != item.Label && LabelMatches(prop.Description, item.English.Split(" / ").Last()))
                .ToList();
            if (labelMatches.Count == 1)
            {
                Add(prop, labelMatches[0].Value, $"its description starts like the label '{labelMatches[0].Label}'");
            }

            var present = new HashSet<string>(StringComparer.Ordinal);
            var absent = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (instance, _) in instances)
            {
                if (ExampleValues.Value(instance, discriminator) is JsonValue v && v.GetValueKind() is JsonValueKind.Number or JsonValueKind.String)
                {
                    var key = v.ToString();
                    (ExampleValues.Has(instance, prop) ? present : absent).Add(key);
                }
            }

            if (present.Count == 1 && absent.Count > 0 && !absent.Contains(present.Single()) && values.Contains(present.Single()))
            {
                Add(prop, present.Single(), $"only the examples with {discriminator.Name}={present.Single()} have it");
            }
        }

        return evidence;
    }

    private static bool LabelMatches(string description, string label)
    {
        if (label.Length < 2)
        {
            return false;
        }

        if (label.Any(c => c > 127))
        {
            var first = description.Split(new[] { '。', '.', ';', '；', ',', '，' }, 2)[0].Trim();
            // "上传/下载速度" names both cases: it is common, not the upload case's.
            return first == label || (description.StartsWith(label, StringComparison.Ordinal)
                && !(description.Length > label.Length && description[label.Length] is '/' or '、' or '或' or '和' or '及'));
        }

        var labelWords = Words(label);
        if (labelWords.Count < 2)
        {
            return false;
        }

        var descriptionWords = Words(description);
        return labelWords.All(descriptionWords.Contains);
    }

    private static HashSet<string> Words(string text)
        => Regex.Split(text.ToLowerInvariant(), "[^a-z0-9]+").Where(w => w.Length >= 3 && w is not "the" and not "and" and not "for" and not "see" and not "definition").ToHashSet(StringComparer.Ordinal);
}
