using Microsoft.CodeAnalysis;

namespace BkApiGen.Generator.Diagnostics;

// Schemas the generator cannot map to C# (BKGEN0005, BKGEN05cc) and keywords it would ignore (BKGEN0012, BKGEN12cc).
internal static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor InlineEnum = Error(
        "BKGEN0005",
        "Inline enum",
        "{0} has an inline enum: move it to 'definitions' (with 'x-enumNames') and reference it, so that it gets a C# name.");

    public static readonly DiagnosticDescriptor InlineUnion = Error(
        "BKGEN0501",
        "Inline oneOf/anyOf/allOf",
        "{0} uses oneOf/anyOf/allOf inline: declare the union as a definition with a discriminator and reference it.");

    public static readonly DiagnosticDescriptor ArrayWithoutItems = Error("BKGEN0502", "Array without items", "{0} is an array without 'items': say what its elements are.");

    public static readonly DiagnosticDescriptor NestedCollection = Error(
        "BKGEN0503",
        "Collection in a collection",
        "{0} nests a collection in a collection, which is not supported: wrap the inner one in an object definition.");

    public static readonly DiagnosticDescriptor CollectionInMap = Error(
        "BKGEN0504",
        "Collection in a map",
        "{0} nests a collection in a map, which is not supported: wrap it in an object definition.");

    public static readonly DiagnosticDescriptor InlineObject = Error(
        "BKGEN0505",
        "Inline object",
        "{0} declares an inline object: move it to 'definitions' and reference it, so that it gets a C# name.");

    public static readonly DiagnosticDescriptor UnsupportedSchemaType = Error(
        "BKGEN0506",
        "Unsupported type",
        "{0} has type '{1}', which is not supported: use one of string, integer, number, boolean, array, object (optionally with null).");

    public static readonly DiagnosticDescriptor UnsupportedDefault = Error(
        "BKGEN0507",
        "Unsupported default",
        "Only an empty array or object is supported as 'default' (on '{0}.{1}').");

    public static readonly DiagnosticDescriptor PropertiesWithAdditionalProperties = Error(
        "BKGEN0508",
        "Properties and additionalProperties",
        "Definition '{0}' has both 'properties' and an 'additionalProperties' schema, which is not supported (the record would drop the other members): make it a map (only 'additionalProperties'), or list the members and remove 'additionalProperties'.");

    public static readonly DiagnosticDescriptor UnsupportedKeyword = Error(
        "BKGEN0012",
        "Unsupported keyword",
        "'{0}' is not supported by the generator, which would ignore it: remove it or express the rule with supported keywords (see docs/spec-format.md).");

    public static readonly DiagnosticDescriptor UnknownHeaderKey = Error("BKGEN1201", "Unknown x-bkapi key", "'x-bkapi.{0}' is not a known key: use {1}.");

    public static readonly DiagnosticDescriptor UnsupportedDiscriminatorKey = Error(
        "BKGEN1202",
        "Unsupported discriminator keyword",
        "'discriminator.{0}' is not supported: a discriminator has 'propertyName' and 'mapping'.");
}
