using Microsoft.CodeAnalysis;

namespace BkApiGen.Generator.Diagnostics;

// $ref: names no definition (BKGEN0003, BKGEN03cc) or has a form or target the generator does not take (BKGEN0004, BKGEN04cc).
internal static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor UnknownLocalReference = Error("BKGEN0003", "Unknown $ref", "$ref '{0}' names no definition in this spec.");

    public static readonly DiagnosticDescriptor UnknownSharedReference = Error("BKGEN0301", "Unknown shared $ref", "$ref '{0}' names no definition in {1}.");

    public static readonly DiagnosticDescriptor ReferenceNotString = Error("BKGEN0302", "$ref is not a string", "$ref must be a string, e.g. \"#/definitions/host\".");

    public static readonly DiagnosticDescriptor MissingSharedDefinition = Error("BKGEN0303", "Shared definition missing", "{0} references a shared definition that does not exist.");

    public static readonly DiagnosticDescriptor ReferenceToNonDefinition = Error("BKGEN0304", "$ref to a schema that is not a definition", "{0} references a schema that is not a definition.");

    public static readonly DiagnosticDescriptor UnsupportedReference = Error(
        "BKGEN0004",
        "Unsupported $ref",
        "$ref '{0}' is not supported: use '#/definitions/name', or 'file.bkapi.json#/definitions/name' for a shared definitions file.");

    public static readonly DiagnosticDescriptor ReferenceOutOfDefinitionsFile = Error(
        "BKGEN0401",
        "$ref out of a definitions file",
        "$ref '{0}': a definitions file may only reference its own definitions.");

    public static readonly DiagnosticDescriptor ReferenceToUnknownFile = Error(
        "BKGEN0402",
        "$ref to a file that is not a definitions file",
        "$ref '{0}': '{1}' is not a definitions file of this project (add it as a BkApiSpec item with \"x-bkapi\": {{\"role\": \"definitions\"}}, and fix its own errors).");
}
