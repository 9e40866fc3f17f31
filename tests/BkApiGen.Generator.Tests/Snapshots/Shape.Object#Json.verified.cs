    // Their JSON metadata and converters.
    /// <summary>
    /// Serialization metadata for <c>get_host</c>, built without reflection so that it works trimmed and under NativeAOT.
    /// Use it with the <c>JsonTypeInfo</c> overloads of <see cref="global::System.Text.Json.JsonSerializer"/>, or as a type info resolver.
    /// </summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial class GetHostJsonContext : Stj::Serialization.JsonSerializerContext
    {
        private static readonly Stj::JsonSerializerOptions s_defaultOptions = new(Stj::JsonSerializerDefaults.General);
        private static GetHostJsonContext? s_default;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.GetHostRequest>? _getHostRequest;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.Host>? _host;
        private Stj::Serialization.Metadata.JsonTypeInfo<Bk::BkApiResponse<global::Consumer.JobV3.Host>>? _getHostResponse;

        /// <summary>Creates a context with its own copy of the default options.</summary>
        public GetHostJsonContext() : base(new Stj::JsonSerializerOptions(s_defaultOptions)) { }

        /// <summary>Creates a context bound to <paramref name="options"/> (which must not be in use yet).</summary>
        public GetHostJsonContext(Stj::JsonSerializerOptions options) : base(options) { }

        /// <summary>The shared instance.</summary>
        public static GetHostJsonContext Default => s_default ??= new GetHostJsonContext();

        /// <summary>Metadata for <see cref="Consumer.JobV3.GetHostRequest"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.GetHostRequest> GetHostRequest => _getHostRequest ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.GetHostRequestJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.Host"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.Host> Host => _host ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.HostJsonConverter.Instance);
        /// <summary>Metadata for the envelope of <c>get_host</c> responses.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<Bk::BkApiResponse<global::Consumer.JobV3.Host>> GetHostResponse => _getHostResponse ??= Bk::Serialization.BkTypeInfo.Create(this, new Bk::Serialization.BkApiResponseConverter<global::Consumer.JobV3.Host>(global::Consumer.JobV3.HostJsonConverter.Instance));

        /// <inheritdoc />
        protected override Stj::JsonSerializerOptions? GeneratedSerializerOptions => s_defaultOptions;

        /// <inheritdoc />
        public override Stj::Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type)
        {
            if (type == typeof(global::Consumer.JobV3.GetHostRequest)) return GetHostRequest;
            if (type == typeof(global::Consumer.JobV3.Host)) return Host;
            if (type == typeof(Bk::BkApiResponse<global::Consumer.JobV3.Host>)) return GetHostResponse;
            return null;
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class GetHostRequestJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.GetHostRequest>
    {
        public static readonly GetHostRequestJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_hostIdName = Stj::JsonEncodedText.Encode("bk_host_id"u8);
        private static readonly Stj::JsonEncodedText s_withDetailName = Stj::JsonEncodedText.Encode("with_detail"u8);

        public override global::Consumer.JobV3.GetHostRequest Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "get_host_request");
            long? hostIdValue = default;
            bool? withDetailValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("bk_host_id"u8))
                    hostIdValue = Bk::Serialization.BkJson.ReadNotNullInt64(ref reader, "get_host_request.bk_host_id");
                else if (reader.ValueTextEquals("with_detail"u8))
                    withDetailValue = Bk::Serialization.BkJson.ReadNullableBoolean(ref reader, "get_host_request.with_detail");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.GetHostRequest
            {
                HostId = hostIdValue ?? throw Bk::Serialization.BkJson.Missing("get_host_request.bk_host_id"),
                WithDetail = withDetailValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.GetHostRequest value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber(s_hostIdName, value.HostId);
            if (value.WithDetail is { } withDetailValue) writer.WriteBoolean(s_withDetailName, withDetailValue);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class HostJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.Host>
    {
        public static readonly HostJsonConverter Instance = new();

        public override global::Consumer.JobV3.Host Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "host");
            long? hostIdValue = default;
            int? cloudIdValue = default;
            string? ipValue = default;
            double? cpuLoadValue = default;
            global::System.Text.Json.JsonElement? detailValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("bk_host_id"u8))
                    hostIdValue = Bk::Serialization.BkJson.ReadNotNullInt64(ref reader, "host.bk_host_id");
                else if (reader.ValueTextEquals("bk_cloud_id"u8))
                    cloudIdValue = Bk::Serialization.BkJson.ReadNullableInt32(ref reader, "host.bk_cloud_id");
                else if (reader.ValueTextEquals("ip"u8))
                    ipValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "host.ip");
                else if (reader.ValueTextEquals("cpu_load"u8))
                    cpuLoadValue = Bk::Serialization.BkJson.ReadNullableDouble(ref reader, "host.cpu_load");
                else if (reader.ValueTextEquals("detail"u8))
                    detailValue = Bk::Serialization.BkJson.ReadNullableElement(ref reader);
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.Host
            {
                HostId = hostIdValue ?? throw Bk::Serialization.BkJson.Missing("host.bk_host_id"),
                CloudId = cloudIdValue,
                Ip = ipValue,
                CpuLoad = cpuLoadValue,
                Detail = detailValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.Host value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber("bk_host_id"u8, value.HostId);
            if (value.CloudId is { } cloudIdValue) writer.WriteNumber("bk_cloud_id"u8, cloudIdValue);
            if (value.Ip is { } ipValue) writer.WriteString("ip"u8, ipValue);
            if (value.CpuLoad is { } cpuLoadValue) writer.WriteNumber("cpu_load"u8, cpuLoadValue);
            if (value.Detail is { } detailValue) Bk::Serialization.BkJson.WriteElement(writer, "detail"u8, detailValue);
            writer.WriteEndObject();
        }
    }
