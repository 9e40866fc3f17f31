using System.Text;
using BkApiGen.Cli.Tests.Infrastructure;
using BkApiGen.Tests.Shared;
using CsCheck;

namespace BkApiGen.Cli.Tests;

/// <summary>
/// Whatever state a system folder is in (a registry line edited, a doc or partial cut, a file renamed or gone),
/// <c>bkapigen import DIR</c> exits 0 or 2, says what it refused as <c>error: file:line</c>, ends with its summary, and
/// never crashes (exit 1, a stack trace).
/// </summary>
public sealed class SystemImportRobustnessTests
{
    private static readonly string[] Folders = { Fixtures.PathOf("systems/jobv3"), Fixtures.PathOf("systems/bk-job-apigw") };

    private static readonly string[] Insertions =
    [
        "- path: /v2/jobv3/x/", "  name: fast_execute_sql", "  suggest_method: PUT", "  name:", ":", "---", "  - [", "\t",
        "    get:", "      operationId: get_job_instance_status", "{% include '_generic_nope.md.j2' %}", "{% include '_generic_server.md.j2' %}",
        "{% if x %}", "| a | string | 是 | x |", "#### data", "```json", "",
    ];

    private sealed record Case(int Folder, string File, int Line, int Kind, string Text)
    {
        public override string ToString() => $"{Path.GetFileName(Folders[Folder])}/{File}: edit {Kind} at line {Line}: '{Text}'";
    }

    private static readonly Gen<Case> Cases = Gen.Int[0, Folders.Length - 1].SelectMany(folder =>
    {
        var files = Directory.EnumerateFiles(Folders[folder], "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("README.md", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Folders[folder], f)).Order(StringComparer.Ordinal).ToArray();
        return Gen.Select(Gen.Int[0, files.Length - 1], Gen.Int[0, 400], Gen.Int[0, 4], Gen.OneOf(Gen.OneOf(Insertions), Gen.String[0, 8]),
            (file, line, kind, text) => new Case(folder, files[file], line, kind, text));
    });

    [Fact]
    public void An_edited_system_folder_imports_or_refuses_at_a_line_and_never_crashes()
    {
        Cases.Check(c =>
        {
            var copy = Directory.CreateTempSubdirectory("bkapigen-set-fuzz-");
            var output = Path.Combine(copy.FullName, "out");
            try
            {
                var folder = Path.Combine(copy.FullName, "in");
                foreach (var file in Directory.EnumerateFiles(Folders[c.Folder], "*", SearchOption.AllDirectories))
                {
                    var target = Path.Combine(folder, Path.GetRelativePath(Folders[c.Folder], file));
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(file, target);
                    File.SetAttributes(target, FileAttributes.Normal);
                }

                Apply(c, Path.Combine(folder, c.File));
                var args = c.Folder == 1 ? new[] { "import", folder, "-o", output, "--system", "jobv3" } : new[] { "import", folder, "-o", output };

                var (code, summary, error) = CheckTests.Run(args);

                Assert.True(code is 0 or 2, $"exit {code}: {error}");
                Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
                Assert.DoesNotContain("the importer failed", error, StringComparison.Ordinal);
                var errors = error.Split('\n').Where(l => l.StartsWith("error: ", StringComparison.Ordinal)).ToList();
                if (summary.Length == 0)
                {
                    // The folder itself could not be read: one error says why, nothing is written.
                    Assert.Equal(2, code);
                    Assert.Single(errors);
                    Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output).Any());
                    return;
                }

                Assert.Matches(@"^\d+ imported, \d+ refused, \d+ warnings(, \d+ kept)?\n$", summary);
                var refused = int.Parse(summary.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal(code == 2, refused > 0);
                Assert.Equal(refused, errors.Count);
                Assert.All(errors, e => Assert.Matches(@"^error: [^:]+(:\d+)?: ", e));
            }
            finally
            {
                copy.Delete(recursive: true);
            }
        }, iter: 60, seed: 0x5EED_0015, print: c => c.ToString());
    }

    private static void Apply(Case c, string path)
    {
        var lines = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var at = c.Line % Math.Max(lines.Count, 1);
        switch (c.Kind)
        {
            case 0:
                lines.Insert(at, c.Text);
                break;
            case 1 when lines.Count > 0:
                lines.RemoveAt(at);
                break;
            case 2:
                lines = lines.Take(at).ToList();
                break;
            case 3:
                File.Delete(path);
                return;
            default:
                // A stray space in the file name, as the corpus has one.
                File.Move(path, Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + " " + Path.GetExtension(path)));
                return;
        }

        File.WriteAllText(path, string.Join("\n", lines), new UTF8Encoding(false));
    }
}
