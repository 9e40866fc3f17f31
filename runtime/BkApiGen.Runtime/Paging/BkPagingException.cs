using BkApiGen.Runtime.Errors;

namespace BkApiGen.Runtime.Paging;

/// <summary>
/// A paged read stopped at one page: the items of every earlier page were yielded, this page and later ones were not.
/// <see cref="Exception.InnerException"/> is why the page failed (usually a <see cref="BkApiException"/>).
/// </summary>
public class BkPagingException : Exception
{
    /// <summary>Wraps the failure of the page at <paramref name="offset"/>.</summary>
    public BkPagingException(long offset, int pageSize, Exception inner)
        : base($"The page at offset {offset} (page size {pageSize}) failed: {inner.Message}", inner)
    {
        Offset = offset;
        PageSize = pageSize;
    }

    private BkPagingException(int pageSize, string message, Exception inner)
        : base(message, inner)
    {
        PageSize = pageSize;
    }

    /// <summary>The count call that comes before the pages (<see cref="BkPages.ReadAllCountFirstAsync"/>) failed; <see cref="Offset"/> is 0.</summary>
    internal static BkPagingException CountFailed(int pageSize, Exception inner)
        => new(pageSize, $"The count call before the first page failed: {inner.Message}", inner);

    /// <summary>For subclasses with their own message.</summary>
    protected BkPagingException(long offset, int pageSize, string message)
        : base(message)
    {
        Offset = offset;
        PageSize = pageSize;
    }

    /// <summary>The offset (<c>start</c>) of the page that failed: a retry of the read can resume here.</summary>
    public long Offset { get; }

    /// <summary>The page size the read used.</summary>
    public int PageSize { get; }
}

/// <summary>
/// The server's total changed between pages and <see cref="BkPagingOptions.OnCountChanged"/> is
/// <see cref="BkPageCountChangePolicy.Fail"/>: the read stops rather than yield a list that may hold an item twice or miss one.
/// </summary>
public sealed class BkPageCountChangedException : BkPagingException
{
    internal BkPageCountChangedException(long offset, int pageSize, long previousCount, long newCount)
        : base(offset, pageSize, $"The total changed from {previousCount} to {newCount} at the page at offset {offset} (rows were added or removed while reading): items before this page were read; set OnCountChanged = ReadToLatestCount to read on.")
    {
        PreviousCount = previousCount;
        NewCount = newCount;
    }

    /// <summary>The total the earlier pages reported.</summary>
    public long PreviousCount { get; }

    /// <summary>The total this page reported.</summary>
    public long NewCount { get; }
}
