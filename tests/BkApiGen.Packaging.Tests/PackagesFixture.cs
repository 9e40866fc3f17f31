namespace BkApiGen.Packaging.Tests;

/// <summary>
/// Packs BkApiGen.Generator and BkApiGen.Runtime once per test class into a fresh local feed under a temporary folder,
/// with a version no cache has seen. The builds go to their own artifacts folder, so the repository's bin/obj (and
/// test runs using them in parallel) are left alone. Set BKAPIGEN_KEEP_PACKAGING_TEMP=1 to keep the folder.
/// </summary>
public sealed class PackagesFixture : IAsyncLifetime
{
    public static readonly string[] GeneratorDependencies = ["NJsonSchema.dll", "NJsonSchema.Annotations.dll", "Namotion.Reflection.dll", "Newtonsoft.Json.dll", "Scriban.Signed.dll"];

    public string RepositoryRoot { get; } = FindRepositoryRoot();

    public string Root { get; } = Directory.CreateTempSubdirectory("bkapigen-packaging-").FullName;

    public string Feed => Path.Combine(Root, "feed");

    /// <summary>Unique per run: even a consumer that reached the global NuGet cache could not get a stale copy.</summary>
    public string Version { get; } = $"0.1.0-packtest.{DateTime.UtcNow:yyyyMMddHHmmssfff}";

    public string GeneratorPackage => Path.Combine(Feed, $"BkApiGen.Generator.{Version}.nupkg");

    public string RuntimePackage => Path.Combine(Feed, $"BkApiGen.Runtime.{Version}.nupkg");

    public string PackOutput { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var artifacts = Path.Combine(Root, "artifacts");
        foreach (var project in new[] { "generator/BkApiGen.Generator/BkApiGen.Generator.csproj", "runtime/BkApiGen.Runtime/BkApiGen.Runtime.csproj" })
        {
            var result = await ProcessRunner.RunAsync(
                ProcessRunner.Dotnet,
                ["pack", Path.Combine(RepositoryRoot, project), "-c", "Release", "-o", Feed, "--artifacts-path", artifacts, $"-p:PackageVersion={Version}", "-nologo", "-tl:off", "-v:m"],
                Root,
                timeout: TimeSpan.FromMinutes(3));
            PackOutput += result.Output;
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet pack {project} failed: {result}");
            }
        }
    }

    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("BKAPIGEN_KEEP_PACKAGING_TEMP") is not { Length: > 0 })
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A build server may still hold a file for a moment; the folder is under the temp directory anyway.
            }
        }

        return Task.CompletedTask;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props")) && Directory.Exists(Path.Combine(dir.FullName, "generator")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No repository root above {AppContext.BaseDirectory}.");
    }
}
