    // The operation on the client.
    public partial interface IJobV3Client
    {
        /// <summary>Calls <c>update_cron_status</c>.</summary>
        /// <param name="request">The request; validated before anything is sent.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The <c>data</c> of the response.</returns>
        /// <exception cref="Bk::Errors.BkApiValidationException">The request breaks the spec's rules; nothing was sent.</exception>
        /// <exception cref="Bk::Errors.BkApiException">The call failed: an API error, an HTTP error, an invalid response or a transport failure.</exception>
        Sys::Threading.Tasks.Task<long> UpdateCronStatusAsync(UpdateCronStatusRequest request, Sys::Threading.CancellationToken cancellationToken = default);
    }

    public sealed partial class JobV3Client
    {
        /// <summary>The descriptor of <c>jobv3.update_cron_status</c>: method, paths and idempotency.</summary>
        public static Bk::BkApiOperation UpdateCronStatusOperation { get; } = new(
            "jobv3", "update_cron_status", Sys::Net.Http.HttpMethod.Post,
            "/api/v3/update_cron_status", null, IsIdempotent: false);

        /// <inheritdoc />
        public Sys::Threading.Tasks.Task<long> UpdateCronStatusAsync(UpdateCronStatusRequest request, Sys::Threading.CancellationToken cancellationToken = default)
        {
            Sys::ArgumentNullException.ThrowIfNull(request);
            request.Validate();
            return _transport.SendAsync(
                UpdateCronStatusOperation, request, UpdateCronStatusJsonContext.Default.UpdateCronStatusRequest, UpdateCronStatusJsonContext.Default.UpdateCronStatusResponse, cancellationToken);
        }
    }
