using Microsoft.CodeAnalysis;

namespace BkApiGen.Generator.Diagnostics;

// x-bkapi.pagination and x-bkapi.chunk (BKGEN0030, BKGEN30cc).
internal static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor PagingMemberNotFound = Error("BKGEN0030", "Paging names no member", "{0} has no member '{1}'.");

    public static readonly DiagnosticDescriptor PaginationNotObject = Error(
        "BKGEN3001",
        "pagination is not an object",
        "'x-bkapi.pagination' must be an object: {{\"offset\", \"limit\", \"total\", \"items\", \"maxLimit\"}}.");

    public static readonly DiagnosticDescriptor InvalidMaxLimit = Error(
        "BKGEN3002",
        "Invalid maxLimit",
        "'x-bkapi.pagination.maxLimit' must be an integer from 1 to 100000: the most items the operation returns per page, as its doc says.");

    public static readonly DiagnosticDescriptor PaginationKeyNotName = Error(
        "BKGEN3003",
        "pagination key names no member",
        "'x-bkapi.pagination.{0}' must name a member (wire name), e.g. \"{1}\".");

    public static readonly DiagnosticDescriptor OffsetAndLimitApart = Error(
        "BKGEN3004",
        "offset and limit in different objects",
        "'offset' ({0}) and 'limit' ({1}) must both be request members, or both members of the same request member (\"page.start\", \"page.limit\").");

    public static readonly DiagnosticDescriptor PageNotObject = Error(
        "BKGEN3005",
        "Page is not an object",
        "'{0}' must be an object member of the request to hold the offset and limit.");

    public static readonly DiagnosticDescriptor OptionalPageWithRequiredMember = Error(
        "BKGEN3006",
        "Optional page with a required member",
        "'{0}' is optional but requires '{1}': a page could not be built when the caller leaves it out. Make '{0}' required or '{1}' optional.");

    public static readonly DiagnosticDescriptor PageMemberNotInteger = Error("BKGEN3007", "Offset or limit is not an integer", "'{0}' must be an integer to be the page's {1}.");

    public static readonly DiagnosticDescriptor PagedResponseNotObject = Error(
        "BKGEN3008",
        "Paged response is not an object",
        "A paged operation's response must be an object with the total and the items.");

    public static readonly DiagnosticDescriptor TotalNotInteger = Error("BKGEN3009", "Total is not an integer", "'{0}' must be an integer to be the total.");

    public static readonly DiagnosticDescriptor ItemsNotArray = Error("BKGEN3010", "Items is not an array", "'{0}' must be an array to be the page's items.");

    public static readonly DiagnosticDescriptor ChunkNotMemberNames = Error(
        "BKGEN3011",
        "chunk names no list member",
        "'x-bkapi.chunk' must name a list member of the request, e.g. \"bk_module_ids\", or several: [\"bk_set_ids\", \"bk_module_ids\"].");

    public static readonly DiagnosticDescriptor ChunkWithoutMaxItems = Error(
        "BKGEN3012",
        "Chunked member without maxItems",
        "'{0}' must be a list with 'maxItems' (the most the operation takes per call) to be split into calls.");

    public static readonly DiagnosticDescriptor ChunkMemberRepeated = Error("BKGEN3013", "Chunked member named twice", "'{0}' is named twice in 'x-bkapi.chunk'.");

    public static readonly DiagnosticDescriptor CountFlagApart = Error(
        "BKGEN3014",
        "countFlag not beside offset and limit",
        "'x-bkapi.pagination.countFlag' ({0}) must be a member of the object that holds the offset and limit (\"page.enable_count\" beside \"page.start\").");

    public static readonly DiagnosticDescriptor CountFlagNotBoolean = Error("BKGEN3015", "countFlag is not a boolean", "'{0}' must be a boolean to be the count flag (true asks for the total alone).");

    public static readonly DiagnosticDescriptor CountRequestWithRequiredMember = Error(
        "BKGEN3016",
        "Count request with a required member",
        "The count request is a fresh '{0}' with offset and limit 0 and the count flag set, but '{1}' is required there too. Make '{1}' optional.");
}
