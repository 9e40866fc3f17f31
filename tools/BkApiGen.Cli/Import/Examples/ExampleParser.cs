using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Examples;

/// <summary>
/// The examples phase: each example block parsed once, the response envelope (<c>result, code, data</c>, or v4's
/// <c>{"data"}</c>) taken off, so that later phases see only what the definitions describe.
/// </summary>
internal static class ExampleParser
{
    /// <summary>The ESB common arguments and gateway auth: the runtime sends them, the spec does not describe them.</summary>
    private static readonly HashSet<string> CommonArguments = new(StringComparer.Ordinal)
    {
        "bk_app_code", "bk_app_secret", "bk_token", "bk_username", "access_token", "bk_ticket", "bk_supplier_account",
    };

    // Duplicate members are refused while parsing: JsonNode would otherwise only throw (an ArgumentException) when the
    // object is first enumerated.
    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, AllowDuplicateProperties = false };

    public static ParsedExamples Parse(ApiDoc doc, bool isV4, WarningLog warnings)
    {
        var requests = new List<(JsonObject Body, DocExample Example)>();
        var responses = new List<(JsonNode Data, DocExample Example)>();
        var v4 = isV4;
        DocExample? nullData = null;
        foreach (var example in doc.Examples)
        {
            if (string.IsNullOrWhiteSpace(example.Text))
            {
                warnings.Add(example.Line - 1, "this example is empty.");
                continue;
            }

            JsonNode? node;
            try
            {
                node = JsonNode.Parse(example.Text, documentOptions: JsonOptions);
            }
            catch (JsonException ex)
            {
                var text = example.Text.Trim();
                if (example.Section == SectionKind.RequestExample && text.Contains('?', StringComparison.Ordinal) && (text.StartsWith('/') || text.StartsWith("http", StringComparison.OrdinalIgnoreCase)))
                {
                    node = QueryExample(text);
                }
                else
                {
                    warnings.Add(example.Line + (int)(ex.LineNumber ?? 0), $"this example is not valid JSON ({ex.Message.Split('.')[0]}): it is left out.");
                    continue;
                }
            }

            if (node is null)
            {
                continue;
            }

            if (example.Section == SectionKind.RequestExample)
            {
                if (node is not JsonObject body)
                {
                    warnings.Add(example.Line, "the request example is not a JSON object: it is left out.");
                    continue;
                }

                foreach (var key in body.Select(p => p.Key).Where(CommonArguments.Contains).ToList())
                {
                    body.Remove(key);
                }

                requests.Add((body, example));
            }
            else
            {
                if (node is JsonObject v4Error && v4Error["error"] is JsonObject && !v4Error.ContainsKey("result") && !v4Error.ContainsKey("data"))
                {
                    // bk-job v4's error body ({"error": {"code": "SYMBOL", ...}}, at 4xx/5xx): the runtime owns it.
                    if (!v4)
                    {
                        v4 = true;
                        warnings.Add(example.Line, "this response example is a bk-job v4 error body ({\"error\": ...}): the spec gets \"protocol\": \"v4\".");
                    }

                    continue;
                }

                if (example.HttpStatus is >= 300)
                {
                    warnings.Add(example.Line, $"this response example comes with HTTP status {example.HttpStatus}: it is not taken as data.");
                    continue;
                }

                if (v4 && node is JsonObject v4Body && v4Body.Count == 1 && v4Body.ContainsKey("data"))
                {
                    if (v4Body["data"] is { } v4Data)
                    {
                        responses.Add((v4Data, example));
                    }
                    else
                    {
                        nullData ??= example;
                    }
                }
                else if (node is JsonObject envelope && envelope.ContainsKey("data") && (envelope.ContainsKey("result") || envelope.ContainsKey("code")))
                {
                    if (envelope["data"] is { } data)
                    {
                        responses.Add((data, example));
                    }
                    else
                    {
                        nullData ??= example;
                    }
                }
                else
                {
                    warnings.Add(example.Line, "this response example has no envelope (result, code, data): taken as the data itself.");
                    responses.Add((node, example));
                }
            }
        }

        return new ParsedExamples(requests, responses, v4, nullData);
    }

    /// <summary>A GET request example written as a URL: its query string read as the request body.</summary>
    private static JsonObject QueryExample(string url)
    {
        var query = url[(url.IndexOf('?', StringComparison.Ordinal) + 1)..];
        var body = new JsonObject();
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(parts[0]);
            var value = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "";
            body[key] = long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number)
                : value is "true" or "false" ? JsonValue.Create(value == "true")
                : JsonValue.Create(value);
        }

        return body;
    }
}
