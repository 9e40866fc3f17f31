    // The operation on the client.
    public partial interface IJobV3Client
    {
        /// <summary>Calls <c>get_job_instance_status</c>.</summary>
        /// <param name="request">The request; validated before anything is sent.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The <c>data</c> of the response.</returns>
        /// <exception cref="Bk::Errors.BkApiValidationException">The request breaks the spec's rules; nothing was sent.</exception>
        /// <exception cref="Bk::Errors.BkMissingIdentityException">The gateway verifies an identity for this operation that the credentials do not carry; nothing was sent.</exception>
        /// <exception cref="Bk::Errors.BkApiException">The call failed: an API error, an HTTP error, an invalid response or a transport failure.</exception>
        Sys::Threading.Tasks.Task<JobInstanceStatusData> GetJobInstanceStatusAsync(GetJobInstanceStatusRequest request, Sys::Threading.CancellationToken cancellationToken = default);
    }

    public sealed partial class JobV3Client
    {
        /// <summary>The descriptor of <c>jobv3.get_job_instance_status</c>: method, paths and idempotency, and what the gateway verifies.</summary>
        public static Bk::BkApiOperation GetJobInstanceStatusOperation { get; } = new(
            "jobv3", "get_job_instance_status", Sys::Net.Http.HttpMethod.Post,
            "/api/v3/get_job_instance_status", null, IsIdempotent: false) { Verification = Bk::Auth.BkVerification.AppAndUser };

        /// <inheritdoc />
        public Sys::Threading.Tasks.Task<JobInstanceStatusData> GetJobInstanceStatusAsync(GetJobInstanceStatusRequest request, Sys::Threading.CancellationToken cancellationToken = default)
        {
            Sys::ArgumentNullException.ThrowIfNull(request);
            request.Validate();
            return _transport.SendAsync(
                GetJobInstanceStatusOperation, request, GetJobInstanceStatusJsonContext.Default.GetJobInstanceStatusRequest, GetJobInstanceStatusJsonContext.Default.GetJobInstanceStatusResponse, cancellationToken);
        }
    }
