    // The operation on the client.
    public partial interface ICcClient
    {
        /// <summary>Calls <c>list_kube_pod</c>.</summary>
        /// <param name="request">The request; validated before anything is sent.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The <c>data</c> of the response.</returns>
        /// <exception cref="Bk::Errors.BkApiValidationException">The request breaks the spec's rules; nothing was sent.</exception>
        /// <exception cref="Bk::Errors.BkApiException">The call failed: an API error, an HTTP error, an invalid response or a transport failure.</exception>
        Sys::Threading.Tasks.Task<ListKubePodData> ListKubePodAsync(ListKubePodRequest request, Sys::Threading.CancellationToken cancellationToken = default);

        /// <summary>
        /// Every item of <c>list_kube_pod</c>, page after page: at most 500 per page, up to
        /// <c>options.MaxConcurrency</c> pages at a time after the first, yielded in order (<see cref="Bk::Paging.BkPages"/>).
        /// </summary>
        /// <param name="request">The request; the offset and limit are set for each page.</param>
        /// <param name="options">Page size, concurrency and what a changed total does; the defaults when null.</param>
        /// <param name="cancellationToken">Cancels the read and the pages in flight.</param>
        /// <exception cref="Bk::Paging.BkPagingException">A page failed (at its offset), or the total changed while reading.</exception>
        Scg::IAsyncEnumerable<Pod> ListKubePodAllAsync(ListKubePodRequest request, Bk::Paging.BkPagingOptions? options = null, Sys::Threading.CancellationToken cancellationToken = default);
    }

    public sealed partial class CcClient
    {
        /// <summary>The descriptor of <c>cc.list_kube_pod</c>: method, paths and idempotency.</summary>
        public static Bk::BkApiOperation ListKubePodOperation { get; } = new(
            "cc", "list_kube_pod", Sys::Net.Http.HttpMethod.Post,
            "/api/v3/list_kube_pod", null, IsIdempotent: false);

        /// <inheritdoc />
        public Sys::Threading.Tasks.Task<ListKubePodData> ListKubePodAsync(ListKubePodRequest request, Sys::Threading.CancellationToken cancellationToken = default)
        {
            Sys::ArgumentNullException.ThrowIfNull(request);
            request.Validate();
            return _transport.SendAsync(
                ListKubePodOperation, request, ListKubePodJsonContext.Default.ListKubePodRequest, ListKubePodJsonContext.Default.ListKubePodResponse, cancellationToken);
        }

        /// <inheritdoc />
        public Scg::IAsyncEnumerable<Pod> ListKubePodAllAsync(ListKubePodRequest request, Bk::Paging.BkPagingOptions? options = null, Sys::Threading.CancellationToken cancellationToken = default)
        {
            Sys::ArgumentNullException.ThrowIfNull(request);
            return Bk::Paging.BkPages.ReadAllCountFirstAsync<ListKubePodData, Pod>(
                ct => ListKubePodAsync(request with { Page = new Page { Start = 0, Limit = 0, EnableCount = true } }, ct),
                (offset, limit, ct) => ListKubePodAsync(request with { Page = request.Page with { Start = checked((int)offset), Limit = limit, EnableCount = false } }, ct),
                static page => page.Count,
                static page => page.Info,
                500,
                options,
                cancellationToken);
        }
    }
