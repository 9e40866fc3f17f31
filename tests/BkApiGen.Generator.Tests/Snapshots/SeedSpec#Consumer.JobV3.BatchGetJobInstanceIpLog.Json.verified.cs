    // Their JSON metadata and converters.
    /// <summary>
    /// Serialization metadata for <c>batch_get_job_instance_ip_log</c>, built without reflection so that it works trimmed and under NativeAOT.
    /// Use it with the <c>JsonTypeInfo</c> overloads of <see cref="global::System.Text.Json.JsonSerializer"/>, or as a type info resolver.
    /// </summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial class BatchGetJobInstanceIpLogJsonContext : Stj::Serialization.JsonSerializerContext
    {
        private static readonly Stj::JsonSerializerOptions s_defaultOptions = new(Stj::JsonSerializerDefaults.General);
        private static BatchGetJobInstanceIpLogJsonContext? s_default;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.BatchGetJobInstanceIpLogRequest>? _batchGetJobInstanceIpLogRequest;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.IpLogs>? _ipLogs;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ScriptIpLogs>? _scriptIpLogs;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileIpLogs>? _fileIpLogs;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ScriptTaskLog>? _scriptTaskLog;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileTaskLog>? _fileTaskLog;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileLog>? _fileLog;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileLogMode>? _fileLogMode;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileLogStatus>? _fileLogStatus;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.Host>? _host;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.LogType>? _logType;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ScopeType>? _scopeType;
        private Stj::Serialization.Metadata.JsonTypeInfo<Bk::BkApiResponse<global::Consumer.JobV3.IpLogs>>? _batchGetJobInstanceIpLogResponse;

        /// <summary>Creates a context with its own copy of the default options.</summary>
        public BatchGetJobInstanceIpLogJsonContext() : base(new Stj::JsonSerializerOptions(s_defaultOptions)) { }

        /// <summary>Creates a context bound to <paramref name="options"/> (which must not be in use yet).</summary>
        public BatchGetJobInstanceIpLogJsonContext(Stj::JsonSerializerOptions options) : base(options) { }

        /// <summary>The shared instance.</summary>
        public static BatchGetJobInstanceIpLogJsonContext Default => s_default ??= new BatchGetJobInstanceIpLogJsonContext();

        /// <summary>Metadata for <see cref="Consumer.JobV3.BatchGetJobInstanceIpLogRequest"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.BatchGetJobInstanceIpLogRequest> BatchGetJobInstanceIpLogRequest => _batchGetJobInstanceIpLogRequest ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.BatchGetJobInstanceIpLogRequestJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.IpLogs"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.IpLogs> IpLogs => _ipLogs ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.IpLogsJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.ScriptIpLogs"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ScriptIpLogs> ScriptIpLogs => _scriptIpLogs ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.ScriptIpLogsJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.FileIpLogs"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileIpLogs> FileIpLogs => _fileIpLogs ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.FileIpLogsJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.ScriptTaskLog"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ScriptTaskLog> ScriptTaskLog => _scriptTaskLog ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.ScriptTaskLogJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.FileTaskLog"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileTaskLog> FileTaskLog => _fileTaskLog ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.FileTaskLogJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.FileLog"/> (a shared definition).</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileLog> FileLog => _fileLog ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.FileLogJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.FileLogMode"/> (a shared definition).</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileLogMode> FileLogMode => _fileLogMode ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.FileLogModeJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.FileLogStatus"/> (a shared definition).</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileLogStatus> FileLogStatus => _fileLogStatus ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.FileLogStatusJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.Host"/> (a shared definition).</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.Host> Host => _host ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.HostJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.LogType"/> (a shared definition).</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.LogType> LogType => _logType ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.LogTypeJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.ScopeType"/> (a shared definition).</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ScopeType> ScopeType => _scopeType ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.ScopeTypeJsonConverter.Instance);
        /// <summary>Metadata for the envelope of <c>batch_get_job_instance_ip_log</c> responses.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<Bk::BkApiResponse<global::Consumer.JobV3.IpLogs>> BatchGetJobInstanceIpLogResponse => _batchGetJobInstanceIpLogResponse ??= Bk::Serialization.BkTypeInfo.Create(this, new Bk::Serialization.BkApiResponseConverter<global::Consumer.JobV3.IpLogs>(global::Consumer.JobV3.IpLogsJsonConverter.Instance));

        /// <inheritdoc />
        protected override Stj::JsonSerializerOptions? GeneratedSerializerOptions => s_defaultOptions;

        /// <inheritdoc />
        public override Stj::Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type)
        {
            if (type == typeof(global::Consumer.JobV3.BatchGetJobInstanceIpLogRequest)) return BatchGetJobInstanceIpLogRequest;
            if (type == typeof(global::Consumer.JobV3.IpLogs)) return IpLogs;
            if (type == typeof(global::Consumer.JobV3.ScriptIpLogs)) return ScriptIpLogs;
            if (type == typeof(global::Consumer.JobV3.FileIpLogs)) return FileIpLogs;
            if (type == typeof(global::Consumer.JobV3.ScriptTaskLog)) return ScriptTaskLog;
            if (type == typeof(global::Consumer.JobV3.FileTaskLog)) return FileTaskLog;
            if (type == typeof(global::Consumer.JobV3.FileLog)) return FileLog;
            if (type == typeof(global::Consumer.JobV3.FileLogMode)) return FileLogMode;
            if (type == typeof(global::Consumer.JobV3.FileLogStatus)) return FileLogStatus;
            if (type == typeof(global::Consumer.JobV3.Host)) return Host;
            if (type == typeof(global::Consumer.JobV3.LogType)) return LogType;
            if (type == typeof(global::Consumer.JobV3.ScopeType)) return ScopeType;
            if (type == typeof(Bk::BkApiResponse<global::Consumer.JobV3.IpLogs>)) return BatchGetJobInstanceIpLogResponse;
            return null;
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class BatchGetJobInstanceIpLogRequestJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.BatchGetJobInstanceIpLogRequest>
    {
        public static readonly BatchGetJobInstanceIpLogRequestJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_scopeTypeName = Stj::JsonEncodedText.Encode("bk_scope_type"u8);
        private static readonly Stj::JsonEncodedText s_scopeIdName = Stj::JsonEncodedText.Encode("bk_scope_id"u8);
        private static readonly Stj::JsonEncodedText s_bizIdName = Stj::JsonEncodedText.Encode("bk_biz_id"u8);
        private static readonly Stj::JsonEncodedText s_jobInstanceIdName = Stj::JsonEncodedText.Encode("job_instance_id"u8);
        private static readonly Stj::JsonEncodedText s_stepInstanceIdName = Stj::JsonEncodedText.Encode("step_instance_id"u8);
        private static readonly Stj::JsonEncodedText s_hostIdListName = Stj::JsonEncodedText.Encode("host_id_list"u8);
        private static readonly Stj::JsonEncodedText s_ipListName = Stj::JsonEncodedText.Encode("ip_list"u8);

        public override global::Consumer.JobV3.BatchGetJobInstanceIpLogRequest Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "batch_get_job_instance_ip_log_request");
            global::Consumer.JobV3.ScopeType? scopeTypeValue = default;
            string? scopeIdValue = default;
            long? bizIdValue = default;
            long? jobInstanceIdValue = default;
            long? stepInstanceIdValue = default;
            global::System.Collections.Generic.IReadOnlyList<long>? hostIdListValue = default;
            global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.Host>? ipListValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("bk_scope_type"u8))
                    scopeTypeValue = Bk::Serialization.BkJson.ReadNullableValue(ref reader, global::Consumer.JobV3.ScopeTypeJsonConverter.Instance, options);
                else if (reader.ValueTextEquals("bk_scope_id"u8))
                    scopeIdValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "batch_get_job_instance_ip_log_request.bk_scope_id");
                else if (reader.ValueTextEquals("bk_biz_id"u8))
                    bizIdValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "batch_get_job_instance_ip_log_request.bk_biz_id");
                else if (reader.ValueTextEquals("job_instance_id"u8))
                    jobInstanceIdValue = Bk::Serialization.BkJson.ReadNotNullInt64(ref reader, "batch_get_job_instance_ip_log_request.job_instance_id");
                else if (reader.ValueTextEquals("step_instance_id"u8))
                    stepInstanceIdValue = Bk::Serialization.BkJson.ReadNotNullInt64(ref reader, "batch_get_job_instance_ip_log_request.step_instance_id");
                else if (reader.ValueTextEquals("host_id_list"u8))
                    hostIdListValue = Bk::Serialization.BkJson.ReadNullableList(ref reader, Bk::Serialization.BkScalarConverters.Int64, options, "batch_get_job_instance_ip_log_request.host_id_list", elementsNullable: false);
                else if (reader.ValueTextEquals("ip_list"u8))
                    ipListValue = Bk::Serialization.BkJson.ReadNullableList(ref reader, global::Consumer.JobV3.HostJsonConverter.Instance, options, "batch_get_job_instance_ip_log_request.ip_list", elementsNullable: false);
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.BatchGetJobInstanceIpLogRequest
            {
                ScopeType = scopeTypeValue,
                ScopeId = scopeIdValue,
                BizId = bizIdValue,
                JobInstanceId = jobInstanceIdValue ?? throw Bk::Serialization.BkJson.Missing("batch_get_job_instance_ip_log_request.job_instance_id"),
                StepInstanceId = stepInstanceIdValue ?? throw Bk::Serialization.BkJson.Missing("batch_get_job_instance_ip_log_request.step_instance_id"),
                HostIdList = hostIdListValue,
                IpList = ipListValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.BatchGetJobInstanceIpLogRequest value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.ScopeType is { } scopeTypeValue) writer.WriteString(s_scopeTypeName, scopeTypeValue.Value);
            if (value.ScopeId is { } scopeIdValue) writer.WriteString(s_scopeIdName, scopeIdValue);
            if (value.BizId is { } bizIdValue) writer.WriteNumber(s_bizIdName, bizIdValue);
            writer.WriteNumber(s_jobInstanceIdName, value.JobInstanceId);
            writer.WriteNumber(s_stepInstanceIdName, value.StepInstanceId);
            if (value.HostIdList is { } hostIdListValue) Bk::Serialization.BkJson.WriteList(writer, s_hostIdListName, hostIdListValue);
            if (value.IpList is { } ipListValue) WriteIpListItems(writer, ipListValue, options);
            writer.WriteEndObject();
        }

        private static void WriteIpListItems(Stj::Utf8JsonWriter writer, global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.Host> list, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartArray(s_ipListName);
            var items = Bk::Serialization.BkJson.ListSpan(list, out var rented);
            for (var i = 0; i < items.Length; i++)
            {
                var item = items[i];
                if (item is null)
                    writer.WriteNullValue();
                else
                    global::Consumer.JobV3.HostJsonConverter.Instance.Write(writer, item, options);
            }

            Bk::Serialization.BkJson.ReturnListSpan(rented);
            writer.WriteEndArray();
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

                if (reader.ValueTextEquals("script_task_logs"u8)) return 1;
                if (reader.ValueTextEquals("file_task_logs"u8)) return 2;
                Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return 0;
        }

        private static global::Consumer.JobV3.UnknownIpLogs ReadUnknown(ref Stj::Utf8JsonReader reader, global::Consumer.JobV3.LogType? discriminator, Stj::JsonSerializerOptions options)
        {
            var copy = reader;
            var raw = Bk::Serialization.BkJson.ReadElement(ref copy);
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "ip_logs");
            long? jobInstanceIdValue = default;
            long? stepInstanceIdValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("job_instance_id"u8) || reader.ValueTextEquals("task_instance_id"u8))
                    jobInstanceIdValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "ip_logs.job_instance_id");
                else if (reader.ValueTextEquals("step_instance_id"u8))
                    stepInstanceIdValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "ip_logs.step_instance_id");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.UnknownIpLogs(discriminator, raw)
            {
                JobInstanceId = jobInstanceIdValue,
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
            long? jobInstanceIdValue = default;
            long? stepInstanceIdValue = default;
            global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.ScriptTaskLog> scriptTaskLogsValue = [];
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("job_instance_id"u8) || reader.ValueTextEquals("task_instance_id"u8))
                    jobInstanceIdValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "script_ip_logs.job_instance_id");
                else if (reader.ValueTextEquals("step_instance_id"u8))
                    stepInstanceIdValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "script_ip_logs.step_instance_id");
                else if (reader.ValueTextEquals("script_task_logs"u8))
                    scriptTaskLogsValue = Bk::Serialization.BkJson.ReadListOrEmpty(ref reader, global::Consumer.JobV3.ScriptTaskLogJsonConverter.Instance, options, "script_ip_logs.script_task_logs", elementsNullable: false);
                else if (reader.ValueTextEquals("log_type"u8))
                    confirmed |= Bk::Serialization.BkUnion.DiscriminatorIs(ref reader, ref discriminatorSeen, 1);
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.ScriptIpLogs
            {
                JobInstanceId = jobInstanceIdValue,
                StepInstanceId = stepInstanceIdValue,
                ScriptTaskLogs = scriptTaskLogsValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.ScriptIpLogs value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber("log_type"u8, (long)value.LogType.GetValueOrDefault());
            if (value.JobInstanceId is { } jobInstanceIdValue) writer.WriteNumber("job_instance_id"u8, jobInstanceIdValue);
            if (value.StepInstanceId is { } stepInstanceIdValue) writer.WriteNumber("step_instance_id"u8, stepInstanceIdValue);
            if (value.ScriptTaskLogs is { } scriptTaskLogsValue) WriteScriptTaskLogsItems(writer, scriptTaskLogsValue, options);
            writer.WriteEndObject();
        }

        private static void WriteScriptTaskLogsItems(Stj::Utf8JsonWriter writer, global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.ScriptTaskLog> list, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartArray("script_task_logs"u8);
            var items = Bk::Serialization.BkJson.ListSpan(list, out var rented);
            for (var i = 0; i < items.Length; i++)
            {
                var item = items[i];
                if (item is null)
                    writer.WriteNullValue();
                else
                    global::Consumer.JobV3.ScriptTaskLogJsonConverter.Instance.Write(writer, item, options);
            }

            Bk::Serialization.BkJson.ReturnListSpan(rented);
            writer.WriteEndArray();
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
            long? jobInstanceIdValue = default;
            long? stepInstanceIdValue = default;
            global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.FileTaskLog> fileTaskLogsValue = [];
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("job_instance_id"u8) || reader.ValueTextEquals("task_instance_id"u8))
                    jobInstanceIdValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "file_ip_logs.job_instance_id");
                else if (reader.ValueTextEquals("step_instance_id"u8))
                    stepInstanceIdValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "file_ip_logs.step_instance_id");
                else if (reader.ValueTextEquals("file_task_logs"u8))
                    fileTaskLogsValue = Bk::Serialization.BkJson.ReadListOrEmpty(ref reader, global::Consumer.JobV3.FileTaskLogJsonConverter.Instance, options, "file_ip_logs.file_task_logs", elementsNullable: false);
                else if (reader.ValueTextEquals("log_type"u8))
                    confirmed |= Bk::Serialization.BkUnion.DiscriminatorIs(ref reader, ref discriminatorSeen, 2);
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.FileIpLogs
            {
                JobInstanceId = jobInstanceIdValue,
                StepInstanceId = stepInstanceIdValue,
                FileTaskLogs = fileTaskLogsValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.FileIpLogs value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber("log_type"u8, (long)value.LogType.GetValueOrDefault());
            if (value.JobInstanceId is { } jobInstanceIdValue) writer.WriteNumber("job_instance_id"u8, jobInstanceIdValue);
            if (value.StepInstanceId is { } stepInstanceIdValue) writer.WriteNumber("step_instance_id"u8, stepInstanceIdValue);
            if (value.FileTaskLogs is { } fileTaskLogsValue) WriteFileTaskLogsItems(writer, fileTaskLogsValue, options);
            writer.WriteEndObject();
        }

        private static void WriteFileTaskLogsItems(Stj::Utf8JsonWriter writer, global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.FileTaskLog> list, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartArray("file_task_logs"u8);
            var items = Bk::Serialization.BkJson.ListSpan(list, out var rented);
            for (var i = 0; i < items.Length; i++)
            {
                var item = items[i];
                if (item is null)
                    writer.WriteNullValue();
                else
                    global::Consumer.JobV3.FileTaskLogJsonConverter.Instance.Write(writer, item, options);
            }

            Bk::Serialization.BkJson.ReturnListSpan(rented);
            writer.WriteEndArray();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class ScriptTaskLogJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.ScriptTaskLog>
    {
        public static readonly ScriptTaskLogJsonConverter Instance = new();

        public override global::Consumer.JobV3.ScriptTaskLog Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "script_task_log");
            long? hostIdValue = default;
            long? cloudIdValue = default;
            string? ipValue = default;
            string? ipV6Value = default;
            string? logContentValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("bk_host_id"u8))
                    hostIdValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "script_task_log.bk_host_id");
                else if (reader.ValueTextEquals("bk_cloud_id"u8))
                    cloudIdValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "script_task_log.bk_cloud_id");
                else if (reader.ValueTextEquals("ip"u8))
                    ipValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "script_task_log.ip");
                else if (reader.ValueTextEquals("ipv6"u8))
                    ipV6Value = Bk::Serialization.BkJson.ReadNullableString(ref reader, "script_task_log.ipv6");
                else if (reader.ValueTextEquals("log_content"u8))
                    logContentValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "script_task_log.log_content");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.ScriptTaskLog
            {
                HostId = hostIdValue,
                CloudId = cloudIdValue,
                Ip = ipValue,
                IpV6 = ipV6Value,
                LogContent = logContentValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.ScriptTaskLog value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.HostId is { } hostIdValue) writer.WriteNumber("bk_host_id"u8, hostIdValue);
            if (value.CloudId is { } cloudIdValue) writer.WriteNumber("bk_cloud_id"u8, cloudIdValue);
            if (value.Ip is { } ipValue) writer.WriteString("ip"u8, ipValue);
            if (value.IpV6 is { } ipV6Value) writer.WriteString("ipv6"u8, ipV6Value);
            if (value.LogContent is { } logContentValue) writer.WriteString("log_content"u8, logContentValue);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class FileTaskLogJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.FileTaskLog>
    {
        public static readonly FileTaskLogJsonConverter Instance = new();

        public override global::Consumer.JobV3.FileTaskLog Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "file_task_log");
            long? hostIdValue = default;
            long? cloudIdValue = default;
            string? ipValue = default;
            global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.FileLog> fileLogsValue = [];
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("bk_host_id"u8))
                    hostIdValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "file_task_log.bk_host_id");
                else if (reader.ValueTextEquals("bk_cloud_id"u8))
                    cloudIdValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "file_task_log.bk_cloud_id");
                else if (reader.ValueTextEquals("ip"u8))
                    ipValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "file_task_log.ip");
                else if (reader.ValueTextEquals("file_logs"u8))
                    fileLogsValue = Bk::Serialization.BkJson.ReadListOrEmpty(ref reader, global::Consumer.JobV3.FileLogJsonConverter.Instance, options, "file_task_log.file_logs", elementsNullable: false);
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.FileTaskLog
            {
                HostId = hostIdValue,
                CloudId = cloudIdValue,
                Ip = ipValue,
                FileLogs = fileLogsValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.FileTaskLog value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.HostId is { } hostIdValue) writer.WriteNumber("bk_host_id"u8, hostIdValue);
            if (value.CloudId is { } cloudIdValue) writer.WriteNumber("bk_cloud_id"u8, cloudIdValue);
            if (value.Ip is { } ipValue) writer.WriteString("ip"u8, ipValue);
            if (value.FileLogs is { } fileLogsValue) WriteFileLogsItems(writer, fileLogsValue, options);
            writer.WriteEndObject();
        }

        private static void WriteFileLogsItems(Stj::Utf8JsonWriter writer, global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.FileLog> list, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartArray("file_logs"u8);
            var items = Bk::Serialization.BkJson.ListSpan(list, out var rented);
            for (var i = 0; i < items.Length; i++)
            {
                var item = items[i];
                if (item is null)
                    writer.WriteNullValue();
                else
                    global::Consumer.JobV3.FileLogJsonConverter.Instance.Write(writer, item, options);
            }

            Bk::Serialization.BkJson.ReturnListSpan(rented);
            writer.WriteEndArray();
        }
    }
