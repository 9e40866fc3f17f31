using Microsoft.CodeAnalysis;

namespace BkApiGen.Generator.Diagnostics;

// Operations: duplicates (BKGEN0010), what the runtime cannot send (BKGEN0011, BKGEN11cc), path parameters (BKGEN0014, BKGEN14cc).
internal static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor DuplicateOperation = Error(
        "BKGEN0010",
        "Duplicate operation",
        "The operation '{0}' is defined by more than one spec: {1}.");

    public static readonly DiagnosticDescriptor UnsupportedMethod = Error(
        "BKGEN0011",
        "Unsupported HTTP method",
        "HTTP method '{0}' is not supported: use GET, POST, PUT, DELETE or PATCH.");

    public static readonly DiagnosticDescriptor MemberNotInQuery = Error(
        "BKGEN1101",
        "Member cannot travel in a query string",
        "'{0}' cannot travel in the query string of a {1} operation: only scalars and lists of scalars can. Use POST, or flatten the member.");

    public static readonly DiagnosticDescriptor PathParameterWithoutMember = Error(
        "BKGEN0014",
        "Path parameter names no member",
        "The path parameter '{{{0}}}' of '{1}' names no member of the request '{2}': add the member '{0}' (its wire name) or correct the path.");

    public static readonly DiagnosticDescriptor OptionalPathParameter = Error(
        "BKGEN1401",
        "Path parameter member is optional",
        "'{0}' fills the path parameter '{{{0}}}' of '{1}', so it must be required and not nullable: add it to 'required' of '{2}'.");

    public static readonly DiagnosticDescriptor UnsupportedPathParameterType = Error(
        "BKGEN1402",
        "Path parameter member type unsupported",
        "'{0}' fills the path parameter '{{{0}}}' of '{1}', so it must be a string, an integer or an enum of either.");

    public static readonly DiagnosticDescriptor UnbalancedPathBrace = Error(
        "BKGEN1403",
        "Unbalanced brace in a path",
        "The path '{0}' has an unbalanced '{1}' at position {2}: a path parameter is written '{{member_name}}'.");

    public static readonly DiagnosticDescriptor InvalidPathParameterName = Error(
        "BKGEN1404",
        "Path parameter is not a wire name",
        "The path '{0}' has the path parameter '{{{1}}}': it must name a request member by its wire name (letters, digits and '_').");

    public static readonly DiagnosticDescriptor RepeatedPathParameter = Error(
        "BKGEN1405",
        "Path parameter used twice",
        "The path '{0}' uses the path parameter '{{{1}}}' twice.");
}
