    // The operation on the client.
    public partial interface ICcClient
    {
        /// <summary>Calls <c>delete_hosts</c>.</summary>
        /// <param name="request">The request; validated before anything is sent.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The <c>data</c> of the response.</returns>
        /// <exception cref="Bk::Errors.BkApiValidationException">The request breaks the spec's rules; nothing was sent.</exception>
        /// <exception cref="Bk::Errors.BkApiException">The call failed: an API error, an HTTP error, an invalid response or a transport failure.</exception>
        Sys::Threading.Tasks.Task<DeleteHostsData> DeleteHostsAsync(DeleteHostsRequest request, Sys::Threading.CancellationToken cancellationToken = default);

        /// <summary>
        /// Calls <c>delete_hosts</c> once per chunk of at most 500 items of <c>request.HostIds</c>, up to
        /// <c>options.MaxConcurrency</c> calls at a time, and yields each call's response (or failure) with its chunk as it completes
        /// (<see cref="Bk::Batching.BkChunks"/>).
        /// </summary>
        /// <param name="request">The request, with a list of any length.</param>
        /// <param name="options">Chunk size and concurrency; the defaults when null.</param>
        /// <param name="cancellationToken">Cancels the calls.</param>
        Scg::IAsyncEnumerable<Bk::Batching.BkChunkItem<long, DeleteHostsData>> DeleteHostsChunkedAsync(DeleteHostsRequest request, Bk::Batching.BkChunkOptions? options = null, Sys::Threading.CancellationToken cancellationToken = default);
    }

    public sealed partial class CcClient
    {
        /// <summary>The descriptor of <c>cc.delete_hosts</c>: method, paths and idempotency.</summary>
        public static Bk::BkApiOperation DeleteHostsOperation { get; } = new(
            "cc", "delete_hosts", Sys::Net.Http.HttpMethod.Post,
            "/api/v3/delete_hosts", null, IsIdempotent: false);

        /// <inheritdoc />
        public Sys::Threading.Tasks.Task<DeleteHostsData> DeleteHostsAsync(DeleteHostsRequest request, Sys::Threading.CancellationToken cancellationToken = default)
        {
            Sys::ArgumentNullException.ThrowIfNull(request);
            request.Validate();
            return _transport.SendAsync(
                DeleteHostsOperation, request, DeleteHostsJsonContext.Default.DeleteHostsRequest, DeleteHostsJsonContext.Default.DeleteHostsResponse, cancellationToken);
        }

        /// <inheritdoc />
        public Scg::IAsyncEnumerable<Bk::Batching.BkChunkItem<long, DeleteHostsData>> DeleteHostsChunkedAsync(DeleteHostsRequest request, Bk::Batching.BkChunkOptions? options = null, Sys::Threading.CancellationToken cancellationToken = default)
        {
            Sys::ArgumentNullException.ThrowIfNull(request);
            return Bk::Batching.BkChunks.RunAsync<long, DeleteHostsData, DeleteHostsData>(
                request.HostIds ?? [],
                500,
                (chunk, ct) => DeleteHostsAsync(request with { HostIds = chunk }, ct),
                static response => [response],
                options,
                cancellationToken);
        }
    }
