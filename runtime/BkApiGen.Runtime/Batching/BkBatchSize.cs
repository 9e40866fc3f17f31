namespace BkApiGen.Runtime.Batching;

/// <summary>The one check of a batch size and a concurrency that chunked calls and paged reads both take from a caller.</summary>
internal static class BkBatchSize
{
    /// <summary>
    /// <paramref name="requested"/> (null: the operation's <paramref name="limit"/>) after checking it against the limit,
    /// and <paramref name="maxConcurrency"/> at least 1; <paramref name="perWhat"/> ends the message ("per call").
    /// </summary>
    public static int Resolve(int? requested, string requestedName, int limit, string limitName, string perWhat, int maxConcurrency)
    {
        if (limit < 1)
        {
            throw new ArgumentOutOfRangeException("max" + requestedName, limit, $"The operation's {limitName} must be at least 1.");
        }

        if (requested is { } size && (size < 1 || size > limit))
        {
            throw new ArgumentOutOfRangeException(requestedName, size, $"{requestedName} must be between 1 and {limit}, the most this operation {perWhat}.");
        }

        if (maxConcurrency < 1)
        {
            throw new ArgumentOutOfRangeException("MaxConcurrency", maxConcurrency, "MaxConcurrency must be at least 1.");
        }

        return requested ?? limit;
    }
}
