using System.Text;
using System.Text.Json.Nodes;
using BkApiGen.Cli.Import.Sets;

namespace BkApiGen.Cli.Tests;

/// <summary>
/// The specs the repository ships (specs/cc, specs/jobv3, specs/jobv4) stay what their vendored docs (apidocs/) give:
/// the imported ones are re-imported and must come out byte for byte, the hand-written ones are checked against their
/// docs and must drift exactly as recorded (their intended differences). When a doc or the importer changes, this fails
/// until the specs are re-shipped (tools/scripts/ship-specs.sh apidocs) or the recorded drift is reviewed. A hand-written
/// spec of a gateway resource with no doc (listed in specs/&lt;system&gt;/docless.txt) is checked against the resource instead.
/// </summary>
public sealed class ShippedSpecsTests
{
    private const string ImporterMark = "Written by bkapigen import";

    /// <summary>Set this to rewrite the recorded drift of the hand-written specs after reviewing it.</summary>
    private const string AcceptVariable = "ACCEPT_DRIFT";

    private static readonly string Repo = FindRepository();

    /// <summary>The three sets, imported as tools/scripts/ship-specs.sh imports them (steps separated by " | ").</summary>
    public static TheoryData<string, string> Sets => new()
    {
        { "cc", "apidocs/esb/cc" },
        { "jobv3", "apidocs/esb/jobv3 --gateway apidocs/bk-job-apigw/v3 | apidocs/bk-job-apigw/v3 --system jobv3 --only /api/v3/ --add-only" },
        { "jobv4", "apidocs/bk-job-apigw/v3 --system jobv4 --only /api/v4/" },
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Re_importing_the_vendored_docs_gives_the_shipped_specs_byte_for_byte(string system, string steps)
    {
        var shipped = Path.Combine(Repo, "specs", system);
        var output = Directory.CreateTempSubdirectory("bkapigen-shipped-").FullName;
        try
        {
            // The hand-written specs are there first, as in the repository: the import keeps them and names around them.
            foreach (var file in Directory.EnumerateFiles(shipped, "*.bkapi.json").Where(f => !IsImported(f)))
            {
                File.Copy(file, Path.Combine(output, Path.GetFileName(file)));
            }

            foreach (var step in steps.Split(" | "))
            {
                var source = step.Split(' ');
                var args = new List<string> { "import", Path.Combine(Repo, source[0]), "-o", output };
                args.AddRange(source.Skip(1).Select(a => a.StartsWith("apidocs/", StringComparison.Ordinal) ? Path.Combine(Repo, a) : a));
                var (code, summary, error) = CheckTests.Run([.. args]);
                Assert.True(code is 0 or 2, $"exit {code}\n{summary}\n{error}");
            }

            var unshipped = Listed(shipped, "unshipped.txt");
            var expected = Files(shipped);
            var actual = Files(output).Where(f => !unshipped.Contains(f.Key[..^".bkapi.json".Length])).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
            var differences = expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal)
                .Where(name => !expected.TryGetValue(name, out var a) || !actual.TryGetValue(name, out var b) || !a.AsSpan().SequenceEqual(b))
                .Select(name => !expected.ContainsKey(name) ? $"{name}: imported now, not shipped" : !actual.ContainsKey(name) ? $"{name}: shipped, not imported now" : $"{name}: differs")
                .ToList();
            Assert.True(differences.Count == 0, $"specs/{system} is not what apidocs/ gives; re-run tools/scripts/ship-specs.sh apidocs and review the diff:\n" + string.Join("\n", differences));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    public static TheoryData<string, string> HandWritten()
    {
        var data = new TheoryData<string, string>();
        foreach (var system in new[] { "cc", "jobv3", "jobv4" })
        {
            var docless = Listed(Path.Combine(Repo, "specs", system), "docless.txt");
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo, "specs", system), "*.bkapi.json").Where(f => !IsImported(f)).Order(StringComparer.Ordinal))
            {
                var operation = Path.GetFileName(file)[..^".bkapi.json".Length];
                if (operation != "common" && !docless.Contains(operation))
                {
                    data.Add(system, operation);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HandWritten))]
    public void A_hand_written_spec_drifts_from_its_doc_exactly_as_recorded(string system, string operation)
    {
        var spec = Path.Combine(Repo, "specs", system, operation + ".bkapi.json");
        var (doc, english) = DocOf(system, operation);
        var args = new List<string> { "check", doc, spec };
        if (english is not null)
        {
            args.AddRange(["--english", english]);
        }

        var (code, findings, error) = CheckTests.Run([.. args]);

        Assert.True(code is 0 or 1, $"exit {code}\n{error}");
        var recorded = Path.Combine(Repo, "specs", system, "drift", operation + ".txt");
        var actual = Normalize(findings);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(recorded)!);
            File.WriteAllText(recorded, actual, new UTF8Encoding(false));
        }

        Assert.True(File.Exists(recorded), $"No recorded drift for specs/{system}/{operation}.bkapi.json: review this and run with {AcceptVariable}=1:\n{actual}");
        Assert.Equal(File.ReadAllText(recorded), actual);
    }

    private const string JobGateway = "apidocs/bk-job-apigw/v3";

    /// <summary>bk-job's /api/v3/ gateway resources, as the importer reads its resources.yaml.</summary>
    private static IReadOnlyList<RegisteredOperation> JobV3Resources()
    {
        var folder = Path.Combine(Repo, JobGateway);
        return GatewayResources.Read(folder, Path.Combine(folder, GatewayResources.FileName), [])
            .Where(r => r.GatewayPath!.StartsWith("/api/v3/", StringComparison.Ordinal)).ToList();
    }

    [Fact]
    public void Every_bk_job_v3_gateway_resource_has_a_spec_in_specs_jobv3()
    {
        var resources = JobV3Resources();
        var missing = resources.Select(r => r.Name).Where(name => !File.Exists(Path.Combine(Repo, "specs/jobv3", name + ".bkapi.json"))).ToList();

        Assert.True(resources.Count >= 136, $"{resources.Count} /api/v3/ resources read from {JobGateway}/resources.yaml");
        Assert.True(missing.Count == 0, "bk-job v3 gateway resources without a spec in specs/jobv3: " + string.Join(", ", missing));
    }

    public static TheoryData<string> Docless()
    {
        var data = new TheoryData<string>();
        foreach (var operation in Listed(Path.Combine(Repo, "specs/jobv3"), "docless.txt").Order(StringComparer.Ordinal))
        {
            data.Add(operation);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Docless))]
    public void A_docless_spec_is_hand_written_for_a_gateway_resource_with_no_doc_and_states_what_the_resource_does(string operation)
    {
        var file = Path.Combine(Repo, "specs/jobv3", operation + ".bkapi.json");
        Assert.True(File.Exists(file), $"specs/jobv3/docless.txt lists {operation}, which has no spec");
        Assert.False(IsImported(file), $"specs/jobv3/{operation}.bkapi.json is imported: only hand-written specs are docless");

        // The importer finds no doc for it (gateway or ESB): when one appears, it is checked like any hand-written spec.
        var gateway = DocSetLocator.Locate(Path.Combine(Repo, JobGateway), "jobv3", "/api/v3/");
        Assert.DoesNotContain(gateway.Entries, e => e.Operation == operation);
        Assert.Contains(gateway.Warnings, w => w.Message.StartsWith($"'{operation}' is registered but has no doc", StringComparison.Ordinal));
        Assert.DoesNotContain(DocSetLocator.Locate(Path.Combine(Repo, "apidocs/esb/jobv3"), null, null).Entries, e => e.Operation == operation);

        var resource = Assert.Single(JobV3Resources(), r => r.Name == operation);
        var bkapi = JsonNode.Parse(File.ReadAllText(file))!["x-bkapi"]!;
        Assert.Equal(operation, (string?)bkapi["operation"]);
        Assert.Equal(resource.Method, (string?)bkapi["method"]);
        Assert.Equal(resource.GatewayPath, (string?)bkapi["gatewayPath"]);
        Assert.NotNull(resource.Auth);
        Assert.True(JsonNode.DeepEquals(resource.Auth!.ToSpec(), bkapi["auth"]), $"auth {bkapi["auth"]?.ToJsonString()}, the resource's authConfig {resource.Auth.ToSpec().ToJsonString()}");
    }

    private static (string Doc, string? English) DocOf(string system, string operation)
    {
        if (system == "jobv4")
        {
            var zh = Path.Combine(Repo, "apidocs/bk-job-apigw/v3/apidocs/zh", "v4_" + operation + ".md.j2");
            var en = Path.Combine(Repo, "apidocs/bk-job-apigw/v3/apidocs/en", "v4_" + operation + ".md.j2");
            return (zh, File.Exists(en) ? en : null);
        }

        var folder = Path.Combine(Repo, "apidocs/esb", system);
        var gateway = Path.Combine(Repo, "apidocs/bk-job-apigw/v3/apidocs");
        if (system == "jobv3" && !Directory.EnumerateFiles(Path.Combine(folder, "zh_hans"), "*.md").Any(f => Path.GetFileNameWithoutExtension(f).Trim() == operation))
        {
            // A gateway-only v3 operation (system_update_cron_status): its doc is the gateway's.
            var en = Path.Combine(gateway, "en", operation + ".md.j2");
            return (Path.Combine(gateway, "zh", operation + ".md.j2"), File.Exists(en) ? en : null);
        }

        var doc = Directory.EnumerateFiles(Path.Combine(folder, "zh_hans"), "*.md").Single(f => Path.GetFileNameWithoutExtension(f).Trim() == operation);
        var english = Directory.EnumerateFiles(Path.Combine(folder, "en"), "*.md").SingleOrDefault(f => Path.GetFileNameWithoutExtension(f).Trim() == operation);
        return (doc, english);
    }

    /// <summary>Findings with the repository's absolute paths taken out, so the record is the same on every machine.</summary>
    private static string Normalize(string findings) => findings.Replace(Repo + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>
    /// The operations a list of specs/&lt;system&gt;/ names, one per line with its reason after '#': unshipped.txt (imported, not
    /// shipped) or docless.txt (hand-written for a gateway resource that has no doc).
    /// </summary>
    private static HashSet<string> Listed(string folder, string name)
    {
        var list = Path.Combine(folder, name);
        return File.Exists(list)
            ? File.ReadAllLines(list).Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal)
            : [];
    }

    private static bool IsImported(string path) => File.ReadAllText(path).Contains(ImporterMark, StringComparison.Ordinal);

    private static Dictionary<string, byte[]> Files(string folder)
        => Directory.EnumerateFiles(folder, "*.bkapi.json").ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes, StringComparer.Ordinal);

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BkApiGen.sln")) && Directory.Exists(Path.Combine(dir.FullName, "apidocs")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository (BkApiGen.sln with apidocs/) is not above " + AppContext.BaseDirectory);
    }
}
