using System.Collections.Generic;
using System.Linq;
using BkApiGen.Generator.Models;

namespace BkApiGen.Generator.Emit;

internal sealed partial class ViewBuilder
{
    /// <param name="confirm">For a union case: its discriminator value as a <c>BkUnion.DiscriminatorIs</c> argument; the read
    /// then reports in <c>confirmed</c> whether the object's discriminator selects this case.</param>
    private ObjectReadView ObjectRead(string jsonName, List<PropertySpec> members, PropertySpec? discriminator, string? confirm)
    {
        var view = new ObjectReadView { JsonName = jsonName, Confirm = confirm, DiscriminatorJsonName = discriminator?.JsonName };
        foreach (var p in members)
        {
            var read = p.DefaultsToEmpty ? MemberRead.OrEmpty : MemberRules.IsCSharpNullable(p) ? MemberRead.Nullable : MemberRead.NotNull;
            var label = $"{jsonName}.{p.JsonName}";
            var member = new ReadMemberView
            {
                Name = p.Name,
                Local = MemberRules.Local(p),
                Declared = _x.Declared(p.Type),
                ReadsEmpty = read == MemberRead.OrEmpty,
                Empty = read == MemberRead.OrEmpty ? _x.Empty(p.Type) : "",
                ReadsRequired = read == MemberRead.NotNull,
                Read = _x.ReadMember(p.Type, label, read),
                Label = label,
            };
            member.WireNames.Add(p.JsonName);
            member.WireNames.AddRange(p.Aliases);
            view.Members.Add(member);
        }

        return view;
    }

    private ObjectWriteView ObjectWrite(TypeView view, List<PropertySpec> members, PropertySpec? discriminator)
    {
        var write = new ObjectWriteView();
        var taken = new HashSet<string>();
        if (discriminator is not null)
        {
            // A discriminator is an integer, a string or an enum (the parser checks): never a list.
            // A case's discriminator is its constant, never null, also where the union's property is nullable.
            var value = "value." + discriminator.Name + (MemberRules.IsCSharpNullable(discriminator) ? (discriminator.Type.IsValueType ? ".GetValueOrDefault()" : "!") : "");
            write.Discriminator = WriteMember(discriminator, EncodedName(view, taken, discriminator), value, guarded: false, listWriter: "");
        }

        foreach (var p in members)
        {
            var name = EncodedName(view, taken, p);
            var listWriter = "";
            if (p.Type.Kind == TypeKind.Array && !TypeExpressions.HasRuntimeListWriter(p.Type.Element!))
            {
                // Write{Member}Items: unique as member names are, and never an inherited member's name.
                listWriter = $"Write{p.Name}Items";
                write.ListWriters.Add(new ListWriterView
                {
                    Method = listWriter,
                    Declared = _x.Declared(p.Type),
                    NameExpression = name,
                    // Without a null check the element is used once: no local for it.
                    ElementCall = _x.ElementCall(p.Type.Element!, TypeExpressions.NeedsNullCheck(p.Type.Element!) ? "item" : "items[i]"),
                    ElementNeedsNullCheck = TypeExpressions.NeedsNullCheck(p.Type.Element!),
                });
            }

            var guarded = !p.Type.IsValueType || MemberRules.IsCSharpNullable(p);
            write.Members.Add(WriteMember(p, name, guarded ? MemberRules.Local(p) : "value." + p.Name, guarded, listWriter));
        }

        return write;
    }

    private WriteMemberView WriteMember(PropertySpec p, string name, string value, bool guarded, string listWriter) => new()
    {
        Name = p.Name,
        Guarded = guarded,
        Local = MemberRules.Local(p),
        Call = _x.WriteCall(p.Type, name, value, listWriter),
    };

    /// <summary>
    /// The name of a member as the converter writes it: a static <c>JsonEncodedText</c> field, encoded once, as STJ's fast
    /// path does (the writer then copies it without checking for characters to escape); named after the member, with a
    /// number appended in the unlikely case two members would share a field. A name that needs escaping stays a UTF-8
    /// literal, escaped by the writer's own encoder: pre-encoding it would fix the default encoder's escaping, and change
    /// the bytes for options with another one (e.g. <c>UnsafeRelaxedJsonEscaping</c>). A member of a type that is only read
    /// (a response's) is a UTF-8 literal too: such a type is written back rarely (a cache, a log), and a field per member
    /// would be a tenth of the generated lines for no request's benefit.
    /// </summary>
    private static string EncodedName(TypeView view, HashSet<string> taken, PropertySpec p)
    {
        if (!IsPlainName(p.JsonName) || !p.InRequest)
        {
            return TypeExpressions.Utf8(p.JsonName);
        }

        var field = $"s_{MemberRules.Camel(p.Name)}Name";
        for (var n = 2; !taken.Add(field); n++)
        {
            field = $"s_{MemberRules.Camel(p.Name)}Name{n}";
        }

        view.EncodedNames.Add(new EncodedNameView { Field = field, JsonName = p.JsonName });
        return field;
    }

    /// <summary>
    /// A name no encoder escapes: ASCII letters, digits, <c>_ - . $</c> and space (every encoder escapes control characters,
    /// quotes and backslashes; the default one also HTML-sensitive characters and everything beyond ASCII).
    /// </summary>
    private static bool IsPlainName(string name)
        => name.All(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '-' or '.' or '$' or ' ');
}
