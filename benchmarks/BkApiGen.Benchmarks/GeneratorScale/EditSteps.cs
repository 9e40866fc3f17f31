using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;

namespace BkApiGen.Benchmarks.GeneratorScale;

/// <summary>
/// <c>--edit-steps</c>: where a warm one-spec edit's generator time goes (WarmEditOne of <see cref="GeneratorDriverBench"/>),
/// by the pipeline's tracked steps (<see cref="BkApiGen.Generator.TrackingNames"/>), from Roslyn's own per-step
/// <c>ElapsedTime</c>. Step tracking costs time itself, so read the shares, not the sum; the whole edit without tracking
/// is GeneratorDriverBench's figure.
/// </summary>
public static class EditSteps
{
    /// <summary>Runs <paramref name="edits"/> alternating edits of the middle spec of <paramref name="specs"/> and returns a markdown table.</summary>
    public static string Run(int specs, int edits)
    {
        var seed = SyntheticSpecs.SeedText;
        var texts = new List<AdditionalText> { Text("common.bkapi.json", SyntheticSpecs.CommonText) };
        for (var i = 0; i < specs; i++)
        {
            texts.Add(Text(SyntheticSpecs.FileName(i), SyntheticSpecs.Create(seed, i)));
        }

        var compilation = GeneratorHost.CreateCompilation();
        var edited = specs / 2;
        var a = texts[1 + edited];
        var b = Text(SyntheticSpecs.FileName(edited), SyntheticSpecs.Create(seed, edited, revision: 1));
        var driver = GeneratorHost.CreateDriver(texts, trackSteps: true).RunGenerators(compilation);
        var totals = new Dictionary<string, (TimeSpan Time, int Runs)>(StringComparer.Ordinal);
        var wall = TimeSpan.Zero;
        var current = a;
        for (var round = -3; round < edits; round++)
        {
            var next = current == a ? b : a;
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            driver = driver.ReplaceAdditionalText(current, next).RunGenerators(compilation);
            current = next;
            if (round < 0)
            {
                continue; // warm-up
            }

            wall += System.Diagnostics.Stopwatch.GetElapsedTime(started);
            foreach (var (name, steps) in driver.GetRunResult().Results.Single().TrackedSteps)
            {
                var time = steps.Aggregate(TimeSpan.Zero, (sum, step) => sum + step.ElapsedTime);
                var (total, runs) = totals.GetValueOrDefault(name);
                totals[name] = (total + time, runs + steps.Length);
            }
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Warm one-spec edit at {specs} specs, {edits} edits, step tracking on: {Ms(wall / edits)} per edit (wall).");
        report.AppendLine();
        report.AppendLine("| step | time per edit | share | step runs per edit |");
        report.AppendLine("|---|---:|---:|---:|");
        var sum = totals.Values.Aggregate(TimeSpan.Zero, (s, t) => s + t.Time);
        foreach (var (name, (time, runs)) in totals.OrderByDescending(t => t.Value.Time))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {Ms(time / edits)} | {time / sum:P0} | {runs / edits} |");
        }

        return report.ToString();
    }

    private static string Ms(TimeSpan time) => (time.TotalMilliseconds).ToString("0.000", CultureInfo.InvariantCulture) + " ms";

    private static AdditionalText Text(string fileName, string text) => new GeneratorHost.InMemoryText("/bench/specs/jobv3/" + fileName, text);
}
