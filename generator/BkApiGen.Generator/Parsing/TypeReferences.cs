using System.Collections.Generic;
using System.Linq;
using BkApiGen.Generator.Models;

namespace BkApiGen.Generator.Parsing;

/// <summary>The edges of the type graph: what one type names. Reachability (wire sides, shared types used) walks them.</summary>
internal static class TypeReferences
{
    /// <summary>The named types a type refers to: its members' types (and their elements), and a union's cases.</summary>
    public static IEnumerable<TypeRef> Of(TypeSpec type)
    {
        var properties = type switch
        {
            ObjectSpec o => o.Properties.AsEnumerable(),
            UnionSpec u => u.Properties.AsEnumerable(),
            _ => Enumerable.Empty<PropertySpec>(),
        };
        foreach (var property in properties)
        {
            for (var t = property.Type; t is not null; t = t.Element)
            {
                if (t.Name is not null)
                {
                    yield return t;
                }
            }
        }

        if (type is UnionSpec union)
        {
            foreach (var c in union.Cases)
            {
                yield return TypeRef.Named(TypeKind.Object, c.CaseName);
            }
        }
    }
}
