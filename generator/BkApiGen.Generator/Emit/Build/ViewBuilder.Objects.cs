using System.Collections.Generic;
using System.Linq;
using BkApiGen.Generator.Models;

namespace BkApiGen.Generator.Emit;

internal sealed partial class ViewBuilder
{
    /// <summary>An object, or a case of a union (which inherits the union's common members and overrides its discriminator).</summary>
    private TypeView ObjectView(ObjectSpec spec)
    {
        var view = NewView(spec.UnionCase is null ? TypeViewKind.Object : TypeViewKind.Case, spec);
        var members = spec.Properties.ToList();
        if (spec.UnionCase is { } unionCase && _types[unionCase.UnionName] is UnionSpec union)
        {
            view.BaseType = union.Name;
            view.Discriminator = PropertyView(union.Discriminator);
            view.DiscriminatorOverride = DiscriminatorLiteral(union, unionCase.DiscriminatorValue, unionCase.EnumMember);
            var inherited = union.Properties.Where(p => p.JsonName != union.Discriminator.JsonName).ToList();
            members = members.Where(p => inherited.All(i => i.JsonName != p.JsonName) && p.JsonName != union.Discriminator.JsonName).ToList();
            view.Properties.AddRange(members.Select(PropertyView));
            var isString = union.Discriminator.Type.Kind is TypeKind.String or TypeKind.StringEnum;
            var confirm = isString ? TypeExpressions.Utf8(unionCase.DiscriminatorValue) : unionCase.DiscriminatorValue;
            var all = inherited.Concat(members).ToList();
            view.Read = ObjectRead(spec.JsonName, all, union.Discriminator, confirm);
            view.Write = ObjectWrite(view, all, union.Discriminator);
        }
        else
        {
            view.Properties.AddRange(members.Select(PropertyView));
            view.Read = ObjectRead(spec.JsonName, members, null, null);
            view.Write = ObjectWrite(view, members, null);
        }

        if (spec.IsValidated)
        {
            view.IsValidated = true;
            view.IsRequest = spec.Name == _spec.Operation?.RequestType;
            view.Validation = Validation(spec, members);
        }

        return view;
    }

    /// <summary>The expression of a case's discriminator value, as the union's discriminator member declares it.</summary>
    private string DiscriminatorLiteral(UnionSpec union, string value, string? enumMember)
    {
        var type = union.Discriminator.Type;
        return type.Kind switch
        {
            TypeKind.Enum => enumMember is null ? $"({_x.Qualify(type)})({value})" : $"{_x.Qualify(type)}.{enumMember}",
            TypeKind.StringEnum => $"new {_x.Qualify(type)}({TypeExpressions.Literal(value)})",
            TypeKind.String => TypeExpressions.Literal(value),
            TypeKind.Int32 => value,
            _ => value + "L",
        };
    }
}
