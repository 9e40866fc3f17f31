    // The operation on the client.
    public partial interface IJobV3Client
    {
        /// <summary>Calls <c>get_job_list</c>.</summary>
        /// <param name="request">The request; validated before anything is sent.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The <c>data</c> of the response.</returns>
        /// <exception cref="Bk::Errors.BkApiValidationException">The request breaks the spec's rules; nothing was sent.</exception>
        /// <exception cref="Bk::Errors.BkApiException">The call failed: an API error, an HTTP error, an invalid response or a transport failure.</exception>
        Sys::Threading.Tasks.Task<JobListData> GetJobListAsync(GetJobListRequest request, Sys::Threading.CancellationToken cancellationToken = default);

        /// <summary>
        /// Every item of <c>get_job_list</c>, page after page: at most 1000 per page, up to
        /// <c>options.MaxConcurrency</c> pages at a time after the first, yielded in order (<see cref="Bk::Paging.BkPages"/>).
        /// </summary>
        /// <param name="request">The request; the offset and limit are set for each page.</param>
        /// <param name="options">Page size, concurrency and what a changed total does; the defaults when null.</param>
        /// <param name="cancellationToken">Cancels the read and the pages in flight.</param>
        /// <exception cref="Bk::Paging.BkPagingException">A page failed (at its offset), or the total changed while reading.</exception>
        Scg::IAsyncEnumerable<Job> GetJobListAllAsync(GetJobListRequest request, Bk::Paging.BkPagingOptions? options = null, Sys::Threading.CancellationToken cancellationToken = default);
    }

    public sealed partial class JobV3Client
    {
        /// <summary>The descriptor of <c>jobv3.get_job_list</c>: method, paths and idempotency.</summary>
        public static Bk::BkApiOperation GetJobListOperation { get; } = new(
            "jobv3", "get_job_list", Sys::Net.Http.HttpMethod.Post,
            "/api/v3/get_job_list", null, IsIdempotent: true);

        /// <inheritdoc />
        public Sys::Threading.Tasks.Task<JobListData> GetJobListAsync(GetJobListRequest request, Sys::Threading.CancellationToken cancellationToken = default)
        {
            Sys::ArgumentNullException.ThrowIfNull(request);
            request.Validate();
            return _transport.SendAsync(
                GetJobListOperation, request, GetJobListJsonContext.Default.GetJobListRequest, GetJobListJsonContext.Default.GetJobListResponse, cancellationToken);
        }

        /// <inheritdoc />
        public Scg::IAsyncEnumerable<Job> GetJobListAllAsync(GetJobListRequest request, Bk::Paging.BkPagingOptions? options = null, Sys::Threading.CancellationToken cancellationToken = default)
        {
            Sys::ArgumentNullException.ThrowIfNull(request);
            return Bk::Paging.BkPages.ReadAllAsync<JobListData, Job>(
                (offset, limit, ct) => GetJobListAsync(request with { Start = checked((int)offset), Length = limit }, ct),
                static page => page.Total,
                static page => page.Data,
                1000,
                options,
                cancellationToken);
        }
    }
