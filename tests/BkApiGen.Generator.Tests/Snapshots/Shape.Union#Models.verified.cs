    // The spec's types.
    /// <summary>The <c>get_ip_logs_request</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record GetIpLogsRequest
    {
        /// <summary><c>step_instance_id</c>.</summary>
        [Stj::Serialization.JsonPropertyName("step_instance_id")]
        public required long StepInstanceId { get; init; }

        /// <summary>
        /// Checks the rules of the spec (ranges, sizes, formats, required combinations) and throws
        /// <see cref="Bk::Errors.BkApiValidationException"/> listing every problem. The client calls it before sending.
        /// </summary>
        public void Validate()
            => Bk::Validation.BkValidator.Check(this, "get_ip_logs_request", static (request, validator, path) => request.Validate(validator, path));

        /// <summary>This object has no rules of its own: always valid (the objects that hold it call it).</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path) => true;
    }

    /// <summary>The <c>ip_logs</c> object.</summary>
    /// <remarks>
    /// One sealed record per <c>log_type</c> value, and <see cref="UnknownIpLogs"/> for values this client does not know:
    /// switch over the cases.
    /// </remarks>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public abstract partial record IpLogs
    {
        private protected IpLogs() { }

        /// <summary><c>log_type</c>.</summary>
        [Stj::Serialization.JsonPropertyName("log_type")]
        public abstract LogType? LogType { get; }

        /// <summary><c>step_instance_id</c>.</summary>
        [Stj::Serialization.JsonPropertyName("step_instance_id")]
        public long? StepInstanceId { get; init; }
    }

    /// <summary>A <see cref="IpLogs"/> whose <c>log_type</c> this client does not know (e.g. from a newer server), or that has none (<see cref="LogType"/> is null). The members common to every case are read; the whole object is kept in <see cref="Raw"/>, and it is what serialization writes back (so a copy made with <c>with</c> serializes as the original).</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record UnknownIpLogs : global::Consumer.JobV3.IpLogs
    {
        /// <summary>Creates the unknown case from its discriminator value and the object as received.</summary>
        public UnknownIpLogs(LogType? discriminator, Stj::JsonElement raw)
        {
            LogType = discriminator;
            Raw = raw;
        }

        /// <inheritdoc />
        public override LogType? LogType { get; }

        /// <summary>The whole object as received, for members this client does not know.</summary>
        public Stj::JsonElement Raw { get; }
    }

    /// <summary>The <c>script_ip_logs</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record ScriptIpLogs : IpLogs
    {
        /// <inheritdoc />
        public override LogType? LogType => global::Consumer.JobV3.LogType.Script;

        /// <summary><c>script_output</c>.</summary>
        [Stj::Serialization.JsonPropertyName("script_output")]
        public string? ScriptOutput { get; init; }
    }

    /// <summary>The <c>file_ip_logs</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record FileIpLogs : IpLogs
    {
        /// <inheritdoc />
        public override LogType? LogType => global::Consumer.JobV3.LogType.File;

        /// <summary><c>file_count</c>.</summary>
        [Stj::Serialization.JsonPropertyName("file_count")]
        public int? FileCount { get; init; }
    }

    /// <summary>The <c>log_type</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum LogType : int
    {
        /// <summary>Value 1.</summary>
        Script = 1,

        /// <summary>Value 2.</summary>
        File = 2,
    }
