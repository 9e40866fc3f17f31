using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using BkApiGen.Generator.Diagnostics;
using BkApiGen.Generator.Models;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace BkApiGen.Generator.Parsing;

/// <summary>
/// Step 1 of the pipeline: spec text → <see cref="ApiSpec"/> model plus diagnostics. Never throws: whatever is wrong
/// with the input becomes a BKGEN diagnostic at the offending token.
/// </summary>
internal static class SpecParser
{
    private static readonly JsonLoadSettings LoadSettings = new()
    {
        LineInfoHandling = LineInfoHandling.Load,
        CommentHandling = CommentHandling.Ignore,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
    };

    public static ParseResult Parse(SpecInput input, CancellationToken cancellationToken)
    {
        var locator = new JsonLocator(input.Path, input.Text);
        var diagnostics = new DiagnosticBag(locator);
        try
        {
            var spec = ParseCore(input, locator, diagnostics, cancellationToken);
            return new ParseResult(diagnostics.HasErrors ? null : spec, diagnostics.ToEquatableArray());
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // A generator that throws breaks the consumer's whole build (CS8784): report the spec instead.
            diagnostics.Add(DiagnosticDescriptors.UnreadableSpec, (JToken?)null, $"{ex.GetType().Name}: {ex.Message}");
            return new ParseResult(null, diagnostics.ToEquatableArray());
        }
    }

    private static ApiSpec? ParseCore(SpecInput input, JsonLocator locator, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        JToken token;
        try
        {
            token = JToken.Parse(input.Text, LoadSettings);
        }
        catch (JsonReaderException ex)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidJson, locator.FromLineInfo(ex.LineNumber, ex.LinePosition), ex.Message);
            return null;
        }

        if (token is not JObject root)
        {
            diagnostics.Add(DiagnosticDescriptors.MissingOperation, token, "The spec must be a JSON object with 'x-bkapi' and 'definitions'.");
            return null;
        }

        CheckReferences(root, root, diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        var header = OperationHeader.Read(root, diagnostics);
        if (header is null)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        JsonSchema schema;
        try
        {
            // Local references only (checked above), so this completes synchronously without I/O.
            schema = JsonSchema.FromJsonAsync(input.Text, cancellationToken).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticDescriptors.UnreadableSpec, root, ex.Message);
            return null;
        }

        var ns = ResolveNamespace(input, header, root, diagnostics);
        var builder = new ModelBuilder(schema, root, diagnostics);
        var types = builder.Build();
        var request = builder.FindType(header.RequestDefinition);
        var response = builder.FindType(header.ResponseDefinition);
        if (request is not ObjectSpec || request is ObjectSpec { UnionCase: not null })
        {
            diagnostics.Add(DiagnosticDescriptors.MissingOperation, header.RequestToken, $"The request '{header.RequestDefinition}' must be an object definition.");
        }

        if (response is null or EnumSpec)
        {
            diagnostics.Add(DiagnosticDescriptors.MissingOperation, header.ResponseToken, $"The response '{header.ResponseDefinition}' must be an object or union definition.");
        }

        if (diagnostics.HasErrors || request is null || response is null || ns is null)
        {
            return null;
        }

        types = ModelBuilder.MarkValidated(types, request.Name);
        var clientClass = input.ClientName is { Length: > 0 } named ? named : header.ClientName ?? CSharpNames.Pascal(header.System) + "Client";
        if (!CSharpNames.IsValidIdentifier(clientClass))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidName, header.Token, $"The client name '{clientClass}' is not a valid C# identifier.");
            return null;
        }

        var methodName = CSharpNames.Pascal(header.Name);
        var client = new ClientSpec(ns, clientClass, "I" + clientClass, header.System);
        var operation = new OperationSpec(
            header.System,
            header.Name,
            methodName,
            header.Method,
            header.GatewayPath,
            header.EsbPath,
            header.IsIdempotent,
            header.Description,
            request.Name,
            response.Name,
            client,
            methodName + "JsonContext");
        return new ApiSpec(System.IO.Path.GetFileName(input.Path), ns, operation, types);
    }

    private static string? ResolveNamespace(SpecInput input, OperationHeader header, JObject root, DiagnosticBag diagnostics)
    {
        var ns = input.Namespace is { Length: > 0 } configured
            ? configured
            : (input.RootNamespace is { Length: > 0 } rootNs ? rootNs + "." : "") + CSharpNames.Pascal(header.System);
        if (!CSharpNames.IsValidNamespace(ns))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidName, root, $"The namespace '{ns}' is not a valid C# namespace; set the spec's Namespace metadata.");
            return null;
        }

        return ns;
    }

    /// <summary>Every <c>$ref</c> must name a local definition: NJsonSchema would otherwise try to load files or throw.</summary>
    private static void CheckReferences(JToken token, JObject root, DiagnosticBag diagnostics)
    {
        foreach (var property in token.Children<JProperty>().ToList())
        {
            if (property.Name == "$ref")
            {
                if (property.Value is not JValue { Type: JTokenType.String } value)
                {
                    diagnostics.Add(DiagnosticDescriptors.UnknownReference, property.Value, "$ref must be a string.");
                    continue;
                }

                var target = (string)value!;
                const string prefix = "#/definitions/";
                if (!target.StartsWith(prefix, StringComparison.Ordinal) || target.IndexOf('/', prefix.Length) >= 0)
                {
                    diagnostics.Add(DiagnosticDescriptors.UnsupportedReference, value, $"$ref '{target}' is not supported: only local references of the form '#/definitions/name' are.");
                }
                else if (JsonLocator.Select(root, "definitions", Unescape(target.Substring(prefix.Length))) is null)
                {
                    diagnostics.Add(DiagnosticDescriptors.UnknownReference, value, $"$ref '{target}' names no definition in this spec.");
                }

                continue;
            }

            CheckReferences(property.Value, root, diagnostics);
        }

        foreach (var item in token.Children().Where(c => c is JObject or JArray))
        {
            CheckReferences(item, root, diagnostics);
        }
    }

    private static string Unescape(string pointerSegment) => pointerSegment.Replace("~1", "/").Replace("~0", "~");
}

/// <summary>Collects diagnostics at JSON tokens.</summary>
internal sealed class DiagnosticBag(JsonLocator locator)
{
    private readonly List<DiagnosticInfo> _items = new();

    public bool HasErrors => _items.Count > 0;

    public JsonLocator Locator => locator;

    public void Add(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, JToken? at, string message)
        => _items.Add(new DiagnosticInfo(descriptor.Id, locator.Locate(at), message));

    public void Add(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo? at, string message)
        => _items.Add(new DiagnosticInfo(descriptor.Id, at, message));

    public EquatableArray<DiagnosticInfo> ToEquatableArray() => _items.Distinct().ToEquatableArray();
}
