using CsCheck;

namespace BkApiGen.Tests.Shared;

/// <summary>
/// Runs a CsCheck property so that the suite, and so CI, is reproducible: by default every run draws the same cases,
/// from a seed pinned per property, and a failure names the seed of its case. Exploring new cases is a deliberate act:
/// <c>BKAPIGEN_FUZZ=explore</c> hands the property to CsCheck's own <c>Sample</c> (random seeds, shrinking, and
/// <c>CsCheck_Iter</c>/<c>CsCheck_Time</c> for longer runs), and <c>CsCheck_Seed=…</c> replays and shrinks a reported case.
/// </summary>
internal static class Fuzz
{
    private static readonly bool Explore = string.Equals(Environment.GetEnvironmentVariable("BKAPIGEN_FUZZ"), "explore", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether this run replays one case CsCheck reported (CsCheck_Seed): a property may check it more closely.</summary>
    public static bool Replay { get; } = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CsCheck_Seed"));

    private static readonly bool IterSet = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CsCheck_Iter"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CsCheck_Time"));

    /// <param name="gen">The cases.</param>
    /// <param name="assert">The property: throws on a case that breaks it.</param>
    /// <param name="iter">How many cases a normal run checks.</param>
    /// <param name="seed">The pinned seed of this property's cases.</param>
    /// <param name="threads">1 for a property whose assertion shares state between cases; otherwise all cores.</param>
    /// <param name="print">How a failing case is shown.</param>
    public static void Check<T>(this Gen<T> gen, Action<T> assert, long iter, ulong seed, int threads = -1, Func<T, string>? print = null)
    {
        if (Explore || Replay)
        {
            gen.Sample(assert, iter: Explore && IterSet ? -1 : iter, threads: threads, print: print);
            return;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount };
        var failures = new System.Collections.Concurrent.ConcurrentBag<(long Index, Exception Error)>();
        Parallel.For(0L, iter, options, (index, state) =>
        {
            // One stream per case: the cases do not depend on the number of threads or on which ran first.
            var pcg = new PCG((uint)index, seed);
            var caseSeed = pcg.ToString();
            var value = gen.Generate(pcg, null!, out _);
            try
            {
                assert(value);
            }
            catch (Exception error)
            {
                var shown = print is null ? CsCheck.Check.Print(value) : print(value);
                failures.Add((index, new FuzzCaseException($"Case {index} of pinned seed {seed} failed; set CsCheck_Seed={caseSeed} to replay and shrink it.\n{shown}", error)));
                state.Stop();
            }
        });

        if (!failures.IsEmpty)
        {
            throw failures.OrderBy(f => f.Index).First().Error;
        }
    }

    /// <summary>A property given as a predicate: a case for which it is false fails.</summary>
    public static void Check<T>(this Gen<T> gen, Func<T, bool> property, long iter, ulong seed, int threads = -1, Func<T, string>? print = null)
        => gen.Check(
            value =>
            {
                if (!property(value))
                {
                    throw new InvalidOperationException("The property does not hold for this case.");
                }
            },
            iter,
            seed,
            threads,
            print);

    private sealed class FuzzCaseException(string message, Exception inner) : Exception(message, inner);
}
