using BkApiGen.Cli.Tests.Infrastructure;
using BkApiGen.Tests.Shared;

namespace BkApiGen.Cli.Tests;

/// <summary>
/// Every fixture doc imports, and its spec goes through the real generator into code that compiles cleanly. GET docs
/// (the gateway's get_job_instance_ip_log and get_job_instance_status) included: the generator supports GET since
/// 3ead20d, so they no longer get BKGEN0011.
/// </summary>
public sealed class GeneratorRoundTripTests
{
    public static IEnumerable<object[]> Docs() => Fixtures.Docs();

    [Theory]
    [MemberData(nameof(Docs))]
    public void Imported_spec_generates_code_that_compiles(string doc)
    {
        var result = Fixtures.Import(doc);
        var json = Cli.Serialize(result.Spec);
        var (generator, compiler, hints) = GeneratorHarness.Compile(Path.GetFileNameWithoutExtension(doc) + ".bkapi.json", json);

        Assert.True(generator.Count == 0, doc + "\n" + string.Join("\n", generator) + "\n" + json);
        Assert.True(compiler.Count == 0, doc + "\n" + string.Join("\n", compiler.Take(20)));
        Assert.NotEmpty(hints);
    }
}
