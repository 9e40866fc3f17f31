using BkApiGen.Generator.Tests.Infrastructure;
using BkApiGen.Tests.Shared;
using Microsoft.CodeAnalysis;

namespace BkApiGen.Generator.Tests;

/// <summary>The generated source for the seed spec (with the jobv3 definitions file it references), reviewed like code.</summary>
public sealed class SeedSnapshotTests
{
    [Fact]
    public void Seed_spec_generates_the_reviewed_sources()
    {
        var (result, _, _) = GeneratorHarness.Run(GeneratorHarness.SeedSpecs());

        var generated = result.Results.Single().GeneratedSources;
        Assert.Equal(
            new[]
            {
                "Consumer.JobV3.BatchGetJobInstanceIpLog.g.cs",
                "Consumer.JobV3.Common.g.cs",
                "Consumer.JobV3.JobV3Client.Client.g.cs",
            },
            generated.Select(s => s.HintName).OrderBy(n => n, StringComparer.Ordinal));

        // One file per spec; its parts are reviewed one by one, as the files they were before.
        foreach (var source in generated)
        {
            if (source.HintName.EndsWith(".Client.g.cs", StringComparison.Ordinal))
            {
                Snapshot.Verify("SeedSpec#" + source.HintName.Replace(".Client.g.cs", ""), source.SourceText.ToString());
                continue;
            }

            var name = "SeedSpec#" + source.HintName.Replace(".g.cs", "");
            foreach (var (part, text) in SpecFileParts.Split(source.SourceText.ToString()))
            {
                Snapshot.Verify(name + "." + part, text);
            }
        }
    }

    [Fact]
    public void Seed_spec_output_compiles_without_any_diagnostic()
    {
        var (result, output, _) = GeneratorHarness.Run(GeneratorHarness.SeedSpecs());

        Assert.Empty(result.Diagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Namespace_and_client_name_come_from_the_spec_item_metadata()
    {
        var metadata = new Dictionary<string, string> { ["BkApiNamespace"] = "Ops.BlueKing.Job", ["BkApiClientName"] = "JobClient" };
        var (result, output, _) = GeneratorHarness.Run(GeneratorHarness.SeedSpecs(), fileMetadata: metadata);

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(output.GetTypeByMetadataName("Ops.BlueKing.Job.JobClient"));
        Assert.NotNull(output.GetTypeByMetadataName("Ops.BlueKing.Job.IJobClient"));
        Assert.NotNull(output.GetTypeByMetadataName("Ops.BlueKing.Job.BatchGetJobInstanceIpLogJsonContext"));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
