    // The spec's types.
    /// <summary>The <c>move_host_request</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record MoveHostRequest
    {
        /// <summary><c>host</c>.</summary>
        [Stj::Serialization.JsonPropertyName("host")]
        public required Host Host { get; init; }

        /// <summary>
        /// Checks the rules of the spec (ranges, sizes, formats, required combinations) and throws
        /// <see cref="Bk::Errors.BkApiValidationException"/> listing every problem. The client calls it before sending.
        /// </summary>
        public void Validate()
            => Bk::Validation.BkValidator.Check(this, "move_host_request", static (request, validator, path) => request.Validate(validator, path));

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (!validator.NotNull(Host, path, "host")) return false;
            if (Host?.Validate(validator, validator.PathOf(path, "host")) == false) return false;
            return true;
        }
    }

    /// <summary>The <c>move_host_data</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record MoveHostData
    {
        /// <summary><c>host</c>.</summary>
        [Stj::Serialization.JsonPropertyName("host")]
        public Host? Host { get; init; }
    }

    /// <summary>The <c>host</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record Host
    {
        /// <summary><c>bk_cloud_id</c>.</summary>
        [Stj::Serialization.JsonPropertyName("bk_cloud_id")]
        public required long? CloudId { get; init; }

        /// <summary><c>ip</c>.</summary>
        [Stj::Serialization.JsonPropertyName("ip")]
        public required string? Ip { get; init; }

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (!validator.NotNull(CloudId, path, "bk_cloud_id")) return false;
            if (!validator.NotNull(Ip, path, "ip")) return false;
            if (!validator.Length(Ip, 1, null, path, "ip")) return false;
            return true;
        }
    }
