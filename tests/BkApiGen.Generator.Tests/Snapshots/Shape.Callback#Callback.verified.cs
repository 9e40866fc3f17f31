    // The payload's Parse.
    partial record JobCallbackPayload
    {
        /// <summary>
        /// Reads the body of a <c>job_callback</c> callback (what the system POSTs to the <c>callback_url</c> the caller gave),
        /// with this spec's source-built metadata: no reflection, trim- and NativeAOT-safe. Pass the raw body whatever its
        /// content type: bk-job retries a failed JSON callback as <c>application/x-www-form-urlencoded</c> with the same JSON bytes.
        /// Members the system leaves out or sends as null read as null.
        /// </summary>
        /// <param name="body">The whole request body, UTF-8 JSON.</param>
        /// <exception cref="Bk::Errors.BkInvalidCallbackException">The body is empty, not JSON, JSON null, or a member has the wrong shape.</exception>
        public static global::Consumer.JobV3.JobCallbackPayload Parse(Sys::ReadOnlySpan<byte> body)
            => Bk::Callbacks.BkCallbacks.Parse(body, global::Consumer.JobV3.JobCallbackJsonContext.Default.JobCallbackPayload, "jobv3.job_callback");

        /// <summary>Reads the body of a <c>job_callback</c> callback from <paramref name="body"/> to its end (e.g. ASP.NET Core's <c>Request.Body</c>); see <see cref="Parse"/>.</summary>
        /// <param name="body">The request body stream, UTF-8 JSON.</param>
        /// <param name="cancellationToken">Cancels the read.</param>
        /// <exception cref="Bk::Errors.BkInvalidCallbackException">The body is empty, not JSON, JSON null, or a member has the wrong shape.</exception>
        public static Sys::Threading.Tasks.ValueTask<global::Consumer.JobV3.JobCallbackPayload> ParseAsync(global::System.IO.Stream body, Sys::Threading.CancellationToken cancellationToken = default)
            => Bk::Callbacks.BkCallbacks.ParseAsync(body, global::Consumer.JobV3.JobCallbackJsonContext.Default.JobCallbackPayload, "jobv3.job_callback", cancellationToken);
    }
