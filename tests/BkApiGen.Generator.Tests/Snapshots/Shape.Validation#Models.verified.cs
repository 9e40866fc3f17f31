    // The spec's types.
    /// <summary>The <c>create_account_request</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record CreateAccountRequest
    {
        private static readonly Sys::Text.RegularExpressions.Regex s_accountPattern = new("^[a-z][a-z0-9_]*$", Sys::Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary><c>account</c>.</summary>
        [Stj::Serialization.JsonPropertyName("account")]
        public required string Account { get; init; }

        /// <summary><c>priority</c>.</summary>
        [Stj::Serialization.JsonPropertyName("priority")]
        public int? Priority { get; init; }

        /// <summary><c>hosts</c>.</summary>
        [Stj::Serialization.JsonPropertyName("hosts")]
        public Scg::IReadOnlyList<string>? Hosts { get; init; }

        /// <summary>
        /// Checks the rules of the spec (ranges, sizes, formats, required combinations) and throws
        /// <see cref="Bk::Errors.BkApiValidationException"/> listing every problem. The client calls it before sending.
        /// </summary>
        public void Validate()
            => Bk::Validation.BkValidator.Check(this, "create_account_request", static (request, validator, path) => request.Validate(validator, path));

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (!validator.NotNull(Account, path, "account")) return false;
            if (!validator.Length(Account, 1, 32, path, "account")) return false;
            if (!validator.Pattern(Account, s_accountPattern, path, "account")) return false;
            if (!validator.Range(Priority, 1, 5, path, "priority")) return false;
            if (Hosts is { } hostsValue)
            {
                if (!validator.Count(hostsValue.Count, 1, 100, path, "hosts")) return false;
                for (var i = 0; i < hostsValue.Count; i++)
                {
                    if (!validator.NotNullItem(hostsValue[i], path, "hosts", i)) return false;
                    if (!validator.Format(hostsValue[i], "ipv4", path, "hosts", i)) return false;
                }
            }

            return true;
        }
    }

    /// <summary>The <c>create_account_data</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record CreateAccountData
    {
        /// <summary><c>id</c>.</summary>
        [Stj::Serialization.JsonPropertyName("id")]
        public long? Id { get; init; }
    }
