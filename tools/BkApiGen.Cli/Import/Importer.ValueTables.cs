using System.Globalization;
using System.Text.RegularExpressions;

namespace BkApiGen.Cli.Import;

/// <summary>
/// Enums given as tables of values (SOPS <c>#### action</c> with <c>| 值 | 描述 |</c>, CMDB <c>#### bk_property_type</c>
/// with <c>| 标识 | 名字 |</c>): the values of an int or string field whose description lists none.
/// </summary>
internal sealed partial class Importer
{
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
            Warn(line, $"the values of '{row.Name}' come from the table at line {table.Line}.");
            return (items, null);
        }

        if (kind is Kind.String && items.All(i => EnumValue().IsMatch(i.Value)))
        {
            Warn(line, $"the values of '{row.Name}' come from the table at line {table.Line}.");
            return (null, items);
        }

        return (null, null);
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_.:-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex EnumValue();
}
