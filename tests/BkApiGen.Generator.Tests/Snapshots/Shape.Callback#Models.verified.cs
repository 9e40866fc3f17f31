    // The spec's types.
    /// <summary>The <c>job_callback_payload</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record JobCallbackPayload
    {
        /// <summary>The job instance.</summary>
        [Stj::Serialization.JsonPropertyName("job_instance_id")]
        public long? JobInstanceId { get; init; }

        /// <summary><c>status</c>.</summary>
        [Stj::Serialization.JsonPropertyName("status")]
        public RunStatus? Status { get; init; }

        /// <summary><c>step_instances</c>.</summary>
        [Stj::Serialization.JsonPropertyName("step_instances")]
        public Scg::IReadOnlyList<StepStatus> StepInstances { get; init; } = [];
    }

    /// <summary>The <c>step_status</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record StepStatus
    {
        /// <summary><c>step_instance_id</c>.</summary>
        [Stj::Serialization.JsonPropertyName("step_instance_id")]
        public long? StepInstanceId { get; init; }

        /// <summary><c>status</c>.</summary>
        [Stj::Serialization.JsonPropertyName("status")]
        public RunStatus? Status { get; init; }
    }

    /// <summary>The <c>run_status</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum RunStatus : int
    {
        /// <summary>Value 1.</summary>
        Blank = 1,

        /// <summary>Value 2.</summary>
        Running = 2,

        /// <summary>Value 3.</summary>
        Success = 3,

        /// <summary>Value 4.</summary>
        Fail = 4,
    }
