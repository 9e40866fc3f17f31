using Microsoft.CodeAnalysis;

namespace BkApiGen.Generator.Diagnostics;

// Unions: oneOf with a discriminator and its mapping (BKGEN0006, BKGEN06cc).
internal static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor UnionWithoutDiscriminator = Error(
        "BKGEN0006",
        "oneOf without discriminator",
        "'{0}' uses oneOf without a discriminator: add \"discriminator\": {{\"propertyName\": ..., \"mapping\": {{...}}}} so the generator can tell the cases apart.");

    public static readonly DiagnosticDescriptor DiscriminatorWithoutMapping = Error(
        "BKGEN0601",
        "Discriminator without mapping",
        "The discriminator of '{0}' has no mapping: map each value of '{1}' to a definition.");

    public static readonly DiagnosticDescriptor DiscriminatorNotAProperty = Error(
        "BKGEN0602",
        "Discriminator is not a property",
        "The discriminator property '{0}' is not among the properties of '{1}'.");

    public static readonly DiagnosticDescriptor MappingNotAReference = Error("BKGEN0603", "Mapping is not a $ref", "The mapping '{0}' of '{1}' must reference a definition.");

    public static readonly DiagnosticDescriptor MappingKeyNotInteger = Error(
        "BKGEN0604",
        "Mapping key is not an integer",
        "'{0}' is an integer, so the mapping key '{1}' must be an integer.");

    public static readonly DiagnosticDescriptor CaseOfTwoUnions = Error(
        "BKGEN0605",
        "Definition is a case of two unions",
        "Definition '{0}' is already a case of '{1}': a definition can be the case of one union value only.");

    public static readonly DiagnosticDescriptor CaseNotAnObject = Error("BKGEN0606", "Union case is not an object", "The case '{0}' of '{1}' must be a plain object definition.");

    public static readonly DiagnosticDescriptor UnsupportedDiscriminatorType = Error(
        "BKGEN0607",
        "Unsupported discriminator type",
        "The discriminator '{0}' must be an integer, a string or an enum of either.");
}
