using System;
using System.Collections.Generic;
using System.Linq;
using BkApiGen.Generator.Models;

namespace BkApiGen.Generator.Parsing;

/// <summary>The types of definitions files a spec uses, so that its emitted code can name them.</summary>
internal static partial class SpecParser
{
    /// <summary>The spec's own type a response of <paramref name="type"/> starts from (a list's or a map's items), if any.</summary>
    private static string? LocalRoot(TypeRef type)
    {
        var named = type.Element ?? type;
        return named.Name is not null && named.Namespace is null ? named.Name : null;
    }

    /// <summary>The named types a type refers to: its members' types (and their elements), and a union's cases.</summary>
    private static IEnumerable<TypeRef> NamedTypes(TypeSpec type)
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

    /// <summary>The definitions-file types an operation's types use, directly or through other shared types, by name.</summary>
    private static EquatableArray<TypeRef> SharedTypesUsed(EquatableArray<TypeSpec> types, SharedCatalog catalog)
    {
        var found = new Dictionary<string, TypeRef>(StringComparer.Ordinal);
        var pending = new Stack<TypeRef>(types.SelectMany(NamedTypes).Where(t => t.Namespace is not null));
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (found.ContainsKey(type.Namespace + "." + type.Name) || catalog.Find(type.Namespace!, type.Name!) is not { } shared)
            {
                continue;
            }

            found[type.Namespace + "." + type.Name] = TypeRef.Named(shared.Kind, shared.Name, shared.Namespace);
            foreach (var used in shared.Uses)
            {
                pending.Push(TypeRef.Named(TypeKind.Object, used, shared.Namespace));
            }
        }

        return found.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).ToEquatableArray();
    }
}
