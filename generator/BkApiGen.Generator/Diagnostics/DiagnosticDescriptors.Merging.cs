using Microsoft.CodeAnalysis;

namespace BkApiGen.Generator.Diagnostics;

// Types declared by several specs of one namespace (BKGEN0015, BKGEN15cc).
internal static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor ConflictingType = Error(
        "BKGEN0015",
        "Conflicting type across specs",
        "The C# type '{0}' is declared by {1} and, differently, by {2}: {3}. {4} comes first and keeps the name; {5} is not generated. "
        + "Give one of them another name with 'x-csharp-name', make them identical, or move the shared type to a definitions file.");

    public static readonly DiagnosticDescriptor ConflictingTypeInOneSpec = Error(
        "BKGEN1501",
        "Conflicting type in one spec",
        "The C# type '{0}' is declared by {1} and, differently, by {2}: {3}. {4} is not generated. "
        + "Give one of them another name with 'x-csharp-name', make them identical, or move the shared type to a definitions file.");

    public static readonly DiagnosticDescriptor UsesHeldBackType = Error(
        "BKGEN1502",
        "Spec uses a held-back shared type",
        "{0} uses the shared type '{1}', which {2} declares but, held back by its BKGEN0015, does not generate (or declares unlike another definitions file): {0} is not generated either, until that is resolved.");
}
