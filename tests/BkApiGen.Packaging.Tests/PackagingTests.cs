using System.IO.Compression;
using System.Security;
using System.Xml.Linq;
using BkApiGen.FakeGateway;

namespace BkApiGen.Packaging.Tests;

[Trait("Category", "Packaging")]
public sealed class PackagingTests(PackagesFixture packages) : IClassFixture<PackagesFixture>
{
    [Fact]
    public void Pack_PrintsNoWarning()
    {
        Assert.DoesNotContain(": warning ", packages.PackOutput, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void GeneratorPackage_ShipsTheGeneratorAndItsDependenciesAsOneAnalyzer()
    {
        using var zip = ZipFile.OpenRead(packages.GeneratorPackage);
        var entries = zip.Entries.Select(e => e.FullName).ToArray();

        var analyzers = entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).ToArray();
        Assert.All(analyzers, e => Assert.StartsWith("analyzers/dotnet/cs/", e, StringComparison.Ordinal));
        Assert.Equal(
            new[] { "BkApiGen.Generator.dll" }.Concat(PackagesFixture.GeneratorDependencies).Order(StringComparer.Ordinal),
            analyzers.Select(e => e["analyzers/dotnet/cs/".Length..]).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(entries, e => e.EndsWith("System.Text.Json.dll", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("ref/", StringComparison.Ordinal));
        Assert.Contains("build/BkApiGen.Generator.props", entries);
        Assert.Contains("build/BkApiGen.Generator.targets", entries);

        var metadata = Nuspec(zip);
        Assert.Equal("BkApiGen.Generator", Element(metadata, "id"));
        Assert.Equal(packages.Version, Element(metadata, "version"));
        Assert.Equal("true", Element(metadata, "developmentDependency"));
        // SuppressDependenciesWhenPacking: NJsonSchema & co. must not flow into the consumer's application.
        Assert.Null(metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "dependencies"));
    }

    [Fact]
    public void RuntimePackage_ShipsTheLibraryWithItsDocumentation()
    {
        using var zip = ZipFile.OpenRead(packages.RuntimePackage);
        var entries = zip.Entries.Select(e => e.FullName).ToArray();
        Assert.Contains("lib/net10.0/BkApiGen.Runtime.dll", entries);
        Assert.Contains("lib/net10.0/BkApiGen.Runtime.xml", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal));
        var metadata = Nuspec(zip);
        Assert.Equal("BkApiGen.Runtime", Element(metadata, "id"));
        Assert.Equal(packages.Version, Element(metadata, "version"));
    }

    [Fact]
    public async Task NewConsumerOutsideTheRepository_BuildsFromThePackagesWithoutWarnings_AndCallsTheGateway()
    {
        var consumer = Path.Combine(packages.Root, "consumer");
        var nugetPackages = Path.Combine(packages.Root, "nuget-packages");
        Directory.CreateDirectory(Path.Combine(consumer, "specs"));
        Assert.False(
            consumer.StartsWith(packages.RepositoryRoot, StringComparison.Ordinal),
            "the consumer must not see the repository's Directory.Build.props or Directory.Packages.props");

        // Nothing from the temp folder's parents either.
        await File.WriteAllTextAsync(Path.Combine(consumer, "Directory.Build.props"), "<Project />\n");
        await File.WriteAllTextAsync(Path.Combine(consumer, "Directory.Build.targets"), "<Project />\n");
        await File.WriteAllTextAsync(Path.Combine(consumer, "nuget.config"), NuGetConfig(packages.Feed, await MachineSourcesAsync()));
        await File.WriteAllTextAsync(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RootNamespace>Consumer</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="BkApiGen.Generator" Version="{packages.Version}" />
                <PackageReference Include="BkApiGen.Runtime" Version="{packages.Version}" />
              </ItemGroup>
              <ItemGroup>
                <BkApiSpec Include="specs/*.bkapi.json" Namespace="Consumer.BlueKing.Job" />
              </ItemGroup>
            </Project>
            """);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Consumer", "Program.cs"), Path.Combine(consumer, "Program.cs"));
        foreach (var spec in new[] { "batch_get_job_instance_ip_log.bkapi.json", "common.bkapi.json" })
        {
            File.Copy(Path.Combine(packages.RepositoryRoot, "specs", "jobv3", spec), Path.Combine(consumer, "specs", spec));
        }

        // A private NuGet cache: the packages under test can only come from the feed just packed.
        var build = await ProcessRunner.RunAsync(
            ProcessRunner.Dotnet,
            ["build", "Consumer.csproj", "-c", "Release", "-nologo", "-tl:off", "-v:m", "-flp:logfile=build.log;verbosity=normal", "-flp1:logfile=warnings.log;warningsonly"],
            consumer,
            new Dictionary<string, string?> { ["NUGET_PACKAGES"] = nugetPackages },
            TimeSpan.FromMinutes(3));
        Assert.True(build.ExitCode == 0, $"the consumer did not build: {build}");
        var buildLog = await File.ReadAllTextAsync(Path.Combine(consumer, "build.log"));
        // The package's build/*.props turn a generator that cannot load or throws into an error: it is on the command line...
        Assert.Matches(@"/warnaserror\+:\S*CS8785", buildLog);
        Assert.Matches(@"/warnaserror\+:\S*CS8784", buildLog);
        // ...and never reported.
        Assert.DoesNotMatch(@"(warning|error) CS878[45]", buildLog);
        Assert.Equal("", (await File.ReadAllTextAsync(Path.Combine(consumer, "warnings.log"))).Trim());

        Assert.True(Directory.Exists(Path.Combine(nugetPackages, "bkapigen.generator", packages.Version)));
        Assert.True(Directory.Exists(Path.Combine(nugetPackages, "bkapigen.runtime", packages.Version)));
        await using var gateway = await FakeBkGateway.StartAsync();
        var run = await ProcessRunner.RunAsync(
            ProcessRunner.Dotnet,
            [Path.Combine(consumer, "bin", "Release", "net10.0", "Consumer.dll"), gateway.GatewayBaseAddress.ToString(), gateway.EsbBaseAddress.ToString()],
            consumer,
            new Dictionary<string, string?> { ["BK_APP_CODE"] = "demo-app", ["BK_APP_SECRET"] = "demo-secret", ["BK_USERNAME"] = "admin" },
            TimeSpan.FromMinutes(1));
        Assert.True(run.ExitCode == 0, $"the consumer failed: {run}");
        var lines = run.Output.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("script 10.0.0.1 host-id=101 last-line=[2018-03-15 14:39:31][PID:56875] job_success", lines);
        Assert.Contains("script 10.0.0.2 host-id=102 last-line=[2018-03-15 14:39:31][PID:16789] job_success", lines);
        Assert.Contains("json-roundtrip ok", lines);
        Assert.Contains("file 10.0.0.1 Download Success 10.0.0.2:/data/1.log -> 10.0.0.1:/tmp/1.log", lines);
        Assert.Contains("file 10.0.0.2 Upload Success 10.0.0.2:/data/1.log -> :", lines);
        Assert.Contains("api-error 1244006 request-id=present", lines);
        Assert.Contains("validation job_instance_id", lines);
        // The invalid request was refused before sending: the gateway saw exactly the three valid calls.
        Assert.Equal(3, gateway.Requests.Count);
    }

    private static XElement Nuspec(ZipArchive zip)
    {
        var entry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/', StringComparison.Ordinal));
        using var stream = entry.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string? Element(XElement metadata, string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

    /// <summary>The package sources this machine is configured with (`dotnet nuget list source`), else nuget.org.</summary>
    private async Task<IReadOnlyList<string>> MachineSourcesAsync()
    {
        var list = await ProcessRunner.RunAsync(ProcessRunner.Dotnet, ["nuget", "list", "source", "--format", "short"], packages.Root, timeout: TimeSpan.FromMinutes(1));
        var sources = list.Output.ReplaceLineEndings("\n").Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("E ", StringComparison.Ordinal))
            .Select(l => l[2..].Trim())
            .Where(s => s.Length > 0)
            .ToArray();
        return list.ExitCode == 0 && sources.Length > 0 ? sources : ["https://api.nuget.org/v3/index.json"];
    }

    /// <summary>The local feed for BkApiGen.* only (package source mapping), the machine's sources for everything else.</summary>
    private static string NuGetConfig(string feed, IReadOnlyList<string> machineSources)
    {
        var sources = string.Join("\n", machineSources.Select((s, i) => $"""    <add key="machine-{i}" value="{SecurityElement.Escape(s)}" />"""));
        var mappings = string.Join("\n", machineSources.Select((_, i) => $"""    <packageSource key="machine-{i}"><package pattern="*" /></packageSource>"""));
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="bkapigen-local" value="{SecurityElement.Escape(feed)}" />
            {sources}
              </packageSources>
              <packageSourceMapping>
                <packageSource key="bkapigen-local"><package pattern="BkApiGen.*" /></packageSource>
            {mappings}
              </packageSourceMapping>
            </configuration>
            """;
    }
}
