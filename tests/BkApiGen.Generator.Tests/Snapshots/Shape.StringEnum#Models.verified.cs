    // The spec's types.
    /// <summary>The <c>get_scope_request</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record GetScopeRequest
    {
        /// <summary><c>bk_scope_type</c>.</summary>
        [Stj::Serialization.JsonPropertyName("bk_scope_type")]
        public required ScopeType ScopeType { get; init; }

        /// <summary>
        /// Checks the rules of the spec (ranges, sizes, formats, required combinations) and throws
        /// <see cref="Bk::Errors.BkApiValidationException"/> listing every problem. The client calls it before sending.
        /// </summary>
        public void Validate()
            => Bk::Validation.BkValidator.Check(this, "get_scope_request", static (request, validator, path) => request.Validate(validator, path));

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (!validator.Listed(ScopeType, ScopeTypeJsonConverter.IsListed(ScopeType), ScopeTypeJsonConverter.ListedValues, path, "bk_scope_type")) return false;
            return true;
        }
    }

    /// <summary>The <c>scope_data</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record ScopeData
    {
        /// <summary><c>bk_scope_type</c>.</summary>
        [Stj::Serialization.JsonPropertyName("bk_scope_type")]
        public ScopeType? ScopeType { get; init; }
    }

    /// <summary>The <c>scope_type</c> object.</summary>
    /// <remarks>Values this client does not know are kept as they are: compare with the static members.</remarks>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public readonly partial record struct ScopeType(string Value)
    {
        /// <summary><c>biz</c></summary>
        public static ScopeType Biz => new("biz");

        /// <summary><c>biz_set</c></summary>
        public static ScopeType BizSet => new("biz_set");

        /// <summary>The value as sent on the wire.</summary>
        public override string ToString() => Value ?? string.Empty;
    }
