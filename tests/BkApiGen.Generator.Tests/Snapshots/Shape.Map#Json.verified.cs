    // Their JSON metadata and converters.
    /// <summary>
    /// Serialization metadata for <c>get_labels</c>, built without reflection so that it works trimmed and under NativeAOT.
    /// Use it with the <c>JsonTypeInfo</c> overloads of <see cref="global::System.Text.Json.JsonSerializer"/>, or as a type info resolver.
    /// </summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial class GetLabelsJsonContext : Stj::Serialization.JsonSerializerContext
    {
        private static readonly Stj::JsonSerializerOptions s_defaultOptions = new(Stj::JsonSerializerDefaults.General);
        private static GetLabelsJsonContext? s_default;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.Cc.GetLabelsRequest>? _getLabelsRequest;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.Cc.LabelsData>? _labelsData;
        private Stj::Serialization.Metadata.JsonTypeInfo<Bk::BkApiResponse<global::Consumer.Cc.LabelsData>>? _getLabelsResponse;

        /// <summary>Creates a context with its own copy of the default options.</summary>
        public GetLabelsJsonContext() : base(new Stj::JsonSerializerOptions(s_defaultOptions)) { }

        /// <summary>Creates a context bound to <paramref name="options"/> (which must not be in use yet).</summary>
        public GetLabelsJsonContext(Stj::JsonSerializerOptions options) : base(options) { }

        /// <summary>The shared instance.</summary>
        public static GetLabelsJsonContext Default => s_default ??= new GetLabelsJsonContext();

        /// <summary>Metadata for <see cref="Consumer.Cc.GetLabelsRequest"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.Cc.GetLabelsRequest> GetLabelsRequest => _getLabelsRequest ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.Cc.GetLabelsRequestJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.Cc.LabelsData"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.Cc.LabelsData> LabelsData => _labelsData ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.Cc.LabelsDataJsonConverter.Instance);
        /// <summary>Metadata for the envelope of <c>get_labels</c> responses.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<Bk::BkApiResponse<global::Consumer.Cc.LabelsData>> GetLabelsResponse => _getLabelsResponse ??= Bk::Serialization.BkTypeInfo.Create(this, new Bk::Serialization.BkApiResponseConverter<global::Consumer.Cc.LabelsData>(global::Consumer.Cc.LabelsDataJsonConverter.Instance));

        /// <inheritdoc />
        protected override Stj::JsonSerializerOptions? GeneratedSerializerOptions => s_defaultOptions;

        /// <inheritdoc />
        public override Stj::Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type)
        {
            if (type == typeof(global::Consumer.Cc.GetLabelsRequest)) return GetLabelsRequest;
            if (type == typeof(global::Consumer.Cc.LabelsData)) return LabelsData;
            if (type == typeof(Bk::BkApiResponse<global::Consumer.Cc.LabelsData>)) return GetLabelsResponse;
            return null;
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class GetLabelsRequestJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.Cc.GetLabelsRequest>
    {
        public static readonly GetLabelsRequestJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_labelsName = Stj::JsonEncodedText.Encode("labels"u8);
        private static readonly Stj::JsonEncodedText s_excludeName = Stj::JsonEncodedText.Encode("exclude"u8);

        public override global::Consumer.Cc.GetLabelsRequest Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "get_labels_request");
            global::System.Collections.Generic.IReadOnlyDictionary<string, string>? labelsValue = default;
            global::System.Collections.Generic.IReadOnlyDictionary<string, string> excludeValue = global::System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("labels"u8))
                    labelsValue = Bk::Serialization.BkJson.ReadNotNullMap(ref reader, Bk::Serialization.BkScalarConverters.String, options, "get_labels_request.labels", valuesNullable: false);
                else if (reader.ValueTextEquals("exclude"u8))
                    excludeValue = Bk::Serialization.BkJson.ReadMapOrEmpty(ref reader, Bk::Serialization.BkScalarConverters.String, options, "get_labels_request.exclude", valuesNullable: false);
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.Cc.GetLabelsRequest
            {
                Labels = labelsValue ?? throw Bk::Serialization.BkJson.Missing("get_labels_request.labels"),
                Exclude = excludeValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.Cc.GetLabelsRequest value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.Labels is { } labelsValue) Bk::Serialization.BkJson.WriteMap(writer, s_labelsName, labelsValue, Bk::Serialization.BkScalarConverters.String, options);
            if (value.Exclude is { } excludeValue) Bk::Serialization.BkJson.WriteMap(writer, s_excludeName, excludeValue, Bk::Serialization.BkScalarConverters.String, options);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class LabelsDataJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.Cc.LabelsData>
    {
        public static readonly LabelsDataJsonConverter Instance = new();

        public override global::Consumer.Cc.LabelsData Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "labels_data");
            global::System.Collections.Generic.IReadOnlyDictionary<string, long>? countsValue = default;
            global::System.Collections.Generic.IReadOnlyDictionary<string, string?> ownersValue = global::System.Collections.ObjectModel.ReadOnlyDictionary<string, string?>.Empty;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("counts"u8))
                    countsValue = Bk::Serialization.BkJson.ReadNullableMap(ref reader, Bk::Serialization.BkScalarConverters.Int64, options, "labels_data.counts", valuesNullable: false);
                else if (reader.ValueTextEquals("owners"u8))
                    ownersValue = Bk::Serialization.BkJson.ReadMapOrEmpty<string?>(ref reader, Bk::Serialization.BkScalarConverters.String!, options, "labels_data.owners", valuesNullable: true);
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.Cc.LabelsData
            {
                Counts = countsValue,
                Owners = ownersValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.Cc.LabelsData value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.Counts is { } countsValue) Bk::Serialization.BkJson.WriteMap(writer, "counts"u8, countsValue, Bk::Serialization.BkScalarConverters.Int64, options);
            if (value.Owners is { } ownersValue) Bk::Serialization.BkJson.WriteMap<string?>(writer, "owners"u8, ownersValue, Bk::Serialization.BkScalarConverters.String!, options);
            writer.WriteEndObject();
        }
    }
