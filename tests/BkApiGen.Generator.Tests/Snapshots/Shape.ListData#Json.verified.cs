    // Their JSON metadata and converters.
    /// <summary>
    /// Serialization metadata for <c>list_crons</c>, built without reflection so that it works trimmed and under NativeAOT.
    /// Use it with the <c>JsonTypeInfo</c> overloads of <see cref="global::System.Text.Json.JsonSerializer"/>, or as a type info resolver.
    /// </summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial class ListCronsJsonContext : Stj::Serialization.JsonSerializerContext
    {
        private static readonly Stj::JsonSerializerOptions s_defaultOptions = new(Stj::JsonSerializerDefaults.General);
        private static ListCronsJsonContext? s_default;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ListCronsRequest>? _listCronsRequest;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.Cron>? _cron;
        private Stj::Serialization.Metadata.JsonTypeInfo<Bk::BkApiResponse<global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.Cron>>>? _listCronsResponse;

        /// <summary>Creates a context with its own copy of the default options.</summary>
        public ListCronsJsonContext() : base(new Stj::JsonSerializerOptions(s_defaultOptions)) { }

        /// <summary>Creates a context bound to <paramref name="options"/> (which must not be in use yet).</summary>
        public ListCronsJsonContext(Stj::JsonSerializerOptions options) : base(options) { }

        /// <summary>The shared instance.</summary>
        public static ListCronsJsonContext Default => s_default ??= new ListCronsJsonContext();

        /// <summary>Metadata for <see cref="Consumer.JobV3.ListCronsRequest"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ListCronsRequest> ListCronsRequest => _listCronsRequest ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.ListCronsRequestJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.Cron"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.Cron> Cron => _cron ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.CronJsonConverter.Instance);
        /// <summary>Metadata for the envelope of <c>list_crons</c> responses.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<Bk::BkApiResponse<global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.Cron>>> ListCronsResponse => _listCronsResponse ??= Bk::Serialization.BkTypeInfo.Create(this, new Bk::Serialization.BkApiResponseConverter<global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.Cron>>(Bk::Serialization.BkCollectionConverters.List(global::Consumer.JobV3.CronJsonConverter.Instance, elementsNullable: false)));

        /// <inheritdoc />
        protected override Stj::JsonSerializerOptions? GeneratedSerializerOptions => s_defaultOptions;

        /// <inheritdoc />
        public override Stj::Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type)
        {
            if (type == typeof(global::Consumer.JobV3.ListCronsRequest)) return ListCronsRequest;
            if (type == typeof(global::Consumer.JobV3.Cron)) return Cron;
            if (type == typeof(Bk::BkApiResponse<global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.Cron>>)) return ListCronsResponse;
            return null;
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class ListCronsRequestJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.ListCronsRequest>
    {
        public static readonly ListCronsRequestJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_bizIdName = Stj::JsonEncodedText.Encode("bk_biz_id"u8);

        public override global::Consumer.JobV3.ListCronsRequest Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "list_crons_request");
            long? bizIdValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("bk_biz_id"u8))
                    bizIdValue = Bk::Serialization.BkJson.ReadNotNullInt64(ref reader, "list_crons_request.bk_biz_id");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.ListCronsRequest
            {
                BizId = bizIdValue ?? throw Bk::Serialization.BkJson.Missing("list_crons_request.bk_biz_id"),
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.ListCronsRequest value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber(s_bizIdName, value.BizId);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class CronJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.Cron>
    {
        public static readonly CronJsonConverter Instance = new();

        public override global::Consumer.JobV3.Cron Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "cron");
            long? idValue = default;
            string? nameValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("id"u8))
                    idValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "cron.id");
                else if (reader.ValueTextEquals("name"u8))
                    nameValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "cron.name");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.Cron
            {
                Id = idValue,
                Name = nameValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.Cron value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.Id is { } idValue) writer.WriteNumber("id"u8, idValue);
            if (value.Name is { } nameValue) writer.WriteString("name"u8, nameValue);
            writer.WriteEndObject();
        }
    }
