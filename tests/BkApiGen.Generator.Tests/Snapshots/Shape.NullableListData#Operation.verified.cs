    // The operation on the client.
    public partial interface ICcClient
    {
        /// <summary>Calls <c>find_module_batch</c>.</summary>
        /// <param name="request">The request; validated before anything is sent.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The <c>data</c> of the response, or null when it is null or missing.</returns>
        /// <exception cref="Bk::Errors.BkApiValidationException">The request breaks the spec's rules; nothing was sent.</exception>
        /// <exception cref="Bk::Errors.BkApiException">The call failed: an API error, an HTTP error, an invalid response or a transport failure.</exception>
        Sys::Threading.Tasks.Task<Scg::IReadOnlyList<Module>?> FindModuleBatchAsync(FindModuleBatchRequest request, Sys::Threading.CancellationToken cancellationToken = default);
    }

    public sealed partial class CcClient
    {
        /// <summary>The descriptor of <c>cc.find_module_batch</c>: method, paths and idempotency.</summary>
        public static Bk::BkApiOperation FindModuleBatchOperation { get; } = new(
            "cc", "find_module_batch", Sys::Net.Http.HttpMethod.Post,
            "/api/v3/find_module_batch", null, IsIdempotent: false);

        /// <inheritdoc />
        public Sys::Threading.Tasks.Task<Scg::IReadOnlyList<Module>?> FindModuleBatchAsync(FindModuleBatchRequest request, Sys::Threading.CancellationToken cancellationToken = default)
        {
            Sys::ArgumentNullException.ThrowIfNull(request);
            request.Validate();
            return _transport.SendAllowingNullDataAsync(
                FindModuleBatchOperation, request, FindModuleBatchJsonContext.Default.FindModuleBatchRequest, FindModuleBatchJsonContext.Default.FindModuleBatchResponse, cancellationToken);
        }
    }
