using System.Collections.Generic;
using System.Linq;
using BkApiGen.Generator.Merging;
using BkApiGen.Generator.Models;

namespace BkApiGen.Generator.Emit;

/// <summary>Step 3 of the pipeline: model → C# sources (hint name and text).</summary>
internal static class SourceEmitter
{
    /// <summary>A type sent by one spec and read by another: its members are read as response members and sent as request ones.</summary>
    private static TypeSpec BothSides(TypeSpec type)
    {
        static PropertySpec Member(PropertySpec p) => p with { InRequest = true, InResponse = true };
        return type switch
        {
            ObjectSpec o => o with { Properties = o.Properties.Select(Member).ToEquatableArray() },
            UnionSpec u => u with { Properties = u.Properties.Select(Member).ToEquatableArray(), Discriminator = Member(u.Discriminator) },
            _ => type,
        };
    }

    /// <summary>The file of one spec: its types, its JSON metadata, and its method on the client (an operation) or its payload's <c>Parse</c> (a callback).</summary>
    /// <param name="plan">What other specs of the namespace share with this one: types another spec emits are left out
    /// (the JSON context still covers them, through the owner's converter); types this one emits for others get what they need.</param>
    public static IEnumerable<(string HintName, string Source)> EmitSpec(ApiSpec spec, EmitPlan plan)
    {
        if (!plan.IsEmitted)
        {
            yield break;
        }

        if (plan.Validated.Count > 0)
        {
            spec = spec with { Types = spec.Types.Select(t => t is ObjectSpec o && plan.Validated.Contains(o.Name) ? o with { IsValidated = true } : t).ToEquatableArray() };
        }

        if (plan.BothSides.Count > 0)
        {
            spec = spec with { Types = spec.Types.Select(t => plan.BothSides.Contains(t.Name) ? BothSides(t) : t).ToEquatableArray() };
        }

        var view = new ViewBuilder(spec).Build();
        foreach (var type in view.Types.Where(t => t.IsValidated && plan.Requests.Contains(t.Name)))
        {
            type.IsRequest = true;
        }

        view.Types.RemoveAll(t => plan.Reused.Contains(t.Name));
        var prefix = $"{spec.Namespace}.{(spec.Operation?.MethodName ?? spec.ContextName.Substring(0, spec.ContextName.Length - "JsonContext".Length))}";
        yield return ($"{prefix}.g.cs", TemplateRenderer.SpecFile(view));
    }

    /// <summary>The shared part of a client class (constructor and transport), once per client.</summary>
    public static (string HintName, string Source) EmitClient(ClientSpec client)
        => ($"{client.Namespace}.{client.ClassName}.Client.g.cs", TemplateRenderer.Client(ViewBuilder.BuildClient(client)));
}
