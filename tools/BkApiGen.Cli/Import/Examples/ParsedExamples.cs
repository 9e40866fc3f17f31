using System.Text.Json.Nodes;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Examples;

/// <summary>The doc's examples as JSON: request bodies without the common arguments, and the data of each response.</summary>
internal sealed record ParsedExamples(
    IReadOnlyList<(JsonObject Body, DocExample Example)> Requests,
    IReadOnlyList<(JsonNode Data, DocExample Example)> Responses,
    bool IsV4);
