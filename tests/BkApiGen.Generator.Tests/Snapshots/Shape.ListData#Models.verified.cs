    // The spec's types.
    /// <summary>The <c>list_crons_request</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record ListCronsRequest
    {
        /// <summary><c>bk_biz_id</c>.</summary>
        [Stj::Serialization.JsonPropertyName("bk_biz_id")]
        public required long BizId { get; init; }

        /// <summary>
        /// Checks the rules of the spec (ranges, sizes, formats, required combinations) and throws
        /// <see cref="Bk::Errors.BkApiValidationException"/> listing every problem. The client calls it before sending.
        /// </summary>
        public void Validate()
            => Bk::Validation.BkValidator.Check(this, "list_crons_request", static (request, validator, path) => request.Validate(validator, path));

        /// <summary>This object has no rules of its own: always valid (the objects that hold it call it).</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path) => true;
    }

    /// <summary>The <c>cron</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record Cron
    {
        /// <summary><c>id</c>.</summary>
        [Stj::Serialization.JsonPropertyName("id")]
        public long? Id { get; init; }

        /// <summary><c>name</c>.</summary>
        [Stj::Serialization.JsonPropertyName("name")]
        public string? Name { get; init; }
    }
