using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace BkApiGen.Generator.Diagnostics;

/// <summary>Where in a spec file a problem is: plain data, turned into a Roslyn <see cref="Location"/> only when reported.</summary>
internal sealed record LocationInfo(string FilePath, int Start, int Length, int Line, int Column)
{
    public Location ToLocation()
        => Location.Create(FilePath, new TextSpan(Start, Length), new LinePositionSpan(new LinePosition(Line, Column), new LinePosition(Line, Column + Length)));
}

/// <summary>A diagnostic as equatable data, so that it can travel through the incremental pipeline.</summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, string MessageArgument)
{
    public Diagnostic ToDiagnostic()
        => Diagnostic.Create(DiagnosticDescriptors.Get(Id), Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, MessageArgument);
}
