    // Their JSON metadata and converters.
    /// <summary>
    /// Serialization metadata for the <c>job_callback</c> callback payload, built without reflection so that it works trimmed and under NativeAOT.
    /// Use it with the <c>JsonTypeInfo</c> overloads of <see cref="global::System.Text.Json.JsonSerializer"/>, or as a type info resolver.
    /// </summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial class JobCallbackJsonContext : Stj::Serialization.JsonSerializerContext
    {
        private static readonly Stj::JsonSerializerOptions s_defaultOptions = new(Stj::JsonSerializerDefaults.General);
        private static JobCallbackJsonContext? s_default;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.JobCallbackPayload>? _jobCallbackPayload;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.StepStatus>? _stepStatus;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.RunStatus>? _runStatus;

        /// <summary>Creates a context with its own copy of the default options.</summary>
        public JobCallbackJsonContext() : base(new Stj::JsonSerializerOptions(s_defaultOptions)) { }

        /// <summary>Creates a context bound to <paramref name="options"/> (which must not be in use yet).</summary>
        public JobCallbackJsonContext(Stj::JsonSerializerOptions options) : base(options) { }

        /// <summary>The shared instance.</summary>
        public static JobCallbackJsonContext Default => s_default ??= new JobCallbackJsonContext();

        /// <summary>Metadata for <see cref="Consumer.JobV3.JobCallbackPayload"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.JobCallbackPayload> JobCallbackPayload => _jobCallbackPayload ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.JobCallbackPayloadJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.StepStatus"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.StepStatus> StepStatus => _stepStatus ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.StepStatusJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.RunStatus"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.RunStatus> RunStatus => _runStatus ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.RunStatusJsonConverter.Instance);

        /// <inheritdoc />
        protected override Stj::JsonSerializerOptions? GeneratedSerializerOptions => s_defaultOptions;

        /// <inheritdoc />
        public override Stj::Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type)
        {
            if (type == typeof(global::Consumer.JobV3.JobCallbackPayload)) return JobCallbackPayload;
            if (type == typeof(global::Consumer.JobV3.StepStatus)) return StepStatus;
            if (type == typeof(global::Consumer.JobV3.RunStatus)) return RunStatus;
            return null;
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class JobCallbackPayloadJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.JobCallbackPayload>
    {
        public static readonly JobCallbackPayloadJsonConverter Instance = new();

        public override global::Consumer.JobV3.JobCallbackPayload Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "job_callback_payload");
            long? jobInstanceIdValue = default;
            global::Consumer.JobV3.RunStatus? statusValue = default;
            global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.StepStatus> stepInstancesValue = [];
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("job_instance_id"u8))
                    jobInstanceIdValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "job_callback_payload.job_instance_id");
                else if (reader.ValueTextEquals("status"u8))
                    statusValue = Bk::Serialization.BkJson.ReadNullableValue(ref reader, global::Consumer.JobV3.RunStatusJsonConverter.Instance, options);
                else if (reader.ValueTextEquals("step_instances"u8) || reader.ValueTextEquals("step_instance_list"u8))
                    stepInstancesValue = Bk::Serialization.BkJson.ReadListOrEmpty(ref reader, global::Consumer.JobV3.StepStatusJsonConverter.Instance, options, "job_callback_payload.step_instances", elementsNullable: false);
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.JobCallbackPayload
            {
                JobInstanceId = jobInstanceIdValue,
                Status = statusValue,
                StepInstances = stepInstancesValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.JobCallbackPayload value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.JobInstanceId is { } jobInstanceIdValue) writer.WriteNumber("job_instance_id"u8, jobInstanceIdValue);
            if (value.Status is { } statusValue) writer.WriteNumber("status"u8, (long)statusValue);
            if (value.StepInstances is { } stepInstancesValue) WriteStepInstancesItems(writer, stepInstancesValue, options);
            writer.WriteEndObject();
        }

        private static void WriteStepInstancesItems(Stj::Utf8JsonWriter writer, global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.StepStatus> list, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartArray("step_instances"u8);
            var items = Bk::Serialization.BkJson.ListSpan(list, out var rented);
            for (var i = 0; i < items.Length; i++)
            {
                var item = items[i];
                if (item is null)
                    writer.WriteNullValue();
                else
                    global::Consumer.JobV3.StepStatusJsonConverter.Instance.Write(writer, item, options);
            }

            Bk::Serialization.BkJson.ReturnListSpan(rented);
            writer.WriteEndArray();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class StepStatusJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.StepStatus>
    {
        public static readonly StepStatusJsonConverter Instance = new();

        public override global::Consumer.JobV3.StepStatus Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "step_status");
            long? stepInstanceIdValue = default;
            global::Consumer.JobV3.RunStatus? statusValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("step_instance_id"u8))
                    stepInstanceIdValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "step_status.step_instance_id");
                else if (reader.ValueTextEquals("status"u8))
                    statusValue = Bk::Serialization.BkJson.ReadNullableValue(ref reader, global::Consumer.JobV3.RunStatusJsonConverter.Instance, options);
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.StepStatus
            {
                StepInstanceId = stepInstanceIdValue,
                Status = statusValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.StepStatus value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.StepInstanceId is { } stepInstanceIdValue) writer.WriteNumber("step_instance_id"u8, stepInstanceIdValue);
            if (value.Status is { } statusValue) writer.WriteNumber("status"u8, (long)statusValue);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class RunStatusJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.RunStatus>("run_status")
    {
        public static readonly RunStatusJsonConverter Instance = new();
        internal const string ListedValues = "1 (Blank), 2 (Running), 3 (Success), 4 (Fail)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.RunStatus? value) => value is null or global::Consumer.JobV3.RunStatus.Blank or global::Consumer.JobV3.RunStatus.Running or global::Consumer.JobV3.RunStatus.Success or global::Consumer.JobV3.RunStatus.Fail;
    }
