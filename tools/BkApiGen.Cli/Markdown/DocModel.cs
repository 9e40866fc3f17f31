namespace BkApiGen.Cli.Markdown;

/// <summary>Which doc template a file follows; they differ in how the endpoint and the auth parameters are given.</summary>
internal enum DocFlavour
{
    /// <summary>Rendered BKDocs page: <c>### 请求方法</c>, <c>### 请求地址</c>, <c>### 通用参数</c>.</summary>
    Seed,

    /// <summary>ESB component template: <c>{{ common_args_desc }}</c>, no method or path.</summary>
    EsbTemplate,

    /// <summary>API gateway doc: <c>#### Header参数</c> / <c>#### Body参数</c>, <c>job_request_id</c>.</summary>
    Gateway,

    /// <summary>Shared definitions only (<c>common.md</c>).</summary>
    Common,
}

/// <summary>The part of a doc a heading opens.</summary>
internal enum SectionKind
{
    None,
    Method,
    Url,
    CommonArgs,
    Description,
    RequestParams,
    RequestExample,
    ResponseExample,
    ResponseDescription,

    /// <summary>
    /// <c>### 回调响应</c> / <c>### Callback response</c>: what the caller's receiver answers to a callback the system sends
    /// (bk-job's <c>callback_protocol</c>), a sign the doc describes a payload sent to the caller (see CallbackRule).
    /// </summary>
    CallbackResponse,
    Common,
    Other,
}

/// <summary>What a table describes.</summary>
internal enum TableRole
{
    /// <summary>The request body (接口参数, Body参数, Interface parameters) or query (Query参数).</summary>
    RequestRoot,

    /// <summary>The <c>data</c> of the response.</summary>
    ResponseRoot,

    /// <summary>The common response envelope (result/code/message/data/...): owned by the runtime.</summary>
    Envelope,

    /// <summary>A named type (<c>##### ip</c>), referenced by <c>定义见ip</c>.</summary>
    Named,

    /// <summary>Something the spec does not need: HTTP headers, the ESB common arguments.</summary>
    Ignored,
}

/// <summary>What a table's third column says about a field.</summary>
internal enum RequiredColumn
{
    None,

    /// <summary>必选 / Required: the caller must send it.</summary>
    Required,

    /// <summary>是否一定不为null / Never null: the server always sends it.</summary>
    NonNull,
}

internal sealed record DocRow(string Name, string Type, bool? Required, string Description, int Line);

internal sealed record DocTable(
    string? Heading,
    int HeadingLine,
    SectionKind Section,
    TableRole Role,
    int Line,
    RequiredColumn RequiredColumn,
    IReadOnlyList<DocRow> Rows,
    string? NameKey = null,
    bool IsMapValue = false,
    string? ParentKey = null)
{
    /// <summary>
    /// The name the table is referenced by (<c>ip</c>, <c>file_log</c>), lower case: for a heading that is a field path
    /// or a field with descriptive words (<c>data.info</c>, <c>page 字段说明</c>), the field's name.
    /// </summary>
    public string Key => NameKey ?? (Heading ?? "").Trim().ToLowerInvariant();

    public bool IsRequest => Section == SectionKind.RequestParams;

    /// <summary>The field that holds this one, for a heading that is a path (<c>time_condition.rules</c> → <c>time_condition</c>), lower case.</summary>
    public string? Parent => ParentKey;
}

/// <summary>A fenced code block under a request or response example heading.</summary>
/// <param name="HttpStatus">The status a <c># http status: 400</c> (or <c>HTTP状态码:400</c>) line inside the block gave (bk-job v4 docs); those lines are blanked out of <paramref name="Text"/>.</param>
internal sealed record DocExample(string Text, int Line, string? Label, int LabelLine, SectionKind Section, int? HttpStatus = null);

/// <summary>What the Markdig walk found in one doc: the raw material of a spec, with line numbers (1-based).</summary>
internal sealed class ApiDoc
{
    public required string FileName { get; init; }

    public DocFlavour Flavour { get; set; } = DocFlavour.Seed;

    public bool IsEnglish { get; set; }

    public string? Method { get; set; }

    public int MethodLine { get; set; }

    public string? Path { get; set; }

    public int PathLine { get; set; }

    public string? Description { get; set; }

    /// <summary>The method named by a <c>- POST</c> bullet above the request example (gateway docs).</summary>
    public string? ExampleMethod { get; set; }

    public int ExampleMethodLine { get; set; }

    /// <summary>The request parameters are a query string (<c>#### Query参数</c>).</summary>
    public bool HasQueryParameters { get; set; }

    public int QueryLine { get; set; }

    public bool HasTemplateMarkers { get; set; }

    /// <summary>
    /// The doc describes bk-job's v4 protocol (<c>##### 正常响应体</c> / <c>##### 异常响应体</c>): <c>{"data"}</c> and
    /// <c>{"error"}</c> bodies with HTTP status codes instead of the envelope.
    /// </summary>
    public bool IsV4 { get; set; }

    public int V4Line { get; set; }

    /// <summary>The line of the first section heading about the response (返回结果示例, 返回结果参数说明, ...); 0 when none.</summary>
    public int ResponseSectionLine { get; set; }

    /// <summary>The line of a <c>### 回调响应</c> / <c>### Callback response</c> heading; 0 when none.</summary>
    public int CallbackResponseLine { get; set; }

    public string? CallbackResponseHeading { get; set; }

    public List<DocTable> Tables { get; } = new();

    public List<DocExample> Examples { get; } = new();

    /// <summary>Fields the doc says are maps (<c>#### constants KEY</c> / <c>#### constants VALUE</c>): field name (lower case) → heading line.</summary>
    public Dictionary<string, int> MapFields { get; } = new(StringComparer.Ordinal);

    /// <summary>The partials a jinja doc includes (<c>{% include '_generic_server.md.j2' %}</c>), which a single-doc import does not read.</summary>
    public List<string> Includes { get; } = new();

    /// <summary>
    /// Tables that list the values of a field rather than fields (<c>#### action</c> with <c>| 值 | 描述 |</c>): field
    /// name (lower case) → the table's line and its (value, label) rows.
    /// </summary>
    public Dictionary<string, (int Line, List<(string Value, string Label)> Items)> ValueTables { get; } = new(StringComparer.Ordinal);

    /// <summary>What the reader had to guess (a heading it could not read as a field, a type it translated).</summary>
    public List<ReadWarning> Warnings { get; } = new();

    public int LineCount { get; set; }
}

/// <summary>A guess of the reader, reported by the importer as <c>WARNING file:line</c>.</summary>
internal sealed record ReadWarning(int Line, string Message);

/// <summary>A doc the importer cannot turn into a correct spec: the message names the line to fix.</summary>
internal sealed class DocException(string file, int line, string message) : Exception(message)
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
