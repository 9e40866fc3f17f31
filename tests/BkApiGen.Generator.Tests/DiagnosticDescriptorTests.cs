using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using BkApiGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace BkApiGen.Generator.Tests;

/// <summary>
/// The descriptors themselves: each owns a real message format and a help link to its row in docs/diagnostics.md, the
/// docs list no id the generator does not have, and the ids follow the documented BKGENffcc scheme.
/// </summary>
public sealed partial class DiagnosticDescriptorTests
{
    public static IEnumerable<object[]> Descriptors() => All().Select(d => new object[] { d.Name });

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Each_descriptor_links_to_its_row_in_the_docs(string name)
    {
        var descriptor = Get(name);
        var anchor = descriptor.Id.ToLowerInvariant();

        Assert.Equal(DiagnosticDescriptors.HelpBase + "#" + anchor, descriptor.HelpLinkUri);
        Assert.Contains($"<a id=\"{anchor}\"></a>{descriptor.Id}", Docs(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Each_message_format_says_what_is_wrong_and_takes_its_arguments_in_order(string name)
    {
        var descriptor = Get(name);
        var format = descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
        var indexes = Placeholder().Matches(format).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order().ToList();

        Assert.NotEqual("{0}", format.Trim());
        Assert.Matches("[A-Za-z]{3,}", Placeholder().Replace(format, ""));
        Assert.Equal(Enumerable.Range(0, indexes.Count), indexes);
        var rendered = string.Format(CultureInfo.InvariantCulture, format, indexes.Select(i => (object)$"<arg{i}>").ToArray());
        Assert.DoesNotMatch(@"\{\d+\}", rendered);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString(CultureInfo.InvariantCulture)), name);
    }

    [Fact]
    public void Every_id_in_the_docs_is_a_descriptor()
    {
        var ids = All().Select(d => d.Descriptor.Id).ToHashSet(StringComparer.Ordinal);
        var anchors = Anchor().Matches(Docs()).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(anchors.Count, anchors.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ids.Order(StringComparer.Ordinal), anchors.Select(a => a.ToUpperInvariant()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Ids_are_one_per_condition_in_their_family_and_only_the_rename_warning_is_shared()
    {
        var descriptors = All().Select(d => d.Descriptor).ToList();
        var ids = descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

        foreach (var group in descriptors.GroupBy(d => d.Id).Where(g => g.Count() > 1))
        {
            Assert.Equal("BKGEN0016", group.Key);
            Assert.All(group, d => Assert.Equal(DiagnosticSeverity.Warning, d.DefaultSeverity));
            Assert.Equal(group.Count(), group.Select(d => d.MessageFormat.ToString(CultureInfo.InvariantCulture)).Distinct().Count());
        }

        Assert.All(ids, id =>
        {
            var match = Regex.Match(id, "^BKGEN(\\d\\d)(\\d\\d)$");
            Assert.True(match.Success, id);
            Assert.True(match.Groups[1].Value == "00" || ids.Contains("BKGEN00" + match.Groups[1].Value), $"{id} belongs to no family");
        });
        Assert.Equal(new[] { "BKGEN0016" }, descriptors.Where(d => d.DefaultSeverity == DiagnosticSeverity.Warning).Select(d => d.Id).Distinct());
    }

    [Fact]
    public void Every_id_is_in_the_analyzer_release_tracking()
    {
        var unshipped = File.ReadAllText(Path.Combine(Root(), "generator", "BkApiGen.Generator", "AnalyzerReleases.Unshipped.md"));
        var rows = Regex.Matches(unshipped, @"^(BKGEN\d{4}) \| BkApiGen \| (Error|Warning) \|", RegexOptions.Multiline).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

        Assert.Equal(All().Select(d => d.Descriptor.Id).Distinct().Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        Assert.All(All(), d => Assert.Equal(d.Descriptor.DefaultSeverity.ToString(), rows[d.Descriptor.Id]));
    }

    [Fact]
    public void A_diagnostic_is_equal_by_descriptor_location_and_arguments()
    {
        var at = new LocationInfo("/p/a.bkapi.json", 10, 4, 1, 2);

        Assert.Equal(DiagnosticDescriptors.UnsupportedMethod.At(at, "HEAD"), DiagnosticDescriptors.UnsupportedMethod.At(new LocationInfo("/p/a.bkapi.json", 10, 4, 1, 2), "HEAD"));
        Assert.NotEqual(DiagnosticDescriptors.UnsupportedMethod.At(at, "HEAD"), DiagnosticDescriptors.UnsupportedMethod.At(at, "TRACE"));
        Assert.NotEqual(DiagnosticDescriptors.RenamedType.At(at, "a", "b", "c", "d"), DiagnosticDescriptors.RenamedProperty.At(at, "a", "b", "c", "d"));
        Assert.Equal(
            "HTTP method 'HEAD' is not supported: use GET, POST, PUT, DELETE or PATCH.",
            DiagnosticDescriptors.UnsupportedMethod.At(at, "HEAD").ToDiagnostic().GetMessage(CultureInfo.InvariantCulture));
    }

    private static List<(string Name, DiagnosticDescriptor Descriptor)> All()
        => typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (f.Name, (DiagnosticDescriptor)f.GetValue(null)!))
            .ToList();

    private static DiagnosticDescriptor Get(string name) => All().Single(d => d.Name == name).Descriptor;

    private static string Docs() => File.ReadAllText(Path.Combine(Root(), "docs", "diagnostics.md"));

    private static string Root([CallerFilePath] string here = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", ".."));

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("<a id=\"(bkgen\\d{4})\"></a>")]
    private static partial Regex Anchor();
}
