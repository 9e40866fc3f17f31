using System.Runtime.CompilerServices;

namespace BkApiGen.Runtime.Paging;

/// <summary>
/// Reads every page of an offset-paged BlueKing operation as one stream of items: CMDB's <c>page {start, limit}</c> →
/// <c>{count, info}</c>, bk-job's <c>start</c>/<c>length</c> → <c>{start, total, length, data}</c>. Generated clients call it
/// from their <c>…AllAsync</c> methods; it works with any page call.
/// </summary>
/// <remarks>
/// The first page (offset 0) tells the total (or, with <see cref="ReadAllCountFirstAsync"/>, a count call before it); the remaining pages are then requested up to
/// <see cref="BkPagingOptions.MaxConcurrency"/> at a time and their items yielded strictly in offset order. At most that
/// many pages are held at once, so memory stays flat in the number of pages. A page that fails ends the read with
/// <see cref="BkPagingException"/> naming its offset, after the items of every earlier page; a changed total is handled
/// as <see cref="BkPagingOptions.OnCountChanged"/> says. Offsets only grow, so a read never loops: it ends at the total,
/// or at the first short page when the server reports no total. Cancelling the token (or leaving the loop early) cancels
/// the pages in flight.
/// </remarks>
public static class BkPages
{
    /// <summary>Reads all pages, yielding their items in order.</summary>
    /// <typeparam name="TPage">What one page call returns (a generated response type).</typeparam>
    /// <typeparam name="TItem">One item of a page.</typeparam>
    /// <param name="fetchPage">Calls the operation for the page at <c>offset</c> with at most <c>limit</c> items.</param>
    /// <param name="countOf">The total the page reports, or null when the server sent none.</param>
    /// <param name="itemsOf">The items of the page (null reads as none).</param>
    /// <param name="maxPageSize">The most items the operation returns per page, as its doc says (e.g. 500).</param>
    /// <param name="options">Page size, concurrency, count-change policy; the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the read and the pages in flight.</param>
    public static IAsyncEnumerable<TItem> ReadAllAsync<TPage, TItem>(
        Func<long, int, CancellationToken, Task<TPage>> fetchPage,
        Func<TPage, long?> countOf,
        Func<TPage, IReadOnlyList<TItem>?> itemsOf,
        int maxPageSize,
        BkPagingOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        ArgumentNullException.ThrowIfNull(countOf);
        ArgumentNullException.ThrowIfNull(itemsOf);
        options ??= new BkPagingOptions();
        return ReadAsync(null, fetchPage, countOf, itemsOf, options.ResolvePageSize(maxPageSize), options, cancellationToken);
    }

    /// <summary>
    /// Reads all pages of an operation whose pages report no total but that answers a separate count request (CMDB's
    /// <c>page.enable_count</c>: <c>true</c> returns only the count, <c>false</c> the items with <c>count</c> 0): the count
    /// call comes first, then the pages up to that total, concurrently; what the pages say as their total is not read.
    /// </summary>
    /// <typeparam name="TPage">What one call returns (a generated response type).</typeparam>
    /// <typeparam name="TItem">One item of a page.</typeparam>
    /// <param name="fetchCount">Calls the operation asking for the total only.</param>
    /// <param name="fetchPage">Calls the operation for the page at <c>offset</c> with at most <c>limit</c> items.</param>
    /// <param name="countOf">The total the count call reports, or null when it sent none (then pages are read until a short one).</param>
    /// <param name="itemsOf">The items of the page (null reads as none).</param>
    /// <param name="maxPageSize">The most items the operation returns per page, as its doc says (e.g. 500).</param>
    /// <param name="options">Page size and concurrency; the defaults when null. The total is read once, so it cannot change.</param>
    /// <param name="cancellationToken">Cancels the read and the pages in flight.</param>
    public static IAsyncEnumerable<TItem> ReadAllCountFirstAsync<TPage, TItem>(
        Func<CancellationToken, Task<TPage>> fetchCount,
        Func<long, int, CancellationToken, Task<TPage>> fetchPage,
        Func<TPage, long?> countOf,
        Func<TPage, IReadOnlyList<TItem>?> itemsOf,
        int maxPageSize,
        BkPagingOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchCount);
        ArgumentNullException.ThrowIfNull(fetchPage);
        ArgumentNullException.ThrowIfNull(countOf);
        ArgumentNullException.ThrowIfNull(itemsOf);
        options ??= new BkPagingOptions();
        return ReadAsync(fetchCount, fetchPage, countOf, itemsOf, options.ResolvePageSize(maxPageSize), options, cancellationToken);
    }

    // Checked eagerly by the public methods, so bad options are refused when the read is made, before any call.
    private static async IAsyncEnumerable<TItem> ReadAsync<TPage, TItem>(
        Func<CancellationToken, Task<TPage>>? fetchCount,
        Func<long, int, CancellationToken, Task<TPage>> fetchPage,
        Func<TPage, long?> countOf,
        Func<TPage, IReadOnlyList<TItem>?> itemsOf,
        int pageSize,
        BkPagingOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var window = new Queue<(long Offset, Task<TPage> Page)>();
        try
        {
            long? count;
            bool more;
            long next;
            if (fetchCount is null)
            {
                var first = await AwaitPageAsync(0, pageSize, fetchPage(0, pageSize, stop.Token), cancellationToken).ConfigureAwait(false);
                var firstItems = itemsOf(first) ?? [];
                foreach (var item in firstItems)
                {
                    yield return item;
                }

                count = countOf(first);
                more = count is { } total ? total > pageSize : firstItems.Count >= pageSize;
                next = pageSize;
            }
            else
            {
                count = countOf(await AwaitCountAsync(pageSize, fetchCount(stop.Token), cancellationToken).ConfigureAwait(false));
                more = count is not 0;
                next = 0;
            }

            // Without a total, pages are read one after another until one comes back short.
            var concurrency = count is null ? 1 : options.MaxConcurrency;
            var pagesTellCount = fetchCount is null;
            while (true)
            {
                while (more && window.Count < concurrency && (count is null ? window.Count == 0 : next < count))
                {
                    window.Enqueue((next, fetchPage(next, pageSize, stop.Token)));
                    next += pageSize;
                }

                if (!window.TryDequeue(out var head))
                {
                    yield break;
                }

                var page = await AwaitPageAsync(head.Offset, pageSize, head.Page, cancellationToken).ConfigureAwait(false);
                var items = itemsOf(page) ?? [];
                if (pagesTellCount && count is { } believed && countOf(page) is { } reported && reported != believed)
                {
                    if (options.OnCountChanged == BkPageCountChangePolicy.Fail)
                    {
                        throw new BkPageCountChangedException(head.Offset, pageSize, believed, reported);
                    }

                    options.CountChanged?.Invoke(new BkPageCountChange(head.Offset, believed, reported));
                    count = reported;
                }

                foreach (var item in items)
                {
                    yield return item;
                }

                if (count is null)
                {
                    more = items.Count >= pageSize;
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            foreach (var (_, pending) in window)
            {
                try
                {
                    await pending.ConfigureAwait(false);
                }
                catch (Exception)
                {
                    // Abandoned pages (early exit, cancellation, an earlier failure): their outcome no longer matters.
                }
            }
        }
    }

    private static Task<TPage> AwaitCountAsync<TPage>(int pageSize, Task<TPage> count, CancellationToken cancellationToken)
        => AwaitAsync(count, ex => BkPagingException.CountFailed(pageSize, ex), cancellationToken);

    private static Task<TPage> AwaitPageAsync<TPage>(long offset, int pageSize, Task<TPage> page, CancellationToken cancellationToken)
        => AwaitAsync(page, ex => new BkPagingException(offset, pageSize, ex), cancellationToken);

    // The caller's cancellation stays an OperationCanceledException; any other failure is wrapped with where it happened.
    private static async Task<TPage> AwaitAsync<TPage>(Task<TPage> call, Func<Exception, BkPagingException> wrap, CancellationToken cancellationToken)
    {
        try
        {
            return await call.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            throw wrap(ex);
        }
    }
}
