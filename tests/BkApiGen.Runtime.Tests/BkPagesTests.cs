using BkApiGen.Runtime.Paging;

namespace BkApiGen.Runtime.Tests;

public sealed class BkPagesTests
{
    private sealed record Page(long? Count, IReadOnlyList<int>? Info);

    /// <summary>An in-memory paged table whose size can change between calls, recording what was asked.</summary>
    private sealed class PagedTable(int size)
    {
        private readonly Lock _lock = new();
        private int _inFlight;

        public int Size { get; set; } = size;

        public bool ReportCount { get; init; } = true;

        public List<(long Offset, int Limit)> Calls { get; } = [];

        public int MaxInFlight { get; private set; }

        public Func<long, Task>? BeforeAnswer { get; init; }

        public async Task<Page> FetchAsync(long offset, int limit, CancellationToken ct)
        {
            lock (_lock)
            {
                Calls.Add((offset, limit));
                MaxInFlight = Math.Max(MaxInFlight, ++_inFlight);
            }

            try
            {
                if (BeforeAnswer is { } before)
                {
                    await before(offset).WaitAsync(ct);
                }

                await Task.Yield();
                var items = Enumerable.Range((int)Math.Min(offset, Size), (int)Math.Max(0, Math.Min(limit, Size - offset))).ToList();
                return new Page(ReportCount ? Size : null, items);
            }
            finally
            {
                lock (_lock)
                {
                    _inFlight--;
                }
            }
        }
    }

    private static IAsyncEnumerable<int> Read(PagedTable table, int max, BkPagingOptions? options = null, CancellationToken ct = default) =>
        BkPages.ReadAllAsync<Page, int>(table.FetchAsync, p => p.Count, p => p.Info, max, options, ct);

    [Fact]
    public async Task Reads_2345_items_in_pages_of_500_in_order()
    {
        var table = new PagedTable(2345);

        var items = await Read(table, 500).ToListAsync();

        Assert.Equal(Enumerable.Range(0, 2345), items);
        Assert.Equal([0L, 500, 1000, 1500, 2000], table.Calls.Select(c => c.Offset).Order());
        Assert.All(table.Calls, c => Assert.Equal(500, c.Limit));
    }

    [Fact]
    public async Task Later_pages_that_finish_first_are_still_yielded_in_offset_order_and_concurrency_is_bounded()
    {
        // The page at 500 answers last: its items must still come before those of 1000 and later.
        var slow = new TaskCompletionSource();
        var table = new PagedTable(3000) { BeforeAnswer = offset => offset == 500 ? slow.Task : Task.CompletedTask };
        var options = new BkPagingOptions { MaxConcurrency = 3 };
        var read = Read(table, 500, options).ToListAsync().AsTask();

        await WaitUntilAsync(() => table.Calls.Count >= 4);
        slow.SetResult();
        var items = await read;

        Assert.Equal(Enumerable.Range(0, 3000), items);
        Assert.InRange(table.MaxInFlight, 2, 3);
    }

    [Fact]
    public async Task A_total_that_changes_between_pages_stops_the_read_by_default_after_a_consistent_prefix()
    {
        var table = new PagedTable(2345);
        var seen = new List<int>();
        var options = new BkPagingOptions { MaxConcurrency = 1 };

        var error = await Assert.ThrowsAsync<BkPageCountChangedException>(async () =>
        {
            await foreach (var item in Read(table, 500, options))
            {
                seen.Add(item);
                if (item == 999)
                {
                    table.Size = 2400; // rows inserted while reading
                }
            }
        });

        Assert.Equal(2345, error.PreviousCount);
        Assert.Equal(2400, error.NewCount);
        Assert.True(error.Offset >= 1000, $"offset {error.Offset}");
        Assert.Equal(Enumerable.Range(0, (int)error.Offset), seen);
        Assert.Contains("2345", error.Message);
        Assert.Contains("2400", error.Message);
    }

    [Fact]
    public async Task ReadToLatestCount_reads_the_rows_added_meanwhile_and_reports_the_change()
    {
        var table = new PagedTable(2345);
        var changes = new List<BkPageCountChange>();
        var options = new BkPagingOptions { MaxConcurrency = 1, OnCountChanged = BkPageCountChangePolicy.ReadToLatestCount, CountChanged = changes.Add };
        var seen = new List<int>();

        await foreach (var item in Read(table, 500, options))
        {
            seen.Add(item);
            if (item == 999)
            {
                table.Size = 2600;
            }
        }

        Assert.Equal(Enumerable.Range(0, 2600), seen);
        var change = Assert.Single(changes);
        Assert.Equal((2345L, 2600L), (change.PreviousCount, change.NewCount));
    }

    [Fact]
    public async Task ReadToLatestCount_stops_at_a_total_that_shrank_without_looping()
    {
        var table = new PagedTable(2345);
        var options = new BkPagingOptions { MaxConcurrency = 1, OnCountChanged = BkPageCountChangePolicy.ReadToLatestCount };
        var seen = new List<int>();

        await foreach (var item in Read(table, 500, options))
        {
            seen.Add(item);
            if (item == 10)
            {
                table.Size = 700;
            }
        }

        Assert.Equal(Enumerable.Range(0, 700), seen);
        Assert.True(table.Calls.Count <= 3, $"{table.Calls.Count} calls");
    }

    [Fact]
    public async Task A_failing_page_is_reported_with_its_offset_after_every_earlier_item()
    {
        var failure = new InvalidOperationException("boom");
        var table = new PagedTable(2345) { BeforeAnswer = offset => offset == 1000 ? Task.FromException(failure) : Task.CompletedTask };
        var seen = new List<int>();

        var error = await Assert.ThrowsAsync<BkPagingException>(async () =>
        {
            await foreach (var item in Read(table, 500))
            {
                seen.Add(item);
            }
        });

        Assert.Equal(1000, error.Offset);
        Assert.Same(failure, error.InnerException);
        Assert.Equal(Enumerable.Range(0, 1000), seen);
    }

    [Fact]
    public async Task Cancellation_ends_the_read_and_cancels_the_pages_in_flight()
    {
        var never = new TaskCompletionSource();
        var table = new PagedTable(5000) { BeforeAnswer = offset => offset == 0 ? Task.CompletedTask : never.Task };
        using var cts = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in Read(table, 500, ct: cts.Token))
            {
                if (++seen == 500)
                {
                    await cts.CancelAsync();
                }
            }
        });

        Assert.Equal(500, seen);
        Assert.Equal(5, table.Calls.Count); // the first page and the 4 in flight, no more
    }

    [Fact]
    public async Task Leaving_the_loop_early_requests_no_further_pages()
    {
        var table = new PagedTable(10_000);

        var firstTen = await Read(table, 100, new BkPagingOptions { MaxConcurrency = 2 }).Take(10).ToListAsync();

        Assert.Equal(Enumerable.Range(0, 10), firstTen);
        Assert.True(table.Calls.Count <= 3, $"{table.Calls.Count} calls");
    }

    [Fact]
    public async Task Without_a_total_pages_are_read_one_by_one_until_a_short_page()
    {
        var table = new PagedTable(1200) { ReportCount = false };

        var items = await Read(table, 500).ToListAsync();

        Assert.Equal(Enumerable.Range(0, 1200), items);
        Assert.Equal([0L, 500, 1000], table.Calls.Select(c => c.Offset));
        Assert.Equal(1, table.MaxInFlight);
    }

    [Fact]
    public async Task An_empty_result_is_one_call()
    {
        var table = new PagedTable(0);

        Assert.Empty(await Read(table, 500).ToListAsync());
        Assert.Single(table.Calls);
    }

    [Theory]
    [InlineData(0, 4, "PageSize", "PageSize must be between 1 and 500, the most this operation returns per page.")]
    [InlineData(501, 4, "PageSize", "PageSize must be between 1 and 500, the most this operation returns per page.")]
    [InlineData(100, 0, "MaxConcurrency", "MaxConcurrency must be at least 1.")]
    public async Task Bad_options_are_refused_before_any_call(int pageSize, int concurrency, string option, string message)
    {
        var table = new PagedTable(10);

        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () =>
            await Read(table, 500, new BkPagingOptions { PageSize = pageSize, MaxConcurrency = concurrency }).ToListAsync());
        Assert.Empty(table.Calls);
        Assert.Equal(option, ex.ParamName);
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_smaller_page_size_is_used_as_given()
    {
        var table = new PagedTable(250);

        var items = await Read(table, 500, new BkPagingOptions { PageSize = 100 }).ToListAsync();

        Assert.Equal(250, items.Count);
        Assert.Equal([0L, 100, 200], table.Calls.Select(c => c.Offset).Order());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
