using System.Collections.Generic;
using BkApiGen.Generator.Models;

namespace BkApiGen.Generator.Emit;

/// <summary>
/// Declared types as the Models, Operation and Client files write them, for a reader in the IDE: the framework's and the
/// runtime's through the file-local namespace aliases (<c>Scg::IReadOnlyList&lt;…&gt;</c>, <c>Stj::JsonElement</c>; an
/// alias qualifier only ever finds an alias, never a user's type), a type of the file's own namespace by its simple name.
/// </summary>
/// <remarks>
/// Only for type positions (a member's type, a parameter, a base type, a type argument): there name lookup skips
/// properties and methods and finds the namespace's type, as generated types declare no nested types. In an expression a
/// member of the record hides a type of its name (a discriminator <c>LogType</c> of type <c>LogType?</c>): expressions keep
/// the <c>global::</c> names (<see cref="Qualify(TypeRef)"/>) unless the builder knows no member can (<see cref="ShortConverter"/>).
/// </remarks>
internal sealed partial class TypeExpressions
{
    /// <summary>The declared C# type, without the nullable marker of the member itself.</summary>
    public string Short(TypeRef type) => type.Kind switch
    {
        TypeKind.Any => "Stj::JsonElement",
        TypeKind.Array => $"Scg::IReadOnlyList<{ShortElement(type)}>",
        TypeKind.Map => $"Scg::IReadOnlyDictionary<string, {ShortElement(type)}>",
        TypeKind.Object or TypeKind.Union or TypeKind.Enum or TypeKind.StringEnum => type.Namespace is null || type.Namespace == ns ? type.Name! : Qualify(type),
        _ => Declared(type),
    };

    /// <summary>The declared type of a list's items or a map's values.</summary>
    public string ShortElement(TypeRef collection)
        => Short(collection.Element!) + (collection.ElementNullable && !collection.Element!.IsValueType ? "?" : "");

    /// <summary>
    /// The converter of a type in an expression inside a record: by its simple name when the type is of this namespace and
    /// no member of the record (<paramref name="hiding"/>) has that name, otherwise by its <c>global::</c> name.
    /// </summary>
    public string ShortConverter(TypeRef type, ISet<string> hiding)
    {
        var name = type.Name + "JsonConverter";
        return (type.Namespace is null || type.Namespace == ns) && !hiding.Contains(name) ? name : Converter(type);
    }
}
