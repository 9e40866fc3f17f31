using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace BkApiGen.Runtime.Batching;

/// <summary>
/// Calls an operation for a list longer than it takes in one call (e.g. <c>bk_module_ids</c> at most 500, <c>bk_set_ids</c>
/// at most 200): splits the list into chunks of at most the documented maximum, runs at most
/// <see cref="BkChunkOptions.MaxConcurrency"/> calls at a time and streams the results as each call completes. Generated
/// clients call it from their <c>…ChunkedAsync</c> methods; <see cref="BkHostBatches"/> is this for hosts.
/// </summary>
public static class BkChunks
{
    /// <summary>
    /// Runs <paramref name="callChunk"/> once per chunk of <paramref name="items"/> and yields one item per result that
    /// <paramref name="selectResults"/> finds in its response, or, when a call fails (the call or the selection throws),
    /// one item carrying the exception and the items of that chunk: failures are reported, never swallowed, and do not
    /// stop the other chunks. Items come in completion order; within a chunk, in the order selected.
    /// </summary>
    /// <param name="items">The list to split, enumerated once, lazily, as chunks are started.</param>
    /// <param name="maxChunkSize">The most items the operation takes per call, as its doc says.</param>
    /// <param name="callChunk">Calls the operation for one chunk.</param>
    /// <param name="selectResults">The results of one response (return the response itself to get one result per call).</param>
    /// <param name="options">Chunk size and concurrency; the defaults when null.</param>
    /// <param name="cancellationToken">
    /// Stops starting chunks, cancels the running ones and ends the enumeration with <see cref="OperationCanceledException"/>.
    /// Ending the enumeration early (<c>break</c>) cancels the running calls too.
    /// </param>
    public static async IAsyncEnumerable<BkChunkItem<TItem, TResult>> RunAsync<TItem, TResponse, TResult>(
        IEnumerable<TItem> items,
        int maxChunkSize,
        Func<IReadOnlyList<TItem>, CancellationToken, Task<TResponse>> callChunk,
        Func<TResponse, IEnumerable<TResult>> selectResults,
        BkChunkOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(callChunk);
        ArgumentNullException.ThrowIfNull(selectResults);
        options ??= new BkChunkOptions();
        var chunkSize = options.ResolveChunkSize(maxChunkSize);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Bounded: a worker waits for the consumer before starting its next chunk, so at most MaxConcurrency chunks'
        // results are held at once, whatever the consumer's pace.
        var channel = Channel.CreateBounded<BkChunkItem<TItem, TResult>>(new BoundedChannelOptions(options.MaxConcurrency)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        var chunks = new ChunkSource<TItem>(items, chunkSize);
        var workers = new Task[options.MaxConcurrency];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = Task.Run(() => WorkAsync(chunks, callChunk, selectResults, channel.Writer, stop.Token), CancellationToken.None);
        }

        var completion = CompleteWhenDoneAsync(workers, channel.Writer);
        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out var item))
                {
                    yield return item;
                }
            }

            await completion.ConfigureAwait(false); // surfaces a failure of the item enumeration itself
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await completion.ConfigureAwait(false);
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
                // Early exit or cancellation: the workers' own outcome no longer matters.
            }
        }
    }

    private static async Task WorkAsync<TItem, TResponse, TResult>(
        ChunkSource<TItem> chunks,
        Func<IReadOnlyList<TItem>, CancellationToken, Task<TResponse>> callChunk,
        Func<TResponse, IEnumerable<TResult>> selectResults,
        ChannelWriter<BkChunkItem<TItem, TResult>> writer,
        CancellationToken stop)
    {
        while (!stop.IsCancellationRequested && chunks.TryTake(out var index, out var chunk))
        {
            List<BkChunkItem<TItem, TResult>> items;
            try
            {
                var response = await callChunk(chunk, stop).ConfigureAwait(false);
                items = [];
                foreach (var result in selectResults(response) ?? [])
                {
                    items.Add(new BkChunkItem<TItem, TResult>(index, chunk, result, null));
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                items = [new BkChunkItem<TItem, TResult>(index, chunk, default, ex)];
            }

            foreach (var item in items)
            {
                await writer.WriteAsync(item, stop).ConfigureAwait(false);
            }
        }
    }

    private static async Task CompleteWhenDoneAsync<TItem>(Task[] workers, ChannelWriter<TItem> writer)
    {
        try
        {
            await Task.WhenAll(workers).ConfigureAwait(false);
            writer.TryComplete();
        }
        catch (Exception ex)
        {
            writer.TryComplete(ex is OperationCanceledException ? null : ex);
            throw;
        }
    }

    /// <summary>Hands out the chunks of a lazily enumerated item sequence to the workers, one at a time.</summary>
    private sealed class ChunkSource<TItem>(IEnumerable<TItem> items, int chunkSize)
    {
        private readonly Lock _lock = new();
        private IEnumerator<TItem[]>? _chunks = items.Chunk(chunkSize).GetEnumerator();
        private int _next;

        public bool TryTake(out int index, out IReadOnlyList<TItem> chunk)
        {
            lock (_lock)
            {
                if (_chunks is not null && _chunks.MoveNext())
                {
                    index = _next++;
                    chunk = _chunks.Current;
                    return true;
                }

                _chunks?.Dispose();
                _chunks = null;
                index = -1;
                chunk = [];
                return false;
            }
        }
    }
}

/// <summary>How <see cref="BkChunks.RunAsync"/> splits and schedules a list.</summary>
public sealed class BkChunkOptions
{
    /// <summary>Items per call, 1 to the operation's maximum; null (the default) takes the maximum.</summary>
    public int? ChunkSize { get; init; }

    /// <summary>Calls running at the same time, at least 1; default 4.</summary>
    public int MaxConcurrency { get; init; } = 4;

    internal int ResolveChunkSize(int maxChunkSize)
        => BkBatchSize.Resolve(ChunkSize, nameof(ChunkSize), maxChunkSize, "list limit", "takes per call", MaxConcurrency);
}

/// <summary>
/// One item of <see cref="BkChunks.RunAsync"/>: either one result of a call that succeeded, or the failure of a whole
/// call (<see cref="Exception"/> set, <see cref="Result"/> default), with the items of that chunk.
/// </summary>
/// <param name="ChunkIndex">Which chunk (0-based, in the order of the list).</param>
/// <param name="Chunk">The items of that chunk.</param>
/// <param name="Result">The result, when the call succeeded.</param>
/// <param name="Exception">Why the call failed (typically a <see cref="Errors.BkApiException"/>), or null.</param>
public sealed record BkChunkItem<TItem, TResult>(int ChunkIndex, IReadOnlyList<TItem> Chunk, TResult? Result, Exception? Exception)
{
    /// <summary>True for a result, false for a failed call.</summary>
    public bool Succeeded => Exception is null;
}
