using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace BkApiGen.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Each has one message slot filled with the specifics; ids are documented
/// in docs/diagnostics.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "BkApiGen";

    public static readonly DiagnosticDescriptor InvalidJson = Error("BKGEN0001", "Spec is not valid JSON", "The spec is not valid JSON: {0}");
    public static readonly DiagnosticDescriptor MissingOperation = Error("BKGEN0002", "Spec does not describe an operation", "{0}");
    public static readonly DiagnosticDescriptor UnknownReference = Error("BKGEN0003", "Unknown $ref", "{0}");
    public static readonly DiagnosticDescriptor UnsupportedReference = Error("BKGEN0004", "Unsupported $ref", "{0}");
    public static readonly DiagnosticDescriptor UnsupportedType = Error("BKGEN0005", "Unsupported schema", "{0}");
    public static readonly DiagnosticDescriptor InvalidDiscriminator = Error("BKGEN0006", "Invalid discriminator", "{0}");
    public static readonly DiagnosticDescriptor InvalidName = Error("BKGEN0007", "Invalid or conflicting C# name", "{0}");
    public static readonly DiagnosticDescriptor InvalidEnum = Error("BKGEN0008", "Invalid enum", "{0}");
    public static readonly DiagnosticDescriptor InvalidConstraint = Error("BKGEN0009", "Invalid validation keyword", "{0}");
    public static readonly DiagnosticDescriptor DuplicateOperation = Error("BKGEN0010", "Duplicate operation", "{0}");
    public static readonly DiagnosticDescriptor UnsupportedOperation = Error("BKGEN0011", "Unsupported operation", "{0}");
    public static readonly DiagnosticDescriptor UnsupportedKeyword = Error("BKGEN0012", "Unsupported keyword", "{0}");
    public static readonly DiagnosticDescriptor UnsupportedLanguageVersion = Error(
        "BKGEN0013",
        "C# version too old",
        "The generated clients need C# 12 or later, and this project compiles as C# {0}: remove <LangVersion> (a .NET 10 project defaults to C# 14) or set it to 12 or later. Nothing was generated.");
    public static readonly DiagnosticDescriptor InvalidPathParameter = Error("BKGEN0014", "Invalid path parameter", "{0}");
    public static readonly DiagnosticDescriptor ConflictingType = Error("BKGEN0015", "Conflicting type across specs", "{0}");
    public static readonly DiagnosticDescriptor RenamedMember = Warning("BKGEN0016", "Member renamed", "{0}");
    public static readonly DiagnosticDescriptor InvalidPaging = Error("BKGEN0030", "Invalid paging or chunking", "{0}");
    public static readonly DiagnosticDescriptor UnreadableSpec = Error("BKGEN0099", "Spec could not be read", "The spec could not be read: {0}");

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new[]
    {
        InvalidJson, MissingOperation, UnknownReference, UnsupportedReference, UnsupportedType, InvalidDiscriminator,
        InvalidName, InvalidEnum, InvalidConstraint, DuplicateOperation, UnsupportedOperation, UnsupportedKeyword, UnsupportedLanguageVersion,
        InvalidPathParameter, ConflictingType, RenamedMember, InvalidPaging, UnreadableSpec,
    }.ToDictionary(d => d.Id);

    public static DiagnosticDescriptor Get(string id) => ById[id];

    private static DiagnosticDescriptor Warning(string id, string title, string format)
        => new(id, title, format, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    private static DiagnosticDescriptor Error(string id, string title, string format)
        => new(id, title, format, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
