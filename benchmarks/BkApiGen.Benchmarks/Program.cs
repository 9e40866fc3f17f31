// BkApiGen benchmarks. Modes (see docs/performance.md for the results and what they mean):
//   --quick                    a subset, in-process, short iterations: under 2 minutes on 2 cores
//   --full [--inprocess]       every benchmark (out of process unless --inprocess)
//   --interleaved [--quick] [--filter TypeName|TypeNamePart] [--rounds N] [--sample-ms N]
//                              the same benchmarks, round-robin, CPU time after a full GC: robust ratios on a busy machine
//   --e2e [--calls N] [--concurrency N] [--rounds N] [--warmup N] [--server-process]
//                              generated client vs plain HttpClient + STJ against the loopback fake gateway (in this
//                              process, or with --server-process in a child one, so CPU and allocations are the clients')
//   --paging [--hosts N] [--rounds N]
//                              the generated ...AllAsync (BkPages) vs hand-written concurrent page calls, listing N hosts
//                              from the loopback fake CMDB; then the peak heap while streaming N and 10 N hosts
//   --generator-phases [--specs N] [--rounds N]
//   --edit-steps [--specs N] [--rounds N]   (where a warm one-spec edit's time goes, by tracked step)
//                              where the generator's time goes per spec (parse, NJsonSchema, Scriban, Roslyn parse)
//   --payload-sizes            prints the size of each deserialization payload
//   --write-specs DIR N        writes common.bkapi.json and N synthetic specs (for the dotnet build scale script)
// Any other arguments go to BenchmarkDotNet (e.g. --quick --filter *Serialize*).
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using BkApiGen.Benchmarks.EndToEnd;
using BkApiGen.Benchmarks.GeneratorScale;
using BkApiGen.Benchmarks.Infrastructure;

var rest = new List<string>(args);

if (Take(rest, "--write-specs"))
{
    var folder = rest[0];
    var count = int.Parse(rest[1], CultureInfo.InvariantCulture);
    SyntheticSpecs.WriteTo(folder, count);
    Console.WriteLine($"Wrote common.bkapi.json and {count} specs to {folder}");
    return 0;
}

if (Take(rest, "--payload-sizes"))
{
    foreach (var kind in Enum.GetValues<BkApiGen.Benchmarks.Payloads.PayloadKind>())
    {
        Console.WriteLine($"{kind}: {BkApiGen.Benchmarks.Payloads.SeedPayloads.Build(kind).Length:N0} bytes");
    }

    return 0;
}

if (Take(rest, "--generator-phases"))
{
    var report = BkApiGen.Benchmarks.GeneratorScale.GeneratorPhases.Run(specs: Option(rest, "--specs", 300), repeats: Option(rest, "--rounds", 9));
    Console.WriteLine(report);
    return 0;
}

if (Take(rest, "--edit-steps"))
{
    Console.WriteLine(BkApiGen.Benchmarks.GeneratorScale.EditSteps.Run(specs: Option(rest, "--specs", 300), edits: Option(rest, "--rounds", 40)));
    return 0;
}

if (Take(rest, "--e2e"))
{
    return await EndToEndRunner.RunAsync(
        calls: Option(rest, "--calls", 2000),
        concurrency: Option(rest, "--concurrency", 8),
        rounds: Option(rest, "--rounds", 4),
        warmup: Option(rest, "--warmup", 20_000),
        serverProcess: Take(rest, "--server-process"));
}

if (Take(rest, "--paging"))
{
    return await PagingRunner.RunAsync(hosts: Option(rest, "--hosts", 10_000), rounds: Option(rest, "--rounds", 10));
}

if (Take(rest, "--serve-fake"))
{
    return await EndToEndRunner.ServeFakeAsync();
}

if (Take(rest, "--interleaved"))
{
    var filterIndex = rest.IndexOf("--filter");
    var filter = filterIndex >= 0 && filterIndex + 1 < rest.Count ? rest[filterIndex + 1] : null;
    var report = InterleavedRunner.Run(
        filter,
        rounds: Option(rest, "--rounds", 15),
        sampleMilliseconds: Option(rest, "--sample-ms", 40),
        quick: Take(rest, "--quick"));
    Console.WriteLine();
    Console.WriteLine(report);
    var path = Path.Combine("BenchmarkDotNet.Artifacts", "results", "interleaved.md");
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllText(path, report);
    Console.WriteLine($"Written to {path}");
    return 0;
}

IConfig config;
if (Take(rest, "--quick"))
{
    config = BenchConfig.Quick();
}
else if (Take(rest, "--full"))
{
    config = BenchConfig.Full(inProcess: Take(rest, "--inprocess"));
}
else
{
    Console.Error.WriteLine("Usage: --quick | --full [--inprocess] | --interleaved [--quick] [--filter Name] [--rounds N] | --e2e [--calls N] [--concurrency N] [--rounds N] | --write-specs DIR N  [BenchmarkDotNet arguments, e.g. --filter *Deserialize*]");
    return 2;
}

if (!rest.Contains("--filter"))
{
    rest.AddRange(["--filter", "*"]);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchConfig).Assembly).Run([.. rest], config).ToList();
var ratios = BenchConfig.Ratios(summaries);
Console.WriteLine();
Console.WriteLine("## Ratios");
Console.WriteLine(ratios);
var output = Path.Combine(summaries.FirstOrDefault()?.ResultsDirectoryPath ?? "BenchmarkDotNet.Artifacts/results", "ratios.md");
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
File.WriteAllText(output, ratios);
Console.WriteLine($"Ratios written to {output}");
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;

static bool Take(List<string> args, string flag) => args.Remove(flag);

static int Option(List<string> args, string name, int fallback)
{
    var index = args.IndexOf(name);
    if (index < 0 || index + 1 >= args.Count)
    {
        return fallback;
    }

    var value = int.Parse(args[index + 1], CultureInfo.InvariantCulture);
    args.RemoveRange(index, 2);
    return value;
}
