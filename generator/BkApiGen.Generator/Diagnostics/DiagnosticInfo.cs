using System.Linq;
using BkApiGen.Generator.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace BkApiGen.Generator.Diagnostics;

/// <summary>Where in a spec file a problem is: plain data, turned into a Roslyn <see cref="Location"/> only when reported.</summary>
internal sealed record LocationInfo(string FilePath, int Start, int Length, int Line, int Column)
{
    public Location ToLocation()
        => Location.Create(FilePath, new TextSpan(Start, Length), new LinePositionSpan(new LinePosition(Line, Column), new LinePosition(Line, Column + Length)));
}

/// <summary>
/// A diagnostic as equatable data, so that it can travel through the incremental pipeline: the descriptor (a static
/// singleton, compared by value) and the specifics its message format is filled with.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> MessageArguments)
{
    public Diagnostic ToDiagnostic()
        => Diagnostic.Create(Descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, MessageArguments.Cast<object?>().ToArray());
}

internal static class DiagnosticDescriptorExtensions
{
    /// <summary>The diagnostic <paramref name="descriptor"/> at <paramref name="location"/>, its message filled with <paramref name="arguments"/>.</summary>
    public static DiagnosticInfo At(this DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments)
        => new(descriptor, location, arguments.ToEquatableArray());
}
