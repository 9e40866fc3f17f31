    // The operation on the client.
    public partial interface IJobV3Client
    {
        /// <summary>Calls <c>count_cron_runs</c>.</summary>
        /// <param name="request">The request; validated before anything is sent.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The <c>data</c> of the response, or null when it is null or missing.</returns>
        /// <exception cref="Bk::Errors.BkApiValidationException">The request breaks the spec's rules; nothing was sent.</exception>
        /// <exception cref="Bk::Errors.BkApiException">The call failed: an API error, an HTTP error, an invalid response or a transport failure.</exception>
        Sys::Threading.Tasks.Task<long?> CountCronRunsAsync(CountCronRunsRequest request, Sys::Threading.CancellationToken cancellationToken = default);
    }

    public sealed partial class JobV3Client
    {
        /// <summary>The descriptor of <c>jobv3.count_cron_runs</c>: method, paths and idempotency.</summary>
        public static Bk::BkApiOperation CountCronRunsOperation { get; } = new(
            "jobv3", "count_cron_runs", Sys::Net.Http.HttpMethod.Post,
            "/api/v3/count_cron_runs", null, IsIdempotent: false);

        /// <inheritdoc />
        public Sys::Threading.Tasks.Task<long?> CountCronRunsAsync(CountCronRunsRequest request, Sys::Threading.CancellationToken cancellationToken = default)
        {
            Sys::ArgumentNullException.ThrowIfNull(request);
            request.Validate();
            return _transport.SendAllowingNullDataAsync(
                CountCronRunsOperation, request, CountCronRunsJsonContext.Default.CountCronRunsRequest, CountCronRunsJsonContext.Default.CountCronRunsResponse, cancellationToken);
        }
    }
