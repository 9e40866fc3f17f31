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
internal static class SpecParser
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
            var exports = types.Select(t => new SharedType(Key(input.Path, t.JsonName), ns, t.Name, ModelBuilder.KindOf(t), t is ObjectSpec, t.Description, NamedTypes(t).Select(r => r.Name!).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray(),
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

    /// <summary>
    /// The request members that fill the gateway path's <c>{name}</c> placeholders. Each must exist, be required and not
    /// nullable (a path cannot leave a segment out), and be a scalar (a string, an integer or an enum of either).
    /// </summary>
    private static HashSet<string> PathMembers(OperationHeader header, ObjectSpec request, JObject root, DiagnosticBag diagnostics)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, path) in new[] { ("gatewayPath", header.GatewayPath), ("esbPath", header.EsbPath) })
        {
            if (path is null)
            {
                continue;
            }

            var at = JsonLocator.Select(header.Token, key);
            foreach (var name in PathTemplate.Names(path))
            {
                var member = request.Properties.FirstOrDefault(p => p.JsonName == name);
                if (member is null)
                {
                    diagnostics.Add(DiagnosticDescriptors.PathParameterWithoutMember, at, name, path, header.RequestDefinition!);
                    continue;
                }

                var memberToken = JsonLocator.Select(root, "definitions", header.RequestDefinition!, "properties", name);
                if (!names.Add(name))
                {
                    continue; // checked for the other path already
                }

                if (!member.IsRequired || member.IsNullable)
                {
                    diagnostics.Add(DiagnosticDescriptors.OptionalPathParameter, memberToken, name, path, header.RequestDefinition!);
                }

                if (member.Type.Kind is not (TypeKind.String or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Enum or TypeKind.StringEnum))
                {
                    diagnostics.Add(DiagnosticDescriptors.UnsupportedPathParameterType, memberToken, name, path);
                }
            }
        }

        return names;
    }

    /// <summary>The spec's own type a response of <paramref name="type"/> starts from (a list's or a map's items), if any.</summary>
    private static string? LocalRoot(TypeRef type)
    {
        var named = type.Element ?? type;
        return named.Name is not null && named.Namespace is null ? named.Name : null;
    }

    /// <summary>The named types a type refers to: its members' types (and their elements), and a union's cases.</summary>
    private static IEnumerable<TypeRef> NamedTypes(TypeSpec type)
    {
        var properties = type switch
        {
            ObjectSpec o => o.Properties.AsEnumerable(),
            UnionSpec u => u.Properties.AsEnumerable(),
            _ => Enumerable.Empty<PropertySpec>(),
        };
        foreach (var property in properties)
        {
            for (var t = property.Type; t is not null; t = t.Element)
            {
                if (t.Name is not null)
                {
                    yield return t;
                }
            }
        }

        if (type is UnionSpec union)
        {
            foreach (var c in union.Cases)
            {
                yield return TypeRef.Named(TypeKind.Object, c.CaseName);
            }
        }
    }

    /// <summary>The definitions-file types an operation's types use, directly or through other shared types, by name.</summary>
    private static EquatableArray<TypeRef> SharedTypesUsed(EquatableArray<TypeSpec> types, SharedCatalog catalog)
    {
        var found = new Dictionary<string, TypeRef>(StringComparer.Ordinal);
        var pending = new Stack<TypeRef>(types.SelectMany(NamedTypes).Where(t => t.Namespace is not null));
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (found.ContainsKey(type.Namespace + "." + type.Name) || catalog.Find(type.Namespace!, type.Name!) is not { } shared)
            {
                continue;
            }

            found[type.Namespace + "." + type.Name] = TypeRef.Named(shared.Kind, shared.Name, shared.Namespace);
            foreach (var used in shared.Uses)
            {
                pending.Push(TypeRef.Named(TypeKind.Object, used, shared.Namespace));
            }
        }

        return found.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).ToEquatableArray();
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

    /// <summary>
    /// Every <c>$ref</c> must name a definition: a local one (<c>#/definitions/name</c>) or one exported by a definitions
    /// file of the project (<c>common.bkapi.json#/definitions/name</c>, relative to this spec).
    /// </summary>
    private static void CheckReferences(JToken token, JObject root, SpecInput input, SharedCatalog catalog, DiagnosticBag diagnostics)
    {
        foreach (var property in token.Children<JProperty>().ToList())
        {
            if (property.Name != "$ref")
            {
                CheckReferences(property.Value, root, input, catalog, diagnostics);
                continue;
            }

            if (property.Value is not JValue { Type: JTokenType.String } value)
            {
                diagnostics.Add(DiagnosticDescriptors.ReferenceNotString, property.Value);
                continue;
            }

            var target = (string)value!;
            if (SpecReference.Parse(target) is not { } reference)
            {
                diagnostics.Add(DiagnosticDescriptors.UnsupportedReference, value, target);
                continue;
            }

            var (file, name) = (reference.File, reference.Definition);
            if (reference.IsLocal)
            {
                if (JsonLocator.Select(root, "definitions", name) is null)
                {
                    diagnostics.Add(DiagnosticDescriptors.UnknownLocalReference, value, target);
                }

                continue;
            }

            if (input.IsDefinitions)
            {
                diagnostics.Add(DiagnosticDescriptors.ReferenceOutOfDefinitionsFile, value, target);
                continue;
            }

            var path = reference.TargetFile(input.Path);
            if (!catalog.HasFile(path))
            {
                diagnostics.Add(DiagnosticDescriptors.ReferenceToUnknownFile, value, target, file);
            }
            else if (catalog.Find(SpecReference.Key(path, name)) is null)
            {
                diagnostics.Add(DiagnosticDescriptors.UnknownSharedReference, value, target, file);
            }
        }

        if (token is JArray array)
        {
            foreach (var item in array)
            {
                CheckReferences(item, root, input, catalog, diagnostics);
            }
        }
    }
}

/// <summary>Collects diagnostics at JSON tokens.</summary>
internal sealed class DiagnosticBag(JsonLocator locator)
{
    private readonly List<DiagnosticInfo> _items = new();

    /// <summary>True when an error (not a warning) was reported: the spec then generates nothing.</summary>
    public bool HasErrors => _items.Exists(d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);

    public JsonLocator Locator => locator;

    /// <summary>Reports <paramref name="descriptor"/> at the token, its message filled with <paramref name="arguments"/>.</summary>
    public void Add(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, JToken? at, params string[] arguments)
        => _items.Add(descriptor.At(locator.Locate(at), arguments));

    public void Add(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo? at, params string[] arguments)
        => _items.Add(descriptor.At(at, arguments));

    public EquatableArray<DiagnosticInfo> ToEquatableArray() => _items.Distinct().ToEquatableArray();
}
