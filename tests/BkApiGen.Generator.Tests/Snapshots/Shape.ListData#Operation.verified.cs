    // The operation on the client.
    public partial interface IJobV3Client
    {
        /// <summary>Calls <c>list_crons</c>.</summary>
        /// <param name="request">The request; validated before anything is sent.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The <c>data</c> of the response.</returns>
        /// <exception cref="Bk::Errors.BkApiValidationException">The request breaks the spec's rules; nothing was sent.</exception>
        /// <exception cref="Bk::Errors.BkApiException">The call failed: an API error, an HTTP error, an invalid response or a transport failure.</exception>
        Sys::Threading.Tasks.Task<Scg::IReadOnlyList<Cron>> ListCronsAsync(ListCronsRequest request, Sys::Threading.CancellationToken cancellationToken = default);
    }

    public sealed partial class JobV3Client
    {
        /// <summary>The descriptor of <c>jobv3.list_crons</c>: method, paths and idempotency.</summary>
        public static Bk::BkApiOperation ListCronsOperation { get; } = new(
            "jobv3", "list_crons", Sys::Net.Http.HttpMethod.Post,
            "/api/v3/list_crons", null, IsIdempotent: false);

        /// <inheritdoc />
        public Sys::Threading.Tasks.Task<Scg::IReadOnlyList<Cron>> ListCronsAsync(ListCronsRequest request, Sys::Threading.CancellationToken cancellationToken = default)
        {
            Sys::ArgumentNullException.ThrowIfNull(request);
            request.Validate();
            return _transport.SendAsync(
                ListCronsOperation, request, ListCronsJsonContext.Default.ListCronsRequest, ListCronsJsonContext.Default.ListCronsResponse, cancellationToken);
        }
    }
