using System.Globalization;
using BkApiGen.Cli.Import.Header;

namespace BkApiGen.Cli.Import.Output;

/// <summary>
/// The conventions phase, over what the spec will hold: request IPs get their format, response lists default to
/// empty, structured GET parameters are reported, and a type whose C# name clashes with one of its members or with
/// another type gets an <c>x-csharp-name</c>.
/// </summary>
internal static class Conventions
{
    public static DefinitionGraph Apply(DefinitionGraph reconciled, OperationHeader header, HashSet<string> reachable, WarningLog warnings)
    {
        var requestSide = reconciled.RequestSide();
        var graph = reconciled.Edit();
        graph.Refine(def => !reachable.Contains(def.Name) ? def : def with
        {
            Props = [.. def.Props.Select(prop => prop with
            {
                Format = requestSide.Contains(def.Name) && prop.Type.Kind == Kind.String && prop.Name is "ip" or "ipv4" or "ipv6" ? prop.Name : prop.Format,

                // Lists in responses: an absent list reads as empty, so callers need no null checks.
                DefaultEmpty = !requestSide.Contains(def.Name) && prop.Type.Kind == Kind.Array || prop.DefaultEmpty,
            })],
        });

        if (header.Method == "GET")
        {
            foreach (var prop in graph.Request.Props.Where(p => IsStructured(graph, p.Type) || p.Type.Kind == Kind.Array && IsStructured(graph, p.Type.Items!)))
            {
                warnings.Add(prop.Line, $"'{prop.Name}' is structured, but a GET request travels as query parameters (scalars and lists of scalars): the generator rejects it; use POST or flatten it.");
            }
        }

        // C# names, by the generator's own rule (SpecFormat.WireNames): a type may not share its name with one of its properties.
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in graph.Enums.Keys.Where(reachable.Contains))
        {
            taken.Add(SpecFormat.WireNames.Pascal(name));
        }

        foreach (var def in graph.Defs.Values.Where(d => reachable.Contains(d.Name)).ToList())
        {
            var typeName = SpecFormat.WireNames.Pascal(def.Name);
            var propertyNames = def.Props.Select(p => SpecFormat.WireNames.Pascal(Names.StripBk(p.Name))).ToHashSet(StringComparer.Ordinal);
            if (propertyNames.Contains(typeName) || taken.Contains(typeName))
            {
                var names = def.Props.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                var candidate = names.Contains("bk_cloud_id") && names.Contains("ip") && !taken.Contains("Host") ? "Host" : typeName + "Info";
                var n = 2;
                while (taken.Contains(candidate) || propertyNames.Contains(candidate))
                {
                    candidate = typeName + "Info" + n.ToString(CultureInfo.InvariantCulture);
                    n++;
                }

                graph.Set(def with { CSharpName = candidate });
                typeName = candidate;
            }

            taken.Add(typeName);
        }

        return graph.ToGraph();
    }

    private static bool IsStructured(GraphDraft graph, TypeModel type)
        => type.Kind is Kind.FreeObject or Kind.Any or Kind.Map || type.Kind == Kind.Ref && graph.Defs.ContainsKey(type.Ref!);
}
