using Microsoft.CodeAnalysis;

namespace BkApiGen.Generator.Diagnostics;

// Enum definitions (BKGEN0008, BKGEN08cc).
internal static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor EnumNamesMismatch = Error("BKGEN0008", "x-enumNames do not match the values", "'x-enumNames' of '{0}' has {1} names for {2} values.");

    public static readonly DiagnosticDescriptor InvalidEnumType = Error("BKGEN0801", "Enum is not integer or string", "Enum '{0}' must have type 'integer' or 'string'.");

    public static readonly DiagnosticDescriptor EnumValueNotInteger = Error(
        "BKGEN0802",
        "Integer enum value is not an integer",
        "Enum '{0}' is an integer enum, but value '{1}' is not an integer.");

    public static readonly DiagnosticDescriptor EnumValueNotString = Error(
        "BKGEN0803",
        "String enum value is not a string",
        "Enum '{0}' is a string enum, but value '{1}' is not a string.");
}
