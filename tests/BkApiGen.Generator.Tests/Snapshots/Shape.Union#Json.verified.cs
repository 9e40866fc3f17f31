    // Their JSON metadata and converters.
    /// <summary>
    /// Serialization metadata for <c>get_ip_logs</c>, built without reflection so that it works trimmed and under NativeAOT.
    /// Use it with the <c>JsonTypeInfo</c> overloads of <see cref="global::System.Text.Json.JsonSerializer"/>, or as a type info resolver.
    /// </summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial class GetIpLogsJsonContext : Stj::Serialization.JsonSerializerContext
    {
        private static readonly Stj::JsonSerializerOptions s_defaultOptions = new(Stj::JsonSerializerDefaults.General);
        private static GetIpLogsJsonContext? s_default;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.GetIpLogsRequest>? _getIpLogsRequest;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.IpLogs>? _ipLogs;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ScriptIpLogs>? _scriptIpLogs;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileIpLogs>? _fileIpLogs;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.LogType>? _logType;
        private Stj::Serialization.Metadata.JsonTypeInfo<Bk::BkApiResponse<global::Consumer.JobV3.IpLogs>>? _getIpLogsResponse;

        /// <summary>Creates a context with its own copy of the default options.</summary>
        public GetIpLogsJsonContext() : base(new Stj::JsonSerializerOptions(s_defaultOptions)) { }

        /// <summary>Creates a context bound to <paramref name="options"/> (which must not be in use yet).</summary>
        public GetIpLogsJsonContext(Stj::JsonSerializerOptions options) : base(options) { }

        /// <summary>The shared instance.</summary>
        public static GetIpLogsJsonContext Default => s_default ??= new GetIpLogsJsonContext();

        /// <summary>Metadata for <see cref="Consumer.JobV3.GetIpLogsRequest"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.GetIpLogsRequest> GetIpLogsRequest => _getIpLogsRequest ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.GetIpLogsRequestJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.IpLogs"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.IpLogs> IpLogs => _ipLogs ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.IpLogsJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.ScriptIpLogs"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ScriptIpLogs> ScriptIpLogs => _scriptIpLogs ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.ScriptIpLogsJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.FileIpLogs"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileIpLogs> FileIpLogs => _fileIpLogs ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.FileIpLogsJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.LogType"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.LogType> LogType => _logType ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.LogTypeJsonConverter.Instance);
        /// <summary>Metadata for the envelope of <c>get_ip_logs</c> responses.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<Bk::BkApiResponse<global::Consumer.JobV3.IpLogs>> GetIpLogsResponse => _getIpLogsResponse ??= Bk::Serialization.BkTypeInfo.Create(this, new Bk::Serialization.BkApiResponseConverter<global::Consumer.JobV3.IpLogs>(global::Consumer.JobV3.IpLogsJsonConverter.Instance));

        /// <inheritdoc />
        protected override Stj::JsonSerializerOptions? GeneratedSerializerOptions => s_defaultOptions;

        /// <inheritdoc />
        public override Stj::Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type)
        {
            if (type == typeof(global::Consumer.JobV3.GetIpLogsRequest)) return GetIpLogsRequest;
            if (type == typeof(global::Consumer.JobV3.IpLogs)) return IpLogs;
            if (type == typeof(global::Consumer.JobV3.ScriptIpLogs)) return ScriptIpLogs;
            if (type == typeof(global::Consumer.JobV3.FileIpLogs)) return FileIpLogs;
            if (type == typeof(global::Consumer.JobV3.LogType)) return LogType;
            if (type == typeof(Bk::BkApiResponse<global::Consumer.JobV3.IpLogs>)) return GetIpLogsResponse;
            return null;
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class GetIpLogsRequestJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.GetIpLogsRequest>
    {
        public static readonly GetIpLogsRequestJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_stepInstanceIdName = Stj::JsonEncodedText.Encode("step_instance_id"u8);

        public override global::Consumer.JobV3.GetIpLogsRequest Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "get_ip_logs_request");
            long? stepInstanceIdValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("step_instance_id"u8))
                    stepInstanceIdValue = Bk::Serialization.BkJson.ReadNotNullInt64(ref reader, "get_ip_logs_request.step_instance_id");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.GetIpLogsRequest
            {
                StepInstanceId = stepInstanceIdValue ?? throw Bk::Serialization.BkJson.Missing("get_ip_logs_request.step_instance_id"),
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.GetIpLogsRequest value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber(s_stepInstanceIdName, value.StepInstanceId);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class IpLogsJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.IpLogs>
    {
        public static readonly IpLogsJsonConverter Instance = new();

        public override global::Consumer.JobV3.IpLogs Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "ip_logs");
            var guess = GuessCase(reader, out var leading);
            if (guess == 1 && Bk::Serialization.BkUnion.TryReadGuessed(ref reader, options, global::Consumer.JobV3.ScriptIpLogsJsonConverter.ReadCase, out var guessedScriptIpLogs))
                return guessedScriptIpLogs;
            if (guess == 2 && Bk::Serialization.BkUnion.TryReadGuessed(ref reader, options, global::Consumer.JobV3.FileIpLogsJsonConverter.ReadCase, out var guessedFileIpLogs))
                return guessedFileIpLogs;
            if (!Bk::Serialization.BkJson.TryPeekInt64(in reader, leading, "log_type"u8, "ip_logs", out var discriminator))
                return ReadUnknown(ref reader, null, options);

            return discriminator switch
            {
                1 => global::Consumer.JobV3.ScriptIpLogsJsonConverter.Instance.Read(ref reader, typeof(global::Consumer.JobV3.ScriptIpLogs), options),
                2 => global::Consumer.JobV3.FileIpLogsJsonConverter.Instance.Read(ref reader, typeof(global::Consumer.JobV3.FileIpLogs), options),
                _ => ReadUnknown(ref reader, (global::Consumer.JobV3.LogType)discriminator, options),
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.IpLogs value, Stj::JsonSerializerOptions options)
        {
            switch (value)
            {
                case global::Consumer.JobV3.ScriptIpLogs knownScriptIpLogs:
                    global::Consumer.JobV3.ScriptIpLogsJsonConverter.Instance.Write(writer, knownScriptIpLogs, options);
                    break;
                case global::Consumer.JobV3.FileIpLogs knownFileIpLogs:
                    global::Consumer.JobV3.FileIpLogsJsonConverter.Instance.Write(writer, knownFileIpLogs, options);
                    break;
                case global::Consumer.JobV3.UnknownIpLogs unknown:
                    unknown.Raw.WriteTo(writer);
                    break;
                default:
                    throw new Stj::JsonException(value.GetType() + " is not a case of ip_logs.");
            }
        }

        /// <summary>
        /// 0 when <c>log_type</c> comes first (or no member tells); otherwise the 1-based case that the
        /// first member only one case has belongs to, to be confirmed by the discriminator while reading.
        /// <paramref name="leading"/>: the discriminator's value when it comes first as an integer (no second look-ahead then).
        /// </summary>
        private static int GuessCase(Stj::Utf8JsonReader reader, out long? leading)
        {
            leading = null;
            while (reader.Read() && reader.TokenType == Stj::JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("log_type"u8))
                {
                    leading = Bk::Serialization.BkJson.PeekLeadingInt64(ref reader);
                    return 0;
                }

                if (reader.ValueTextEquals("script_output"u8)) return 1;
                if (reader.ValueTextEquals("file_count"u8)) return 2;
                Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return 0;
        }

        private static global::Consumer.JobV3.UnknownIpLogs ReadUnknown(ref Stj::Utf8JsonReader reader, global::Consumer.JobV3.LogType? discriminator, Stj::JsonSerializerOptions options)
        {
            var copy = reader;
            var raw = Bk::Serialization.BkJson.ReadElement(ref copy);
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "ip_logs");
            long? stepInstanceIdValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("step_instance_id"u8))
                    stepInstanceIdValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "ip_logs.step_instance_id");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.UnknownIpLogs(discriminator, raw)
            {
                StepInstanceId = stepInstanceIdValue,
            };
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class ScriptIpLogsJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.ScriptIpLogs>
    {
        public static readonly ScriptIpLogsJsonConverter Instance = new();

        public override global::Consumer.JobV3.ScriptIpLogs Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
            => ReadCase(ref reader, options, out _);

        /// <summary>Reads this case; <paramref name="confirmed"/> tells whether the object's <c>log_type</c> selects it.</summary>
        internal static global::Consumer.JobV3.ScriptIpLogs ReadCase(ref Stj::Utf8JsonReader reader, Stj::JsonSerializerOptions options, out bool confirmed)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "script_ip_logs");
            confirmed = false;
            var discriminatorSeen = false;
            long? stepInstanceIdValue = default;
            string? scriptOutputValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("step_instance_id"u8))
                    stepInstanceIdValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "script_ip_logs.step_instance_id");
                else if (reader.ValueTextEquals("script_output"u8))
                    scriptOutputValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "script_ip_logs.script_output");
                else if (reader.ValueTextEquals("log_type"u8))
                    confirmed |= Bk::Serialization.BkUnion.DiscriminatorIs(ref reader, ref discriminatorSeen, 1);
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.ScriptIpLogs
            {
                StepInstanceId = stepInstanceIdValue,
                ScriptOutput = scriptOutputValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.ScriptIpLogs value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber("log_type"u8, (long)value.LogType.GetValueOrDefault());
            if (value.StepInstanceId is { } stepInstanceIdValue) writer.WriteNumber("step_instance_id"u8, stepInstanceIdValue);
            if (value.ScriptOutput is { } scriptOutputValue) writer.WriteString("script_output"u8, scriptOutputValue);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class FileIpLogsJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.FileIpLogs>
    {
        public static readonly FileIpLogsJsonConverter Instance = new();

        public override global::Consumer.JobV3.FileIpLogs Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
            => ReadCase(ref reader, options, out _);

        /// <summary>Reads this case; <paramref name="confirmed"/> tells whether the object's <c>log_type</c> selects it.</summary>
        internal static global::Consumer.JobV3.FileIpLogs ReadCase(ref Stj::Utf8JsonReader reader, Stj::JsonSerializerOptions options, out bool confirmed)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "file_ip_logs");
            confirmed = false;
            var discriminatorSeen = false;
            long? stepInstanceIdValue = default;
            int? fileCountValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("step_instance_id"u8))
                    stepInstanceIdValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "file_ip_logs.step_instance_id");
                else if (reader.ValueTextEquals("file_count"u8))
                    fileCountValue = Bk::Serialization.BkJson.ReadNullableInt32(ref reader, "file_ip_logs.file_count");
                else if (reader.ValueTextEquals("log_type"u8))
                    confirmed |= Bk::Serialization.BkUnion.DiscriminatorIs(ref reader, ref discriminatorSeen, 2);
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.FileIpLogs
            {
                StepInstanceId = stepInstanceIdValue,
                FileCount = fileCountValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.FileIpLogs value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber("log_type"u8, (long)value.LogType.GetValueOrDefault());
            if (value.StepInstanceId is { } stepInstanceIdValue) writer.WriteNumber("step_instance_id"u8, stepInstanceIdValue);
            if (value.FileCount is { } fileCountValue) writer.WriteNumber("file_count"u8, fileCountValue);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class LogTypeJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.LogType>("log_type")
    {
        public static readonly LogTypeJsonConverter Instance = new();
        internal const string ListedValues = "1 (Script), 2 (File)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.LogType? value) => value is null or global::Consumer.JobV3.LogType.Script or global::Consumer.JobV3.LogType.File;
    }
