using System.Collections.Generic;
using System.Linq;

namespace BkApiGen.Generator.Emit;

internal sealed partial class ViewBuilder
{
    /// <summary>Names of the context's own members: a type of that name gets <c>{Name}Info</c> as its property.</summary>
    private static readonly HashSet<string> ContextMembers = new() { "Default", "Options", "GetTypeInfo", "GeneratedSerializerOptions", "Create" };

    private ContextView ContextView(FileView file)
    {
        var context = new ContextView { Name = _spec.ContextName, Subject = _spec.Operation is { } op ? $"<c>{Inline(op.Name)}</c>"
            : _spec.Callback is { } callback ? $"the <c>{Inline(callback.Name)}</c> callback payload"
            : $"the definitions of <c>{Inline(_spec.FileName)}</c>" };
        foreach (var type in file.Types.Where(t => !t.IsUnknown))
        {
            var property = ContextMembers.Contains(type.Name) ? type.Name + "Info" : type.Name;
            context.TypeInfos.Add(new TypeInfoView
            {
                Property = property,
                Field = "_" + MemberRules.Camel(property),
                Type = type.FullName,
                Converter = _x.Converter(type.Name) + ".Instance",
                Doc = $"Metadata for <see cref=\"{type.FullName.Substring("global::".Length)}\"/>.",
            });
        }

        // The definitions-file types the operation uses: its context resolves every type of the operation, shared or not.
        foreach (var shared in _spec.SharedTypes)
        {
            var property = ContextMembers.Contains(shared.Name!) ? shared.Name + "Info" : shared.Name!;
            if (context.TypeInfos.Any(t => t.Property == property))
            {
                continue;
            }

            context.TypeInfos.Add(new TypeInfoView
            {
                Property = property,
                Field = "_" + MemberRules.Camel(property),
                Type = _x.Qualify(shared),
                Converter = _x.Converter(shared) + ".Instance",
                Doc = $"Metadata for <see cref=\"{_x.Qualify(shared).Substring("global::".Length)}\"/> (a shared definition).",
            });
        }

        if (_spec.Operation is not { } operation)
        {
            return context;
        }

        var response = ResponseDeclared(operation);
        // The envelope's property is <Method>Response, unless a definition already took that name.
        var responseProperty = context.TypeInfos.Any(t => t.Property == operation.MethodName + "Response") ? operation.MethodName + "Envelope" : operation.MethodName + "Response";
        context.EnvelopeProperty = responseProperty;
        context.TypeInfos.Add(new TypeInfoView
        {
            Property = responseProperty,
            Field = "_" + MemberRules.Camel(responseProperty),
            Type = $"Bk::BkApiResponse<{response}>",
            // The runtime through the Json file's alias Bk (Json.sbncs).
            Converter = $"new Bk::Serialization.BkApiResponseConverter<{response}>({_x.DataConverter(operation.Response, operation.ResponseIsNullable)})",
            Doc = $"Metadata for the envelope of <c>{Inline(operation.Name)}</c> responses.",
        });
        return context;
    }
}
