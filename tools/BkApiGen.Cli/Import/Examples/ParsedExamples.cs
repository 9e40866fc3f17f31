using System.Text.Json.Nodes;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Examples;

/// <summary>
/// The doc's examples as JSON: request bodies without the common arguments, and the data of each response;
/// <paramref name="NullData"/> is the first response example whose envelope has <c>"data": null</c> (CMDB's
/// <c>add_host_lock</c>): the server says the response may be null.
/// </summary>
internal sealed record ParsedExamples(
    IReadOnlyList<(JsonObject Body, DocExample Example)> Requests,
    IReadOnlyList<(JsonNode Data, DocExample Example)> Responses,
    bool IsV4,
    DocExample? NullData = null);
