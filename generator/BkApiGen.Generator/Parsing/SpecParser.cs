using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using BkApiGen.Generator.Diagnostics;
using BkApiGen.Generator.Models;
using BkApiGen.SpecFormat;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BkApiGen.Generator.Parsing;

/// <summary>
/// Step 1 of the pipeline: spec text → <see cref="ApiSpec"/> model plus diagnostics. Never throws: whatever is wrong
/// with the input becomes a BKGEN diagnostic at the offending token.
/// </summary>
/// <remarks>
/// This file reads an operation or a callback spec; the partials hold what it checks and derives on the way:
/// <c>SpecParser.References.cs</c> (every <c>$ref</c> names a definition), <c>SpecParser.PathMembers.cs</c> (the request
/// members that fill path placeholders) and <c>SpecParser.SharedTypes.cs</c> (the definitions-file types a spec uses).
/// </remarks>
internal static partial class SpecParser
{
    public static ParseResult Parse(SpecInput input, SharedCatalog catalog, CancellationToken cancellationToken)
    {
        var locator = new JsonLocator(input.Path, input.Text);
        var diagnostics = new DiagnosticBag(locator);
        try
        {
            var (spec, exports) = ParseCore(input, catalog, diagnostics, cancellationToken);
            return diagnostics.HasErrors
                ? new ParseResult(null, EquatableArray<SharedType>.Empty, diagnostics.ToEquatableArray())
                : new ParseResult(spec, exports, diagnostics.ToEquatableArray());
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // A generator that throws breaks the consumer's whole build (CS8784): report the spec instead.
            diagnostics.Add(DiagnosticDescriptors.UnreadableSpec, (JToken?)null, ex.GetType().Name, ex.Message);
            return new ParseResult(null, EquatableArray<SharedType>.Empty, diagnostics.ToEquatableArray());
        }
    }

    private static (ApiSpec? Spec, EquatableArray<SharedType> Exports) ParseCore(SpecInput input, SharedCatalog catalog, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var none = (default(ApiSpec), EquatableArray<SharedType>.Empty);
        if (input.Document.Error is { } error)
        {
            if (error is JsonReaderException ex)
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidJson, diagnostics.Locator.FromLineInfo(ex.LineNumber, ex.LinePosition), ex.Message);
            }
            else
            {
                // As if the read had thrown here (see Parse).
                diagnostics.Add(DiagnosticDescriptors.UnreadableSpec, (JToken?)null, error.GetType().Name, error.Message);
            }

            return none;
        }

        var token = input.Document.Root!;

        if (token is not JObject root)
        {
            diagnostics.Add(DiagnosticDescriptors.SpecNotAnObject, token);
            return none;
        }

        CheckReferences(root, root, input, catalog, diagnostics);
        SchemaKeywords.Check(root, diagnostics);
        if (diagnostics.HasErrors)
        {
            return none;
        }

        if (input.IsCallback)
        {
            return (ParseCallback(input, root, catalog, diagnostics, cancellationToken), EquatableArray<SharedType>.Empty);
        }

        var header = OperationHeader.Read(root, input.IsDefinitions, diagnostics);
        if (header is null)
        {
            return none;
        }

        var schema = ReadSchema(input, root, diagnostics, cancellationToken);
        if (schema is null)
        {
            return none;
        }

        var ns = ResolveNamespace(input, header.System, root, diagnostics);
        if (ns is null)
        {
            return none;
        }

        var builder = new ModelBuilder(schema, root, catalog, diagnostics);
        var types = builder.Build();
        var fileName = System.IO.Path.GetFileName(input.Path);
        if (input.IsDefinitions)
        {
            types = types.Select(t => t is ObjectSpec o ? o with { IsValidated = true } : t).ToEquatableArray();
            types = ModelBuilder.MarkWireSides(types, null, null);
            var contextName = CSharpNames.Pascal(SpecFile.Stem(fileName)) + "JsonContext";
            var exports = types.Select(t => new SharedType(Key(input.Path, t.JsonName), ns, t.Name, ModelBuilder.KindOf(t), t is ObjectSpec, t.Description, TypeReferences.Of(t).Select(r => r.Name!).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray(),
                t is EnumSpec e ? e.Members : EquatableArray<EnumMemberSpec>.Empty, t is ObjectSpec o ? o.Properties : EquatableArray<PropertySpec>.Empty)).ToEquatableArray();
            return (new ApiSpec(fileName, ns, contextName, null, types, FilePath: input.Path), exports);
        }

        var request = builder.FindType(header.RequestDefinition!);
        // The data may be any definition: an object, a union, an enum, or an alias of a scalar, a list or a map.
        var response = builder.ResolveDefinition(header.ResponseDefinition!);
        var responseType = builder.FindType(header.ResponseDefinition!);
        if (request is not ObjectSpec || request is ObjectSpec { UnionCase: not null })
        {
            diagnostics.Add(DiagnosticDescriptors.RequestNotObject, header.RequestToken, header.RequestDefinition!);
        }

        if (responseType is ObjectSpec { UnionCase: { } unionCase })
        {
            // A case read alone would never look at its discriminator: the data is the union.
            diagnostics.Add(DiagnosticDescriptors.ResponseIsUnionCase, header.ResponseToken, header.ResponseDefinition!, unionCase.UnionName);
        }

        if (diagnostics.HasErrors || request is null || response is not var (responseRef, responseNullable))
        {
            return none;
        }

        var requestObject = (ObjectSpec)request;
        var pathMembers = PathMembers(header, requestObject, root, diagnostics);
        if (OperationHeader.UsesQuery(header.Method!) && header.GatewayPath is not null)
        {
            // A gateway GET or DELETE carries the request as query parameters: scalars and lists of scalars only. (The ESB
            // takes every request as a POST body, so an operation with only an ESB path may carry anything.)
            foreach (var property in requestObject.Properties.Where(p => !pathMembers.Contains(p.JsonName) && (p.Type.Kind is TypeKind.Object or TypeKind.Union or TypeKind.Map or TypeKind.Any
                         || p.Type.Element?.Kind is TypeKind.Object or TypeKind.Union or TypeKind.Any)))
            {
                diagnostics.Add(DiagnosticDescriptors.MemberNotInQuery, JsonLocator.Select(root, "definitions", header.RequestDefinition!, "properties", property.JsonName), property.JsonName, header.Method!);
            }
        }

        if (diagnostics.HasErrors)
        {
            return none;
        }

        if (pathMembers.Count > 0)
        {
            // An empty path segment would change the path: a string path member must not be empty (checked before sending).
            var withPath = requestObject with
            {
                Properties = requestObject.Properties.Select(p => pathMembers.Contains(p.JsonName) && p.Type.Kind is TypeKind.String && (p.Constraints.MinLength ?? 0) < 1
                    ? p with { Constraints = p.Constraints with { MinLength = 1 } }
                    : p).ToEquatableArray(),
            };
            types = types.Select(t => ReferenceEquals(t, request) ? withPath : t).ToEquatableArray();
        }

        types = ModelBuilder.MarkValidated(types, request.Name);
        types = ModelBuilder.MarkWireSides(types, request.Name, LocalRoot(responseRef));
        foreach (var type in types.OfType<ObjectSpec>())
        {
            // x-never-null is a promise about responses: on a type only requests use it would be ignored in silence.
            foreach (var property in type.Properties.Where(p => p.NeverNull && !p.InResponse))
            {
                diagnostics.Add(DiagnosticDescriptors.NeverNullInRequest, JsonLocator.Select(root, "definitions", type.JsonName, "properties", property.JsonName, "x-never-null"), type.JsonName, property.JsonName);
            }
        }

        if (diagnostics.HasErrors)
        {
            return none;
        }

        var clientClass = input.ClientName is { Length: > 0 } named ? named : header.ClientName ?? CSharpNames.Pascal(header.System) + "Client";
        if (!CSharpNames.IsValidIdentifier(clientClass))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidClientName, header.Token, clientClass);
            return none;
        }

        var paging = PagingReader.Read(header.Token, (ObjectSpec)request, responseType, PropertiesOf, diagnostics);
        var chunks = PagingReader.ReadChunks(header.Token, (ObjectSpec)request, diagnostics);
        if (diagnostics.HasErrors)
        {
            return none;
        }

        EquatableArray<PropertySpec>? PropertiesOf(TypeRef type) => type.Namespace is null
            ? (builder.FindTypeByName(type.Name!) as ObjectSpec)?.Properties
            : catalog.Find(type.Namespace, type.Name!) is { Properties.Count: > 0 } shared ? shared.Properties : null;

        var methodName = CSharpNames.Pascal(header.Name!);
        var client = new ClientSpec(ns, clientClass, "I" + clientClass, header.System);
        var operation = new OperationSpec(
            header.System,
            header.Name!,
            methodName,
            header.Method!,
            header.GatewayPath,
            header.EsbPath,
            header.IsIdempotent,
            header.Description,
            request.Name,
            responseRef,
            responseNullable,
            client,
            header.Protocol,
            header.Verification,
            paging,
            chunks);
        return (new ApiSpec(fileName, ns, methodName + "JsonContext", operation, types, SharedTypesUsed(types, catalog), input.Path), EquatableArray<SharedType>.Empty);
    }

    /// <summary>
    /// A callback spec: its types, read as responses are (the payload comes from the system), and the payload, which gets
    /// static <c>Parse</c> methods. No operation, no client method.
    /// </summary>
    private static ApiSpec? ParseCallback(SpecInput input, JObject root, SharedCatalog catalog, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var header = CallbackHeader.Read(root, diagnostics);
        if (header is null || ReadSchema(input, root, diagnostics, cancellationToken) is not { } schema || ResolveNamespace(input, header.System, root, diagnostics) is not { } ns)
        {
            return null;
        }

        var builder = new ModelBuilder(schema, root, catalog, diagnostics);
        var types = builder.Build();
        var payload = builder.FindType(header.PayloadDefinition);
        if (payload is not (ObjectSpec { UnionCase: null } or UnionSpec))
        {
            diagnostics.Add(DiagnosticDescriptors.PayloadNotObject, header.PayloadToken, header.PayloadDefinition);
        }

        if (diagnostics.HasErrors || payload is null)
        {
            return null;
        }

        types = ModelBuilder.MarkReadOnly(types, payload.Name);
        var contextName = CSharpNames.Pascal(header.Name) + "JsonContext";
        var callback = new CallbackSpec(header.System, header.Name, payload.Name, header.Description);
        return new ApiSpec(System.IO.Path.GetFileName(input.Path), ns, contextName, null, types, SharedTypesUsed(types, catalog), input.Path, callback);
    }

    private static SchemaView? ReadSchema(SpecInput input, JObject root, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return SchemaReader.Read(root, diagnostics.Locator, input.Path, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticDescriptors.UnreadableSchema, root, ex.Message);
            return null;
        }
    }

    /// <summary>The catalog key of a definition: the spec's normalized full path and the definition name.</summary>
    internal static string Key(string path, string definition) => SpecReference.Key(path, definition);

    private static string? ResolveNamespace(SpecInput input, string system, JObject root, DiagnosticBag diagnostics)
    {
        var ns = input.Namespace is { Length: > 0 } configured
            ? configured
            : (input.RootNamespace is { Length: > 0 } rootNs ? rootNs + "." : "") + CSharpNames.Pascal(system);
        if (!CSharpNames.IsValidNamespace(ns))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidNamespace, root, ns);
            return null;
        }

        return ns;
    }
}
