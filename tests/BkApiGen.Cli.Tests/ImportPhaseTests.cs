using System.Text.Json.Nodes;
using BkApiGen.Cli.Import;
using BkApiGen.Cli.Import.Examples;
using BkApiGen.Cli.Import.Fields;
using BkApiGen.Cli.Import.Header;
using BkApiGen.Cli.Import.Tables;
using BkApiGen.Cli.Import.Unions;
using BkApiGen.Cli.Markdown;
using BkApiGen.Cli.Tests.Infrastructure;

namespace BkApiGen.Cli.Tests;

/// <summary>
/// The importer's phases one at a time (Import/Importer.cs runs them in order): each works from the arguments it is
/// given, so a phase can be checked, and changed, without running the ones after it.
/// </summary>
public sealed class ImportPhaseTests
{
    private static ApiDoc Seed() => DocReader.Read(Fixtures.PathOf("seed/batch_get_job_instance_ip_log.md"));

    private static WarningLog NoWarnings() => new(Array.Empty<ReadWarning>());

    [Fact]
    public void The_header_phase_reads_the_operation_from_the_doc_and_lets_the_options_win()
    {
        var warnings = NoWarnings();
        var header = HeaderReader.Read(Seed(), new ImportOptions(), warnings);

        Assert.Equal("batch_get_job_instance_ip_log", header.Operation);
        Assert.Equal("jobv3", header.System);
        Assert.Equal("POST", header.Method);
        Assert.Equal("/api/c/compapi/v2/jobv3/batch_get_job_instance_ip_log/", header.EsbPath);
        Assert.Equal("/api/v3/batch_get_job_instance_ip_log", header.GatewayPath);
        Assert.Equal(["esbPath", "method"], header.Stated.Order(StringComparer.Ordinal));
        Assert.Contains(warnings.ByLine(), w => w.Message.Contains("bk-job's v3 gateway", StringComparison.Ordinal));

        var overridden = HeaderReader.Read(Seed(), new ImportOptions { Operation = "get_ip_logs", Method = "get", GatewayPath = "/api/v3/x" }, NoWarnings());
        Assert.Equal("get_ip_logs", overridden.Operation);
        Assert.Equal("GET", overridden.Method);
        Assert.Equal("/api/v3/x", overridden.GatewayPath);
        Assert.True(overridden.Idempotent);
        Assert.Equal("get_ip_logs_request", overridden.RequestName);
    }

    [Fact]
    public void The_examples_phase_keeps_what_the_definitions_describe()
    {
        var examples = ExampleParser.Parse(Seed(), isV4: false, NoWarnings());

        // The ESB common arguments are the runtime's; the envelope's result / code / message are not the data.
        var body = Assert.Single(examples.Requests).Body;
        Assert.Equal(["bk_biz_id", "job_instance_id", "step_instance_id", "ip_list"], body.Select(p => p.Key));
        Assert.All(examples.Responses, r => Assert.True(r.Data is JsonObject data && data.ContainsKey("log_type")));
        Assert.False(examples.IsV4);
    }

    [Fact]
    public void A_v4_error_body_among_the_examples_makes_the_operation_v4()
    {
        var doc = DocReader.Parse("""
            ### 请求地址

            /api/c/compapi/v2/jobv3/get_thing/

            ### 返回结果示例

            ```json
            {"error": {"code": "INVALID_ARGUMENT", "message": "bad"}}
            ```
            """, "get_thing.md");
        var warnings = NoWarnings();

        var examples = ExampleParser.Parse(doc, isV4: false, warnings);

        Assert.True(examples.IsV4);
        Assert.Empty(examples.Responses);
        Assert.Contains(warnings.ByLine(), w => w.Message.Contains("v4 error body", StringComparison.Ordinal));
    }

    [Fact]
    public void The_tables_phase_declares_every_table_before_the_fields_phase_reads_a_row()
    {
        var doc = Seed();
        var warnings = NoWarnings();
        var header = HeaderReader.Read(doc, new ImportOptions(), warnings);
        var examples = ExampleParser.Parse(doc, header.IsV4, warnings);

        var tables = TableCollector.Collect(doc, header, examples, warnings);

        // A field may refer to a table below it: every table is a definition already, none has members yet.
        Assert.Contains("ip", tables.Graph.Defs.Keys);
        Assert.Contains("file_task_log", tables.Graph.Defs.Keys);
        Assert.All(tables.Graph.Defs.Values, d => Assert.Empty(d.Props));
        Assert.Equal("ip", tables.Catalog.ByKey[(Scope.Request, "ip")]);
        Assert.Null(tables.Page);

        var fields = FieldBuilder.Run(tables, Lookup(doc, header, tables, [], warnings));

        var ipList = fields.Request.Props.Single(p => p.Name == "ip_list");
        Assert.Equal(Kind.Array, ipList.Type.Kind);
        Assert.Equal("ip", ipList.Type.Items!.Ref);
        // A generic field name (mode, status) is qualified by the table it is in.
        Assert.Equal(["log_type", "file_log_mode", "file_log_status"], fields.Enums.Keys);
        Assert.Equal(fields.Lines["ip"], fields.Defs["ip"].Line);
        Assert.Equal(fields.Lines["ip.ip"], fields.Defs["ip"].Props.Single(p => p.Name == "ip").Line);
        // The fields phase returned a new graph: the tables phase's own is still without members.
        Assert.All(tables.Graph.Defs.Values, d => Assert.Empty(d.Props));
        Assert.Empty(tables.Graph.Enums);
    }

    [Fact]
    public void Each_phase_returns_its_own_graph_and_leaves_the_one_it_was_given_as_it_was()
    {
        var doc = Seed();
        var warnings = NoWarnings();
        var header = HeaderReader.Read(doc, new ImportOptions(), warnings);
        var examples = ExampleParser.Parse(doc, header.IsV4, warnings);
        var tables = TableCollector.Collect(doc, header, examples, warnings);
        var lookup = Lookup(doc, header, tables, [], warnings);
        var fields = FieldBuilder.Run(tables, lookup);
        var observed = ExampleObserver.Observe(fields, header, examples, tables.Page, lookup, warnings);
        var mapped = observed.Graph;

        var unions = UnionDetection.Detect(mapped, observed.Roots.Walk(mapped), warnings);

        // The seed's data is a union on log_type: the unions phase's graph has it, the graph it was given does not.
        var response = header.ResponseName;
        Assert.Equal("log_type", unions.Graph.Defs[response].Discriminator);
        Assert.True(unions.Graph.Defs[response].Props.Single(p => p.Name == "log_type").Required);
        var cases = unions.Graph.Defs[response].Cases.Select(c => c.Case).ToList();
        Assert.Equal(2, cases.Count);
        Assert.Contains(cases, c => unions.Instances.Of(c).Count > 0);
        Assert.Null(mapped.Defs[response].Discriminator);
        Assert.Empty(mapped.Defs[response].Cases);
        Assert.False(mapped.Defs[response].Props.Single(p => p.Name == "log_type").Required);
        Assert.All(cases, c => Assert.DoesNotContain(c, mapped.Defs.Keys));
        Assert.Equal(
            mapped.Defs[response].Props.Count,
            unions.Graph.Defs[response].Props.Count + cases.Sum(c => unions.Graph.Defs[c].Props.Count));

        // The examples phase kept the data as the response's examples; the fields phase's graph has none.
        Assert.NotNull(mapped.Defs[response].Examples);
        Assert.Null(fields.Defs[response].Examples);
    }

    [Fact]
    public void A_shared_docs_table_becomes_a_definition_only_where_the_doc_refers_to_it()
    {
        var doc = DocReader.Parse("""
            ### 请求地址

            /api/c/compapi/v2/jobv3/get_thing/

            ### 请求参数

            #### 接口参数

            | 字段 | 类型 | 必选 | 描述 |
            |------|------|------|------|
            | bk_biz_id | long | 是 | 业务ID |
            | topo_node_list | array | 否 | 动态 topo 节点列表，定义见topo_node |
            """, "get_thing.md");
        var common = DocReader.Read(Fixtures.PathOf("esb_zh/common.md"));
        var warnings = NoWarnings();
        var header = HeaderReader.Read(doc, new ImportOptions(), warnings);
        var examples = ExampleParser.Parse(doc, header.IsV4, warnings);
        var tables = TableCollector.Collect(doc, header, examples, warnings);

        var fields = FieldBuilder.Run(tables, Lookup(doc, header, tables, [common], warnings));

        var topoNode = Assert.Single(fields.SharedTables);
        Assert.Equal("topo_node", topoNode.Key);
        Assert.Equal("common.md", topoNode.Value.File);
        Assert.Equal(["id", "node_type"], fields.Defs["topo_node"].Props.Select(p => p.Name));
        Assert.Equal("topo_node", fields.Request.Props.Single(p => p.Name == "topo_node_list").Type.Items!.Ref);
        // The shared doc's other tables (server, ip, account...) are no definitions of this operation.
        Assert.DoesNotContain("server", fields.Defs.Keys);
        Assert.DoesNotContain("topo_node", tables.Graph.Defs.Keys);
    }

    [Fact]
    public void A_shared_table_an_example_key_names_joins_the_graph_of_the_phase_that_finds_it()
    {
        var doc = DocReader.Parse("""
            ### 请求地址

            /api/c/compapi/v2/jobv3/get_thing/

            ### 请求参数

            #### 接口参数

            | 字段 | 类型 | 必选 | 描述 |
            |------|------|------|------|
            | bk_biz_id | long | 是 | 业务ID |

            ### 返回结果示例

            ```json
            {"result": true, "code": 0, "message": "", "data": {"topo_node": {"id": 1, "node_type": "module"}}}
            ```
            """, "get_thing.md");
        var common = DocReader.Read(Fixtures.PathOf("esb_zh/common.md"));
        var warnings = NoWarnings();
        var header = HeaderReader.Read(doc, new ImportOptions(), warnings);
        var examples = ExampleParser.Parse(doc, header.IsV4, warnings);
        var tables = TableCollector.Collect(doc, header, examples, warnings);
        var lookup = Lookup(doc, header, tables, [common], warnings);
        var fields = FieldBuilder.Run(tables, lookup);

        var observed = ExampleObserver.Observe(fields, header, examples, tables.Page, lookup, warnings);

        // No field refers to topo_node; the response has no table, so its members come from the example, whose key
        // names the shared table: the observation phase's graph has it, with its members, and the fields' graph not.
        Assert.Empty(fields.SharedTables);
        Assert.Equal("topo_node", Assert.Single(observed.Graph.SharedTables).Key);
        Assert.Equal("topo_node", observed.Graph.Response.Props.Single(p => p.Name == "topo_node").Type.Ref);
        Assert.Equal(["id", "node_type"], observed.Graph.Defs["topo_node"].Props.Select(p => p.Name));
        Assert.DoesNotContain("topo_node", fields.Defs.Keys);
        Assert.Empty(fields.Response.Props);
    }

    private static TableLookup Lookup(ApiDoc doc, OperationHeader header, CollectedTables tables, IReadOnlyList<ApiDoc> common, WarningLog warnings)
        => new(doc, header, EnglishRows.Index(null), tables.Catalog, SharedTables.Index(common), warnings);
}
