using System.Linq;
using BkApiGen.Generator.Models;

namespace BkApiGen.Generator.Emit;

internal sealed partial class ViewBuilder
{
    private TypeView EnumView(EnumSpec spec)
    {
        var view = NewView(spec.IsString ? TypeViewKind.StringEnum : TypeViewKind.Enum, spec);
        var values = new EnumView { IsWide = !spec.IsString && spec.Members.Any(m => !int.TryParse(m.Value, out _)) };
        foreach (var member in spec.Members)
        {
            values.Members.Add(new EnumMemberView
            {
                Name = member.Name,
                Literal = spec.IsString ? TypeExpressions.Literal(member.Value) : member.Value,
                Doc = Doc(member.Description is not null ? Escape(member.Description) : (spec.IsString ? $"<c>{Inline(member.Value)}</c>" : $"Value {member.Value}.")),
            });
        }

        // What request validation asks of a member of this type (the converter's IsListed). An integer enum is closed: a
        // value the spec does not list can only come from a cast, and is refused. A string enum is open by design (a server
        // may accept values newer than the spec, and `new ScopeType("…")` says so on purpose): only a default instance,
        // which has no value, is.
        values.ListedValues = spec.IsString
            ? string.Join(", ", spec.Members.Select(m => m.Value)) + " (or a newer value the server knows)"
            : string.Join(", ", spec.Members.Select(m => $"{m.Value} ({m.Name})"));
        view.Enum = values;
        return view;
    }
}
