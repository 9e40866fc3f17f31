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

    /// <summary>The definitions-file types an operation's types use, directly or through other shared types, by name.</summary>
    private static EquatableArray<TypeRef> SharedTypesUsed(EquatableArray<TypeSpec> types, SharedCatalog catalog)
    {
        var found = new Dictionary<string, TypeRef>(StringComparer.Ordinal);
        var pending = new Stack<TypeRef>(types.SelectMany(TypeReferences.Of).Where(t => t.Namespace is not null));
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
