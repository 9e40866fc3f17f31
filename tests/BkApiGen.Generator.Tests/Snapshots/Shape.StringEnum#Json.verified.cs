    // Their JSON metadata and converters.
    /// <summary>
    /// Serialization metadata for <c>get_scope</c>, built without reflection so that it works trimmed and under NativeAOT.
    /// Use it with the <c>JsonTypeInfo</c> overloads of <see cref="global::System.Text.Json.JsonSerializer"/>, or as a type info resolver.
    /// </summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial class GetScopeJsonContext : Stj::Serialization.JsonSerializerContext
    {
        private static readonly Stj::JsonSerializerOptions s_defaultOptions = new(Stj::JsonSerializerDefaults.General);
        private static GetScopeJsonContext? s_default;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.GetScopeRequest>? _getScopeRequest;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ScopeData>? _scopeData;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ScopeType>? _scopeType;
        private Stj::Serialization.Metadata.JsonTypeInfo<Bk::BkApiResponse<global::Consumer.JobV3.ScopeData>>? _getScopeResponse;

        /// <summary>Creates a context with its own copy of the default options.</summary>
        public GetScopeJsonContext() : base(new Stj::JsonSerializerOptions(s_defaultOptions)) { }

        /// <summary>Creates a context bound to <paramref name="options"/> (which must not be in use yet).</summary>
        public GetScopeJsonContext(Stj::JsonSerializerOptions options) : base(options) { }

        /// <summary>The shared instance.</summary>
        public static GetScopeJsonContext Default => s_default ??= new GetScopeJsonContext();

        /// <summary>Metadata for <see cref="Consumer.JobV3.GetScopeRequest"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.GetScopeRequest> GetScopeRequest => _getScopeRequest ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.GetScopeRequestJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.ScopeData"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ScopeData> ScopeData => _scopeData ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.ScopeDataJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.ScopeType"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ScopeType> ScopeType => _scopeType ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.ScopeTypeJsonConverter.Instance);
        /// <summary>Metadata for the envelope of <c>get_scope</c> responses.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<Bk::BkApiResponse<global::Consumer.JobV3.ScopeData>> GetScopeResponse => _getScopeResponse ??= Bk::Serialization.BkTypeInfo.Create(this, new Bk::Serialization.BkApiResponseConverter<global::Consumer.JobV3.ScopeData>(global::Consumer.JobV3.ScopeDataJsonConverter.Instance));

        /// <inheritdoc />
        protected override Stj::JsonSerializerOptions? GeneratedSerializerOptions => s_defaultOptions;

        /// <inheritdoc />
        public override Stj::Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type)
        {
            if (type == typeof(global::Consumer.JobV3.GetScopeRequest)) return GetScopeRequest;
            if (type == typeof(global::Consumer.JobV3.ScopeData)) return ScopeData;
            if (type == typeof(global::Consumer.JobV3.ScopeType)) return ScopeType;
            if (type == typeof(Bk::BkApiResponse<global::Consumer.JobV3.ScopeData>)) return GetScopeResponse;
            return null;
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class GetScopeRequestJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.GetScopeRequest>
    {
        public static readonly GetScopeRequestJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_scopeTypeName = Stj::JsonEncodedText.Encode("bk_scope_type"u8);

        public override global::Consumer.JobV3.GetScopeRequest Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "get_scope_request");
            global::Consumer.JobV3.ScopeType? scopeTypeValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("bk_scope_type"u8))
                    scopeTypeValue = Bk::Serialization.BkJson.ReadNotNull(ref reader, global::Consumer.JobV3.ScopeTypeJsonConverter.Instance, options, "get_scope_request.bk_scope_type");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.GetScopeRequest
            {
                ScopeType = scopeTypeValue ?? throw Bk::Serialization.BkJson.Missing("get_scope_request.bk_scope_type"),
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.GetScopeRequest value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString(s_scopeTypeName, value.ScopeType.Value);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class ScopeDataJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.ScopeData>
    {
        public static readonly ScopeDataJsonConverter Instance = new();

        public override global::Consumer.JobV3.ScopeData Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "scope_data");
            global::Consumer.JobV3.ScopeType? scopeTypeValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("bk_scope_type"u8))
                    scopeTypeValue = Bk::Serialization.BkJson.ReadNullableValue(ref reader, global::Consumer.JobV3.ScopeTypeJsonConverter.Instance, options);
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.ScopeData
            {
                ScopeType = scopeTypeValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.ScopeData value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.ScopeType is { } scopeTypeValue) writer.WriteString("bk_scope_type"u8, scopeTypeValue.Value);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class ScopeTypeJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.ScopeType>
    {
        public static readonly ScopeTypeJsonConverter Instance = new();
        internal const string ListedValues = "biz, biz_set (or a newer value the server knows)";

        public override global::Consumer.JobV3.ScopeType Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
            => new global::Consumer.JobV3.ScopeType(Bk::Serialization.BkJson.ReadString(ref reader, "scope_type"));

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.ScopeType value, Stj::JsonSerializerOptions options)
            => writer.WriteStringValue(value.Value);

        /// <summary>True when <paramref name="value"/> is absent or has a value (a default instance has none): what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.ScopeType? value) => value is null || value.GetValueOrDefault().Value is not null;
    }
