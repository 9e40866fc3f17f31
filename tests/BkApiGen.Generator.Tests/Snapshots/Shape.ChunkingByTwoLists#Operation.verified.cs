    // The operation on the client.
    public partial interface ICcClient
    {
        /// <summary>Calls <c>transfer_modules</c>.</summary>
        /// <param name="request">The request; validated before anything is sent.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The <c>data</c> of the response.</returns>
        /// <exception cref="Bk::Errors.BkApiValidationException">The request breaks the spec's rules; nothing was sent.</exception>
        /// <exception cref="Bk::Errors.BkApiException">The call failed: an API error, an HTTP error, an invalid response or a transport failure.</exception>
        Sys::Threading.Tasks.Task<TransferModulesData> TransferModulesAsync(TransferModulesRequest request, Sys::Threading.CancellationToken cancellationToken = default);

        /// <summary>
        /// Calls <c>transfer_modules</c> once per chunk of at most 100 items of <c>request.SetIds</c>, up to
        /// <c>options.MaxConcurrency</c> calls at a time, and yields each call's response (or failure) with its chunk as it completes
        /// (<see cref="Bk::Batching.BkChunks"/>).
        /// </summary>
        /// <param name="request">The request, with a list of any length.</param>
        /// <param name="options">Chunk size and concurrency; the defaults when null.</param>
        /// <param name="cancellationToken">Cancels the calls.</param>
        Scg::IAsyncEnumerable<Bk::Batching.BkChunkItem<long, TransferModulesData>> TransferModulesChunkedBySetIdsAsync(TransferModulesRequest request, Bk::Batching.BkChunkOptions? options = null, Sys::Threading.CancellationToken cancellationToken = default);

        /// <summary>
        /// Calls <c>transfer_modules</c> once per chunk of at most 200 items of <c>request.ModuleIds</c>, up to
        /// <c>options.MaxConcurrency</c> calls at a time, and yields each call's response (or failure) with its chunk as it completes
        /// (<see cref="Bk::Batching.BkChunks"/>).
        /// </summary>
        /// <param name="request">The request, with a list of any length.</param>
        /// <param name="options">Chunk size and concurrency; the defaults when null.</param>
        /// <param name="cancellationToken">Cancels the calls.</param>
        Scg::IAsyncEnumerable<Bk::Batching.BkChunkItem<long, TransferModulesData>> TransferModulesChunkedByModuleIdsAsync(TransferModulesRequest request, Bk::Batching.BkChunkOptions? options = null, Sys::Threading.CancellationToken cancellationToken = default);
    }

    public sealed partial class CcClient
    {
        /// <summary>The descriptor of <c>cc.transfer_modules</c>: method, paths and idempotency.</summary>
        public static Bk::BkApiOperation TransferModulesOperation { get; } = new(
            "cc", "transfer_modules", Sys::Net.Http.HttpMethod.Post,
            "/api/v3/transfer_modules", null, IsIdempotent: false);

        /// <inheritdoc />
        public Sys::Threading.Tasks.Task<TransferModulesData> TransferModulesAsync(TransferModulesRequest request, Sys::Threading.CancellationToken cancellationToken = default)
        {
            Sys::ArgumentNullException.ThrowIfNull(request);
            request.Validate();
            return _transport.SendAsync(
                TransferModulesOperation, request, TransferModulesJsonContext.Default.TransferModulesRequest, TransferModulesJsonContext.Default.TransferModulesResponse, cancellationToken);
        }

        /// <inheritdoc />
        public Scg::IAsyncEnumerable<Bk::Batching.BkChunkItem<long, TransferModulesData>> TransferModulesChunkedBySetIdsAsync(TransferModulesRequest request, Bk::Batching.BkChunkOptions? options = null, Sys::Threading.CancellationToken cancellationToken = default)
        {
            Sys::ArgumentNullException.ThrowIfNull(request);
            return Bk::Batching.BkChunks.RunAsync<long, TransferModulesData, TransferModulesData>(
                request.SetIds ?? [],
                100,
                (chunk, ct) => TransferModulesAsync(request with { SetIds = chunk }, ct),
                static response => [response],
                options,
                cancellationToken);
        }

        /// <inheritdoc />
        public Scg::IAsyncEnumerable<Bk::Batching.BkChunkItem<long, TransferModulesData>> TransferModulesChunkedByModuleIdsAsync(TransferModulesRequest request, Bk::Batching.BkChunkOptions? options = null, Sys::Threading.CancellationToken cancellationToken = default)
        {
            Sys::ArgumentNullException.ThrowIfNull(request);
            return Bk::Batching.BkChunks.RunAsync<long, TransferModulesData, TransferModulesData>(
                request.ModuleIds ?? [],
                200,
                (chunk, ct) => TransferModulesAsync(request with { ModuleIds = chunk }, ct),
                static response => [response],
                options,
                cancellationToken);
        }
    }
