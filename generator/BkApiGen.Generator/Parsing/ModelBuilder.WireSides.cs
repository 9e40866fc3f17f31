using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BkApiGen.Generator.Diagnostics;
using BkApiGen.Generator.Models;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace BkApiGen.Generator.Parsing;

/// <summary>Which side of the wire each type travels on (request, response, both) and which types a request validates: marks over the built types.</summary>
internal sealed partial class ModelBuilder
{
    /// <summary>Flags the request type and everything reachable from it: those get a Validate method.</summary>
    public static EquatableArray<TypeSpec> MarkValidated(EquatableArray<TypeSpec> types, string requestName)
    {
        var reached = Reachable(types, requestName);
        return types.Select(t => t is ObjectSpec o && reached.Contains(o.Name) ? o with { IsValidated = true } : t).ToEquatableArray();
    }

    /// <summary>
    /// Marks on which side of the wire each type's members travel: reached from the request, from the response, or both.
    /// A type reached from neither, and every type of a definitions file (<paramref name="requestName"/> null: any operation
    /// may use it either way), counts as both. Response members decode when null or absent unless <c>x-never-null</c>.
    /// </summary>
    public static EquatableArray<TypeSpec> MarkWireSides(EquatableArray<TypeSpec> types, string? requestName, string? responseName)
    {
        var request = requestName is null ? null : Reachable(types, requestName);
        // An operation whose data is a scalar (or a shared type) reaches none of its own types from the response.
        var response = requestName is null ? null : responseName is null ? new HashSet<string>() : Reachable(types, responseName);
        return Mark(types, request, response);
    }

    /// <summary>
    /// The sides of a callback spec's types: the payload is only read (it comes from the system, like a response), so what
    /// it reaches travels as responses do; a type it does not reach counts as both.
    /// </summary>
    public static EquatableArray<TypeSpec> MarkReadOnly(EquatableArray<TypeSpec> types, string payloadName)
        => Mark(types, new HashSet<string>(), Reachable(types, payloadName));

    private static EquatableArray<TypeSpec> Mark(EquatableArray<TypeSpec> types, HashSet<string>? request, HashSet<string>? response)
    {
        return types.Select(t =>
        {
            var inRequest = request is null || request.Contains(t.Name) || !response!.Contains(t.Name);
            var inResponse = response is null || response.Contains(t.Name) || !request!.Contains(t.Name);
            EquatableArray<PropertySpec> Mark(EquatableArray<PropertySpec> properties)
                => properties.Select(p => p with { InRequest = inRequest, InResponse = inResponse }).ToEquatableArray();
            return t switch
            {
                ObjectSpec o => o with { Properties = Mark(o.Properties) },
                UnionSpec u => u with { Properties = Mark(u.Properties), Discriminator = u.Discriminator with { InRequest = inRequest, InResponse = inResponse } },
                _ => t,
            };
        }).ToEquatableArray();
    }

    /// <summary>The names of the local types reachable from <paramref name="rootName"/>: members, their elements, union cases.</summary>
    private static HashSet<string> Reachable(EquatableArray<TypeSpec> types, string rootName)
    {
        var byName = types.ToDictionary(t => t.Name);
        var reached = new HashSet<string>();
        var pending = new Stack<string>();
        pending.Push(rootName);
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!reached.Add(name) || !byName.TryGetValue(name, out var type))
            {
                continue;
            }

            foreach (var named in TypeReferences.Of(type))
            {
                pending.Push(named.Name!);
            }
        }

        return reached;
    }
}
