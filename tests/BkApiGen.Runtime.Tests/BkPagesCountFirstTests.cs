using BkApiGen.Runtime.Paging;

namespace BkApiGen.Runtime.Tests;

/// <summary>
/// <see cref="BkPages.ReadAllCountFirstAsync"/> against a table that answers as CMDB's <c>page.enable_count</c> operations
/// do (bk-cmdb: <c>RespEntityWithCount(count, [])</c> for a count request, <c>RespEntityWithCount(0, info)</c> for a page).
/// </summary>
public sealed class BkPagesCountFirstTests
{
    private sealed record Page(long? Count, IReadOnlyList<int>? Info);

    private sealed class CountFirstTable(int size)
    {
        private readonly Lock _lock = new();
        private int _inFlight;

        public bool AnswerCount { get; init; } = true;

        public Exception? CountFailure { get; init; }

        /// <summary>Every call in order: the count call as (-1, 0).</summary>
        public List<(long Offset, int Limit)> Calls { get; } = [];

        public int MaxInFlight { get; private set; }

        public async Task<Page> CountAsync(CancellationToken ct)
        {
            lock (_lock)
            {
                Calls.Add((-1, 0));
            }

            await Task.Yield();
            return CountFailure is { } failure ? throw failure : new Page(AnswerCount ? size : null, []);
        }

        public async Task<Page> FetchAsync(long offset, int limit, CancellationToken ct)
        {
            lock (_lock)
            {
                Calls.Add((offset, limit));
                MaxInFlight = Math.Max(MaxInFlight, ++_inFlight);
            }

            try
            {
                await Task.Delay(5, ct);
                var items = Enumerable.Range((int)Math.Min(offset, size), (int)Math.Max(0, Math.Min(limit, size - offset))).ToList();
                return new Page(0, items); // a page never tells the total
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

    private static IAsyncEnumerable<int> Read(CountFirstTable table, int max, BkPagingOptions? options = null) =>
        BkPages.ReadAllCountFirstAsync<Page, int>(table.CountAsync, table.FetchAsync, p => p.Count, p => p.Info, max, options);

    [Fact]
    public async Task The_count_call_comes_first_then_every_page_up_to_that_total_concurrently()
    {
        var table = new CountFirstTable(2345);

        var items = await Read(table, 500).ToListAsync();

        Assert.Equal(Enumerable.Range(0, 2345), items);
        Assert.Equal((-1L, 0), table.Calls[0]);
        Assert.Equal([0L, 500, 1000, 1500, 2000], table.Calls.Skip(1).Select(c => c.Offset).Order());
        Assert.True(table.MaxInFlight > 1, $"pages in flight at most {table.MaxInFlight}");
    }

    [Fact]
    public async Task A_page_reporting_zero_is_not_a_changed_total()
    {
        var table = new CountFirstTable(1200);

        var items = await Read(table, 500, new BkPagingOptions { OnCountChanged = BkPageCountChangePolicy.Fail }).ToListAsync();

        Assert.Equal(1200, items.Count);
    }

    [Fact]
    public async Task A_count_of_zero_asks_for_no_page()
    {
        var table = new CountFirstTable(0);

        Assert.Empty(await Read(table, 500).ToListAsync());
        Assert.Equal([(-1L, 0)], table.Calls);
    }

    [Fact]
    public async Task Without_a_count_pages_are_read_one_by_one_until_a_short_one()
    {
        var table = new CountFirstTable(1200) { AnswerCount = false };

        var items = await Read(table, 500).ToListAsync();

        Assert.Equal(Enumerable.Range(0, 1200), items);
        Assert.Equal([(-1L, 0), (0L, 500), (500L, 500), (1000L, 500)], table.Calls);
        Assert.Equal(1, table.MaxInFlight);
    }

    [Fact]
    public async Task A_failed_count_call_is_a_paging_exception_before_any_page()
    {
        var table = new CountFirstTable(10) { CountFailure = new InvalidOperationException("gateway said no") };

        var ex = await Assert.ThrowsAsync<BkPagingException>(async () => await Read(table, 500).ToListAsync());

        Assert.Equal(0, ex.Offset);
        Assert.IsType<InvalidOperationException>(ex.InnerException);
        Assert.Equal("The count call before the first page failed: gateway said no", ex.Message);
        Assert.Equal([(-1L, 0)], table.Calls);
    }

    [Fact]
    public void Bad_options_are_refused_when_the_read_is_made()
    {
        var table = new CountFirstTable(10);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Read(table, 500, new BkPagingOptions { PageSize = 501 }));

        Assert.Equal("PageSize", ex.ParamName);
        Assert.Empty(table.Calls);
    }
}
