    // Their JSON metadata and converters.
    /// <summary>
    /// Serialization metadata for <c>get_step_status</c>, built without reflection so that it works trimmed and under NativeAOT.
    /// Use it with the <c>JsonTypeInfo</c> overloads of <see cref="global::System.Text.Json.JsonSerializer"/>, or as a type info resolver.
    /// </summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial class GetStepStatusJsonContext : Stj::Serialization.JsonSerializerContext
    {
        private static readonly Stj::JsonSerializerOptions s_defaultOptions = new(Stj::JsonSerializerDefaults.General);
        private static GetStepStatusJsonContext? s_default;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.GetStepStatusRequest>? _getStepStatusRequest;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.StepStatusData>? _stepStatusData;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.StepStatus>? _stepStatus;
        private Stj::Serialization.Metadata.JsonTypeInfo<Bk::BkApiResponse<global::Consumer.JobV3.StepStatusData>>? _getStepStatusResponse;

        /// <summary>Creates a context with its own copy of the default options.</summary>
        public GetStepStatusJsonContext() : base(new Stj::JsonSerializerOptions(s_defaultOptions)) { }

        /// <summary>Creates a context bound to <paramref name="options"/> (which must not be in use yet).</summary>
        public GetStepStatusJsonContext(Stj::JsonSerializerOptions options) : base(options) { }

        /// <summary>The shared instance.</summary>
        public static GetStepStatusJsonContext Default => s_default ??= new GetStepStatusJsonContext();

        /// <summary>Metadata for <see cref="Consumer.JobV3.GetStepStatusRequest"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.GetStepStatusRequest> GetStepStatusRequest => _getStepStatusRequest ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.GetStepStatusRequestJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.StepStatusData"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.StepStatusData> StepStatusData => _stepStatusData ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.StepStatusDataJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.StepStatus"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.StepStatus> StepStatus => _stepStatus ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.StepStatusJsonConverter.Instance);
        /// <summary>Metadata for the envelope of <c>get_step_status</c> responses.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<Bk::BkApiResponse<global::Consumer.JobV3.StepStatusData>> GetStepStatusResponse => _getStepStatusResponse ??= Bk::Serialization.BkTypeInfo.Create(this, new Bk::Serialization.BkApiResponseConverter<global::Consumer.JobV3.StepStatusData>(global::Consumer.JobV3.StepStatusDataJsonConverter.Instance));

        /// <inheritdoc />
        protected override Stj::JsonSerializerOptions? GeneratedSerializerOptions => s_defaultOptions;

        /// <inheritdoc />
        public override Stj::Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type)
        {
            if (type == typeof(global::Consumer.JobV3.GetStepStatusRequest)) return GetStepStatusRequest;
            if (type == typeof(global::Consumer.JobV3.StepStatusData)) return StepStatusData;
            if (type == typeof(global::Consumer.JobV3.StepStatus)) return StepStatus;
            if (type == typeof(Bk::BkApiResponse<global::Consumer.JobV3.StepStatusData>)) return GetStepStatusResponse;
            return null;
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class GetStepStatusRequestJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.GetStepStatusRequest>
    {
        public static readonly GetStepStatusRequestJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_statusName = Stj::JsonEncodedText.Encode("status"u8);

        public override global::Consumer.JobV3.GetStepStatusRequest Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "get_step_status_request");
            global::Consumer.JobV3.StepStatus? statusValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("status"u8))
                    statusValue = Bk::Serialization.BkJson.ReadNotNull(ref reader, global::Consumer.JobV3.StepStatusJsonConverter.Instance, options, "get_step_status_request.status");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.GetStepStatusRequest
            {
                Status = statusValue ?? throw Bk::Serialization.BkJson.Missing("get_step_status_request.status"),
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.GetStepStatusRequest value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber(s_statusName, (long)value.Status);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class StepStatusDataJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.StepStatusData>
    {
        public static readonly StepStatusDataJsonConverter Instance = new();

        public override global::Consumer.JobV3.StepStatusData Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "step_status_data");
            global::Consumer.JobV3.StepStatus? statusValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("status"u8))
                    statusValue = Bk::Serialization.BkJson.ReadNullableValue(ref reader, global::Consumer.JobV3.StepStatusJsonConverter.Instance, options);
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.StepStatusData
            {
                Status = statusValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.StepStatusData value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.Status is { } statusValue) writer.WriteNumber("status"u8, (long)statusValue);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class StepStatusJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.StepStatus>("step_status")
    {
        public static readonly StepStatusJsonConverter Instance = new();
        internal const string ListedValues = "1 (Waiting), 2 (Running), 3 (Success)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.StepStatus? value) => value is null or global::Consumer.JobV3.StepStatus.Waiting or global::Consumer.JobV3.StepStatus.Running or global::Consumer.JobV3.StepStatus.Success;
    }
