    // The spec's types.
    /// <summary>The <c>get_rows_request</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record GetRowsRequest
    {
        /// <summary><c>filters</c>.</summary>
        [Stj::Serialization.JsonPropertyName("filters")]
        public Scg::IReadOnlyList<Filter>? Filters { get; init; }

        /// <summary>
        /// Checks the rules of the spec (ranges, sizes, formats, required combinations) and throws
        /// <see cref="Bk::Errors.BkApiValidationException"/> listing every problem. The client calls it before sending.
        /// </summary>
        public void Validate()
            => Bk::Validation.BkValidator.Check(this, "get_rows_request", static (request, validator, path) => request.Validate(validator, path));

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (Filters is { } filtersValue)
            {
                for (var i = 0; i < filtersValue.Count; i++)
                {
                    if (!validator.NotNullItem(filtersValue[i], path, "filters", i)) return false;
                    if (filtersValue[i]?.Validate(validator, validator.PathOf(path, "filters", i)) == false) return false;
                }
            }

            return true;
        }
    }

    /// <summary>The <c>rows_data</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record RowsData
    {
        /// <summary><c>rows</c>.</summary>
        [Stj::Serialization.JsonPropertyName("rows")]
        public Scg::IReadOnlyList<Row> Rows { get; init; } = [];
    }

    /// <summary>The <c>filter</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record Filter
    {
        /// <summary><c>match</c>.</summary>
        [Stj::Serialization.JsonPropertyName("match")]
        public required Scg::IReadOnlyDictionary<string, string> Match { get; init; }

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (!validator.NotNull(Match, path, "match")) return false;
            return true;
        }
    }

    /// <summary>The <c>row</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record Row
    {
        /// <summary><c>cells</c>.</summary>
        [Stj::Serialization.JsonPropertyName("cells")]
        public Scg::IReadOnlyDictionary<string, Cell>? Cells { get; init; }
    }

    /// <summary>The <c>cell</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record Cell
    {
        /// <summary><c>values</c>.</summary>
        [Stj::Serialization.JsonPropertyName("values")]
        public Scg::IReadOnlyList<long>? Values { get; init; }
    }
