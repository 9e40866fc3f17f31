    // The operation on the client.
    public partial interface ICcClient
    {
        /// <summary>Calls <c>list_hosts</c>.</summary>
        /// <param name="request">The request; validated before anything is sent.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The <c>data</c> of the response.</returns>
        /// <exception cref="Bk::Errors.BkApiValidationException">The request breaks the spec's rules; nothing was sent.</exception>
        /// <exception cref="Bk::Errors.BkApiException">The call failed: an API error, an HTTP error, an invalid response or a transport failure.</exception>
        Sys::Threading.Tasks.Task<ListHostsData> ListHostsAsync(ListHostsRequest request, Sys::Threading.CancellationToken cancellationToken = default);

        /// <summary>
        /// Every item of <c>list_hosts</c>, page after page: at most 500 per page, up to
        /// <c>options.MaxConcurrency</c> pages at a time after the first, yielded in order (<see cref="Bk::Paging.BkPages"/>).
        /// </summary>
        /// <param name="request">The request; the offset and limit are set for each page.</param>
        /// <param name="options">Page size, concurrency and what a changed total does; the defaults when null.</param>
        /// <param name="cancellationToken">Cancels the read and the pages in flight.</param>
        /// <exception cref="Bk::Paging.BkPagingException">A page failed (at its offset), or the total changed while reading.</exception>
        Scg::IAsyncEnumerable<Host> ListHostsAllAsync(ListHostsRequest request, Bk::Paging.BkPagingOptions? options = null, Sys::Threading.CancellationToken cancellationToken = default);
    }

    public sealed partial class CcClient
    {
        /// <summary>The descriptor of <c>cc.list_hosts</c>: method, paths and idempotency.</summary>
        public static Bk::BkApiOperation ListHostsOperation { get; } = new(
            "cc", "list_hosts", Sys::Net.Http.HttpMethod.Post,
            "/api/v3/list_hosts", null, IsIdempotent: false);

        /// <inheritdoc />
        public Sys::Threading.Tasks.Task<ListHostsData> ListHostsAsync(ListHostsRequest request, Sys::Threading.CancellationToken cancellationToken = default)
        {
            Sys::ArgumentNullException.ThrowIfNull(request);
            request.Validate();
            return _transport.SendAsync(
                ListHostsOperation, request, ListHostsJsonContext.Default.ListHostsRequest, ListHostsJsonContext.Default.ListHostsResponse, cancellationToken);
        }

        /// <inheritdoc />
        public Scg::IAsyncEnumerable<Host> ListHostsAllAsync(ListHostsRequest request, Bk::Paging.BkPagingOptions? options = null, Sys::Threading.CancellationToken cancellationToken = default)
        {
            Sys::ArgumentNullException.ThrowIfNull(request);
            return Bk::Paging.BkPages.ReadAllAsync<ListHostsData, Host>(
                (offset, limit, ct) => ListHostsAsync(
                    request with
                    {
                        Page = request.Page is { } page
                            ? page with { Start = checked((int)offset), Limit = limit }
                            : new Page { Start = checked((int)offset), Limit = limit },
                    },
                    ct),
                static page => page.Count,
                static page => page.Info,
                500,
                options,
                cancellationToken);
        }
    }
