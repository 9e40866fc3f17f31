using Microsoft.CodeAnalysis;

namespace BkApiGen.Generator.Diagnostics;

// C# names: invalid ones (errors, BKGEN0007, BKGEN07cc) and renamed ones (the warning BKGEN0016).
internal static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor InvalidDefinitionName = Error(
        "BKGEN0007",
        "Invalid x-csharp-name of a definition",
        "Definition '{0}' has 'x-csharp-name' '{1}', which is not a valid C# identifier.");

    public static readonly DiagnosticDescriptor InvalidPropertyName = Error(
        "BKGEN0701",
        "Invalid x-csharp-name of a property",
        "Property '{0}' of '{1}' has 'x-csharp-name' '{2}', which is not a valid C# identifier.");

    public static readonly DiagnosticDescriptor InvalidUnknownCaseName = Error(
        "BKGEN0702",
        "Invalid name of an unknown case",
        "The unknown case of '{0}' would be named '{1}', which is not a valid C# identifier; set 'x-unknown-name'.");

    public static readonly DiagnosticDescriptor InvalidMethodName = Error(
        "BKGEN0703",
        "Operation makes no C# method name",
        "The operation name '{0}' does not make a valid C# method name.");

    public static readonly DiagnosticDescriptor InvalidClientName = Error("BKGEN0704", "Invalid client name", "The client name '{0}' is not a valid C# identifier.");

    public static readonly DiagnosticDescriptor InvalidNamespace = Error(
        "BKGEN0705",
        "Invalid namespace",
        "The namespace '{0}' is not a valid C# namespace; set the spec's Namespace metadata.");

    // The four renames share BKGEN0016 on purpose: it is the one warning, and projects accept the generator's names with
    // <NoWarn>BKGEN0016</NoWarn> (docs/spec-format.md), which must keep covering every rename.
    public static readonly DiagnosticDescriptor RenamedProperty = Warning(
        "BKGEN0016",
        "Member renamed",
        "Property '{0}' of '{1}' would be the C# member '{2}', which {3}: it is named '{4}'. Set 'x-csharp-name' to choose another name.");

    public static readonly DiagnosticDescriptor RenamedType = Warning(
        "BKGEN0016",
        "Type renamed",
        "Definition '{0}' would be the C# type '{1}', which {2}: it is named '{3}'. Set 'x-csharp-name' to choose another name.");

    public static readonly DiagnosticDescriptor RenamedEnumMember = Warning(
        "BKGEN0016",
        "Enum member renamed",
        "Enum '{0}': the value '{1}' would be the C# member '{2}', which {3}: it is named '{4}'. Give names in 'x-enumNames' to choose others.");

    public static readonly DiagnosticDescriptor RenamedUnknownCase = Warning(
        "BKGEN0016",
        "Unknown case renamed",
        "The unknown case of '{0}' would be the C# type '{1}', which another definition already is: it is named '{2}'. Set 'x-unknown-name' to choose another name.");
}
