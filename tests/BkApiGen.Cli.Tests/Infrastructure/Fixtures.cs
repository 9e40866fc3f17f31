using BkApiGen.Cli.Import;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Tests.Infrastructure;

/// <summary>The docs copied from ../shared into Fixtures/, and how each is imported.</summary>
internal static class Fixtures
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static string SeedSpecPath => Path.Combine(AppContext.BaseDirectory, "specs", "jobv3", "batch_get_job_instance_ip_log.bkapi.json");

    /// <summary>Every API doc among the fixtures (not the common.md definitions, not the broken ones, not the whole-system sets).</summary>
    public static IEnumerable<object[]> Docs()
        => Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
            .Where(p => !p.StartsWith("broken/", StringComparison.Ordinal) && !p.StartsWith("systems/", StringComparison.Ordinal) && !p.EndsWith("common.md", StringComparison.Ordinal) && (p.EndsWith(".md", StringComparison.Ordinal) || p.EndsWith(".md.j2", StringComparison.Ordinal)))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new object[] { p });

    /// <summary>Imports a fixture as <c>bkapigen import</c> does: --system jobv3, the common.md next to ESB templates.</summary>
    public static ImportResult Import(string relative, string? english = null)
    {
        var path = PathOf(relative);
        var doc = DocReader.Read(path);
        var common = new List<ApiDoc>();
        var sibling = Path.Combine(Path.GetDirectoryName(path)!, "common.md");
        if (doc.Flavour == DocFlavour.EsbTemplate && File.Exists(sibling))
        {
            common.Add(DocReader.Read(sibling));
        }

        return Importer.Import(doc, new ImportOptions
        {
            System = "jobv3",
            Common = common,
            English = english is null ? null : DocReader.Read(PathOf(english)),
        });
    }
}
