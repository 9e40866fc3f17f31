    // Their JSON metadata and converters.
    /// <summary>
    /// Serialization metadata for <c>get_hosts</c>, built without reflection so that it works trimmed and under NativeAOT.
    /// Use it with the <c>JsonTypeInfo</c> overloads of <see cref="global::System.Text.Json.JsonSerializer"/>, or as a type info resolver.
    /// </summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial class GetHostsJsonContext : Stj::Serialization.JsonSerializerContext
    {
        private static readonly Stj::JsonSerializerOptions s_defaultOptions = new(Stj::JsonSerializerDefaults.General);
        private static GetHostsJsonContext? s_default;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.GetHostsRequest>? _getHostsRequest;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.HostsData>? _hostsData;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.HostItem>? _hostItem;
        private Stj::Serialization.Metadata.JsonTypeInfo<Bk::BkApiResponse<global::Consumer.JobV3.HostsData>>? _getHostsResponse;

        /// <summary>Creates a context with its own copy of the default options.</summary>
        public GetHostsJsonContext() : base(new Stj::JsonSerializerOptions(s_defaultOptions)) { }

        /// <summary>Creates a context bound to <paramref name="options"/> (which must not be in use yet).</summary>
        public GetHostsJsonContext(Stj::JsonSerializerOptions options) : base(options) { }

        /// <summary>The shared instance.</summary>
        public static GetHostsJsonContext Default => s_default ??= new GetHostsJsonContext();

        /// <summary>Metadata for <see cref="Consumer.JobV3.GetHostsRequest"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.GetHostsRequest> GetHostsRequest => _getHostsRequest ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.GetHostsRequestJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.HostsData"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.HostsData> HostsData => _hostsData ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.HostsDataJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.HostItem"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.HostItem> HostItem => _hostItem ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.HostItemJsonConverter.Instance);
        /// <summary>Metadata for the envelope of <c>get_hosts</c> responses.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<Bk::BkApiResponse<global::Consumer.JobV3.HostsData>> GetHostsResponse => _getHostsResponse ??= Bk::Serialization.BkTypeInfo.Create(this, new Bk::Serialization.BkApiResponseConverter<global::Consumer.JobV3.HostsData>(global::Consumer.JobV3.HostsDataJsonConverter.Instance));

        /// <inheritdoc />
        protected override Stj::JsonSerializerOptions? GeneratedSerializerOptions => s_defaultOptions;

        /// <inheritdoc />
        public override Stj::Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type)
        {
            if (type == typeof(global::Consumer.JobV3.GetHostsRequest)) return GetHostsRequest;
            if (type == typeof(global::Consumer.JobV3.HostsData)) return HostsData;
            if (type == typeof(global::Consumer.JobV3.HostItem)) return HostItem;
            if (type == typeof(Bk::BkApiResponse<global::Consumer.JobV3.HostsData>)) return GetHostsResponse;
            return null;
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class GetHostsRequestJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.GetHostsRequest>
    {
        public static readonly GetHostsRequestJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_hostIdsName = Stj::JsonEncodedText.Encode("bk_host_ids"u8);

        public override global::Consumer.JobV3.GetHostsRequest Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "get_hosts_request");
            global::System.Collections.Generic.IReadOnlyList<long>? hostIdsValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("bk_host_ids"u8))
                    hostIdsValue = Bk::Serialization.BkJson.ReadNotNullList(ref reader, Bk::Serialization.BkScalarConverters.Int64, options, "get_hosts_request.bk_host_ids", elementsNullable: false);
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.GetHostsRequest
            {
                HostIds = hostIdsValue ?? throw Bk::Serialization.BkJson.Missing("get_hosts_request.bk_host_ids"),
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.GetHostsRequest value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.HostIds is { } hostIdsValue) Bk::Serialization.BkJson.WriteList(writer, s_hostIdsName, hostIdsValue);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class HostsDataJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.HostsData>
    {
        public static readonly HostsDataJsonConverter Instance = new();

        public override global::Consumer.JobV3.HostsData Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "hosts_data");
            global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.HostItem> hostsValue = [];
            global::System.Collections.Generic.IReadOnlyList<string>? tagsValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("hosts"u8))
                    hostsValue = Bk::Serialization.BkJson.ReadListOrEmpty(ref reader, global::Consumer.JobV3.HostItemJsonConverter.Instance, options, "hosts_data.hosts", elementsNullable: false);
                else if (reader.ValueTextEquals("tags"u8))
                    tagsValue = Bk::Serialization.BkJson.ReadNullableList(ref reader, Bk::Serialization.BkScalarConverters.String, options, "hosts_data.tags", elementsNullable: false);
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.HostsData
            {
                Hosts = hostsValue,
                Tags = tagsValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.HostsData value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.Hosts is { } hostsValue) WriteHostsItems(writer, hostsValue, options);
            if (value.Tags is { } tagsValue) Bk::Serialization.BkJson.WriteList(writer, "tags"u8, tagsValue);
            writer.WriteEndObject();
        }

        private static void WriteHostsItems(Stj::Utf8JsonWriter writer, global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.HostItem> list, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartArray("hosts"u8);
            var items = Bk::Serialization.BkJson.ListSpan(list, out var rented);
            for (var i = 0; i < items.Length; i++)
            {
                var item = items[i];
                if (item is null)
                    writer.WriteNullValue();
                else
                    global::Consumer.JobV3.HostItemJsonConverter.Instance.Write(writer, item, options);
            }

            Bk::Serialization.BkJson.ReturnListSpan(rented);
            writer.WriteEndArray();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class HostItemJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.HostItem>
    {
        public static readonly HostItemJsonConverter Instance = new();

        public override global::Consumer.JobV3.HostItem Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "host_item");
            string? ipValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("ip"u8))
                    ipValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "host_item.ip");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.HostItem
            {
                Ip = ipValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.HostItem value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.Ip is { } ipValue) writer.WriteString("ip"u8, ipValue);
            writer.WriteEndObject();
        }
    }
