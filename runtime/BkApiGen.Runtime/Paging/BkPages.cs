using System.Runtime.CompilerServices;

namespace BkApiGen.Runtime.Paging;

/// <summary>
/// Reads every page of an offset-paged BlueKing operation as one stream of items: CMDB's <c>page {start, limit}</c> →
/// <c>{count, info}</c>, bk-job's <c>start</c>/<c>length</c> → <c>{start, total, length, data}</c>. Generated clients call it
/// from their <c>…AllAsync</c> methods; it works with any page call.
/// </summary>
/// <remarks>
/// The first page (offset 0) tells the total; the remaining pages are then requested up to
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
    public static async IAsyncEnumerable<TItem> ReadAllAsync<TPage, TItem>(
        Func<long, int, CancellationToken, Task<TPage>> fetchPage,
        Func<TPage, long?> countOf,
        Func<TPage, IReadOnlyList<TItem>?> itemsOf,
        int maxPageSize,
        BkPagingOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        ArgumentNullException.ThrowIfNull(countOf);
        ArgumentNullException.ThrowIfNull(itemsOf);
        options ??= new BkPagingOptions();
        var pageSize = options.ResolvePageSize(maxPageSize);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var window = new Queue<(long Offset, Task<TPage> Page)>();
        try
        {
            var first = await AwaitPageAsync(0, pageSize, fetchPage(0, pageSize, stop.Token), cancellationToken).ConfigureAwait(false);
            var firstItems = itemsOf(first) ?? [];
            foreach (var item in firstItems)
            {
                yield return item;
            }

            // Without a total, pages are read one after another until one comes back short.
            long? count = countOf(first);
            var concurrency = count is null ? 1 : options.MaxConcurrency;
            var more = count is { } total ? total > pageSize : firstItems.Count >= pageSize;
            long next = pageSize;
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
                if (count is { } believed && countOf(page) is { } reported && reported != believed)
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

    private static async Task<TPage> AwaitPageAsync<TPage>(long offset, int pageSize, Task<TPage> page, CancellationToken cancellationToken)
    {
        try
        {
            return await page.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            throw new BkPagingException(offset, pageSize, ex);
        }
    }
}
