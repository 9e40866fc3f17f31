using BkApiGen.Generator.Models;

namespace BkApiGen.Generator.Emit;

/// <summary>How a spec member becomes a C# member: nullability, <c>required</c>, and the names derived from it.</summary>
internal static class MemberRules
{
    /// <summary>
    /// A member the C# type marks nullable, unless it defaults to empty: in a type that travels in responses, every member
    /// the spec does not mark <c>x-never-null</c> (a server may leave any of them out or null); in a request-only type, an
    /// optional or JSON-nullable one.
    /// </summary>
    public static bool IsCSharpNullable(PropertySpec p)
        => !p.DefaultsToEmpty && (p.InResponse ? !p.NeverNull : !p.IsRequired || p.IsNullable);

    /// <summary>
    /// A member with C#'s <c>required</c>: every non-nullable one (it has no default), and a nullable one that requests must
    /// send (JSON Schema <c>required</c> in a type that also travels in requests; Validate refuses its null).
    /// </summary>
    public static bool IsRequiredMember(PropertySpec p)
        => !p.DefaultsToEmpty && (!IsCSharpNullable(p) || p.InRequest && p.IsRequired && !p.IsNullable);

    /// <summary>An expression that is true when the member has a value (a collection: a non-empty one).</summary>
    public static string Present(PropertySpec p)
        => p.Type.Kind is TypeKind.Array or TypeKind.Map ? $"{p.Name} is {{ Count: > 0 }}"
            : p.Type.IsValueType && !IsCSharpNullable(p) ? "true"
            : $"{p.Name} is not null";

    /// <summary>The local a member's value is read into, or matched into when it is not null.</summary>
    public static string Local(PropertySpec p) => Camel(p.Name) + "Value";

    /// <summary>
    /// A C# name in camel case, for the locals and fields derived from it: <c>Ip</c> → <c>ip</c>. A name that does not start
    /// with an upper-case letter gets a leading underscore instead (<c>ip</c> → <c>_ip</c>), so that members <c>ip</c> and
    /// <c>Ip</c>, both legal, never derive the same local.
    /// </summary>
    public static string Camel(string name) => char.IsUpper(name[0]) ? char.ToLowerInvariant(name[0]) + name.Substring(1) : "_" + name;

    /// <summary>A number literal, or <c>null</c>.</summary>
    public static string Nullable(long? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null";

    public static string Nullable(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null";
}
