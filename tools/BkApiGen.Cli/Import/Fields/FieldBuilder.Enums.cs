using System.Globalization;
using System.Text.RegularExpressions;
using BkApiGen.Cli.Import.Tables;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Fields;

/// <summary>
/// Enums: the values a description lists, or a table of values (SOPS <c>#### action</c> with <c>| 值 | 描述 |</c>,
/// CMDB <c>#### bk_property_type</c> with <c>| 标识 | 名字 |</c>). Equal value lists share one enum; member names come
/// from the English doc, else from the glossary.
/// </summary>
internal sealed partial class FieldBuilder
{
    /// <summary>Field names too generic to name an enum by themselves: <c>status</c> becomes <c>file_log_status</c>.</summary>
    private static readonly HashSet<string> GenericNames = new(StringComparer.Ordinal)
    {
        "status", "type", "mode", "state", "kind", "code", "level", "result", "category", "flag", "value", "required",
    };

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_.:-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex EnumValue();

    private TypeModel EnumRef(DefModel def, TableSource source, MergedRow row, IReadOnlyList<EnumItem> items, bool isString, DocRow? english)
    {
        var line = source.File is null ? row.Line : 0;
        var baseName = Names.StripBk(row.Name).ToLowerInvariant();
        var owner = def.IsRoot ? _header.Operation : def.Name;
        var enums = _graph.Enums;
        var name = GenericNames.Contains(baseName) || _lookup.Names(_graph, baseName) ? owner + "_" + baseName : baseName;
        bool Same(EnumModel e) => e.IsString == isString && e.Items.Select(i => i.Value).SequenceEqual(items.Select(i => i.Value));
        if (enums.TryGetValue(name, out var existing))
        {
            if (Same(existing))
            {
                return new TypeModel(Kind.Ref, name);
            }

            name = owner + "_" + baseName;
            var n = 2;
            var candidate = name;
            while (enums.TryGetValue(candidate, out var other) && !Same(other) || _graph.Defs.ContainsKey(candidate))
            {
                candidate = name + n.ToString(CultureInfo.InvariantCulture);
                n++;
            }

            name = candidate;
            if (enums.ContainsKey(name))
            {
                return new TypeModel(Kind.Ref, name);
            }
        }

        while (_graph.Defs.ContainsKey(name))
        {
            name += "_enum";
        }

        IReadOnlyList<string?>? englishLabels = null;
        if (_doc.IsEnglish)
        {
            englishLabels = items.Select(i => (string?)i.Label).ToList();
        }
        else if (english is not null)
        {
            var englishItems = isString ? DescriptionParser.StringEnum(english.Description) : DescriptionParser.IntegerEnum(english.Description);
            if (englishItems is not null)
            {
                englishLabels = items.Select(i => englishItems.FirstOrDefault(e => e.Value == i.Value)?.Label).ToList();
            }
        }

        var typeName = Names.Pascal(name);
        var members = Names.EnumMembers(items, englishLabels, isString, typeName, out var guessed);
        var descriptions = items.Select((item, i) =>
            englishLabels is not null && i < englishLabels.Count && englishLabels[i] is { } e && e != item.Label ? $"{item.Label} / {e}" : item.Label).ToList();
        if (guessed)
        {
            _warnings.Add(line, $"the values of '{row.Name}' became enum '{name}' with member names {string.Join(", ", members.Select((m, i) => $"{items[i].Value}={m}"))}: translated from the labels{(members.Any(m => m.StartsWith("Value", StringComparison.Ordinal)) ? " where the glossary knows them" : "")}; pass --english or edit x-enumNames.");
        }

        enums[name] = new EnumModel
        {
            Name = name,
            IsString = isString,
            Items = items,
            MemberNames = members,
            Descriptions = descriptions,
            Description = english is not null && english.Description != row.Description ? $"{row.Description} / {english.Description}" : row.Description,
            Line = line,
        };
        _graph.Lines[name] = line;
        return new TypeModel(Kind.Ref, name);
    }

    /// <summary>The values of an int or string field whose description lists none, from a table of values of its name.</summary>
    private (IReadOnlyList<EnumItem>? Ints, IReadOnlyList<EnumItem>? Strings) TableEnum(MergedRow row, Kind? kind, int line)
    {
        if (!_doc.ValueTables.TryGetValue(row.Name.ToLowerInvariant(), out var table) || table.Items.Count < 2
            || table.Items.Select(i => i.Value).Distinct(StringComparer.Ordinal).Count() != table.Items.Count)
        {
            return (null, null);
        }

        var items = table.Items.Select(i => new EnumItem(i.Value, i.Label)).ToList();
        if (kind is Kind.Int32 or Kind.Int64 && items.All(i => long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)))
        {
            _warnings.Add(line, $"the values of '{row.Name}' come from the table at line {table.Line}.");
            return (items, null);
        }

        if (kind is Kind.String && items.All(i => EnumValue().IsMatch(i.Value)))
        {
            _warnings.Add(line, $"the values of '{row.Name}' come from the table at line {table.Line}.");
            return (null, items);
        }

        return (null, null);
    }
}
