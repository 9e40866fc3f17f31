using System.Collections;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using BkApiGen.Generator;
using BkApiGen.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BkApiGen.Benchmarks.GeneratorScale;

/// <summary>
/// <c>--generator-phases</c>: where the generator's time goes, per operation spec. Runs the pipeline's own steps one by one
/// over N synthetic specs (through reflection: they are internal to the generator, and this is a diagnostic, not an API):
/// <c>SpecDocument.Read</c> (the one parse of the text: Newtonsoft's tree with line info), <c>SpecParser.Parse</c> (and,
/// inside it, NJsonSchema's view built from that tree, <c>SchemaReader.Read</c>, measured alone),
/// <c>SourceEmitter.EmitSpec</c> (views + Scriban), and Roslyn parsing the generated text (the driver does it for every
/// added source). Then the whole driver, cold, for comparison.
/// </summary>
public static class GeneratorPhases
{
    private static readonly Assembly Generator = typeof(BkApiSourceGenerator).Assembly;

    /// <summary>Runs and returns a markdown table.</summary>
    public static string Run(int specs, int repeats)
    {
        var specInput = Generator.GetType("BkApiGen.Generator.Parsing.SpecInput", throwOnError: true)!;
        var parser = Generator.GetType("BkApiGen.Generator.Parsing.SpecParser", throwOnError: true)!;
        var emitter = Generator.GetType("BkApiGen.Generator.Emit.SourceEmitter", throwOnError: true)!;
        var catalogType = Generator.GetType("BkApiGen.Generator.Models.SharedCatalog", throwOnError: true)!;
        var document = Generator.GetType("BkApiGen.Generator.Parsing.SpecDocument", throwOnError: true)!;
        var read = document.GetMethod("Read", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!;
        var schemaRead = Generator.GetType("BkApiGen.Generator.Parsing.SchemaReader", throwOnError: true)!.GetMethod("Read", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!;
        var locator = Generator.GetType("BkApiGen.Generator.Parsing.JsonLocator", throwOnError: true)!.GetConstructors().Single();
        var parse = parser.GetMethod("Parse", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!;
        var emit = emitter.GetMethod("EmitSpec", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!;
        // A spec that shares nothing with others of its namespace (as each synthetic spec is): emitted as it is.
        var alone = Generator.GetType("BkApiGen.Generator.Merging.EmitPlan", throwOnError: true)!.GetField("Alone")!.GetValue(null);
        var newInput = specInput.GetConstructors().Single();

        object Input(string path, string text) => newInput.Invoke([path, read.Invoke(null, [text]), "Consumer.JobV3", null, "Consumer"]);

        // The catalog the operation specs are parsed against: common.bkapi.json's exports, as the generator builds it.
        var common = parse.Invoke(null, [Input("/bench/specs/jobv3/common.bkapi.json", SyntheticSpecs.CommonText), catalogType.GetField("Empty")!.GetValue(null), CancellationToken.None])!;
        var exports = (IEnumerable)common.GetType().GetProperty("Exports")!.GetValue(common)!;
        var sorted = exports.Cast<object>().OrderBy(e => (string)e.GetType().GetProperty("Key")!.GetValue(e)!, StringComparer.Ordinal).ToList();
        var equatable = Generator.GetType("BkApiGen.Generator.Models.EquatableArray") is { } ext
            ? ext.GetMethods().First(m => m.Name == "ToEquatableArray").MakeGenericMethod(sorted[0].GetType()).Invoke(null, [CastList(sorted, sorted[0].GetType())])
            : throw new InvalidOperationException("EquatableArray not found");
        var catalog = Activator.CreateInstance(catalogType, equatable)!;

        var seed = SyntheticSpecs.SeedText;
        var texts = Enumerable.Range(0, specs).Select(i => ($"/bench/specs/jobv3/{SyntheticSpecs.FileName(i)}", SyntheticSpecs.Create(seed, i))).ToArray();
        var inputs = texts.Select(t => Input(t.Item1, t.Item2)).ToArray();
        var trees = texts.Select(t => (Newtonsoft.Json.Linq.JObject)document.GetProperty("Root")!.GetValue(read.Invoke(null, [t.Item2]))!).ToArray();

        var phases = new (string Name, Action<int> Step)[]
        {
            ("SpecDocument.Read (the one parse: the tree with line info, and x-bkapi.role)", i => read.Invoke(null, [texts[i].Item2])),
            ("SpecParser.Parse (total, from the tree)", i => parse.Invoke(null, [inputs[i], catalog, CancellationToken.None])),
            ("  of which, measured alone: SchemaReader.Read (NJsonSchema's view of the tree)", i => schemaRead.Invoke(null, [trees[i], locator.Invoke([texts[i].Item1, texts[i].Item2]), texts[i].Item1, CancellationToken.None])),
            ("SourceEmitter.EmitSpec (views + Scriban, 3 files)", _ => { }),
            ("Roslyn parses the generated text (CSharpSyntaxTree.ParseText)", _ => { }),
        };

        // Emit and parse-text need the model / the output: prepare them once, outside the timing.
        var models = inputs.Select(input => parse.Invoke(null, [input, catalog, CancellationToken.None])!)
            .Select(r => r.GetType().GetProperty("Spec")!.GetValue(r) ?? throw new InvalidOperationException("a synthetic spec did not parse"))
            .ToArray();
        var outputs = models.Select(m => ((IEnumerable)emit.Invoke(null, [m, alone])!).Cast<object>().Select(o => (string)o.GetType().GetField("Item2")!.GetValue(o)!).ToArray()).ToArray();
        phases[3].Step = i => ((IEnumerable)emit.Invoke(null, [models[i], alone])!).Cast<object>().ToList();
        phases[4].Step = i =>
        {
            foreach (var source in outputs[i])
            {
                CSharpSyntaxTree.ParseText(source, GeneratorHost.ParseOptions);
            }
        };

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Generator phases over {specs} synthetic operation specs (best of {repeats} passes after a warm-up pass, since interference only adds time; per spec; CPU time of the process; load average {InterleavedRunner.LoadAverage()}).");
        text.AppendLine();
        text.AppendLine("| phase | CPU/spec | allocated/spec |");
        text.AppendLine("|---|---:|---:|");
        foreach (var (name, step) in phases)
        {
            var (cpu, bytes) = Measure(specs, repeats, step);
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {BenchConfig.Time(cpu)} | {BenchConfig.Size(bytes)} |");
        }

        var compilation = GeneratorHost.CreateCompilation();
        var additional = new[] { new GeneratorHost.InMemoryText("/bench/specs/jobv3/common.bkapi.json", SyntheticSpecs.CommonText) }
            .Concat(texts.Select(t => new GeneratorHost.InMemoryText(t.Item1, t.Item2))).Cast<AdditionalText>().ToArray();
        var (driverCpu, driverBytes) = Measure(1, repeats, _ => GeneratorHost.CreateDriver(additional).RunGenerators(compilation));
        text.AppendLine(CultureInfo.InvariantCulture, $"| **whole driver, cold (new driver, all {specs} specs + common)** | {BenchConfig.Time(driverCpu / specs)} | {BenchConfig.Size(driverBytes / specs)} |");
        var generatedChars = outputs.Sum(o => o.Sum(s => (long)s.Length)) / specs;
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Each spec generates {outputs[0].Length} files, {generatedChars / 1024} K characters of C# on average.");
        return text.ToString();
    }

    private static (double Cpu, double Bytes) Measure(int count, int repeats, Action<int> step)
    {
        for (var i = 0; i < count; i++)
        {
            step(i); // warm-up pass
        }

        var samples = new List<(double, double)>();
        for (var r = 0; r < repeats; r++)
        {
            GC.Collect();
            var bytes0 = GC.GetTotalAllocatedBytes(precise: true);
            var cpu0 = InterleavedRunner.CpuNanoseconds();
            for (var i = 0; i < count; i++)
            {
                step(i);
            }

            samples.Add(((InterleavedRunner.CpuNanoseconds() - cpu0) / count, (double)(GC.GetTotalAllocatedBytes(precise: true) - bytes0) / count));
        }

        // The minimum: on a shared machine, interference only ever adds time.
        return samples.OrderBy(s => s.Item1).First();
    }

    private static object CastList(List<object> items, Type element)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
