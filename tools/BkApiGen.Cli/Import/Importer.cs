using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import;

/// <summary>
/// Turns an <see cref="ApiDoc"/> into a <c>*.bkapi.json</c> spec the generator accepts. What the doc says is taken as
/// said; what it leaves open is guessed and listed as a <see cref="DocWarning"/> at its line; what cannot be read
/// correctly is a <see cref="DocException"/>.
/// </summary>
internal sealed partial class Importer
{
    /// <summary>The ESB common arguments and gateway auth: the runtime sends them, the spec does not describe them.</summary>
    private static readonly HashSet<string> CommonArguments = new(StringComparer.Ordinal)
    {
        "bk_app_code", "bk_app_secret", "bk_token", "bk_username", "access_token", "bk_ticket", "bk_supplier_account",
    };

    /// <summary>Field names too generic to name an enum by themselves: <c>status</c> becomes <c>file_log_status</c>.</summary>
    private static readonly HashSet<string> GenericNames = new(StringComparer.Ordinal)
    {
        "status", "type", "mode", "state", "kind", "code", "level", "result", "category", "flag", "value", "required",
    };

    private static readonly HashSet<string> GeneratedMemberNames = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals", "Value", "EqualityContract", "Deconstruct", "PrintMembers", "IsValid", "Validate",
    };

    private static readonly string[] IdempotentPrefixes = { "get_", "batch_get_", "list_", "search_", "query_", "check_", "fetch_", "count_", "describe_" };

    private readonly ApiDoc _doc;
    private readonly ImportOptions _options;
    private readonly List<DocWarning> _warnings = new();
    private readonly Dictionary<string, DefModel> _defs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EnumModel> _enums = new(StringComparer.Ordinal);
    private readonly Dictionary<(Scope Scope, string Key), string> _tableDefs = new();
    private readonly Dictionary<string, TableSource> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stated = new(StringComparer.Ordinal);
    private readonly Dictionary<(Scope Scope, string Key, string Field), DocRow> _english = new();
    private readonly List<(JsonNode Data, DocExample Example)> _responseExamples = new();
    private readonly List<(JsonObject Body, DocExample Example)> _requestExamples = new();
    private string _op = "";
    private string _system = "";
    private string _method = "POST";
    private string? _gatewayPath;
    private string? _esbPath;
    private bool _idempotent;
    private bool _v4;
    private string _description = "";
    private string _requestName = "";
    private string _responseName = "";
    private (string ItemsKey, DocExample Example)? _page;
    private readonly List<(DefModel Def, JsonObject Instance, DocExample Example)> _observed = new();

    private enum Scope
    {
        Request,
        Response,
        Common,
    }

    private sealed record MergedRow(string Name, string Type, bool? Required, string Description, string? OtherDescription, int Line);

    private sealed class TableSource
    {
        public required List<MergedRow> Rows { get; init; }

        public required Scope Scope { get; init; }

        public required string Key { get; init; }

        public bool RequirednessStated { get; init; }

        /// <summary>The table's column is "Never null" / 是否一定存在: a guarantee of the server (x-never-null), not a request rule.</summary>
        public bool NeverNullColumn { get; init; }

        public string? File { get; init; }

        /// <summary>The table describes the values of a map (<c>#### constants VALUE</c>).</summary>
        public bool IsMapValue { get; init; }

        public bool Built { get; set; }
    }

    private Importer(ApiDoc doc, ImportOptions options)
    {
        _doc = doc;
        _options = options;
    }

    public static ImportResult Import(ApiDoc doc, ImportOptions options)
        => Paging.PagingInference.Apply(Paging.StatedLimits.Apply(Examples.ContradictedTypes.Apply(new Importer(doc, options).Run())));

    private ImportResult Run()
    {
        if (_doc.Flavour == DocFlavour.Common)
        {
            throw new DocException(_doc.FileName, 0, "this doc holds shared definitions only (通用字段和约定 / Common Fields): pass it with --common when importing an API doc.");
        }

        _warnings.AddRange(_doc.Warnings.Select(w => new DocWarning(w.Line, w.Message)));
        ReadHeader();
        IndexEnglish();
        ParseExamples();
        CollectTables();
        foreach (var name in _sources.Keys.ToList())
        {
            Build(name);
        }

        ObserveExamples();
        for (var pass = 0; pass < 5 && DiscoverRenames(); pass++)
        {
            // A renamed field (file_source in the example, file_source_list in the table) hides the types below it.
            foreach (var def in _defs.Values)
            {
                def.Instances.Clear();
            }

            foreach (var (def, instance, example) in _observed)
            {
                Observe(def, instance, example);
            }
        }

        InferPendingItems();
        InferUntypedFields();
        InferMaps();
        DetectUnions();
        Reconcile();
        var reachable = Reach(_requestName, _responseName);
        ReportUnused(reachable);
        ApplyConventions(reachable);
        var spec = Emit(reachable);
        var unknown = _defs.Values.Where(d => !d.RequirednessStated).Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        return new ImportResult
        {
            Spec = spec,
            Warnings = _warnings.OrderBy(w => w.Line).ToList(),
            RequirednessUnknown = unknown,
            Lines = _lines,
            StatedHeader = _stated,
        };
    }

    private void Warn(int line, string message) => _warnings.Add(new DocWarning(line, message));

    // ---------------------------------------------------------------- header

    [GeneratedRegex(@"^/api/c/compapi/(?:v\d+/)?([A-Za-z0-9_]+)/", RegexOptions.CultureInvariant)]
    private static partial Regex EsbPathRegex();

    [GeneratedRegex(@"^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex OperationRegex();

    private void ReadHeader()
    {
        var fileOp = _doc.FileName;
        foreach (var suffix in new[] { ".j2", ".md", ".markdown" })
        {
            if (fileOp.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                fileOp = fileOp[..^suffix.Length];
            }
        }

        if (fileOp != fileOp.Trim())
        {
            // "update_script_basic .md": a space before the extension is a slip, not part of the name.
            Warn(0, $"the file name '{_doc.FileName}' has spaces around its name: the operation is '{fileOp.Trim()}'.");
            fileOp = fileOp.Trim();
        }

        _v4 = _doc.IsV4;
        if (_v4 && fileOp.StartsWith("v4_", StringComparison.Ordinal) && _options.Operation is null && _doc.Path is null)
        {
            // bk-job names its v4 docs v4_<operation>.md; the operation (and the path) has no prefix.
            fileOp = fileOp["v4_".Length..];
        }

        var pathOp = _doc.Path?.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        _op = _options.Operation ?? pathOp ?? fileOp;
        if (!OperationRegex().IsMatch(_op))
        {
            throw new DocException(_doc.FileName, _doc.PathLine, $"'{_op}' is not an operation name (lower_snake_case): pass --operation.");
        }

        if (_options.Operation is null && pathOp is not null && OperationRegex().IsMatch(fileOp) && fileOp != pathOp)
        {
            Warn(_doc.PathLine, $"the path names the operation '{pathOp}', the file name '{fileOp}': used '{pathOp}'.");
        }

        string? pathSystem = null;
        if (_doc.Path is not null && EsbPathRegex().Match(_doc.Path) is { Success: true } esb)
        {
            pathSystem = esb.Groups[1].Value;
        }

        _system = _options.System ?? pathSystem
            ?? throw new DocException(_doc.FileName, 0, "the doc does not say which BlueKing system the API belongs to: pass --system (for example --system jobv3).");
        if (_options.System is not null && pathSystem is not null && pathSystem != _options.System)
        {
            Warn(_doc.PathLine, $"the path says system '{pathSystem}', --system says '{_options.System}': used '{_options.System}'.");
        }

        var statedMethod = _doc.Method ?? _doc.ExampleMethod ?? (_doc.HasQueryParameters ? "GET" : null);
        var methodLine = _doc.Method is not null ? _doc.MethodLine : _doc.ExampleMethod is not null ? _doc.ExampleMethodLine : _doc.QueryLine;
        if (statedMethod is not null)
        {
            _stated.Add("method");
        }

        _method = _options.Method?.ToUpperInvariant() ?? statedMethod ?? "POST";
        if (statedMethod is null && _options.Method is null)
        {
            Warn(0, "the doc does not state the HTTP method: assumed POST (ESB components are called with POST); pass --method to override.");
        }

        if (_method is not ("POST" or "GET"))
        {
            Warn(methodLine, $"the method is {_method}: BlueKing operations are GET or POST, so the generator rejects this spec (BKGEN0011).");
        }

        if (_doc.Path is not null)
        {
            if (_doc.Path.StartsWith("/api/c/compapi", StringComparison.Ordinal))
            {
                _esbPath = _doc.Path;
                _stated.Add("esbPath");
            }
            else
            {
                _gatewayPath = _doc.Path;
                _stated.Add("gatewayPath");
            }
        }

        if (_esbPath is null && _doc.Flavour == DocFlavour.EsbTemplate)
        {
            _esbPath = $"/api/c/compapi/v2/{_system}/{_op}/";
        }

        if (_gatewayPath is null && _doc.Flavour == DocFlavour.Gateway)
        {
            _gatewayPath = _v4 ? $"/api/v4/{_op}" : $"/api/v3/{_op}";
        }

        _esbPath = _options.EsbPath ?? _esbPath;
        if (_options.GatewayPath is not null)
        {
            _gatewayPath = _options.GatewayPath;
        }
        else if (_gatewayPath is null && _v4)
        {
            _gatewayPath = $"/api/v4/{_op}";
            Warn(_doc.V4Line, $"the doc gives no API gateway path: assumed {_gatewayPath} (bk-job's v4 gateway); pass --gateway-path to set it.");
        }
        else if (_gatewayPath is null && _system == "jobv3")
        {
            _gatewayPath = $"/api/v3/{_op}";
            Warn(_doc.PathLine, $"the doc gives no API gateway path: assumed {_gatewayPath} (bk-job's v3 gateway); pass --gateway-path to set it.");
        }

        if (_gatewayPath is null && _esbPath is null)
        {
            throw new DocException(_doc.FileName, 0, "the doc gives no request path: pass --gateway-path or --esb-path.");
        }

        var prefix = IdempotentPrefixes.FirstOrDefault(p => _op.StartsWith(p, StringComparison.Ordinal));
        if (prefix is not null)
        {
            _idempotent = true;
            Warn(0, $"marked idempotent (safe to retry) because the operation name starts with '{prefix}': the doc does not say.");
        }

        _description = _doc.Description ?? "";
        if (_options.English?.Description is { Length: > 0 } english && english != _description)
        {
            _description = _description.Length == 0 ? english : $"{_description} / {english}";
        }

        // Not "<op>_response": the generator names the envelope's type info <Op>Response, and a type of that name
        // would clash with it (CS0102 in the generated JSON context).
        _requestName = _op + "_request";
        _responseName = _op + "_data";
    }

    private void IndexEnglish()
    {
        if (_options.English is not { } english)
        {
            return;
        }

        foreach (var table in english.Tables)
        {
            var (scope, key) = table.Role switch
            {
                TableRole.RequestRoot => (Scope.Request, "<root>"),
                TableRole.ResponseRoot => (Scope.Response, "<root>"),
                TableRole.Named => (table.IsRequest ? Scope.Request : table.Section == SectionKind.Common ? Scope.Common : Scope.Response, table.Key),
                _ => (Scope.Common, ""),
            };
            if (key.Length == 0)
            {
                continue;
            }

            foreach (var row in table.Rows)
            {
                _english.TryAdd((scope, key, row.Name), row);
            }
        }
    }

    private DocRow? English(TableSource source, string field)
    {
        if (_options.English is null)
        {
            return null;
        }

        var key = source.Key;
        return _english.TryGetValue((source.Scope, key, field), out var row) ? row
            : _english.TryGetValue((source.Scope == Scope.Request ? Scope.Response : Scope.Request, key, field), out row) ? row
            : null;
    }

    // ---------------------------------------------------------------- tables

    private void CollectTables()
    {
        var requestRoots = _doc.Tables.Where(t => t.Role == TableRole.RequestRoot).ToList();
        var responseRoots = _doc.Tables.Where(t => t.Role == TableRole.ResponseRoot).ToList();
        if (responseRoots.Count > 1)
        {
            throw new DocException(_doc.FileName, responseRoots[1].Line, $"a second data table (the first is at line {responseRoots[0].Line}): the response can only have one.");
        }

        // Request body (and query) rows.
        var requestRows = new List<MergedRow>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var table in requestRoots)
        {
            foreach (var row in table.Rows)
            {
                if (seen.TryGetValue(row.Name, out var first))
                {
                    throw new DocException(_doc.FileName, row.Line, $"'{row.Name}' is a request parameter twice (lines {first} and {row.Line}).");
                }

                seen[row.Name] = row.Line;
                requestRows.Add(new MergedRow(row.Name, row.Type, row.Required, row.Description, null, row.Line));
            }
        }

        if (requestRoots.Count == 0)
        {
            Warn(0, "the doc has no request parameter table (接口参数 / Body参数 / Interface parameters): the request has no fields.");
        }

        AddDef(new DefModel { Name = _requestName, Line = requestRoots.FirstOrDefault()?.Line ?? 0, IsRequestSide = true, IsRoot = true, Description = _doc.Description ?? "" },
            new TableSource { Rows = requestRows, Scope = Scope.Request, Key = "<root>", RequirednessStated = requestRoots.Any(t => t.RequiredColumn != RequiredColumn.None) });

        // Response data rows.
        var dataTable = responseRoots.FirstOrDefault();
        var responseDef = new DefModel { Name = _responseName, Line = dataTable?.Line ?? 0, IsRoot = true, Description = _doc.Description ?? "" };
        if (dataTable is not null)
        {
            var rows = dataTable.Rows.Select(r => new MergedRow(r.Name, r.Type, r.Required, r.Description, null, r.Line)).ToList();
            if (rows.Count == 1 && rows[0].Name == "data" && ParseType(rows[0].Type).Kind is { } scalar && scalar is not (Kind.Array or Kind.FreeObject or Kind.Map))
            {
                responseDef.Scalar = TypeModel.Scalar(scalar);
                Warn(rows[0].Line, $"data is a single {rows[0].Type}, not an object: the spec says so, but the generator only accepts object responses (BKGEN0002) until it supports scalar data.");
                rows.Clear();
            }

            if (DetectPage(dataTable) is { } page)
            {
                _page = page;
                var itemName = _op + "_item";
                AddDef(new DefModel { Name = itemName, Line = dataTable.Line, Description = _doc.Description ?? "" },
                    new TableSource { Rows = rows, Scope = Scope.Response, Key = "<root>", RequirednessStated = dataTable.RequiredColumn != RequiredColumn.None, NeverNullColumn = dataTable.RequiredColumn == RequiredColumn.NonNull });
                AddDef(responseDef, new TableSource { Rows = new List<MergedRow>(), Scope = Scope.Response, Key = "<page>" });
            }
            else
            {
                AddDef(responseDef, new TableSource { Rows = rows, Scope = Scope.Response, Key = "<root>", RequirednessStated = dataTable.RequiredColumn != RequiredColumn.None, NeverNullColumn = dataTable.RequiredColumn == RequiredColumn.NonNull });
            }
        }
        else
        {
            responseDef.FreeForm = true;
            AddDef(responseDef, new TableSource { Rows = new List<MergedRow>(), Scope = Scope.Response, Key = "<root>" });
        }

        // Named tables: a name used on both sides is one type when the two tables agree.
        var named = QualifyClashingPaths(_doc.Tables.Where(t => t.Role == TableRole.Named).ToList());
        var byKey = named.GroupBy(t => t.Key).ToList();
        foreach (var group in byKey)
        {
            var request = Single(group.Where(t => t.IsRequest).ToList());
            var response = Single(group.Where(t => !t.IsRequest).ToList());
            var key = group.Key;
            var name = DefName(key.Replace(RootKey + ".", "", StringComparison.Ordinal).Replace('.', '_'));
            if (request is not null && response is not null)
            {
                if (TryMerge(request, response, out var merged, out var notes))
                {
                    AddDef(new DefModel { Name = name, Line = request.HeadingLine, IsRequestSide = true },
                        new TableSource { Rows = merged, Scope = Scope.Request, Key = key, RequirednessStated = request.RequiredColumn != RequiredColumn.None || response.RequiredColumn != RequiredColumn.None });
                    _tableDefs[(Scope.Response, key)] = name;
                    if (notes.Count > 0)
                    {
                        Warn(response.HeadingLine, $"the request and the response both define '{key}' (lines {request.HeadingLine} and {response.HeadingLine}), differently: merged into one type ({string.Join("; ", notes)}).");
                    }
                }
                else
                {
                    AddDef(new DefModel { Name = name, Line = request.HeadingLine, IsRequestSide = true }, FromTable(request, Scope.Request));
                    var responseName = DefName(key + "_response");
                    AddDef(new DefModel { Name = responseName, Line = response.HeadingLine }, FromTable(response, Scope.Response), key);
                    Warn(response.HeadingLine, $"the request and the response both define '{key}' (lines {request.HeadingLine} and {response.HeadingLine}) with different field types: the response one is '{responseName}'.");
                }
            }
            else if (request is not null)
            {
                AddDef(new DefModel { Name = name, Line = request.HeadingLine, IsRequestSide = true }, FromTable(request, Scope.Request));
            }
            else
            {
                AddDef(new DefModel { Name = name, Line = response!.HeadingLine }, FromTable(response, Scope.Response));
            }
        }
    }

    private DocTable? Single(List<DocTable> tables)
    {
        if (tables.Count <= 1)
        {
            return tables.FirstOrDefault();
        }

        var first = tables[0];
        if (tables.All(t => t.Rows.All(r => r.Type == DocReader.TypeNotGiven)))
        {
            // "data.current_flow（flow_type为common）" and "（flow_type为common_func）": variants of one untyped table add up.
            var rows = tables.SelectMany(t => t.Rows).GroupBy(r => r.Name, StringComparer.Ordinal).Select(g => g.First()).ToList();
            Warn(tables[1].HeadingLine, $"'{first.Heading}' and '{tables[1].Heading}' (lines {first.HeadingLine} and {tables[1].HeadingLine}) describe one field by condition: read as one table.");
            return first with { Rows = rows };
        }

        foreach (var other in tables.Skip(1))
        {
            if (!first.Rows.Select(r => (r.Name, r.Type)).SequenceEqual(other.Rows.Select(r => (r.Name, r.Type))))
            {
                throw new DocException(_doc.FileName, other.HeadingLine, $"'{other.Heading}' is defined twice, differently (lines {first.HeadingLine} and {other.HeadingLine}).");
            }
        }

        return first;
    }

    private static TableSource FromTable(DocTable table, Scope scope, string? file = null) => new()
    {
        Rows = table.Rows.Select(r => new MergedRow(r.Name, r.Type, r.Required, r.Description, null, r.Line)).ToList(),
        Scope = scope,
        Key = table.Key,
        RequirednessStated = table.RequiredColumn != RequiredColumn.None,
        NeverNullColumn = table.RequiredColumn == RequiredColumn.NonNull,
        File = file,
        IsMapValue = table.IsMapValue,
    };

    private string DefName(string key)
    {
        var name = key;
        if (name == _requestName || name == _responseName || name == _op + "_item")
        {
            name += "_type";
        }

        return name;
    }

    private void AddDef(DefModel def, TableSource source, string? key = null)
    {
        _defs[def.Name] = def;
        _sources[def.Name] = source;
        _lines[def.Name] = def.Line;
        if (source.Key is not "<root>" and not "<page>")
        {
            _tableDefs[(source.Scope, key ?? source.Key)] = def.Name;
        }
    }

    private static (string Kind, int Width) TypeKey(string type)
    {
        var parsed = ParseType(type);
        return parsed.Kind switch
        {
            Kind.Int32 => ("integer", 32),
            Kind.Int64 => ("integer", 64),
            null => (type.Trim(), 0),
            { } kind => (kind.ToString(), 0),
        };
    }

    private static bool TryMerge(DocTable request, DocTable response, out List<MergedRow> rows, out List<string> notes)
    {
        rows = new List<MergedRow>();
        notes = new List<string>();
        var responseRows = response.Rows.ToDictionary(r => r.Name, StringComparer.Ordinal);
        var requestRows = request.Rows.ToDictionary(r => r.Name, StringComparer.Ordinal);
        bool? Required(DocTable table, string field)
        {
            if (table.RequiredColumn == RequiredColumn.None)
            {
                return null;
            }

            return table.Rows.FirstOrDefault(r => r.Name == field)?.Required == true;
        }

        bool? Combine(string field)
        {
            var stated = new[] { Required(request, field), Required(response, field) }.Where(r => r is not null).ToList();
            return stated.Count == 0 ? null : stated.All(r => r == true);
        }

        foreach (var row in request.Rows)
        {
            if (responseRows.TryGetValue(row.Name, out var other))
            {
                var (a, b) = (TypeKey(row.Type), TypeKey(other.Type));
                if (a.Kind != b.Kind)
                {
                    return false;
                }

                var type = row.Type;
                if (a.Width != b.Width)
                {
                    type = a.Width > b.Width ? row.Type : other.Type;
                    notes.Add($"{row.Name} is {row.Type.Trim()} at line {row.Line} and {other.Type.Trim()} at line {other.Line}: used {type.Trim()}");
                }

                var description = row.Description.Length > 0 ? row.Description : other.Description;
                rows.Add(new MergedRow(row.Name, type, Combine(row.Name), description, other.Description, row.Line));
            }
            else
            {
                rows.Add(new MergedRow(row.Name, row.Type, Combine(row.Name), row.Description, null, row.Line));
            }
        }

        foreach (var row in response.Rows.Where(r => !requestRows.ContainsKey(r.Name)))
        {
            notes.Add($"{row.Name} is only in the response table (line {row.Line})");
            rows.Add(new MergedRow(row.Name, row.Type, Combine(row.Name), row.Description, null, row.Line));
        }

        return true;
    }

    // ---------------------------------------------------------------- fields

    private static (Kind? Kind, string? Element) ParseType(string text) => TypeWords.Parse(text, out _);

    private void Build(string defName)
    {
        var source = _sources[defName];
        if (source.Built)
        {
            return;
        }

        source.Built = true;
        var def = _defs[defName];
        def.RequirednessStated = source.RequirednessStated;
        foreach (var row in source.Rows)
        {
            var prop = BuildProp(def, source, row);
            def.Props.Add(prop);
            _lines[$"{def.Name}.{prop.Name}"] = prop.Line;
        }
    }

    private PropModel BuildProp(DefModel def, TableSource source, MergedRow row)
    {
        var line = source.File is null ? row.Line : 0;
        var english = English(source, row.Name);
        var reference = DescriptionParser.Reference(row.Description) ?? (row.OtherDescription is { } other ? DescriptionParser.Reference(other) : null);
        var (kind, element) = TypeWords.Parse(row.Type, out var typeGuess);
        if (typeGuess is not null)
        {
            Warn(line, $"'{row.Name}': {typeGuess}.");
        }

        var description = row.Description;
        if (english is not null && english.Description.Length > 0 && english.Description != description)
        {
            description = description.Length == 0 ? english.Description : $"{description} / {english.Description}";
        }

        var prop = new PropModel { Name = row.Name, Type = TypeModel.Scalar(Kind.Any), Line = line, Description = description };
        var intEnum = DescriptionParser.IntegerEnum(row.Description);
        var stringEnum = DescriptionParser.StringEnum(row.Description);
        if (intEnum is null && stringEnum is null && source.File is null)
        {
            (intEnum, stringEnum) = TableEnum(row, kind, line);
        }
        switch (kind)
        {
            case Kind.Int32 or Kind.Int64:
                prop.Type = intEnum is not null ? EnumRef(def, source, row, intEnum, isString: false, english) : TypeModel.Scalar(kind.Value);
                break;
            case Kind.String:
                prop.Type = stringEnum is not null ? EnumRef(def, source, row, stringEnum, isString: true, english) : TypeModel.Scalar(Kind.String);
                break;
            case Kind.Any:
                prop.Type = TypeModel.Scalar(Kind.Any);
                break;
            case Kind.Boolean or Kind.Number:
                prop.Type = TypeModel.Scalar(kind.Value);
                break;
            case Kind.FreeObject:
                prop.Type = ObjectType(source, row, reference);
                break;
            case Kind.Array:
                prop.Type = new TypeModel(Kind.Array, items: ArrayItems(source, row, reference, element));
                break;
            case Kind.Map:
                prop.Type = new TypeModel(Kind.Map, items: MapValues(source, element, reference, row.Line));
                break;
            default:
                if (intEnum is not null)
                {
                    Warn(line, $"'{row.Name}' has type '{row.Type}', which is not a type; its description lists integer values ({string.Join(", ", intEnum.Select(i => i.Value))}), so it is an integer enum.");
                    prop.Type = EnumRef(def, source, row, intEnum, isString: false, english);
                }
                else if (stringEnum is not null)
                {
                    Warn(line, $"'{row.Name}' has type '{row.Type}', which is not a type; its description lists string values, so it is a string enum.");
                    prop.Type = EnumRef(def, source, row, stringEnum, isString: true, english);
                }
                else if (row.Type.Trim().Equals("enum", StringComparison.OrdinalIgnoreCase))
                {
                    // CMDB's "qos_class | enum | 服务质量": named values, which the description does not list in a readable form.
                    Warn(line, $"'{row.Name}' has type 'enum' and its description lists no values the importer reads: a string.");
                    prop.Type = TypeModel.Scalar(Kind.String);
                }
                else
                {
                    // '-', '不同的field和operator对应不同的value格式', '超时时间': the examples may still show what it is.
                    prop.Type = TypeModel.Scalar(Kind.Pending);
                    prop.UnreadType = (source.File ?? _doc.FileName, row.Line, row.Type);
                }

                break;
        }

        if (reference is { } r && kind is Kind.Int32 or Kind.Int64 or Kind.String or Kind.Boolean or Kind.Number)
        {
            Warn(line, $"'{row.Name}' is a {row.Type.Trim()} but its description says '{r.Text}': the reference is ignored.");
        }

        if (source.RequirednessStated && row.Required == true)
        {
            if (DescriptionParser.IsDeprecated(row.Description) && def.IsRequestSide)
            {
                Warn(line, $"'{row.Name}' is marked required and deprecated: made optional (a deprecated field cannot be required).");
            }
            else if (source.NeverNullColumn)
            {
                prop.NeverNull = true;
            }
            else
            {
                prop.Required = true;
            }
        }

        return prop;
    }

    private TypeModel ObjectType(TableSource source, MergedRow row, (string Name, string Text)? reference)
    {
        var line = source.File is null ? row.Line : 0;
        if (reference is { } r)
        {
            return TableType(ResolveReference(r.Name, source, row.Line, r.Text));
        }

        if (FindTable(Qualified(source, row.Name.ToLowerInvariant()), source.Scope, exactOnly: true) is { } qualified)
        {
            return TableType(qualified, row, line);
        }

        if (FindTable(row.Name.ToLowerInvariant(), source.Scope, exactOnly: true) is { } exact)
        {
            return TableType(exact, row, line);
        }

        var candidates = new[] { StripBk(row.Name) }.Distinct();
        foreach (var candidate in candidates)
        {
            if (FindTable(candidate.ToLowerInvariant(), source.Scope, exactOnly: false) is { } found)
            {
                Warn(line, $"the object '{row.Name}' has no '定义见': used the table '{found}' for its name.");
                return TableType(found);
            }
        }

        if (DeclaredMap(row, line) is { } map)
        {
            return map;
        }

        Warn(line, $"the object '{row.Name}' has no '定义见' and no table of its name: emitted as free-form JSON.");
        return TypeModel.Scalar(Kind.FreeObject);
    }

    private TypeModel ArrayItems(TableSource source, MergedRow row, (string Name, string Text)? reference, string? element)
    {
        var line = source.File is null ? row.Line : 0;
        if (element is not null)
        {
            var (kind, _) = ParseType(element);
            if (kind is Kind.Int32 or Kind.Int64 or Kind.String or Kind.Boolean or Kind.Number)
            {
                return TypeModel.Scalar(kind.Value);
            }

            if (reference is null && FindTable(element, source.Scope, exactOnly: true) is { } table)
            {
                return new TypeModel(Kind.Ref, table);
            }
        }

        if (reference is { } r)
        {
            return new TypeModel(Kind.Ref, ResolveReference(r.Name, source, row.Line, r.Text));
        }

        var name = row.Name.ToLowerInvariant();
        var candidates = new List<string>();
        if (name.EndsWith("_list", StringComparison.Ordinal))
        {
            candidates.Add(name[..^5]);
        }

        if (name.EndsWith("es", StringComparison.Ordinal))
        {
            candidates.Add(name[..^2]);
        }

        if (name.EndsWith('s'))
        {
            candidates.Add(name[..^1]);
        }

        candidates.Add(name);
        if (FindTable(Qualified(source, name), source.Scope, exactOnly: true) is { } qualified)
        {
            return new TypeModel(Kind.Ref, qualified);
        }

        foreach (var candidate in candidates.Distinct())
        {
            if (FindTable(candidate, source.Scope, exactOnly: true) is { } found)
            {
                Warn(line, $"the array '{row.Name}' does not say what its elements are: used the table '{found}' for its name.");
                return new TypeModel(Kind.Ref, found);
            }
        }

        return TypeModel.Scalar(Kind.Pending);
    }

    /// <summary>The definition a table name refers to: same side first, then the other side, then the common docs.</summary>
    private string? FindTable(string key, Scope scope, bool exactOnly)
    {
        var scopes = scope switch
        {
            Scope.Request => new[] { Scope.Request, Scope.Response },
            Scope.Response => new[] { Scope.Response, Scope.Request },
            _ => Array.Empty<Scope>(),
        };
        foreach (var s in scopes)
        {
            if (_tableDefs.TryGetValue((s, key), out var name))
            {
                return name;
            }
        }

        if (CommonTable(key, exactOnly) is { } common)
        {
            return common;
        }

        return null;
    }

    private string ResolveReference(string name, TableSource source, int rowLine, string text)
    {
        var key = name.ToLowerInvariant();
        var line = source.File is null ? rowLine : 0;
        if (FindTable(key, source.Scope, exactOnly: true) is { } exact)
        {
            if (_sources.TryGetValue(exact, out var target) && target.File is not null && source.File is null)
            {
                Warn(line, $"'{text}': there is no table '{name}' in this doc; used the one in {target.File}.");
            }

            return exact;
        }

        var variants = new List<string> { key + "_list", key + "s", key + "_info" };
        if (key.EndsWith("_list", StringComparison.Ordinal))
        {
            variants.Add(key[..^5]);
        }

        if (key.EndsWith('s'))
        {
            variants.Add(key[..^1]);
        }

        foreach (var variant in variants)
        {
            if (FindTable(variant, source.Scope, exactOnly: true) is { } found)
            {
                Warn(line, $"'{text}' refers to '{name}', which has no table: used the table '{found}'.");
                return found;
            }
        }

        var tables = _tableDefs.Keys.Where(k => k.Scope != Scope.Common).Select(k => k.Key).Distinct().OrderBy(k => k, StringComparer.Ordinal);
        var commonNote = _options.Common.Count > 0 ? " or in the common docs" : " (pass --common common.md if it is defined there)";
        var includeNote = _doc.Includes.Count > 0
            ? $" It may be in a partial the doc includes ({string.Join(", ", _doc.Includes.Distinct(StringComparer.Ordinal))}), which importing one doc does not read: import the doc's folder."
            : "";
        throw new DocException(source.File ?? _doc.FileName, rowLine,
            $"'{text}' refers to '{name}', but there is no table '{name}' in this doc{commonNote}; its tables are: {string.Join(", ", tables)}.{includeNote}");
    }

    private string? CommonTable(string key, bool exactOnly)
    {
        _ = exactOnly;
        if (_tableDefs.TryGetValue((Scope.Common, key), out var existing))
        {
            return existing;
        }

        foreach (var common in _options.Common)
        {
            var table = common.Tables.FirstOrDefault(t => t.Role == TableRole.Named && t.Key == key);
            if (table is null)
            {
                continue;
            }

            var name = DefName(key);
            if (_defs.ContainsKey(name))
            {
                name = DefName(key + "_common");
            }

            AddDef(new DefModel { Name = name, Line = 0, IsRequestSide = false }, FromTable(table, Scope.Common, common.FileName));
            Build(name);
            return name;
        }

        return null;
    }

    private static string StripBk(string name) => name.StartsWith("bk_", StringComparison.Ordinal) && name.Length > 3 ? name[3..] : name;

    private TypeModel EnumRef(DefModel def, TableSource source, MergedRow row, IReadOnlyList<EnumItem> items, bool isString, DocRow? english)
    {
        var line = source.File is null ? row.Line : 0;
        var baseName = StripBk(row.Name).ToLowerInvariant();
        var owner = def.IsRoot ? _op : def.Name;
        var name = GenericNames.Contains(baseName) || _sources.ContainsKey(baseName) || _tableDefs.Keys.Any(k => k.Key == baseName) ? owner + "_" + baseName : baseName;
        bool Same(EnumModel e) => e.IsString == isString && e.Items.Select(i => i.Value).SequenceEqual(items.Select(i => i.Value));
        if (_enums.TryGetValue(name, out var existing))
        {
            if (Same(existing))
            {
                return new TypeModel(Kind.Ref, name);
            }

            name = owner + "_" + baseName;
            var n = 2;
            var candidate = name;
            while (_enums.TryGetValue(candidate, out var other) && !Same(other) || _defs.ContainsKey(candidate))
            {
                candidate = name + n.ToString(CultureInfo.InvariantCulture);
                n++;
            }

            name = candidate;
            if (_enums.ContainsKey(name))
            {
                return new TypeModel(Kind.Ref, name);
            }
        }

        while (_defs.ContainsKey(name))
        {
            name += "_enum";
        }

        IReadOnlyList<string?>? englishLabels = null;
        if (_doc.IsEnglish)
        {
            englishLabels = items.Select(i => (string?)i.Label).ToList();
        }
        else if (english is not null)
        {
            var englishItems = isString ? DescriptionParser.StringEnum(english.Description) : DescriptionParser.IntegerEnum(english.Description);
            if (englishItems is not null)
            {
                englishLabels = items.Select(i => englishItems.FirstOrDefault(e => e.Value == i.Value)?.Label).ToList();
            }
        }

        var typeName = Names.Pascal(name);
        var members = Names.EnumMembers(items, englishLabels, isString, typeName, out var guessed);
        var descriptions = items.Select((item, i) =>
            englishLabels is not null && i < englishLabels.Count && englishLabels[i] is { } e && e != item.Label ? $"{item.Label} / {e}" : item.Label).ToList();
        if (guessed)
        {
            Warn(line, $"the values of '{row.Name}' became enum '{name}' with member names {string.Join(", ", members.Select((m, i) => $"{items[i].Value}={m}"))}: translated from the labels{(members.Any(m => m.StartsWith("Value", StringComparison.Ordinal)) ? " where the glossary knows them" : "")}; pass --english or edit x-enumNames.");
        }

        _enums[name] = new EnumModel
        {
            Name = name,
            IsString = isString,
            Items = items,
            MemberNames = members,
            Descriptions = descriptions,
            Description = english is not null && english.Description != row.Description ? $"{row.Description} / {english.Description}" : row.Description,
            Line = line,
        };
        _lines[name] = line;
        return new TypeModel(Kind.Ref, name);
    }

    // ---------------------------------------------------------------- examples

    // Duplicate members are refused while parsing: JsonNode would otherwise only throw (an ArgumentException) when the
    // object is first enumerated.
    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, AllowDuplicateProperties = false };

    private void ParseExamples()
    {
        foreach (var example in _doc.Examples)
        {
            if (string.IsNullOrWhiteSpace(example.Text))
            {
                Warn(example.Line - 1, "this example is empty.");
                continue;
            }

            JsonNode? node;
            try
            {
                node = JsonNode.Parse(example.Text, documentOptions: JsonOptions);
            }
            catch (JsonException ex)
            {
                var text = example.Text.Trim();
                if (example.Section == SectionKind.RequestExample && text.Contains('?', StringComparison.Ordinal) && (text.StartsWith('/') || text.StartsWith("http", StringComparison.OrdinalIgnoreCase)))
                {
                    node = QueryExample(text);
                }
                else
                {
                    Warn(example.Line + (int)(ex.LineNumber ?? 0), $"this example is not valid JSON ({ex.Message.Split('.')[0]}): it is left out.");
                    continue;
                }
            }

            if (node is null)
            {
                continue;
            }

            if (example.Section == SectionKind.RequestExample)
            {
                if (node is not JsonObject body)
                {
                    Warn(example.Line, "the request example is not a JSON object: it is left out.");
                    continue;
                }

                foreach (var key in body.Select(p => p.Key).Where(CommonArguments.Contains).ToList())
                {
                    body.Remove(key);
                }

                _requestExamples.Add((body, example));
            }
            else
            {
                if (node is JsonObject v4Error && v4Error["error"] is JsonObject && !v4Error.ContainsKey("result") && !v4Error.ContainsKey("data"))
                {
                    // bk-job v4's error body ({"error": {"code": "SYMBOL", ...}}, at 4xx/5xx): the runtime owns it.
                    if (!_v4)
                    {
                        _v4 = true;
                        Warn(example.Line, "this response example is a bk-job v4 error body ({\"error\": ...}): the spec gets \"protocol\": \"v4\".");
                    }

                    continue;
                }

                if (example.HttpStatus is >= 300)
                {
                    Warn(example.Line, $"this response example comes with HTTP status {example.HttpStatus}: it is not taken as data.");
                    continue;
                }

                if (_v4 && node is JsonObject v4Body && v4Body.Count == 1 && v4Body.ContainsKey("data"))
                {
                    if (v4Body["data"] is { } v4Data)
                    {
                        _responseExamples.Add((v4Data, example));
                    }
                }
                else if (node is JsonObject envelope && envelope.ContainsKey("data") && (envelope.ContainsKey("result") || envelope.ContainsKey("code")))
                {
                    if (envelope["data"] is { } data)
                    {
                        _responseExamples.Add((data, example));
                    }
                }
                else
                {
                    Warn(example.Line, "this response example has no envelope (result, code, data): taken as the data itself.");
                    _responseExamples.Add((node, example));
                }
            }
        }
    }

    private static JsonObject QueryExample(string url)
    {
        var query = url[(url.IndexOf('?', StringComparison.Ordinal) + 1)..];
        var body = new JsonObject();
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(parts[0]);
            var value = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "";
            body[key] = long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number)
                : value is "true" or "false" ? JsonValue.Create(value == "true")
                : JsonValue.Create(value);
        }

        return body;
    }

    /// <summary>A data table that describes the elements of a list in the example (<c>data: {data: [...], start, total}</c>).</summary>
    private (string ItemsKey, DocExample Example)? DetectPage(DocTable dataTable)
    {
        var fields = dataTable.Rows.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (data, example) in _responseExamples)
        {
            if (data is not JsonObject obj || fields.Count == 0)
            {
                continue;
            }

            var direct = obj.Count(p => fields.Contains(p.Key));
            if (direct * 2 >= fields.Count)
            {
                return null;
            }

            foreach (var (key, value) in obj)
            {
                if (value is JsonArray { Count: > 0 } array && array[0] is JsonObject element
                    && element.Count(p => fields.Contains(p.Key)) * 2 >= fields.Count)
                {
                    return (key, example);
                }
            }
        }

        return null;
    }

    private void ObserveExamples()
    {
        var request = _defs[_requestName];
        foreach (var (body, example) in _requestExamples)
        {
            AddExample(request, body);
            _observed.Add((request, body, example));
            Observe(request, body, example);
        }

        var response = _defs[_responseName];
        if (_page is { } page)
        {
            var item = _defs[_op + "_item"];
            var (data, pageExample) = _responseExamples.First(e => e.Example == page.Example);
            var obj = (JsonObject)data;
            foreach (var (key, value) in obj)
            {
                var type = key == page.ItemsKey ? new TypeModel(Kind.Array, items: new TypeModel(Kind.Ref, item.Name)) : Infer(value);
                response.Props.Add(new PropModel { Name = key, Type = type, Line = KeyLine(pageExample, key), FromExample = true, Description = key == page.ItemsKey ? item.Description : "" });
            }

            var dataLine = _defs[item.Name].Line;
            Warn(dataLine, $"the data table describes the elements of data.{page.ItemsKey} in the example (line {pageExample.Line}), whose data is a page ({string.Join(", ", obj.Select(p => p.Key))}): emitted a page type; check the fields the table does not list.");
        }

        foreach (var (data, example) in _responseExamples)
        {
            if (response.Scalar is not null)
            {
                AddExample(response, data);
                continue;
            }

            if (data is not JsonObject obj)
            {
                Warn(example.Line, "the data of this response example is not an object: it is left out.");
                continue;
            }

            if (response.FreeForm && response.Props.Count == 0 && response.MapValues is null && MapDetection.DataKeys(obj) is { } keys)
            {
                response.MapValues = MapValueType(obj);
                Warn(example.Line, $"the doc has no data table and the keys of data in this example are {keys}: data is a map of string to {Describe(response.MapValues)} (additionalProperties), not an object with those keys as fields.");
            }
            else if (response.FreeForm && response.Props.Count == 0 && response.MapValues is null)
            {
                foreach (var (key, value) in obj)
                {
                    response.Props.Add(new PropModel { Name = key, Type = InferWithTables(key, value), Line = KeyLine(example, key), FromExample = true });
                }

                Warn(example.Line, "the doc has no data table: the response fields are inferred from this example.");
            }

            AddExample(response, obj);
            _observed.Add((response, obj, example));
            Observe(response, obj, example);
        }

        if (response.FreeForm && response.Props.Count == 0 && response.Scalar is null && response.MapValues is null)
        {
            Warn(0, "the doc describes no response data (no data table, no example): the response is an empty object.");
        }
    }

    private static void AddExample(DefModel def, JsonNode node)
    {
        def.Examples ??= new JsonArray();
        def.Examples.Add(node.DeepClone());
    }

    private void Observe(DefModel def, JsonObject instance, DocExample example)
    {
        def.Instances.Add((instance, example));
        foreach (var prop in def.Props)
        {
            var value = Value(instance, prop);
            if (value is null)
            {
                continue;
            }

            var type = prop.Type;
            if (type.Kind == Kind.Ref && _defs.TryGetValue(type.Ref!, out var target) && value is JsonObject child)
            {
                Observe(target, child, example);
            }
            else if (type.Kind == Kind.Array && type.Items is { Kind: Kind.Ref } items && _defs.TryGetValue(items.Ref!, out var element) && value is JsonArray array)
            {
                foreach (var item in array.OfType<JsonObject>())
                {
                    Observe(element, item, example);
                }
            }
            else if (type.Kind == Kind.Map && type.Items is { Kind: Kind.Ref } values && _defs.TryGetValue(values.Ref!, out var valueDef) && value is JsonObject map)
            {
                foreach (var item in map.Select(p => p.Value).OfType<JsonObject>())
                {
                    Observe(valueDef, item, example);
                }
            }
        }
    }

    private static JsonNode? Value(JsonObject instance, PropModel prop)
    {
        if (instance.TryGetPropertyValue(prop.Name, out var value))
        {
            return value;
        }

        foreach (var alias in prop.Aliases)
        {
            if (instance.TryGetPropertyValue(alias, out value))
            {
                return value;
            }
        }

        return null;
    }

    private static bool Has(JsonObject instance, PropModel prop) => instance.ContainsKey(prop.Name) || prop.Aliases.Any(instance.ContainsKey);

    private static TypeModel Infer(JsonNode? value) => value switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.TryGetValue<long>(out _) ? TypeModel.Scalar(Kind.Int64) : TypeModel.Scalar(Kind.Number),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => TypeModel.Scalar(Kind.String),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => TypeModel.Scalar(Kind.Boolean),
        JsonObject obj when MapDetection.DataKeys(obj) is not null => new TypeModel(Kind.Map, items: MapDetection.ValueType(obj.Select(p => p.Value))),
        JsonObject => TypeModel.Scalar(Kind.FreeObject),
        JsonArray array => new TypeModel(Kind.Array, items: array.FirstOrDefault(e => e is not null) is { } first && first is not JsonArray ? Infer(first) : TypeModel.Scalar(Kind.Any)),
        _ => TypeModel.Scalar(Kind.Any),
    };

    private static string Describe(TypeModel type) => type.Kind switch
    {
        Kind.Int32 => "integer (int32)",
        Kind.Int64 => "integer (int64)",
        Kind.Number => "number",
        Kind.String => "string",
        Kind.Boolean => "boolean",
        Kind.FreeObject => "free-form object",
        Kind.Array => "array of " + Describe(type.Items ?? TypeModel.Scalar(Kind.Any)),
        Kind.Map => "map of string to " + Describe(type.Items ?? TypeModel.Scalar(Kind.Any)),
        Kind.Ref => type.Ref!,
        _ => "any JSON",
    };

    private static int KeyLine(DocExample example, string key)
    {
        var lines = example.Text.Split('\n');
        var needle = $"\"{key}\"";
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(needle, StringComparison.Ordinal))
            {
                return example.Line + i;
            }
        }

        return example.Line;
    }

    private void InferPendingItems()
    {
        foreach (var def in _defs.Values)
        {
            foreach (var prop in def.Props.Where(p => p.Type is { Kind: Kind.Array, Items.Kind: Kind.Pending }))
            {
                var sample = def.Instances
                    .Select(i => (Value: Value(i.Instance, prop) as JsonArray, i.Example))
                    .Where(v => v.Value is { Count: > 0 })
                    .Select(v => (Element: v.Value!.FirstOrDefault(e => e is not null), v.Example))
                    .FirstOrDefault(v => v.Element is not null);
                if (sample.Element is null)
                {
                    prop.Type.Items = TypeModel.Scalar(Kind.Any);
                    Warn(prop.Line, $"the array '{prop.Name}' does not say what its elements are and no example shows one: its elements are untyped JSON.");
                    continue;
                }

                prop.Type.Items = Infer(sample.Element);
                if (prop.Type.Items.Kind == Kind.Array)
                {
                    prop.Type.Items = TypeModel.Scalar(Kind.Any);
                }

                Warn(prop.Line, $"the array '{prop.Name}' does not say what its elements are: {Describe(prop.Type.Items)}, from the example at line {KeyLine(sample.Example, prop.Name)}.");
            }
        }
    }

    // ---------------------------------------------------------------- unions

    [GeneratedRegex(@"(^|_)(type|kind|mode|category)$", RegexOptions.CultureInvariant)]
    private static partial Regex DiscriminatorName();

    private void DetectUnions()
    {
        var requestSide = Reach(_requestName, null);
        foreach (var def in _defs.Values.ToList())
        {
            if (def.IsRequestSide || requestSide.Contains(def.Name) || def.Scalar is not null)
            {
                continue;
            }

            foreach (var candidate in def.Props.Where(p => p.Type.Kind == Kind.Ref && _enums.ContainsKey(p.Type.Ref!) && DiscriminatorName().IsMatch(p.Name)).ToList())
            {
                if (TryUnion(def, candidate))
                {
                    break;
                }
            }
        }
    }

    private bool TryUnion(DefModel def, PropModel discriminator)
    {
        var enumModel = _enums[discriminator.Type.Ref!];
        var evidence = new Dictionary<PropModel, Dictionary<string, List<string>>>();
        void Add(PropModel prop, string value, string why)
        {
            if (!evidence.TryGetValue(prop, out var values))
            {
                evidence[prop] = values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            }

            if (!values.TryGetValue(value, out var reasons))
            {
                values[value] = reasons = new List<string>();
            }

            reasons.Add(why);
        }

        var values = enumModel.Items.Select(i => i.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var prop in def.Props.Where(p => p != discriminator))
        {
            foreach (var value in DescriptionParser.Conditions(prop.Description, discriminator.Name).Where(values.Contains))
            {
                Add(prop, value, $"its description says {discriminator.Name}={value}");
            }

            var labelMatches = enumModel.Items
                .Select((item, i) => (item.Value, Label: item.Label, English: enumModel.Descriptions[i]))
                .Where(item => LabelMatches(prop.Description, item.Label) || item.English != item.Label && LabelMatches(prop.Description, item.English.Split(" / ").Last()))
                .ToList();
            if (labelMatches.Count == 1)
            {
                Add(prop, labelMatches[0].Value, $"its description starts like the label '{labelMatches[0].Label}'");
            }

            var present = new HashSet<string>(StringComparer.Ordinal);
            var absent = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (instance, _) in def.Instances)
            {
                if (Value(instance, discriminator) is JsonValue v && v.GetValueKind() is JsonValueKind.Number or JsonValueKind.String)
                {
                    var key = v.ToString();
                    (Has(instance, prop) ? present : absent).Add(key);
                }
            }

            if (present.Count == 1 && absent.Count > 0 && !absent.Contains(present.Single()) && values.Contains(present.Single()))
            {
                Add(prop, present.Single(), $"only the examples with {discriminator.Name}={present.Single()} have it");
            }
        }

        var assigned = evidence.Where(e => e.Value.Count == 1).ToDictionary(e => e.Key, e => e.Value.Single());
        var groups = assigned.GroupBy(a => a.Value.Key).ToList();
        if (groups.Count < 2)
        {
            return false;
        }

        foreach (var conflict in evidence.Where(e => e.Value.Count > 1))
        {
            Warn(conflict.Key.Line, $"'{conflict.Key.Name}' could go with {discriminator.Name} = {string.Join(" or ", conflict.Value.Keys)}: kept in the common part.");
        }

        def.Discriminator = discriminator.Name;
        discriminator.Required = true;
        var summary = new List<string>();
        foreach (var item in enumModel.Items)
        {
            var members = def.Props.Where(p => assigned.TryGetValue(p, out var a) && a.Key == item.Value).ToList();
            if (members.Count == 0)
            {
                continue;
            }

            var memberName = enumModel.MemberNames[enumModel.Items.ToList().IndexOf(item)];
            var caseName = def.Name + "_" + Names.Snake(memberName);
            while (_defs.ContainsKey(caseName))
            {
                caseName += "_case";
            }

            var caseDef = new DefModel
            {
                Name = caseName,
                Line = def.Line,
                Description = $"{discriminator.Name} = {item.Value}: {item.Label}",
                CaseOf = def.Name,
                RequirednessStated = def.RequirednessStated,
            };
            foreach (var member in members)
            {
                def.Props.Remove(member);
                caseDef.Props.Add(member);
                _lines[$"{caseName}.{member.Name}"] = member.Line;
            }

            foreach (var instance in def.Instances.Where(i => Value(i.Instance, discriminator)?.ToString() == item.Value))
            {
                caseDef.Instances.Add(instance);
            }

            _defs[caseName] = caseDef;
            _lines[caseName] = def.Line;
            def.Cases.Add((item.Value, caseName));
            summary.Add($"{item.Value} → {string.Join(", ", members.Select(m => m.Name))} ({string.Join("; ", members.Select(m => assigned[m].Value.First()).Distinct())})");
        }

        var defLabel = def.IsRoot ? "data" : def.Name;
        Warn(discriminator.Line, $"the doc does not say which fields of '{defLabel}' go with which {discriminator.Name}: emitted a union on {discriminator.Name} with {string.Join("; ", summary)}; the other fields are common to all cases.");
        return true;
    }

    private static bool LabelMatches(string description, string label)
    {
        if (label.Length < 2)
        {
            return false;
        }

        if (label.Any(c => c > 127))
        {
            var first = description.Split(new[] { '。', '.', ';', '；', ',', '，' }, 2)[0].Trim();
            // "上传/下载速度" names both cases: it is common, not the upload case's.
            return first == label || (description.StartsWith(label, StringComparison.Ordinal)
                && !(description.Length > label.Length && description[label.Length] is '/' or '、' or '或' or '和' or '及'));
        }

        var labelWords = Words(label);
        if (labelWords.Count < 2)
        {
            return false;
        }

        var descriptionWords = Words(description);
        return labelWords.All(descriptionWords.Contains);
    }

    private static HashSet<string> Words(string text)
        => Regex.Split(text.ToLowerInvariant(), "[^a-z0-9]+").Where(w => w.Length >= 3 && w is not "the" and not "and" and not "for" and not "see" and not "definition").ToHashSet(StringComparer.Ordinal);

    // ---------------------------------------------------------------- examples against tables

    private void Reconcile()
    {
        var request = _defs[_requestName];
        var requestValues = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (body, _) in _requestExamples)
        {
            foreach (var (key, value) in body)
            {
                requestValues.TryAdd(key, value);
            }
        }

        foreach (var def in _defs.Values.ToList())
        {
            if (def.Instances.Count == 0 || def.CaseOf is not null || def.MapValues is not null)
            {
                continue;
            }

            var cases = def.Cases.Select(c => _defs[c.Case]).ToList();
            var allProps = def.Props.Concat(cases.SelectMany(c => c.Props)).ToList();
            var handled = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (instance, example) in def.Instances)
            {
                var isResponse = example.Section == SectionKind.ResponseExample;
                foreach (var (key, value) in instance)
                {
                    if (allProps.Any(p => p.Name == key || p.Aliases.Contains(key)) || !handled.Add(key))
                    {
                        continue;
                    }

                    var keyLine = KeyLine(example, key);
                    if (!isResponse)
                    {
                        Warn(keyLine, $"the request example sends '{key}', which the {(def.IsRoot ? "request parameter" : $"'{def.Name}'")} table does not list.");
                        continue;
                    }

                    ReconcileExtraKey(def, allProps, instance, key, value, keyLine, request, requestValues);
                    allProps = def.Props.Concat(cases.SelectMany(c => c.Props)).ToList();
                }
            }

            CheckValues(def, allProps);
            ReportUnshown(def);
            foreach (var caseDef in cases)
            {
                ReportUnshown(caseDef);
            }
        }

        CheckExampleLabels();
    }

    private void ReconcileExtraKey(DefModel def, List<PropModel> allProps, JsonObject instance, string key, JsonNode? value, int keyLine, DefModel request, Dictionary<string, JsonNode?> requestValues)
    {
        var label = def.IsRoot ? "data" : def.Name;
        var responseInstances = def.Instances.Where(i => i.Example.Section == SectionKind.ResponseExample).ToList();

        // Same field without its bk_ prefix (host_id / bk_host_id).
        var byPrefix = allProps.FirstOrDefault(p => StripBk(p.Name) == StripBk(key) && !Has(instance, p));
        if (byPrefix is not null)
        {
            byPrefix.Aliases.Add(key);
            Warn(keyLine, $"the example calls '{label}.{byPrefix.Name}' (line {byPrefix.Line}) '{key}': kept '{byPrefix.Name}' with x-aliases [\"{key}\"].");
            return;
        }

        // A field the table lists but no example shows, named like this one (task_status / status).
        var unshown = allProps.Where(p => !p.FromExample && responseInstances.All(i => !Has(i.Instance, p)) && LooksRenamed(key, p.Name)).ToList();
        if (unshown.Count == 1)
        {
            unshown[0].Aliases.Add(key);
            Warn(keyLine, $"the example has '{key}' where the table has '{unshown[0].Name}' (line {unshown[0].Line}): kept '{unshown[0].Name}' with x-aliases [\"{key}\"].");
            return;
        }

        // An id the request sent under another name (task_instance_id in the example, job_instance_id in the request).
        if (key.EndsWith("_id", StringComparison.Ordinal) && value is JsonValue)
        {
            var tail = string.Join("_", key.Split('_').TakeLast(2));
            var match = request.Props.FirstOrDefault(p => p.Name != key && p.Name.EndsWith("_" + tail, StringComparison.Ordinal)
                && allProps.All(q => q.Name != p.Name) && requestValues.TryGetValue(p.Name, out var sent) && sent is not null && JsonNode.DeepEquals(sent, value));
            if (match is not null)
            {
                var prop = new PropModel { Name = match.Name, Type = Clone(match.Type), Line = keyLine, FromExample = true, Description = match.Description };
                prop.Aliases.Add(key);
                def.Props.Add(prop);
                _lines[$"{def.Name}.{prop.Name}"] = keyLine;
                Warn(keyLine, $"the example's '{label}' has '{key}', which the table does not list; its value is the '{match.Name}' sent in the request (line {match.Line}): added '{match.Name}' ({Describe(prop.Type)}) with x-aliases [\"{key}\"]. The table and the example disagree: check which name the server sends.");
                return;
            }
        }

        var requestProp = request.Props.FirstOrDefault(p => p.Name == key);
        var type = requestProp is not null ? Clone(requestProp.Type) : InferWithTables(key, value);
        var added = new PropModel { Name = key, Type = type, Line = keyLine, FromExample = true, Description = requestProp?.Description ?? "" };
        def.Props.Add(added);
        _lines[$"{def.Name}.{key}"] = keyLine;
        var why = requestProp is not null ? $"typed like the request parameter (line {requestProp.Line})" : "typed from the example value";
        Warn(keyLine, $"the example's '{label}' has '{key}', which the table does not list: added it as {Describe(type)} ({why}).");
    }

    private static bool LooksRenamed(string key, string name)
        => key.EndsWith("_" + name, StringComparison.Ordinal) || name.EndsWith("_" + key, StringComparison.Ordinal)
            || name == key + "_list" || key == name + "_list" || name == key + "s" || key == name + "s";

    /// <summary>
    /// Example keys that are table fields under another name (host_id / bk_host_id, file_source / file_source_list,
    /// task_status / status): aliases, found before anything is inferred from the examples.
    /// </summary>
    private bool DiscoverRenames()
    {
        var found = false;
        foreach (var def in _defs.Values.Where(d => d.CaseOf is null && d.MapValues is null).ToList())
        {
            var responseInstances = def.Instances.Where(i => i.Example.Section == SectionKind.ResponseExample).ToList();
            var label = def.IsRoot ? "data" : def.Name;
            foreach (var (instance, example) in responseInstances)
            {
                foreach (var key in instance.Select(p => p.Key).ToList())
                {
                    if (def.Props.Any(p => p.Name == key || p.Aliases.Contains(key)))
                    {
                        continue;
                    }

                    var keyLine = KeyLine(example, key);
                    var byPrefix = def.Props.FirstOrDefault(p => StripBk(p.Name) == StripBk(key) && !Has(instance, p));
                    var renamed = byPrefix is null
                        ? def.Props.Where(p => !p.FromExample && responseInstances.All(i => !Has(i.Instance, p)) && LooksRenamed(key, p.Name)).ToList()
                        : new List<PropModel> { byPrefix };
                    if (renamed.Count != 1)
                    {
                        continue;
                    }

                    renamed[0].Aliases.Add(key);
                    found = true;
                    Warn(keyLine, $"the example has '{key}' where the '{label}' table has '{renamed[0].Name}' (line {renamed[0].Line}): kept '{renamed[0].Name}' with x-aliases [\"{key}\"].");
                }
            }
        }

        return found;
    }

    private static TypeModel Clone(TypeModel type) => new(type.Kind, type.Ref, type.Items is null ? null : Clone(type.Items));

    private void ReportUnshown(DefModel def)
    {
        var instances = def.Instances.Where(i => i.Example.Section == SectionKind.ResponseExample).ToList();
        if (instances.Count == 0)
        {
            return;
        }

        var label = def.CaseOf is { } union ? (_defs[union].IsRoot ? "data" : union) : def.IsRoot ? "data" : def.Name;
        var exampleLines = string.Join(", ", instances.Select(i => i.Example.Line).Distinct());
        foreach (var prop in def.Props.Where(p => !p.FromExample))
        {
            if (instances.All(i => !Has(i.Instance, prop)))
            {
                Warn(prop.Line, $"'{label}.{prop.Name}' is in the table but not in the response example (line {exampleLines}): kept as the doc says; check that the server sends it.");
            }
        }
    }

    private void CheckValues(DefModel def, List<PropModel> props)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (instance, example) in def.Instances)
        {
            foreach (var prop in props)
            {
                var value = Value(instance, prop);
                if (value is null || reported.Contains(prop.Name))
                {
                    continue;
                }

                var problem = Mismatch(prop.Type, value);
                if (problem is not null)
                {
                    reported.Add(prop.Name);
                    Warn(KeyLine(example, prop.Name), $"the example gives '{(def.IsRoot ? "data" : def.Name)}.{prop.Name}' {problem}.");
                }
            }
        }
    }

    private string? Mismatch(TypeModel type, JsonNode value)
    {
        var kind = value.GetValueKind();
        string Shown() => value.ToJsonString().Length > 30 ? value.ToJsonString()[..30] + "…" : value.ToJsonString();
        switch (type.Kind)
        {
            case Kind.Int32 or Kind.Int64:
                return kind == JsonValueKind.Number && value.AsValue().TryGetValue<long>(out _) ? null : $"{Shown()}, but the table says it is an integer";
            case Kind.Number:
                return kind == JsonValueKind.Number ? null : $"{Shown()}, but the table says it is a number";
            case Kind.String:
                return kind == JsonValueKind.String ? null : $"{Shown()}, but the table says it is a string";
            case Kind.Boolean:
                return kind is JsonValueKind.True or JsonValueKind.False ? null : $"{Shown()}, but the table says it is a boolean";
            case Kind.Array:
                return kind == JsonValueKind.Array ? null : $"{Shown()}, but the table says it is an array";
            case Kind.FreeObject or Kind.Map:
                return kind == JsonValueKind.Object ? null : $"{Shown()}, but the table says it is an object";
            case Kind.Ref when _enums.TryGetValue(type.Ref!, out var enumModel):
            {
                var text = kind == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
                return enumModel.Items.Any(i => i.Value == text) ? null : $"{Shown()}, which is not among the values the doc lists ({string.Join(", ", enumModel.Items.Select(i => i.Value))})";
            }

            case Kind.Ref:
                return kind == JsonValueKind.Object ? null : $"{Shown()}, but the table says it is an object ({type.Ref})";
            default:
                return null;
        }
    }

    /// <summary>An example under a heading that names one case but shows another (脚本执行步骤 with log_type 2).</summary>
    private void CheckExampleLabels()
    {
        var response = _defs[_responseName];
        if (response.Discriminator is not { } discriminator)
        {
            return;
        }

        var prop = response.Props.First(p => p.Name == discriminator);
        var enumModel = _enums[prop.Type.Ref!];
        foreach (var (data, example) in _responseExamples)
        {
            if (example.Label is null || data is not JsonObject obj || Value(obj, prop) is not JsonValue value)
            {
                continue;
            }

            var scores = enumModel.Items.Select((item, i) => (item.Value, item.Label, Score: Math.Max(Similarity(example.Label, item.Label), Similarity(example.Label, enumModel.Descriptions[i])))).ToList();
            var best = scores.OrderByDescending(s => s.Score).First();
            var actual = value.ToString();
            if (best.Score > 0 && scores.Count(s => s.Score == best.Score) == 1 && best.Value != actual)
            {
                var actualLabel = enumModel.Items.FirstOrDefault(i => i.Value == actual)?.Label ?? "not a listed value";
                Warn(example.LabelLine, $"the example under '{example.Label}' reads like {discriminator} = {best.Value} ({best.Label}), but it has {discriminator} = {actual} ({actualLabel}) (line {KeyLine(example, discriminator)}).");
            }
        }
    }

    private static int Similarity(string a, string b)
    {
        static HashSet<string> Grams(string text)
        {
            var result = new HashSet<string>(StringComparer.Ordinal);
            var lower = text.ToLowerInvariant();
            for (var i = 0; i + 1 < lower.Length; i++)
            {
                if (lower[i] > 127 && lower[i + 1] > 127)
                {
                    result.Add(lower.Substring(i, 2));
                }
            }

            foreach (var word in Regex.Split(lower, "[^a-z0-9]+").Where(w => w.Length >= 4))
            {
                result.Add(word.Length > 6 ? word[..6] : word);
            }

            return result;
        }

        var x = Grams(a);
        x.IntersectWith(Grams(b));
        return x.Count;
    }

    // ---------------------------------------------------------------- output

    private HashSet<string> Reach(string from, string? also)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(from);
        if (also is not null)
        {
            pending.Push(also);
        }

        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!reached.Add(name) || !_defs.TryGetValue(name, out var def))
            {
                continue;
            }

            foreach (var prop in def.Props)
            {
                for (var t = prop.Type; t is not null; t = t.Items)
                {
                    if (t.Ref is not null)
                    {
                        pending.Push(t.Ref);
                    }
                }
            }

            foreach (var (_, caseName) in def.Cases)
            {
                pending.Push(caseName);
            }
        }

        return reached;
    }

    private void ReportUnused(HashSet<string> reachable)
    {
        foreach (var (name, source) in _sources)
        {
            if (!reachable.Contains(name) && source.File is null && _defs[name].Line > 0)
            {
                Warn(_defs[name].Line, $"the table '{source.Key}' is not used by any field: left out of the spec.");
            }
        }
    }

    private void ApplyConventions(HashSet<string> reachable)
    {
        var requestSide = Reach(_requestName, null);
        foreach (var def in _defs.Values.Where(d => reachable.Contains(d.Name)))
        {
            foreach (var prop in def.Props)
            {
                if (requestSide.Contains(def.Name) && prop.Type.Kind == Kind.String && prop.Name is "ip" or "ipv4" or "ipv6")
                {
                    prop.Format = prop.Name;
                }

                // Lists in responses: an absent list reads as empty, so callers need no null checks.
                if (!requestSide.Contains(def.Name) && prop.Type.Kind == Kind.Array)
                {
                    prop.DefaultEmpty = true;
                }
            }
        }

        if (_method == "GET")
        {
            foreach (var prop in _defs[_requestName].Props.Where(p => IsStructured(p.Type) || p.Type.Kind == Kind.Array && IsStructured(p.Type.Items!)))
            {
                Warn(prop.Line, $"'{prop.Name}' is structured, but a GET request travels as query parameters (scalars and lists of scalars): the generator rejects it; use POST or flatten it.");
            }
        }

        // C# names, by the generator's own rule (SpecFormat.WireNames): a type may not share its name with one of its properties.
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in _enums.Keys.Where(reachable.Contains))
        {
            taken.Add(SpecFormat.WireNames.Pascal(name));
        }

        foreach (var def in _defs.Values.Where(d => reachable.Contains(d.Name)))
        {
            var typeName = SpecFormat.WireNames.Pascal(def.Name);
            var propertyNames = def.Props.Select(p => SpecFormat.WireNames.Pascal(StripBk(p.Name))).ToHashSet(StringComparer.Ordinal);
            if (propertyNames.Contains(typeName) || taken.Contains(typeName))
            {
                var names = def.Props.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                var candidate = names.Contains("bk_cloud_id") && names.Contains("ip") && !taken.Contains("Host") ? "Host" : typeName + "Info";
                var n = 2;
                while (taken.Contains(candidate) || propertyNames.Contains(candidate))
                {
                    candidate = typeName + "Info" + n.ToString(CultureInfo.InvariantCulture);
                    n++;
                }

                def.CSharpName = candidate;
                typeName = candidate;
            }

            taken.Add(typeName);
        }
    }

    private bool IsStructured(TypeModel type)
        => type.Kind is Kind.FreeObject or Kind.Any or Kind.Map || type.Kind == Kind.Ref && _defs.ContainsKey(type.Ref!);

    private JsonObject Emit(HashSet<string> reachable)
    {
        var definitions = new JsonObject();
        var order = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        void Visit(string name)
        {
            if (!visited.Add(name))
            {
                return;
            }

            order.Add(name);
            if (!_defs.TryGetValue(name, out var def))
            {
                return;
            }

            foreach (var prop in def.Props)
            {
                for (var t = prop.Type; t is not null; t = t.Items)
                {
                    if (t.Ref is not null)
                    {
                        Visit(t.Ref);
                    }
                }
            }

            foreach (var (_, caseName) in def.Cases)
            {
                Visit(caseName);
            }
        }

        Visit(_requestName);
        Visit(_responseName);
        foreach (var name in order.Where(reachable.Contains))
        {
            definitions[name] = _enums.TryGetValue(name, out var enumModel) ? EmitEnum(enumModel) : EmitDef(_defs[name]);
        }

        var api = new JsonObject
        {
            ["system"] = _system,
            ["operation"] = _op,
            ["method"] = _method,
        };
        if (_gatewayPath is not null)
        {
            api["gatewayPath"] = _gatewayPath;
        }

        if (_esbPath is not null)
        {
            api["esbPath"] = _esbPath;
        }

        api["idempotent"] = _idempotent;
        if (_v4)
        {
            api["protocol"] = "v4";
        }

        api["request"] = new JsonObject { ["$ref"] = "#/definitions/" + _requestName };
        api["response"] = new JsonObject { ["$ref"] = "#/definitions/" + _responseName };
        var spec = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["title"] = _op,
        };
        if (_description.Length > 0)
        {
            spec["description"] = _description;
        }

        spec["x-bkapi"] = api;
        spec["definitions"] = definitions;
        return spec;
    }

    private static JsonObject EmitEnum(EnumModel model)
    {
        var result = new JsonObject { ["type"] = model.IsString ? "string" : "integer" };
        var values = new JsonArray();
        foreach (var item in model.Items)
        {
            values.Add(model.IsString ? JsonValue.Create(item.Value) : JsonValue.Create(long.Parse(item.Value, CultureInfo.InvariantCulture)));
        }

        result["enum"] = values;
        // Names every generated type already has (object's members, the string enum's Value) take a suffix here, as the
        // generator would with a BKGEN0016 warning, so that an imported spec builds clean.
        result["x-enumNames"] = new JsonArray(model.MemberNames.Select(n => (JsonNode?)JsonValue.Create(GeneratedMemberNames.Contains(n) ? n + "Value" : n)).ToArray());
        result["x-enumDescriptions"] = new JsonArray(model.Descriptions.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray());
        if (model.Description.Length > 0)
        {
            result["description"] = model.Description;
        }

        return result;
    }

    private static JsonObject EmitType(TypeModel type) => type.Kind switch
    {
        Kind.Int32 => new JsonObject { ["type"] = "integer", ["format"] = "int32" },
        Kind.Int64 => new JsonObject { ["type"] = "integer", ["format"] = "int64" },
        Kind.Number => new JsonObject { ["type"] = "number" },
        Kind.String => new JsonObject { ["type"] = "string" },
        Kind.Boolean => new JsonObject { ["type"] = "boolean" },
        Kind.FreeObject => new JsonObject { ["type"] = "object" },
        Kind.Array => new JsonObject { ["type"] = "array", ["items"] = EmitType(type.Items ?? TypeModel.Scalar(Kind.Any)) },
        Kind.Map => new JsonObject { ["type"] = "object", ["additionalProperties"] = EmitType(type.Items ?? TypeModel.Scalar(Kind.Any)) },
        Kind.Ref => new JsonObject { ["$ref"] = "#/definitions/" + type.Ref },
        _ => new JsonObject(),
    };

    private JsonObject EmitDef(DefModel def)
    {
        if (def.Scalar is not null)
        {
            var scalar = EmitType(def.Scalar);
            if (def.Description.Length > 0)
            {
                scalar["description"] = def.Description;
            }

            if (def.Examples is not null)
            {
                scalar["examples"] = def.Examples.DeepClone();
            }

            return scalar;
        }

        var result = new JsonObject { ["type"] = "object" };
        if (def.CSharpName is not null)
        {
            result["x-csharp-name"] = def.CSharpName;
        }

        var description = def.IsRoot ? (def.IsRequestSide ? "请求参数 / Request body." : "返回数据 / Response data.") : def.Description;
        if (def.IsRoot && _description.Length > 0)
        {
            description = (def.IsRequestSide ? "请求参数: " : "返回数据: ") + _description;
        }

        if (description.Length > 0)
        {
            result["description"] = description;
        }

        var properties = new JsonObject();
        foreach (var prop in def.Props)
        {
            var schema = EmitType(prop.Type);
            if (prop.Type.Kind != Kind.Ref)
            {
                if (prop.Format is not null)
                {
                    schema["format"] = prop.Format;
                }

                if (prop.DefaultEmpty)
                {
                    schema["default"] = new JsonArray();
                }

                if (prop.Aliases.Count > 0)
                {
                    schema["x-aliases"] = new JsonArray(prop.Aliases.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray());
                }

                if (prop.Description.Length > 0)
                {
                    schema["description"] = prop.Description;
                }
            }
            else if (prop.Aliases.Count > 0)
            {
                schema["x-aliases"] = new JsonArray(prop.Aliases.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray());
            }

            if (prop.NeverNull && !prop.DefaultEmpty)
            {
                schema["x-never-null"] = true;
            }

            properties[prop.Name] = schema;
        }

        result["properties"] = properties;
        if (def.MapValues is { } mapValues)
        {
            result["additionalProperties"] = EmitType(mapValues);
        }

        var required = def.Props.Where(p => p.Required).Select(p => (JsonNode?)JsonValue.Create(p.Name)).ToArray();
        if (required.Length > 0)
        {
            result["required"] = new JsonArray(required);
        }

        if (def.Discriminator is { } discriminator)
        {
            var mapping = new JsonObject();
            foreach (var (value, caseName) in def.Cases)
            {
                mapping[value] = "#/definitions/" + caseName;
            }

            result["discriminator"] = new JsonObject { ["propertyName"] = discriminator, ["mapping"] = mapping };
            result["oneOf"] = new JsonArray(def.Cases.Select(c => (JsonNode?)new JsonObject { ["$ref"] = "#/definitions/" + c.Case }).ToArray());
        }

        if (def.Examples is not null)
        {
            result["examples"] = def.Examples.DeepClone();
        }

        return result;
    }
}
