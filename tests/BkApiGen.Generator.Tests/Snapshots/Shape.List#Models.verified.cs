    // The spec's types.
    /// <summary>The <c>get_hosts_request</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record GetHostsRequest
    {
        /// <summary><c>bk_host_ids</c>.</summary>
        [Stj::Serialization.JsonPropertyName("bk_host_ids")]
        public required Scg::IReadOnlyList<long> HostIds { get; init; }

        /// <summary>
        /// Checks the rules of the spec (ranges, sizes, formats, required combinations) and throws
        /// <see cref="Bk::Errors.BkApiValidationException"/> listing every problem. The client calls it before sending.
        /// </summary>
        public void Validate()
            => Bk::Validation.BkValidator.Check(this, "get_hosts_request", static (request, validator, path) => request.Validate(validator, path));

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (!validator.NotNull(HostIds, path, "bk_host_ids")) return false;
            return true;
        }
    }

    /// <summary>The <c>hosts_data</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record HostsData
    {
        /// <summary><c>hosts</c>.</summary>
        [Stj::Serialization.JsonPropertyName("hosts")]
        public Scg::IReadOnlyList<HostItem> Hosts { get; init; } = [];

        /// <summary><c>tags</c>.</summary>
        [Stj::Serialization.JsonPropertyName("tags")]
        public Scg::IReadOnlyList<string>? Tags { get; init; }
    }

    /// <summary>The <c>host_item</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record HostItem
    {
        /// <summary><c>ip</c>.</summary>
        [Stj::Serialization.JsonPropertyName("ip")]
        public string? Ip { get; init; }
    }
