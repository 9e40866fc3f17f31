using System.Linq;
using BkApiGen.Generator.Models;

namespace BkApiGen.Generator.Emit;

internal sealed partial class ViewBuilder
{
    private CallbackView CallbackView(CallbackSpec callback, ContextView context)
    {
        var fullName = _x.Qualify(callback.PayloadType);
        var property = context.TypeInfos.First(t => t.Type == fullName).Property;
        return new CallbackView
        {
            Id = callback.System + "." + callback.Name,
            Name = Inline(callback.Name),
            PayloadType = callback.PayloadType,
            PayloadFullName = fullName,
            IsUnion = _types[callback.PayloadType] is UnionSpec,
            TypeInfo = $"{_x.Qualify(_spec.ContextName)}.Default.{property}",
        };
    }
}
