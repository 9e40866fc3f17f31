using Microsoft.CodeAnalysis;

namespace BkApiGen.Generator.Diagnostics;

// Validation keywords and x-never-null (BKGEN0009, BKGEN09cc).
internal static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor UnknownFormat = Error(
        "BKGEN0009",
        "Unknown format",
        "'{0}' has format '{1}', which is not known: use one of {2}.");

    public static readonly DiagnosticDescriptor InvalidPattern = Error("BKGEN0901", "Invalid pattern", "'{0}' has an invalid pattern: {1}");

    public static readonly DiagnosticDescriptor RequiredUnknownProperty = Error(
        "BKGEN0902",
        "required names an unknown property",
        "'{0}' requires '{1}', which is not among its properties.");

    public static readonly DiagnosticDescriptor AnyOfNotRequired = Error(
        "BKGEN0903",
        "anyOf alternative is not a required list",
        "Each anyOf alternative of '{0}' must be {{\"required\": [...]}}.");

    public static readonly DiagnosticDescriptor AnyOfUnknownProperty = Error(
        "BKGEN0904",
        "anyOf names an unknown property",
        "An anyOf alternative of '{0}' requires '{1}', which is not among its properties.");

    public static readonly DiagnosticDescriptor UnsupportedDependency = Error(
        "BKGEN0905",
        "Unsupported dependency",
        "Only property dependencies (a list of names) are supported in '{0}.dependencies'.");

    public static readonly DiagnosticDescriptor DependencyUnknownProperty = Error(
        "BKGEN0906",
        "dependencies names an unknown property",
        "'{0}.dependencies' names '{1}' or '{2}', which is not among its properties.");

    public static readonly DiagnosticDescriptor NeverNullNotBoolean = Error("BKGEN0907", "x-never-null is not a boolean", "'x-never-null' on '{0}.{1}' must be true or false.");

    public static readonly DiagnosticDescriptor NeverNullOnNullable = Error(
        "BKGEN0908",
        "x-never-null on a nullable or defaulted member",
        "'{0}.{1}' is 'x-never-null' but may be null or defaults to empty: drop one of the two.");

    public static readonly DiagnosticDescriptor NeverNullInRequest = Error(
        "BKGEN0909",
        "x-never-null on a request-only type",
        "'{0}.{1}' is 'x-never-null', but '{0}' only travels in requests, where the keyword means nothing: use 'required'.");
}
