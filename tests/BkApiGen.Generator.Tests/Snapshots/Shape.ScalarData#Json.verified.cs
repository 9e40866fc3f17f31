    // Their JSON metadata and converters.
    /// <summary>
    /// Serialization metadata for <c>update_cron_status</c>, built without reflection so that it works trimmed and under NativeAOT.
    /// Use it with the <c>JsonTypeInfo</c> overloads of <see cref="global::System.Text.Json.JsonSerializer"/>, or as a type info resolver.
    /// </summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial class UpdateCronStatusJsonContext : Stj::Serialization.JsonSerializerContext
    {
        private static readonly Stj::JsonSerializerOptions s_defaultOptions = new(Stj::JsonSerializerDefaults.General);
        private static UpdateCronStatusJsonContext? s_default;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.UpdateCronStatusRequest>? _updateCronStatusRequest;
        private Stj::Serialization.Metadata.JsonTypeInfo<Bk::BkApiResponse<long>>? _updateCronStatusResponse;

        /// <summary>Creates a context with its own copy of the default options.</summary>
        public UpdateCronStatusJsonContext() : base(new Stj::JsonSerializerOptions(s_defaultOptions)) { }

        /// <summary>Creates a context bound to <paramref name="options"/> (which must not be in use yet).</summary>
        public UpdateCronStatusJsonContext(Stj::JsonSerializerOptions options) : base(options) { }

        /// <summary>The shared instance.</summary>
        public static UpdateCronStatusJsonContext Default => s_default ??= new UpdateCronStatusJsonContext();

        /// <summary>Metadata for <see cref="Consumer.JobV3.UpdateCronStatusRequest"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.UpdateCronStatusRequest> UpdateCronStatusRequest => _updateCronStatusRequest ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.UpdateCronStatusRequestJsonConverter.Instance);
        /// <summary>Metadata for the envelope of <c>update_cron_status</c> responses.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<Bk::BkApiResponse<long>> UpdateCronStatusResponse => _updateCronStatusResponse ??= Bk::Serialization.BkTypeInfo.Create(this, new Bk::Serialization.BkApiResponseConverter<long>(Bk::Serialization.BkScalarConverters.Int64));

        /// <inheritdoc />
        protected override Stj::JsonSerializerOptions? GeneratedSerializerOptions => s_defaultOptions;

        /// <inheritdoc />
        public override Stj::Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type)
        {
            if (type == typeof(global::Consumer.JobV3.UpdateCronStatusRequest)) return UpdateCronStatusRequest;
            if (type == typeof(Bk::BkApiResponse<long>)) return UpdateCronStatusResponse;
            return null;
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class UpdateCronStatusRequestJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.UpdateCronStatusRequest>
    {
        public static readonly UpdateCronStatusRequestJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_idName = Stj::JsonEncodedText.Encode("id"u8);

        public override global::Consumer.JobV3.UpdateCronStatusRequest Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "update_cron_status_request");
            long? idValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("id"u8))
                    idValue = Bk::Serialization.BkJson.ReadNotNullInt64(ref reader, "update_cron_status_request.id");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.UpdateCronStatusRequest
            {
                Id = idValue ?? throw Bk::Serialization.BkJson.Missing("update_cron_status_request.id"),
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.UpdateCronStatusRequest value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber(s_idName, value.Id);
            writer.WriteEndObject();
        }
    }
