    // The spec's types.
    /// <summary>The <c>get_labels_request</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record GetLabelsRequest
    {
        /// <summary><c>labels</c>.</summary>
        [Stj::Serialization.JsonPropertyName("labels")]
        public required Scg::IReadOnlyDictionary<string, string> Labels { get; init; }

        /// <summary><c>exclude</c>.</summary>
        [Stj::Serialization.JsonPropertyName("exclude")]
        public Scg::IReadOnlyDictionary<string, string> Exclude { get; init; } = global::System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;

        /// <summary>
        /// Checks the rules of the spec (ranges, sizes, formats, required combinations) and throws
        /// <see cref="Bk::Errors.BkApiValidationException"/> listing every problem. The client calls it before sending.
        /// </summary>
        public void Validate()
            => Bk::Validation.BkValidator.Check(this, "get_labels_request", static (request, validator, path) => request.Validate(validator, path));

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (!validator.NotNull(Labels, path, "labels")) return false;
            return true;
        }
    }

    /// <summary>The <c>labels_data</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record LabelsData
    {
        /// <summary><c>counts</c>.</summary>
        [Stj::Serialization.JsonPropertyName("counts")]
        public Scg::IReadOnlyDictionary<string, long>? Counts { get; init; }

        /// <summary><c>owners</c>.</summary>
        [Stj::Serialization.JsonPropertyName("owners")]
        public Scg::IReadOnlyDictionary<string, string?> Owners { get; init; } = global::System.Collections.ObjectModel.ReadOnlyDictionary<string, string?>.Empty;
    }
