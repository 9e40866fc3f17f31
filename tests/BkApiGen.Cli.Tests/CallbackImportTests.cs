using System.Text.Json.Nodes;
using BkApiGen.Cli.Import;
using BkApiGen.Cli.Markdown;
using BkApiGen.Cli.Tests.Infrastructure;

namespace BkApiGen.Cli.Tests;

/// <summary>
/// A doc that describes the body a system sends to the caller's callback (bk-job's <c>callback_protocol</c>) becomes a
/// callback spec (<c>"role": "callback"</c>, its request tables the payload), by the rule of <c>CallbackRule</c>: a
/// "回调响应" / "Callback response" section and no response section. Any doc of that shape, whatever its name.
/// </summary>
public sealed class CallbackImportTests
{
    private const string Payload = """
        ### 功能描述

        通知调用方任务结束。

        ### 请求参数

        | 字段 | 类型 | 必选 | 描述 |
        |------|------|------|------|
        | task_id | long | 是 | 任务ID |
        | state | string | 是 | 任务状态 |

        ### 请求参数示例

        ```json
        {"task_id": 1, "state": "done"}
        ```

        """;

    private static ImportResult Import(string text, string fileName = "task_notify.md")
        => Importer.Import(DocReader.Parse(text, fileName), new ImportOptions { System = "demo" });

    [Fact]
    public void Bk_jobs_callback_protocol_doc_is_a_callback_spec_with_the_payload_of_its_tables()
    {
        var result = Fixtures.Import("conventions/callback_protocol.md");

        var api = (JsonObject)result.Spec["x-bkapi"]!;
        Assert.Equal(["system", "role", "callback", "payload"], api.Select(p => p.Key));
        Assert.Equal("callback", api["role"]!.GetValue<string>());
        Assert.Equal("callback_protocol", api["callback"]!.GetValue<string>());
        Assert.Equal("#/definitions/callback_protocol_payload", api["payload"]!["$ref"]!.GetValue<string>());
        var payload = (JsonObject)result.Spec["definitions"]!["callback_protocol_payload"]!;
        Assert.Equal(["job_instance_id", "status", "step_instance_list"], payload["properties"]!.AsObject().Select(p => p.Key));
        Assert.DoesNotContain("callback_protocol_data", result.Spec["definitions"]!.AsObject().Select(p => p.Key));
        var warning = Assert.Single(result.Warnings, w => w.Message.Contains("callback spec", StringComparison.Ordinal));
        Assert.Equal(41, warning.Line); // the "### 回调响应" heading
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("response", StringComparison.OrdinalIgnoreCase) && w.Message.Contains("empty object", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("### 回调响应\n\n回调成功以HTTP状态为准。\n")]
    [InlineData("### 回调结果\n\n返回 200 即可。\n")]
    [InlineData("### Callback response\n\nAnswer with HTTP 200.\n")]
    public void A_callback_response_section_without_a_response_section_makes_a_callback_spec(string section)
    {
        var result = Import(Payload + section);

        Assert.Equal("callback", result.Spec["x-bkapi"]!["role"]!.GetValue<string>());
        Assert.Equal("task_notify", result.Spec["x-bkapi"]!["callback"]!.GetValue<string>());
        Assert.Equal(["task_id", "state"], result.Spec["definitions"]!["task_notify_payload"]!["properties"]!.AsObject().Select(p => p.Key));
        Assert.Null(result.Spec["x-bkapi"]!["method"]);
    }

    [Fact]
    public void An_operation_that_documents_its_response_stays_an_operation_whatever_it_says_about_callbacks()
    {
        // An execution operation may describe what its callback answers; its own response section makes it an operation.
        var result = Import(Payload + """
            ### 回调响应

            回调成功以HTTP状态为准。

            ### 返回结果示例

            ```json
            {"result": true, "code": 0, "message": "", "data": {"ok": true}}
            ```
            """);

        var api = (JsonObject)result.Spec["x-bkapi"]!;
        Assert.Null(api["role"]);
        Assert.Equal("task_notify", api["operation"]!.GetValue<string>());
        Assert.Equal("#/definitions/task_notify_request", api["request"]!["$ref"]!.GetValue<string>());
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("callback spec", StringComparison.Ordinal));
    }

    [Fact]
    public void A_doc_without_a_callback_response_section_stays_an_operation()
    {
        var result = Import(Payload);

        Assert.Null(result.Spec["x-bkapi"]!["role"]);
        Assert.Equal("POST", result.Spec["x-bkapi"]!["method"]!.GetValue<string>());
    }

    [Fact]
    public void A_pointer_to_another_doc_is_no_type_reference()
    {
        // bk-job's bkci plugin doc: "回调协议参考callback_protocol组件文档" beside a table of the field's own.
        var result = Import("""
            ### 功能描述

            执行。

            ### 请求参数

            | 字段 | 类型 | 必选 | 描述 |
            |------|------|------|------|
            | callback | object | 否 | 回调配置。回调协议参考callback_protocol组件文档 |

            ##### callback

            | 字段 | 类型 | 必选 | 描述 |
            |------|------|------|------|
            | url | string | 是 | 回调URL |

            ### 返回结果示例

            ```json
            {"result": true, "code": 0, "message": "", "data": {"id": 1}}
            ```
            """);

        Assert.Equal("#/definitions/callback", result.Spec["definitions"]!["task_notify_request"]!["properties"]!["callback"]!["$ref"]!.GetValue<string>());
    }

    [Fact]
    public void A_reference_missing_one_word_of_a_table_name_uses_that_table_with_a_warning()
    {
        // bk-job's bkci plugin doc: "定义见 kube_pod_filter" over the table "kube_pod_prop_filter".
        var result = Import("""
            ### 功能描述

            执行。

            ### 请求参数

            | 字段 | 类型 | 必选 | 描述 |
            |------|------|------|------|
            | kube_pod_filter | object | 否 | pod 过滤器，定义见 kube_pod_filter |

            ##### kube_pod_prop_filter

            | 字段 | 类型 | 必选 | 描述 |
            |------|------|------|------|
            | pod_name_list | array | 否 | pod 名称列表 |

            ### 返回结果示例

            ```json
            {"result": true, "code": 0, "message": "", "data": {"id": 1}}
            ```
            """);

        Assert.Equal("#/definitions/kube_pod_prop_filter", result.Spec["definitions"]!["task_notify_request"]!["properties"]!["kube_pod_filter"]!["$ref"]!.GetValue<string>());
        Assert.Contains(result.Warnings, w => w.Line == 9 && w.Message.Contains("used the table 'kube_pod_prop_filter'", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_tables_one_word_away_from_a_reference_are_no_guess()
    {
        var error = Assert.Throws<DocException>(() => Import("""
            ### 功能描述

            执行。

            ### 请求参数

            | 字段 | 类型 | 必选 | 描述 |
            |------|------|------|------|
            | pod | object | 否 | 定义见 kube_pod_filter |

            ##### kube_pod_prop_filter

            | 字段 | 类型 | 必选 | 描述 |
            |------|------|------|------|
            | a | string | 否 | a |

            ##### kube_pod_name_filter

            | 字段 | 类型 | 必选 | 描述 |
            |------|------|------|------|
            | b | string | 否 | b |
            """));

        Assert.Equal(9, error.Line);
        Assert.Contains("no table 'kube_pod_filter'", error.Message, StringComparison.Ordinal);
    }
}
