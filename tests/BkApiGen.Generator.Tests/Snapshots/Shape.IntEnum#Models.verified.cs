    // The spec's types.
    /// <summary>The <c>get_step_status_request</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record GetStepStatusRequest
    {
        /// <summary><c>status</c>.</summary>
        [Stj::Serialization.JsonPropertyName("status")]
        public required StepStatus Status { get; init; }

        /// <summary>
        /// Checks the rules of the spec (ranges, sizes, formats, required combinations) and throws
        /// <see cref="Bk::Errors.BkApiValidationException"/> listing every problem. The client calls it before sending.
        /// </summary>
        public void Validate()
            => Bk::Validation.BkValidator.Check(this, "get_step_status_request", static (request, validator, path) => request.Validate(validator, path));

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (!validator.Listed(Status, StepStatusJsonConverter.IsListed(Status), StepStatusJsonConverter.ListedValues, path, "status")) return false;
            return true;
        }
    }

    /// <summary>The <c>step_status_data</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record StepStatusData
    {
        /// <summary><c>status</c>.</summary>
        [Stj::Serialization.JsonPropertyName("status")]
        public StepStatus? Status { get; init; }
    }

    /// <summary>The <c>step_status</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum StepStatus : int
    {
        /// <summary>Value 1.</summary>
        Waiting = 1,

        /// <summary>Value 2.</summary>
        Running = 2,

        /// <summary>Value 3.</summary>
        Success = 3,
    }
