using System.Collections.Generic;
using System.Linq;
using BkApiGen.Generator.Diagnostics;
using BkApiGen.Generator.Models;
using Newtonsoft.Json.Linq;

namespace BkApiGen.Generator.Parsing;

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
