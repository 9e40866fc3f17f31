using System.Collections.Generic;
using BkApiGen.Generator.Models;

namespace BkApiGen.Generator.Emit;

/// <summary>Step 3 of the pipeline: model → C# sources (hint name and text).</summary>
internal static class SourceEmitter
{
    /// <summary>The files of one spec: its types, its JSON metadata, and (for an operation) its method on the client.</summary>
    public static IEnumerable<(string HintName, string Source)> EmitSpec(ApiSpec spec)
    {
        var view = new ViewBuilder(spec).Build();
        var prefix = $"{spec.Namespace}.{(spec.Operation?.MethodName ?? spec.ContextName.Substring(0, spec.ContextName.Length - "JsonContext".Length))}";
        yield return ($"{prefix}.Models.g.cs", TemplateRenderer.Models(view));
        yield return ($"{prefix}.Json.g.cs", TemplateRenderer.Json(view));
        if (spec.Operation is not null)
        {
            yield return ($"{prefix}.Operation.g.cs", TemplateRenderer.Operation(view));
        }
    }

    /// <summary>The shared part of a client class (constructor and transport), once per client.</summary>
    public static (string HintName, string Source) EmitClient(ClientSpec client)
        => ($"{client.Namespace}.{client.ClassName}.g.cs", TemplateRenderer.Client(ViewBuilder.BuildClient(client)));
}
