    // Their JSON metadata and converters.
    /// <summary>
    /// Serialization metadata for <c>delete_inst</c>, built without reflection so that it works trimmed and under NativeAOT.
    /// Use it with the <c>JsonTypeInfo</c> overloads of <see cref="global::System.Text.Json.JsonSerializer"/>, or as a type info resolver.
    /// </summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial class DeleteInstJsonContext : Stj::Serialization.JsonSerializerContext
    {
        private static readonly Stj::JsonSerializerOptions s_defaultOptions = new(Stj::JsonSerializerDefaults.General);
        private static DeleteInstJsonContext? s_default;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.Cc.DeleteInstRequest>? _deleteInstRequest;
        private Stj::Serialization.Metadata.JsonTypeInfo<Bk::BkApiResponse<string?>>? _deleteInstResponse;

        /// <summary>Creates a context with its own copy of the default options.</summary>
        public DeleteInstJsonContext() : base(new Stj::JsonSerializerOptions(s_defaultOptions)) { }

        /// <summary>Creates a context bound to <paramref name="options"/> (which must not be in use yet).</summary>
        public DeleteInstJsonContext(Stj::JsonSerializerOptions options) : base(options) { }

        /// <summary>The shared instance.</summary>
        public static DeleteInstJsonContext Default => s_default ??= new DeleteInstJsonContext();

        /// <summary>Metadata for <see cref="Consumer.Cc.DeleteInstRequest"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.Cc.DeleteInstRequest> DeleteInstRequest => _deleteInstRequest ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.Cc.DeleteInstRequestJsonConverter.Instance);
        /// <summary>Metadata for the envelope of <c>delete_inst</c> responses.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<Bk::BkApiResponse<string?>> DeleteInstResponse => _deleteInstResponse ??= Bk::Serialization.BkTypeInfo.Create(this, new Bk::Serialization.BkApiResponseConverter<string?>(Bk::Serialization.BkScalarConverters.String!));

        /// <inheritdoc />
        protected override Stj::JsonSerializerOptions? GeneratedSerializerOptions => s_defaultOptions;

        /// <inheritdoc />
        public override Stj::Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type)
        {
            if (type == typeof(global::Consumer.Cc.DeleteInstRequest)) return DeleteInstRequest;
            if (type == typeof(Bk::BkApiResponse<string?>)) return DeleteInstResponse;
            return null;
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class DeleteInstRequestJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.Cc.DeleteInstRequest>
    {
        public static readonly DeleteInstRequestJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_objIdName = Stj::JsonEncodedText.Encode("bk_obj_id"u8);

        public override global::Consumer.Cc.DeleteInstRequest Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "delete_inst_request");
            string? objIdValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("bk_obj_id"u8))
                    objIdValue = Bk::Serialization.BkJson.ReadNotNullString(ref reader, "delete_inst_request.bk_obj_id");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.Cc.DeleteInstRequest
            {
                ObjId = objIdValue ?? throw Bk::Serialization.BkJson.Missing("delete_inst_request.bk_obj_id"),
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.Cc.DeleteInstRequest value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.ObjId is { } objIdValue) writer.WriteString(s_objIdName, objIdValue);
            writer.WriteEndObject();
        }
    }
