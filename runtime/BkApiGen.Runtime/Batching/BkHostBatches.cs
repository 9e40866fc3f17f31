using System.Runtime.CompilerServices;

namespace BkApiGen.Runtime.Batching;

/// <summary>
/// Calls an operation for any number of hosts: splits them into batches of at most <see cref="BkHostBatchOptions.BatchSize"/>
/// (BlueKing operations take at most 500 hosts per call), runs at most <see cref="BkHostBatchOptions.MaxConcurrency"/>
/// batches at a time, and streams the per-host results as each batch completes.
/// </summary>
/// <example>
/// <code>
/// await foreach (var item in BkHostBatches.RunAsync(
///     hosts,
///     (batch, ct) =&gt; jobs.BatchGetJobInstanceIpLogAsync(request with { IpList = batch }, ct),
///     logs =&gt; ((ScriptIpLogs)logs).ScriptTaskLogs,
///     cancellationToken: ct))
/// {
///     if (item.Exception is { } error) { /* the whole batch failed: item.BatchHosts, error */ }
///     else { /* item.Result: one host's log */ }
/// }
/// </code>
/// </example>
public static class BkHostBatches
{
    /// <summary>
    /// Runs <paramref name="callBatch"/> once per batch of <paramref name="hosts"/> and yields one item per result that
    /// <paramref name="selectResults"/> finds in its response, or, when a batch fails (the call or the selection throws), one
    /// item carrying the exception and the hosts of that batch: failures are reported, never swallowed, and do not stop the
    /// other batches. Items come in completion order; within a batch, in the order selected.
    /// </summary>
    /// <typeparam name="THost">The host identifier (e.g. a generated <c>Host</c>, or a <c>long</c> host id).</typeparam>
    /// <typeparam name="TResponse">What one call returns (e.g. a generated <c>IpLogs</c>).</typeparam>
    /// <typeparam name="TResult">One host's result (e.g. a generated <c>ScriptTaskLog</c>).</typeparam>
    /// <param name="hosts">The hosts, enumerated once, lazily, as batches are started.</param>
    /// <param name="callBatch">Calls the operation for one batch (at most <see cref="BkHostBatchOptions.BatchSize"/> hosts).</param>
    /// <param name="selectResults">The per-host results of one response.</param>
    /// <param name="options">Batch size and concurrency; the defaults when null.</param>
    /// <param name="cancellationToken">
    /// Stops starting batches, cancels the running ones and ends the enumeration with <see cref="OperationCanceledException"/>.
    /// Ending the enumeration early (<c>break</c>) cancels the running batches too.
    /// </param>
    public static async IAsyncEnumerable<BkHostBatchItem<THost, TResult>> RunAsync<THost, TResponse, TResult>(
        IEnumerable<THost> hosts,
        Func<IReadOnlyList<THost>, CancellationToken, Task<TResponse>> callBatch,
        Func<TResponse, IEnumerable<TResult>> selectResults,
        BkHostBatchOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        options ??= new BkHostBatchOptions();
        options.Validate();
        var chunkOptions = new BkChunkOptions { ChunkSize = options.BatchSize, MaxConcurrency = options.MaxConcurrency };
        await foreach (var item in BkChunks.RunAsync(hosts, BkHostBatchOptions.MaxBatchSize, callBatch, selectResults, chunkOptions, cancellationToken).ConfigureAwait(false))
        {
            yield return new BkHostBatchItem<THost, TResult>(item.ChunkIndex, item.Chunk, item.Result, item.Exception);
        }
    }
}

/// <summary>How <see cref="BkHostBatches.RunAsync"/> splits and schedules the hosts.</summary>
public sealed class BkHostBatchOptions
{
    /// <summary>The most hosts BlueKing operations take in one call (e.g. bk-job's <c>host_id_list</c>/<c>ip_list</c>).</summary>
    public const int MaxBatchSize = 500;

    /// <summary>Hosts per call, 1 to <see cref="MaxBatchSize"/>; default <see cref="MaxBatchSize"/>.</summary>
    public int BatchSize { get; init; } = MaxBatchSize;

    /// <summary>Calls running at the same time, at least 1; default 4.</summary>
    public int MaxConcurrency { get; init; } = 4;

    internal void Validate()
    {
        if (BatchSize is < 1 or > MaxBatchSize)
        {
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, $"BatchSize must be between 1 and {MaxBatchSize}.");
        }

        if (MaxConcurrency < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxConcurrency), MaxConcurrency, "MaxConcurrency must be at least 1.");
        }
    }
}

/// <summary>
/// One item of <see cref="BkHostBatches.RunAsync"/>: either one result of a batch that succeeded, or the failure of a whole
/// batch (<see cref="Exception"/> set, <see cref="Result"/> default), with the hosts that batch covered.
/// </summary>
/// <typeparam name="THost">The host identifier.</typeparam>
/// <typeparam name="TResult">One host's result.</typeparam>
/// <param name="BatchIndex">Which batch (0-based, in the order of the hosts).</param>
/// <param name="BatchHosts">The hosts of that batch.</param>
/// <param name="Result">The result, when the batch succeeded.</param>
/// <param name="Exception">Why the batch failed (typically a <see cref="Errors.BkApiException"/>), or null.</param>
public sealed record BkHostBatchItem<THost, TResult>(int BatchIndex, IReadOnlyList<THost> BatchHosts, TResult? Result, Exception? Exception)
{
    /// <summary>True for a result, false for a batch failure.</summary>
    public bool Succeeded => Exception is null;
}
