using System.Reflection;
using BkApiGen.Generator.Emit;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BkApiGen.Generator.Tests;

/// <summary>
/// Templates read view members by their snake_case names at render time. The renderer fails on a member that does not
/// exist, but only on the paths a spec happens to render: this walks every template whole, so that a view member renamed
/// or removed in C# fails here even where no test spec reaches the template branch that reads it.
/// </summary>
public sealed class TemplateMemberTests
{
    // Scriban's own objects and the members it gives every list.
    private static readonly HashSet<string> Builtins = new() { "for", "array", "string", "math", "object" };

    private static string[] TemplateResources => typeof(FileView).Assembly.GetManifestResourceNames()
        .Where(n => n.EndsWith(".sbncs", StringComparison.Ordinal))
        .ToArray();

    public static TheoryData<string> Templates() => new(TemplateResources);

    [Fact]
    public void Every_template_is_embedded()
    {
        Assert.Equal(
            new[] { "Callback", "Client", "Json", "Models", "Operation", "Shared", "SpecFile" },
            TemplateResources.Select(name => name.Split('.')[^2]).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_member_a_template_reads_is_a_view_member(string resource)
    {
        var template = Template.Parse(Read(resource), resource);
        Assert.False(template.HasErrors, string.Join("; ", template.Messages));

        var known = ViewMembers();
        var unknown = Nodes(template.Page!)
            .OfType<ScriptMemberExpression>()
            .Where(m => !(m.Target is ScriptVariable target && Builtins.Contains(target.Name)) && m.Member!.Name != "size")
            .Where(m => !known.Contains(m.Member!.Name))
            .Select(m => $"{m.Member!.Name} at {m.Span.Start}")
            .ToList();
        Assert.True(unknown.Count == 0, $"{resource} reads members no view has: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void A_member_no_view_has_fails_the_render()
    {
        // The check above finds names; this one pins the renderer's setting that makes a wrong one fail at render time.
        var view = new FileView { Client = new ClientView { ClassName = "JobV3Client" } };
        Assert.Equal("JobV3Client", TemplateRenderer.Render(Template.Parse("{{ client.class_name }}"), view));

        var error = Assert.ThrowsAny<Exception>(() => TemplateRenderer.Render(Template.Parse("{{ client.clas_name }}"), view));
        Assert.Contains("clas_name", error.Message);
    }

    private static HashSet<string> ViewMembers()
    {
        var renamer = StandardMemberRenamer.Default;
        return typeof(FileView).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(FileView).Namespace && t.Name.EndsWith("View", StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Select(p => renamer(p))
            .ToHashSet();
    }

    private static IEnumerable<ScriptNode> Nodes(ScriptNode node)
    {
        yield return node;
        foreach (var child in node.Children.OfType<ScriptNode>())
        {
            foreach (var descendant in Nodes(child))
            {
                yield return descendant;
            }
        }
    }

    private static string Read(string resource)
    {
        using var stream = typeof(FileView).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
