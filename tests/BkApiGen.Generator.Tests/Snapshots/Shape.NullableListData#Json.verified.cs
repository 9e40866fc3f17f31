    // Their JSON metadata and converters.
    /// <summary>
    /// Serialization metadata for <c>find_module_batch</c>, built without reflection so that it works trimmed and under NativeAOT.
    /// Use it with the <c>JsonTypeInfo</c> overloads of <see cref="global::System.Text.Json.JsonSerializer"/>, or as a type info resolver.
    /// </summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial class FindModuleBatchJsonContext : Stj::Serialization.JsonSerializerContext
    {
        private static readonly Stj::JsonSerializerOptions s_defaultOptions = new(Stj::JsonSerializerDefaults.General);
        private static FindModuleBatchJsonContext? s_default;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.Cc.FindModuleBatchRequest>? _findModuleBatchRequest;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.Cc.Module>? _module;
        private Stj::Serialization.Metadata.JsonTypeInfo<Bk::BkApiResponse<global::System.Collections.Generic.IReadOnlyList<global::Consumer.Cc.Module>?>>? _findModuleBatchResponse;

        /// <summary>Creates a context with its own copy of the default options.</summary>
        public FindModuleBatchJsonContext() : base(new Stj::JsonSerializerOptions(s_defaultOptions)) { }

        /// <summary>Creates a context bound to <paramref name="options"/> (which must not be in use yet).</summary>
        public FindModuleBatchJsonContext(Stj::JsonSerializerOptions options) : base(options) { }

        /// <summary>The shared instance.</summary>
        public static FindModuleBatchJsonContext Default => s_default ??= new FindModuleBatchJsonContext();

        /// <summary>Metadata for <see cref="Consumer.Cc.FindModuleBatchRequest"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.Cc.FindModuleBatchRequest> FindModuleBatchRequest => _findModuleBatchRequest ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.Cc.FindModuleBatchRequestJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.Cc.Module"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.Cc.Module> Module => _module ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.Cc.ModuleJsonConverter.Instance);
        /// <summary>Metadata for the envelope of <c>find_module_batch</c> responses.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<Bk::BkApiResponse<global::System.Collections.Generic.IReadOnlyList<global::Consumer.Cc.Module>?>> FindModuleBatchResponse => _findModuleBatchResponse ??= Bk::Serialization.BkTypeInfo.Create(this, new Bk::Serialization.BkApiResponseConverter<global::System.Collections.Generic.IReadOnlyList<global::Consumer.Cc.Module>?>(Bk::Serialization.BkCollectionConverters.List(global::Consumer.Cc.ModuleJsonConverter.Instance, elementsNullable: false)!));

        /// <inheritdoc />
        protected override Stj::JsonSerializerOptions? GeneratedSerializerOptions => s_defaultOptions;

        /// <inheritdoc />
        public override Stj::Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type)
        {
            if (type == typeof(global::Consumer.Cc.FindModuleBatchRequest)) return FindModuleBatchRequest;
            if (type == typeof(global::Consumer.Cc.Module)) return Module;
            if (type == typeof(Bk::BkApiResponse<global::System.Collections.Generic.IReadOnlyList<global::Consumer.Cc.Module>?>)) return FindModuleBatchResponse;
            return null;
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class FindModuleBatchRequestJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.Cc.FindModuleBatchRequest>
    {
        public static readonly FindModuleBatchRequestJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_bizIdName = Stj::JsonEncodedText.Encode("bk_biz_id"u8);

        public override global::Consumer.Cc.FindModuleBatchRequest Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "find_module_batch_request");
            long? bizIdValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("bk_biz_id"u8))
                    bizIdValue = Bk::Serialization.BkJson.ReadNotNullInt64(ref reader, "find_module_batch_request.bk_biz_id");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.Cc.FindModuleBatchRequest
            {
                BizId = bizIdValue ?? throw Bk::Serialization.BkJson.Missing("find_module_batch_request.bk_biz_id"),
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.Cc.FindModuleBatchRequest value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber(s_bizIdName, value.BizId);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class ModuleJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.Cc.Module>
    {
        public static readonly ModuleJsonConverter Instance = new();

        public override global::Consumer.Cc.Module Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "module");
            long? moduleIdValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("bk_module_id"u8))
                    moduleIdValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "module.bk_module_id");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.Cc.Module
            {
                ModuleId = moduleIdValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.Cc.Module value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.ModuleId is { } moduleIdValue) writer.WriteNumber("bk_module_id"u8, moduleIdValue);
            writer.WriteEndObject();
        }
    }
