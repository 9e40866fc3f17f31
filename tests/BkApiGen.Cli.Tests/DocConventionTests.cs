using System.Text.Json.Nodes;
using BkApiGen.Cli.Import;
using BkApiGen.Cli.Markdown;
using BkApiGen.Cli.Tests.Infrastructure;

namespace BkApiGen.Cli.Tests;

/// <summary>
/// Conventions of real BlueKing docs (copied from CMDB, GSE, SOPS and bk-job ESB docs into Fixtures/conventions/) that
/// a careful reader resolves: each imports, with the guess reported as a warning at its line, instead of being refused.
/// (The fixtures also go through GeneratorRoundTripTests, CheckTests and ImportRobustnessTests like every fixture.)
/// </summary>
public sealed class DocConventionTests
{
    private static JsonObject Definition(ImportResult result, string name) => (JsonObject)result.Spec["definitions"]![name]!;

    private static JsonObject Property(ImportResult result, string definition, string property) => (JsonObject)Definition(result, definition)["properties"]![property]!;

    private static string? Ref(JsonNode? schema) => schema?["$ref"]?.GetValue<string>().Replace("#/definitions/", "", StringComparison.Ordinal);

    [Theory]
    [InlineData("page 字段说明", "page", "Object")]
    [InlineData("data.data", "data", "Object")]
    [InlineData("data.info 字段说明：", "info", "Object")]
    [InlineData("data.info[n]", "info", "Object")]
    [InlineData("outputs[]", "outputs", "Object")]
    [InlineData("field_list 元素说明", "field_list", "Object")]
    [InlineData("step_ip_status Description", "step_ip_status", "Object")]
    [InlineData("type（字段类型）", "type", "Object")]
    [InlineData("data.pipeline_tree.constants VALUE", "constants", "MapValue")]
    [InlineData("data.children KEY", "children", "MapKey")]
    [InlineData("ip", "ip", "Object")]
    public void A_heading_names_the_field_its_table_describes(string heading, string key, string part)
    {
        var parsed = TableHeading.Parse(heading);

        Assert.NotNull(parsed);
        Assert.Equal(key, Assert.Single(parsed.Keys));
        Assert.Equal(Enum.Parse<HeadingPart>(part), parsed.Part);
    }

    [Theory]
    [InlineData("组合过滤规则")]
    [InlineData("Mapping of ID 描述")]
    [InlineData("2.更新定时任务")]
    public void A_heading_that_names_no_field_is_no_field_path(string heading) => Assert.Null(TableHeading.Parse(heading));

    [Fact]
    public void Several_fields_in_one_heading_share_the_table()
        => Assert.Equal(["from", "to"], TableHeading.Parse("from、to")!.Keys);

    [Theory]
    [InlineData("{\"1:2:10.0.0.1:gse:proc-test\": {}}", true)]
    [InlineData("{\"10.0.0.1\": 1, \"0:10.0.0.2\": 2}", true)]
    [InlineData("{\"0\": 73}", true)]
    [InlineData("{\"nfccedff6c7637a3a2a6093fd8b48818\": {}}", true)]
    [InlineData("{\"${script_timeout}\": 20}", true)]
    [InlineData("{\"bk_host_id\": 1, \"ip\": \"10.0.0.1\"}", false)]
    [InlineData("{}", false)]
    public void Example_keys_that_are_data_make_a_map(string json, bool isMap)
        => Assert.Equal(isMap, MapDetection.DataKeys((JsonObject)JsonNode.Parse(json)!) is not null);

    [Fact]
    public void A_table_under_a_field_heading_types_that_field()
    {
        // CMDB: "#### page 字段说明" under the request, "#### data" under the response.
        var result = Fixtures.Import("conventions/find_host_by_topo.md");

        Assert.Equal("page", Ref(Property(result, "find_host_by_topo_request", "page")));
        Assert.Equal(["start", "limit"], Definition(result, "page")["properties"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void A_paragraph_that_reads_like_a_heading_opens_a_table()
    {
        // CMDB: "data 字段说明：" and "relation 字段说明:" written as paragraphs, not headings.
        var result = Fixtures.Import("conventions/find_module_host_relation.md");

        Assert.Equal(["count", "relation"], Definition(result, "find_module_host_relation_data")["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal("relation", Ref(Property(result, "find_module_host_relation_data", "relation")["items"]));
    }

    [Fact]
    public void A_data_data_table_without_a_data_table_types_the_field_the_example_shows()
    {
        // bk-job: "#### response" (the envelope) and "#### data.data", the page fields only in the example.
        var result = Fixtures.Import("conventions/get_account_list.md");

        Assert.Equal("data", Ref(Property(result, "get_account_list_data", "data")["items"]));
        Assert.Contains("account", Definition(result, "data")["properties"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Data_keyed_by_compound_keys_is_a_map_not_an_object_with_those_keys()
    {
        // GSE: data {"1:2:10.0.0.1:gse:proc-test": {...}}.
        var result = Fixtures.Import("conventions/get_proc_operate_result.md");
        var data = Definition(result, "get_proc_operate_result_data");

        Assert.Empty(data["properties"]!.AsObject());
        Assert.Equal("object", data["additionalProperties"]!["type"]!.GetValue<string>());
        Assert.Contains(result.Warnings, w => w.Line == 26 && w.Message.Contains("compound 'a:b:c' keys: data is a map", StringComparison.Ordinal));
    }

    [Fact]
    public void A_description_that_says_key_is_an_index_makes_a_map_typed_by_its_example()
    {
        // CMDB: "success_created | map | key为实例关联关系在参数details数组中的index，value为创建成功的实例关联关系id".
        var result = Fixtures.Import("conventions/batch_create_instance_association.md");

        Assert.Equal("integer", Property(result, "batch_create_instance_association_data", "success_created")["additionalProperties"]!["type"]!.GetValue<string>());
        Assert.Equal("string", Property(result, "batch_create_instance_association_data", "error_msg")["additionalProperties"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Key_and_value_headings_make_a_map()
    {
        // SOPS: "#### constants KEY" / "#### constants VALUE" describe a dict keyed by ${var} names.
        var result = Fixtures.Import("conventions/create_and_start_task.md");

        Assert.NotNull(Property(result, "create_and_start_task_request", "constants")["additionalProperties"]);
        Assert.Contains(result.Warnings, w => w.Line == 16 && w.Message.StartsWith("'constants' is a map", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_of_values_is_the_enum_of_its_field()
    {
        // SOPS: "action | string | 是 | 操作类型" and "#### action" | 值 | 描述 | listing start, pause, resume, revoke.
        var result = Fixtures.Import("conventions/operate_task.md");
        var action = Definition(result, Ref(Property(result, "operate_task_request", "action"))!);

        Assert.Equal(["start", "pause", "resume", "revoke"], action["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal("终止任务", action["x-enumDescriptions"]![3]!.GetValue<string>());
        Assert.Contains(result.Warnings, w => w.Line == 18 && w.Message.Contains("lists values (| 值 | 描述 |), not fields", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Line == 13 && w.Message == "the values of 'action' come from the table at line 18.");
    }

    [Fact]
    public void A_requiredness_cell_with_a_condition_is_optional_and_keeps_the_condition()
    {
        // CMDB: "bk_set_id | int | 和 bk_module_id至少填一个 | 集群ID".
        var result = Fixtures.Import("conventions/transfer_host_to_recyclemodule.md");
        var request = Definition(result, "transfer_host_to_recyclemodule_request");

        Assert.Equal(["bk_biz_id", "bk_host_id"], request["required"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("集群ID (和 bk_module_id至少填一个)", Property(result, "transfer_host_to_recyclemodule_request", "bk_set_id")["description"]!.GetValue<string>());
    }

    [Fact]
    public void Chinese_types_are_read_with_a_warning()
    {
        // CMDB: "process_instances | 数组 |", with trailing empty cells.
        var result = Fixtures.Import("conventions/list_service_instance_detail.md");

        Assert.Equal("array", Property(result, "info", "process_instances")["type"]!.GetValue<string>());
        Assert.Contains(result.Warnings, w => w.Line == 176 && w.Message == "'process_instances': the type '数组' read as array.");
    }

    [Fact]
    public void Path_tables_that_share_a_field_name_type_the_field_under_their_parent()
    {
        // CMDB: "#### conditions.rules" (field, operator, value) and "#### time_condition.rules" (field, start, end).
        var result = Fixtures.Import("conventions/count_object_instances.md");

        // The table types conditions.rules; the doc's example then nests a condition group in it (rules[1] has condition
        // and rules, not field and operator), so the member is read as raw JSON, the table's type kept and named.
        Assert.Equal(["field", "operator", "value"], Definition(result, "conditions_rules")["properties"]!.AsObject().Select(p => p.Key));
        Assert.Contains("(The doc's table says array; its example an item shows an object with condition, rules and without field, operator: read as raw JSON.)", (string?)Property(result, "conditions", "rules")["description"], StringComparison.Ordinal);
        Assert.Equal("time_condition_rules", Ref(Property(result, "time_condition", "rules")["items"]));
        Assert.Equal(["field", "start", "end"], Definition(result, "time_condition_rules")["properties"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Two_tables_of_one_name_belong_to_the_nearest_table_above_with_that_field()
    {
        // CMDB: "#### rules" after bk_biz_set_filter (field, operator, value), "#### rules" after time_condition (field, start, end).
        var result = Fixtures.Import("conventions/list_business_set.md");

        Assert.Equal("bk_biz_set_filter_rules", Ref(Property(result, "bk_biz_set_filter", "rules")["items"]));
        Assert.Equal("time_condition_rules", Ref(Property(result, "time_condition", "rules")["items"]));
        Assert.Contains(result.Warnings, w => w.Line == 46 && w.Message.EndsWith("this one is the type of 'rules' in 'time_condition'.", StringComparison.Ordinal));

        // "value | - | 否 | 无 | 操作数 | 不同的operator对应不同的value格式": the second description column says it varies.
        var value = Property(result, "bk_biz_set_filter_rules", "value");
        Assert.Equal(["description"], value.Select(p => p.Key));
        Assert.Contains(result.Warnings, w => w.Line == 35 && w.Message == "'value' has type '-' and its description says its type varies: any JSON.");
    }

    [Fact]
    public void The_table_of_a_field_keyed_by_ids_is_the_type_of_its_values()
    {
        // CMDB: "associations | dict | 主机主线关联，key为主机所属的模块ID" and "#### data.info[n].associations".
        var result = Fixtures.Import("conventions/search_hostidentifier.md");

        Assert.Equal("associations", Ref(Property(result, "info", "associations")["additionalProperties"]));
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("'15553'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_listed_twice_with_one_type_is_read_once_and_with_two_types_is_an_error()
    {
        const string Table =
            """
            ### 请求参数

            #### 接口参数

            | 字段 | 类型 | 必选 | 描述 |
            |------|------|------|------|
            | host_id_list | array | 否 | 主机ID列表 |
            | host_id_list | {0} | 否 | 静态 主机ID 列表 |
            """;

        var doc = DocReader.Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, Table, "array"), "twice.md");
        Assert.Single(Assert.Single(doc.Tables).Rows);
        Assert.Contains(doc.Warnings, w => w.Line == 8 && w.Message.Contains("with the same type: the second row is left out", StringComparison.Ordinal));

        var error = Assert.Throws<DocException>(() => DocReader.Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, Table, "string"), "twice.md"));
        Assert.Equal("twice.md:8: 'host_id_list' appears twice in the table '接口参数' (line 5) (lines 7 and 8), with different types ('array' and 'string').", error.ToString());
    }

    [Fact]
    public void A_bold_paragraph_that_names_a_field_opens_its_table()
    {
        // CMDB: "**condition**", "**asst_filter**", "**rule**" above their tables.
        var result = Fixtures.Import("conventions/find_instassociation_with_inst.md");

        Assert.Equal("condition", Ref(Property(result, "find_instassociation_with_inst_request", "condition")));
        Assert.Equal("asst_filter", Ref(Property(result, "condition", "asst_filter")));
        Assert.Equal("rule", Ref(Property(result, "asst_filter", "rule")["items"]));
    }

    [Theory]
    [InlineData("stirng", "String")]
    [InlineData("interger", "Int32")]
    [InlineData("string、int、bool、dict、list", "Any")]
    [InlineData("Mapping of ID Object Array", "Array")]
    [InlineData("string 或者 null", "String")]
    [InlineData("整形", "Int32")]
    [InlineData("string map", "Map")]
    [InlineData("timestamp", "Int64")] // CMDB list_kube_container's started: bk-cmdb's Container.Started is an int64 of unix seconds
    [InlineData("时间戳", "Int64")]
    public void Type_cells_as_docs_write_them(string cell, string kind)
    {
        var (parsed, _) = TypeWords.Parse(cell, out var guess);

        Assert.Equal(Enum.Parse<Kind>(kind), parsed);
        Assert.NotNull(guess ?? (parsed is Kind.Array or Kind.Map ? "" : null));
    }

    [Fact]
    public void Value_tables_of_one_field_by_condition_add_up_to_its_enum()
    {
        // SOPS get_tasks_status: "current_flow | string" and two | 名称 | 含义 | tables, one per flow_type.
        var doc = DocReader.Parse(
            """
            ### 返回结果说明

            #### data

            | 名称 | 类型 | 说明 |
            | --- | --- | --- |
            | current_flow | stirng | 当前流程 |

            #### data.current_flow（flow_type为common）

            | 名称         | 含义     |
            | ------------ | -------- |
            | select_steps | 步骤选择 |
            | finished     | 完成     |

            #### data.current_flow（flow_type为common_func）

            | 名称         | 含义       |
            | ------------ | ---------- |
            | func_claim   | 职能化认领 |
            | finished     | 完成       |
            """,
            "get_tasks_status.md");

        var result = Importer.Import(doc, new ImportOptions { System = "sops" });
        var flow = Definition(result, Ref(Property(result, "get_tasks_status_data", "current_flow"))!);

        Assert.Equal(["select_steps", "finished", "func_claim"], flow["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Contains(result.Warnings, w => w.Line == 7 && w.Message == "'current_flow': the type 'stirng' read as 'string' (a typo).");
    }

    [Fact]
    public void A_matrix_under_a_type_heading_is_not_a_second_table_of_the_type()
    {
        // bk-job _generic_rolling_config.md.j2: the fields of rolling_config, then a | type | execution_mode | 必填参数 | 说明 | matrix.
        var doc = DocReader.Parse(
            """
            ### 请求参数

            #### rolling_config

            | 字段 | 类型 | 必选 | 描述 |
            |------|------|------|------|
            | type | int | 否 | 滚动对象 |

            **滚动对象(type) × 执行模式(execution_mode) 组合矩阵：**

            | type | execution_mode | 必填参数 | 说明 |
            |------|----------------|---------|------|
            | 1(传输目标) | 1(串行) | expression + mode | 逐批串行滚动，现状行为 |
            """,
            "fast_execute_script.md");

        Assert.Equal("rolling_config", Assert.Single(doc.Tables).Key);
        Assert.Contains(doc.Warnings, w => w.Line == 11 && w.Message.EndsWith("it describes no fields and is left out.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_single_bullet_that_names_a_field_opens_its_table()
    {
        // CMDB list_service_template_difference: "- data 字段说明", "- modules 字段说明" above their tables.
        var doc = DocReader.Parse(
            """
            ### 返回结果参数说明

            - data 字段说明

            | 名称  | 类型  | 描述 |
            |---|---|--- |
            |modules|object array|模块信息列表|

            - modules 字段说明

            | 名称  | 类型  | 描述 |
            |---|---|--- |
            |bk_module_id|int|模块ID|
            """,
            "list_service_template_difference.md");

        Assert.Equal([(TableRole.ResponseRoot, "data 字段说明"), (TableRole.Named, "modules")], doc.Tables.Select(t => (t.Role, t.Role == TableRole.Named ? t.Key : t.Heading)));
    }

    [Fact]
    public void A_row_without_its_requiredness_cell_and_a_row_with_swapped_cells_are_read_as_meant()
    {
        var doc = DocReader.Parse(
            """
            ### 请求参数

            #### 接口参数

            | 字段        | 类型   | 必选 | 描述     |
            | ----------- | ------ | ---- | -------- |
            | bk_host_id |  long    | 主机ID |
            | match_expressions | 否   | array | 匹配表达式 |
            | source_info   |   dict  | 否 | source_type=component_inputs|component_outputs 时有效 |
            """,
            "ragged.md");

        var rows = Assert.Single(doc.Tables).Rows;
        Assert.Equal(("long", (bool?)null, "主机ID"), (rows[0].Type, rows[0].Required, rows[0].Description));
        Assert.Equal(("array", (bool?)false), (rows[1].Type, rows[1].Required));
        Assert.Equal("source_type=component_inputs | component_outputs 时有效", rows[2].Description);
        Assert.Equal([7, 8, 9], doc.Warnings.Select(w => w.Line));
    }

    [Theory]
    [InlineData("...")]
    [InlineData("…")]
    [InlineData("……")]
    public void A_line_of_dots_under_a_table_leaves_fields_out_and_keeps_the_table(string dots)
    {
        // CMDB add_host_to_business_idle: "..." under the last row of bk_host_list's table ("and more fields").
        var doc = DocReader.Parse(
            $$"""
            ### 请求参数

            #### 接口参数

            | 字段      |  类型      | 必选   |  描述      |
            |-----------|------------|--------|------------|
            | bk_cloud_id     |  int      | 是     | 云区域ID |
            | operator |  string   |  否 |  主要维护人   | 
            {{dots}}

            ### 返回结果示例
            """,
            "elided.md");

        var table = Assert.Single(doc.Tables);
        Assert.Equal(["bk_cloud_id", "operator"], table.Rows.Select(r => r.Name));
        var warning = Assert.Single(doc.Warnings);
        Assert.Equal((9, $"'{dots}' under the table above: the doc leaves further fields out; only the rows written are read."), (warning.Line, warning.Message));
    }

    [Theory]
    [InlineData("...")]
    [InlineData("……")]
    public void Dots_that_are_not_under_a_table_are_text(string dots)
    {
        var doc = DocReader.Parse($"### 功能描述\n\n新增主机\n{dots}\n", "dots.md");

        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void An_example_whose_data_is_a_list_makes_the_data_table_its_elements()
    {
        // CMDB find_module_batch: "#### data说明" lists a module's fields, the example's data is [{...}, ...] (the
        // envelope row says "data | object"). The response is a list of the table's type, and may be null (a Go nil slice).
        var result = Fixtures.Import("conventions/find_module_batch.md");
        var data = Definition(result, "find_module_batch_data");

        Assert.Equal(["array", "null"], data["type"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("find_module_batch_item", Ref(data["items"]));
        Assert.Contains("bk_module_name", Definition(result, "find_module_batch_item")["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(5, data["examples"]![0]!.AsArray().Count);
        Assert.Contains(result.Warnings, w => w.Line == 97 && w.Message.Contains("data in the example (line 44) is a list", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_example_without_a_data_table_makes_an_item_type_from_every_element()
    {
        // CMDB find_set_batch: only the envelope table; the example's data is a list of sets.
        var result = Fixtures.Import("conventions/find_set_batch.md");
        var data = Definition(result, "find_set_batch_data");

        Assert.Equal(["array", "null"], data["type"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("find_set_batch_item", Ref(data["items"]));
        Assert.Equal("integer", Property(result, "find_set_batch_item", "bk_set_id")["type"]!.GetValue<string>());
        Assert.Contains(result.Warnings, w => w.Message.Contains("no data table and data in this example is a list", StringComparison.Ordinal));
    }

    [Fact]
    public void A_string_example_without_a_data_table_is_a_string_that_may_be_null()
    {
        // CMDB delete_inst: the doc shows "data": "success"; the server (ctx.RespEntity(nil)) sends null.
        var result = Fixtures.Import("conventions/delete_inst.md");
        var data = Definition(result, "delete_inst_data");

        Assert.Equal(["string", "null"], data["type"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Null(data["properties"]);
    }

    [Fact]
    public void A_doc_that_describes_no_data_gets_an_empty_response_that_may_be_null()
    {
        // CMDB add_host_lock: no data table, and the example's envelope has "data": null (as the server sends it).
        var result = Fixtures.Import("conventions/add_host_lock.md");
        var data = Definition(result, "add_host_lock_data");

        Assert.Equal(["object", "null"], data["type"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Empty(data["properties"]!.AsObject());
        Assert.Contains(result.Warnings, w => w.Line == 31 && w.Message.Contains("an empty object that may be null", StringComparison.Ordinal));
    }
}
