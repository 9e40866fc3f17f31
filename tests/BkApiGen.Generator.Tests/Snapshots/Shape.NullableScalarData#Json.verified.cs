    // Their JSON metadata and converters.
    /// <summary>
    /// Serialization metadata for <c>count_cron_runs</c>, built without reflection so that it works trimmed and under NativeAOT.
    /// Use it with the <c>JsonTypeInfo</c> overloads of <see cref="global::System.Text.Json.JsonSerializer"/>, or as a type info resolver.
    /// </summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial class CountCronRunsJsonContext : Stj::Serialization.JsonSerializerContext
    {
        private static readonly Stj::JsonSerializerOptions s_defaultOptions = new(Stj::JsonSerializerDefaults.General);
        private static CountCronRunsJsonContext? s_default;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.CountCronRunsRequest>? _countCronRunsRequest;
        private Stj::Serialization.Metadata.JsonTypeInfo<Bk::BkApiResponse<long?>>? _countCronRunsResponse;

        /// <summary>Creates a context with its own copy of the default options.</summary>
        public CountCronRunsJsonContext() : base(new Stj::JsonSerializerOptions(s_defaultOptions)) { }

        /// <summary>Creates a context bound to <paramref name="options"/> (which must not be in use yet).</summary>
        public CountCronRunsJsonContext(Stj::JsonSerializerOptions options) : base(options) { }

        /// <summary>The shared instance.</summary>
        public static CountCronRunsJsonContext Default => s_default ??= new CountCronRunsJsonContext();

        /// <summary>Metadata for <see cref="Consumer.JobV3.CountCronRunsRequest"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.CountCronRunsRequest> CountCronRunsRequest => _countCronRunsRequest ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.CountCronRunsRequestJsonConverter.Instance);
        /// <summary>Metadata for the envelope of <c>count_cron_runs</c> responses.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<Bk::BkApiResponse<long?>> CountCronRunsResponse => _countCronRunsResponse ??= Bk::Serialization.BkTypeInfo.Create(this, new Bk::Serialization.BkApiResponseConverter<long?>(Bk::Serialization.BkScalarConverters.Nullable(Bk::Serialization.BkScalarConverters.Int64)));

        /// <inheritdoc />
        protected override Stj::JsonSerializerOptions? GeneratedSerializerOptions => s_defaultOptions;

        /// <inheritdoc />
        public override Stj::Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type)
        {
            if (type == typeof(global::Consumer.JobV3.CountCronRunsRequest)) return CountCronRunsRequest;
            if (type == typeof(Bk::BkApiResponse<long?>)) return CountCronRunsResponse;
            return null;
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class CountCronRunsRequestJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.CountCronRunsRequest>
    {
        public static readonly CountCronRunsRequestJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_idName = Stj::JsonEncodedText.Encode("id"u8);

        public override global::Consumer.JobV3.CountCronRunsRequest Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "count_cron_runs_request");
            long? idValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("id"u8))
                    idValue = Bk::Serialization.BkJson.ReadNotNullInt64(ref reader, "count_cron_runs_request.id");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.CountCronRunsRequest
            {
                Id = idValue ?? throw Bk::Serialization.BkJson.Missing("count_cron_runs_request.id"),
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.CountCronRunsRequest value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber(s_idName, value.Id);
            writer.WriteEndObject();
        }
    }
