using System;
using System.Collections.Generic;
using System.Linq;
using BkApiGen.Generator.Diagnostics;
using BkApiGen.Generator.Models;
using Newtonsoft.Json.Linq;

namespace BkApiGen.Generator.Parsing;

/// <summary>Path parameters: the request members that fill a path's <c>{name}</c> placeholders.</summary>
internal static partial class SpecParser
{
    /// <summary>
    /// The request members that fill the gateway path's <c>{name}</c> placeholders. Each must exist, be required and not
    /// nullable (a path cannot leave a segment out), and be a scalar (a string, an integer or an enum of either).
    /// </summary>
    private static HashSet<string> PathMembers(OperationHeader header, ObjectSpec request, JObject root, DiagnosticBag diagnostics)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, path) in new[] { ("gatewayPath", header.GatewayPath), ("esbPath", header.EsbPath) })
        {
            if (path is null)
            {
                continue;
            }

            var at = JsonLocator.Select(header.Token, key);
            foreach (var name in PathTemplate.Names(path))
            {
                var member = request.Properties.FirstOrDefault(p => p.JsonName == name);
                if (member is null)
                {
                    diagnostics.Add(DiagnosticDescriptors.PathParameterWithoutMember, at, name, path, header.RequestDefinition!);
                    continue;
                }

                var memberToken = JsonLocator.Select(root, "definitions", header.RequestDefinition!, "properties", name);
                if (!names.Add(name))
                {
                    continue; // checked for the other path already
                }

                if (!member.IsRequired || member.IsNullable)
                {
                    diagnostics.Add(DiagnosticDescriptors.OptionalPathParameter, memberToken, name, path, header.RequestDefinition!);
                }

                if (member.Type.Kind is not (TypeKind.String or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Enum or TypeKind.StringEnum))
                {
                    diagnostics.Add(DiagnosticDescriptors.UnsupportedPathParameterType, memberToken, name, path);
                }
            }
        }

        return names;
    }
}
