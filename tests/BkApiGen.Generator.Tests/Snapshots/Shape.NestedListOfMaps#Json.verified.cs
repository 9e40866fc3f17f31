    // Their JSON metadata and converters.
    /// <summary>
    /// Serialization metadata for <c>get_rows</c>, built without reflection so that it works trimmed and under NativeAOT.
    /// Use it with the <c>JsonTypeInfo</c> overloads of <see cref="global::System.Text.Json.JsonSerializer"/>, or as a type info resolver.
    /// </summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial class GetRowsJsonContext : Stj::Serialization.JsonSerializerContext
    {
        private static readonly Stj::JsonSerializerOptions s_defaultOptions = new(Stj::JsonSerializerDefaults.General);
        private static GetRowsJsonContext? s_default;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.Cc.GetRowsRequest>? _getRowsRequest;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.Cc.RowsData>? _rowsData;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.Cc.Filter>? _filter;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.Cc.Row>? _row;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.Cc.Cell>? _cell;
        private Stj::Serialization.Metadata.JsonTypeInfo<Bk::BkApiResponse<global::Consumer.Cc.RowsData>>? _getRowsResponse;

        /// <summary>Creates a context with its own copy of the default options.</summary>
        public GetRowsJsonContext() : base(new Stj::JsonSerializerOptions(s_defaultOptions)) { }

        /// <summary>Creates a context bound to <paramref name="options"/> (which must not be in use yet).</summary>
        public GetRowsJsonContext(Stj::JsonSerializerOptions options) : base(options) { }

        /// <summary>The shared instance.</summary>
        public static GetRowsJsonContext Default => s_default ??= new GetRowsJsonContext();

        /// <summary>Metadata for <see cref="Consumer.Cc.GetRowsRequest"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.Cc.GetRowsRequest> GetRowsRequest => _getRowsRequest ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.Cc.GetRowsRequestJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.Cc.RowsData"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.Cc.RowsData> RowsData => _rowsData ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.Cc.RowsDataJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.Cc.Filter"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.Cc.Filter> Filter => _filter ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.Cc.FilterJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.Cc.Row"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.Cc.Row> Row => _row ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.Cc.RowJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.Cc.Cell"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.Cc.Cell> Cell => _cell ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.Cc.CellJsonConverter.Instance);
        /// <summary>Metadata for the envelope of <c>get_rows</c> responses.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<Bk::BkApiResponse<global::Consumer.Cc.RowsData>> GetRowsResponse => _getRowsResponse ??= Bk::Serialization.BkTypeInfo.Create(this, new Bk::Serialization.BkApiResponseConverter<global::Consumer.Cc.RowsData>(global::Consumer.Cc.RowsDataJsonConverter.Instance));

        /// <inheritdoc />
        protected override Stj::JsonSerializerOptions? GeneratedSerializerOptions => s_defaultOptions;

        /// <inheritdoc />
        public override Stj::Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type)
        {
            if (type == typeof(global::Consumer.Cc.GetRowsRequest)) return GetRowsRequest;
            if (type == typeof(global::Consumer.Cc.RowsData)) return RowsData;
            if (type == typeof(global::Consumer.Cc.Filter)) return Filter;
            if (type == typeof(global::Consumer.Cc.Row)) return Row;
            if (type == typeof(global::Consumer.Cc.Cell)) return Cell;
            if (type == typeof(Bk::BkApiResponse<global::Consumer.Cc.RowsData>)) return GetRowsResponse;
            return null;
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class GetRowsRequestJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.Cc.GetRowsRequest>
    {
        public static readonly GetRowsRequestJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_filtersName = Stj::JsonEncodedText.Encode("filters"u8);

        public override global::Consumer.Cc.GetRowsRequest Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "get_rows_request");
            global::System.Collections.Generic.IReadOnlyList<global::Consumer.Cc.Filter>? filtersValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("filters"u8))
                    filtersValue = Bk::Serialization.BkJson.ReadNullableList(ref reader, global::Consumer.Cc.FilterJsonConverter.Instance, options, "get_rows_request.filters", elementsNullable: false);
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.Cc.GetRowsRequest
            {
                Filters = filtersValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.Cc.GetRowsRequest value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.Filters is { } filtersValue) WriteFiltersItems(writer, filtersValue, options);
            writer.WriteEndObject();
        }

        private static void WriteFiltersItems(Stj::Utf8JsonWriter writer, global::System.Collections.Generic.IReadOnlyList<global::Consumer.Cc.Filter> list, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartArray(s_filtersName);
            var items = Bk::Serialization.BkJson.ListSpan(list, out var rented);
            for (var i = 0; i < items.Length; i++)
            {
                var item = items[i];
                if (item is null)
                    writer.WriteNullValue();
                else
                    global::Consumer.Cc.FilterJsonConverter.Instance.Write(writer, item, options);
            }

            Bk::Serialization.BkJson.ReturnListSpan(rented);
            writer.WriteEndArray();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class RowsDataJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.Cc.RowsData>
    {
        public static readonly RowsDataJsonConverter Instance = new();

        public override global::Consumer.Cc.RowsData Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "rows_data");
            global::System.Collections.Generic.IReadOnlyList<global::Consumer.Cc.Row> rowsValue = [];
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("rows"u8))
                    rowsValue = Bk::Serialization.BkJson.ReadListOrEmpty(ref reader, global::Consumer.Cc.RowJsonConverter.Instance, options, "rows_data.rows", elementsNullable: false);
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.Cc.RowsData
            {
                Rows = rowsValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.Cc.RowsData value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.Rows is { } rowsValue) WriteRowsItems(writer, rowsValue, options);
            writer.WriteEndObject();
        }

        private static void WriteRowsItems(Stj::Utf8JsonWriter writer, global::System.Collections.Generic.IReadOnlyList<global::Consumer.Cc.Row> list, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartArray("rows"u8);
            var items = Bk::Serialization.BkJson.ListSpan(list, out var rented);
            for (var i = 0; i < items.Length; i++)
            {
                var item = items[i];
                if (item is null)
                    writer.WriteNullValue();
                else
                    global::Consumer.Cc.RowJsonConverter.Instance.Write(writer, item, options);
            }

            Bk::Serialization.BkJson.ReturnListSpan(rented);
            writer.WriteEndArray();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class FilterJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.Cc.Filter>
    {
        public static readonly FilterJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_matchName = Stj::JsonEncodedText.Encode("match"u8);

        public override global::Consumer.Cc.Filter Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "filter");
            global::System.Collections.Generic.IReadOnlyDictionary<string, string>? matchValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("match"u8))
                    matchValue = Bk::Serialization.BkJson.ReadNotNullMap(ref reader, Bk::Serialization.BkScalarConverters.String, options, "filter.match", valuesNullable: false);
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.Cc.Filter
            {
                Match = matchValue ?? throw Bk::Serialization.BkJson.Missing("filter.match"),
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.Cc.Filter value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.Match is { } matchValue) Bk::Serialization.BkJson.WriteMap(writer, s_matchName, matchValue, Bk::Serialization.BkScalarConverters.String, options);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class RowJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.Cc.Row>
    {
        public static readonly RowJsonConverter Instance = new();

        public override global::Consumer.Cc.Row Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "row");
            global::System.Collections.Generic.IReadOnlyDictionary<string, global::Consumer.Cc.Cell>? cellsValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("cells"u8))
                    cellsValue = Bk::Serialization.BkJson.ReadNullableMap(ref reader, global::Consumer.Cc.CellJsonConverter.Instance, options, "row.cells", valuesNullable: false);
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.Cc.Row
            {
                Cells = cellsValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.Cc.Row value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.Cells is { } cellsValue) Bk::Serialization.BkJson.WriteMap(writer, "cells"u8, cellsValue, global::Consumer.Cc.CellJsonConverter.Instance, options);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class CellJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.Cc.Cell>
    {
        public static readonly CellJsonConverter Instance = new();

        public override global::Consumer.Cc.Cell Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "cell");
            global::System.Collections.Generic.IReadOnlyList<long>? valuesValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("values"u8))
                    valuesValue = Bk::Serialization.BkJson.ReadNullableList(ref reader, Bk::Serialization.BkScalarConverters.Int64, options, "cell.values", elementsNullable: false);
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.Cc.Cell
            {
                Values = valuesValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.Cc.Cell value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.Values is { } valuesValue) Bk::Serialization.BkJson.WriteList(writer, "values"u8, valuesValue);
            writer.WriteEndObject();
        }
    }
