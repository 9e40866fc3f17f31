    // The operation on the client.
    public partial interface IJobV3Client
    {
        /// <summary>根据主机列表批量查询作业执行日志 / Fetch the execution logs of many hosts of one job step in one call.</summary>
        /// <param name="request">The request; validated before anything is sent.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The <c>data</c> of the response.</returns>
        /// <exception cref="Bk::Errors.BkApiValidationException">The request breaks the spec's rules; nothing was sent.</exception>
        /// <exception cref="Bk::Errors.BkMissingIdentityException">The gateway verifies an identity for this operation that the credentials do not carry; nothing was sent.</exception>
        /// <exception cref="Bk::Errors.BkApiException">The call failed: an API error, an HTTP error, an invalid response or a transport failure.</exception>
        Sys::Threading.Tasks.Task<IpLogs> BatchGetJobInstanceIpLogAsync(BatchGetJobInstanceIpLogRequest request, Sys::Threading.CancellationToken cancellationToken = default);
    }

    public sealed partial class JobV3Client
    {
        /// <summary>The descriptor of <c>jobv3.batch_get_job_instance_ip_log</c>: method, paths and idempotency, and what the gateway verifies.</summary>
        public static Bk::BkApiOperation BatchGetJobInstanceIpLogOperation { get; } = new(
            "jobv3", "batch_get_job_instance_ip_log", Sys::Net.Http.HttpMethod.Post,
            "/api/v3/batch_get_job_instance_ip_log", "/api/c/compapi/v2/jobv3/batch_get_job_instance_ip_log/", IsIdempotent: true) { Verification = Bk::Auth.BkVerification.AppAndUser };

        /// <inheritdoc />
        public Sys::Threading.Tasks.Task<IpLogs> BatchGetJobInstanceIpLogAsync(BatchGetJobInstanceIpLogRequest request, Sys::Threading.CancellationToken cancellationToken = default)
        {
            Sys::ArgumentNullException.ThrowIfNull(request);
            request.Validate();
            return _transport.SendAsync(
                BatchGetJobInstanceIpLogOperation, request, BatchGetJobInstanceIpLogJsonContext.Default.BatchGetJobInstanceIpLogRequest, BatchGetJobInstanceIpLogJsonContext.Default.BatchGetJobInstanceIpLogResponse, cancellationToken);
        }
    }
