    // The spec's types.
    /// <summary>The <c>get_host_request</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record GetHostRequest
    {
        /// <summary><c>bk_host_id</c>.</summary>
        [Stj::Serialization.JsonPropertyName("bk_host_id")]
        public required long HostId { get; init; }

        /// <summary><c>with_detail</c>.</summary>
        [Stj::Serialization.JsonPropertyName("with_detail")]
        public bool? WithDetail { get; init; }

        /// <summary>
        /// Checks the rules of the spec (ranges, sizes, formats, required combinations) and throws
        /// <see cref="Bk::Errors.BkApiValidationException"/> listing every problem. The client calls it before sending.
        /// </summary>
        public void Validate()
            => Bk::Validation.BkValidator.Check(this, "get_host_request", static (request, validator, path) => request.Validate(validator, path));

        /// <summary>This object has no rules of its own: always valid (the objects that hold it call it).</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path) => true;
    }

    /// <summary>The <c>host</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record Host
    {
        /// <summary><c>bk_host_id</c>.</summary>
        [Stj::Serialization.JsonPropertyName("bk_host_id")]
        public required long HostId { get; init; }

        /// <summary><c>bk_cloud_id</c>.</summary>
        [Stj::Serialization.JsonPropertyName("bk_cloud_id")]
        public int? CloudId { get; init; }

        /// <summary>IPv4 address.</summary>
        [Stj::Serialization.JsonPropertyName("ip")]
        public string? Ip { get; init; }

        /// <summary><c>cpu_load</c>.</summary>
        [Stj::Serialization.JsonPropertyName("cpu_load")]
        public double? CpuLoad { get; init; }

        /// <summary><c>detail</c>.</summary>
        [Stj::Serialization.JsonPropertyName("detail")]
        public Stj::JsonElement? Detail { get; init; }
    }
