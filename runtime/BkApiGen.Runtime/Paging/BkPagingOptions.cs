using BkApiGen.Runtime.Batching;

namespace BkApiGen.Runtime.Paging;

/// <summary>How <see cref="BkPages.ReadAllAsync"/> asks for pages.</summary>
public sealed class BkPagingOptions
{
    /// <summary>Items per page, at least 1; null (the default) takes the operation's documented maximum.</summary>
    public int? PageSize { get; init; }

    /// <summary>Pages requested at the same time once the first page has told the total, at least 1; default 4.</summary>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>What to do when a page reports a different total than the first page did; default <see cref="BkPageCountChangePolicy.Fail"/>.</summary>
    public BkPageCountChangePolicy OnCountChanged { get; init; } = BkPageCountChangePolicy.Fail;

    /// <summary>Called once per change of the total when <see cref="OnCountChanged"/> lets the read go on (for a log line or a metric).</summary>
    public Action<BkPageCountChange>? CountChanged { get; init; }

    internal int ResolvePageSize(int maxPageSize)
    {
        var size = BkBatchSize.Resolve(PageSize, nameof(PageSize), maxPageSize, "page size limit", "returns per page", MaxConcurrency);
        if (!Enum.IsDefined(OnCountChanged))
        {
            throw new ArgumentOutOfRangeException(nameof(OnCountChanged), OnCountChanged, "OnCountChanged must be Fail or ReadToLatestCount.");
        }

        return size;
    }
}

/// <summary>What a paged read does when the server's total changes between pages (rows inserted or deleted meanwhile).</summary>
public enum BkPageCountChangePolicy
{
    /// <summary>
    /// Stop with <see cref="BkPageCountChangedException"/> at the first page whose total differs: the items already
    /// yielded are a consistent prefix, and nothing past it is guessed. Right for inventories that must be exact.
    /// </summary>
    Fail,

    /// <summary>
    /// Go on to the latest total a page reported (more pages when rows were added, fewer when removed), reporting each
    /// change to <see cref="BkPagingOptions.CountChanged"/>. Offset paging cannot see where rows moved, so an item may come
    /// twice (a row inserted before it) or be missed (a row deleted before it) — told, never silent.
    /// </summary>
    ReadToLatestCount,
}

/// <summary>A change of the server's total seen at one page.</summary>
/// <param name="Offset">The offset of the page that reported the new total.</param>
/// <param name="PreviousCount">The total believed until then.</param>
/// <param name="NewCount">The total that page reported.</param>
public sealed record BkPageCountChange(long Offset, long PreviousCount, long NewCount);
