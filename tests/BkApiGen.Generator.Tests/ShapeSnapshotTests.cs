using System.Text.Json;
using BkApiGen.Generator.Tests.Infrastructure;
using BkApiGen.Tests.Shared;
using Microsoft.CodeAnalysis;

namespace BkApiGen.Generator.Tests;

/// <summary>
/// One tiny spec per shape, built with <see cref="SpecBuilder"/>, and the reviewed generated file(s) that say how that
/// shape is written (<c>Snapshots/Shape.{Name}#{Part}.verified.cs</c>, the parts of the spec's file): a change to how one shape is emitted shows up as
/// a small diff in that shape's snapshot, beside the seed's large ones (SeedSnapshotTests).
/// </summary>
public sealed class ShapeSnapshotTests
{
    // The union spec compiled and loaded once per declared position of its discriminator.
    private static readonly Lazy<GeneratedAssembly> UnionDeclaredFirst = new(() => GeneratedAssembly.Load(UnionSpec(discriminatorFirst: true), "GetIpLogsJsonContext"));

    private static readonly Lazy<GeneratedAssembly> UnionDeclaredLast = new(() => GeneratedAssembly.Load(UnionSpec(discriminatorFirst: false), "GetIpLogsJsonContext"));

    [Fact]
    public void Object_with_scalar_members()
    {
        var spec = new SpecBuilder("jobv3", "get_host")
            .Request("get_host_request", o => o
                .Member("bk_host_id", Schema.Int64, required: true)
                .Member("with_detail", Schema.Boolean))
            .Response("host", o => o
                .Member("bk_host_id", Schema.Int64.NeverNull(), required: true)
                .Member("bk_cloud_id", Schema.Int32)
                .Member("ip", Schema.String.Description("IPv4 address."))
                .Member("cpu_load", Schema.Number)
                .Member("detail", Schema.Any));

        VerifyShape("Object", spec, "Models", "Json");
    }

    [Fact]
    public void Union_read_by_its_discriminator()
        => VerifyShape("Union", UnionSpec(discriminatorFirst: true), "Models", "Json");

    /// <summary>
    /// Where the discriminator is, in the spec or in the JSON, does not matter: the converter looks ahead for it, so the
    /// doc's examples (discriminator first, last, or left out) all read. Without it the object is the unknown case, with a
    /// null discriminator and the whole object kept.
    /// </summary>
    [Theory]
    [InlineData(true, """{"log_type": 1, "step_instance_id": 7, "script_output": "ok"}""", "ScriptIpLogs")]
    [InlineData(true, """{"step_instance_id": 7, "file_count": 2, "log_type": 2}""", "FileIpLogs")]
    [InlineData(true, """{"step_instance_id": 7, "script_output": "ok"}""", "UnknownIpLogs")]
    [InlineData(false, """{"log_type": 1, "step_instance_id": 7, "script_output": "ok"}""", "ScriptIpLogs")]
    [InlineData(false, """{"step_instance_id": 7, "file_count": 2, "log_type": 2}""", "FileIpLogs")]
    [InlineData(false, """{"step_instance_id": 7, "script_output": "ok"}""", "UnknownIpLogs")]
    public void Union_case_is_read_wherever_the_discriminator_is(bool declaredFirst, string json, string expectedCase)
    {
        var generated = declaredFirst ? UnionDeclaredFirst.Value : UnionDeclaredLast.Value;

        var logs = generated.Read("IpLogs", json);

        Assert.Equal(expectedCase, logs.GetType().Name);
        Assert.Equal(7L, GeneratedAssembly.Property(logs, "StepInstanceId"));
        if (expectedCase == "UnknownIpLogs")
        {
            Assert.Null(GeneratedAssembly.Property(logs, "LogType"));
            var raw = (JsonElement)GeneratedAssembly.Property(logs, "Raw")!;
            Assert.Equal("ok", raw.GetProperty("script_output").GetString());
        }
        else
        {
            Assert.Equal(expectedCase == "ScriptIpLogs" ? "ok" : (object)2, GeneratedAssembly.Property(logs, expectedCase == "ScriptIpLogs" ? "ScriptOutput" : "FileCount"));
        }
    }

    [Fact]
    public void Integer_enum()
    {
        var spec = new SpecBuilder("jobv3", "get_step_status")
            .Request("get_step_status_request", o => o.Member("status", Schema.Ref("step_status"), required: true))
            .Response("step_status_data", o => o.Member("status", Schema.Ref("step_status")))
            .IntEnum("step_status", (1, "Waiting"), (2, "Running"), (3, "Success"));

        VerifyShape("IntEnum", spec, "Models", "Json");
    }

    [Fact]
    public void String_enum()
    {
        var spec = new SpecBuilder("jobv3", "get_scope")
            .Request("get_scope_request", o => o.Member("bk_scope_type", Schema.Ref("scope_type"), required: true))
            .Response("scope_data", o => o.Member("bk_scope_type", Schema.Ref("scope_type")))
            .StringEnum("scope_type", ["biz", "biz_set"], ["Biz", "BizSet"]);

        VerifyShape("StringEnum", spec, "Models", "Json");
    }

    [Fact]
    public void List_of_scalars_and_of_objects()
    {
        var spec = new SpecBuilder("jobv3", "get_hosts")
            .Request("get_hosts_request", o => o.Member("bk_host_ids", Schema.ListOf(Schema.Int64), required: true))
            .Response("hosts_data", o => o
                .Member("hosts", Schema.ListOf(Schema.Ref("host_item")).EmptyByDefault())
                .Member("tags", Schema.ListOf(Schema.String)))
            .Object("host_item", o => o.Member("ip", Schema.String));

        VerifyShape("List", spec, "Models", "Json");
    }

    [Fact]
    public void Map_from_additional_properties()
    {
        var spec = new SpecBuilder("cc", "get_labels")
            .Request("get_labels_request", o => o
                .Member("labels", Schema.MapOf(Schema.String), required: true)
                .Member("exclude", Schema.MapOf(Schema.String).EmptyByDefault()))
            .Response("labels_data", o => o
                .Member("counts", Schema.MapOf(Schema.Int64))
                .Member("owners", Schema.MapOf(Schema.String.Nullable()).EmptyByDefault()));

        VerifyShape("Map", spec, "Models", "Json");
    }

    [Fact]
    public void Nested_list_of_maps_through_an_object()
    {
        // A collection directly inside a collection is BKGEN0005 (wrap the inner one in an object): this is the wrapped form.
        var spec = new SpecBuilder("cc", "get_rows")
            .Request("get_rows_request", o => o.Member("filters", Schema.ListOf(Schema.Ref("filter"))))
            .Response("rows_data", o => o.Member("rows", Schema.ListOf(Schema.Ref("row")).EmptyByDefault()))
            .Object("filter", o => o.Member("match", Schema.MapOf(Schema.String), required: true))
            .Object("row", o => o.Member("cells", Schema.MapOf(Schema.Ref("cell"))))
            .Object("cell", o => o.Member("values", Schema.ListOf(Schema.Int64)));

        VerifyShape("NestedListOfMaps", spec, "Models", "Json");
    }

    [Fact]
    public void Validation_keywords_on_a_request()
    {
        var spec = new SpecBuilder("jobv3", "create_account")
            .Request("create_account_request", o => o
                .Member("account", Schema.String.MinLength(1).MaxLength(32).Pattern("^[a-z][a-z0-9_]*$"), required: true)
                .Member("priority", Schema.Int32.Minimum(1).Maximum(5))
                .Member("hosts", Schema.ListOf(Schema.String.Format("ipv4")).MinItems(1).MaxItems(100)))
            .Response("create_account_data", o => o.Member("id", Schema.Int64));

        VerifyShape("Validation", spec, "Models");
    }

    [Fact]
    public void Scalar_data()
    {
        // bk-job's update_cron_status doc: "data": 2. The method returns the number; the envelope reads it with the runtime's
        // scalar converter, and a null or missing data is an invalid response (a long cannot say "none").
        var spec = new SpecBuilder("jobv3", "update_cron_status")
            .Request("update_cron_status_request", o => o.Member("id", Schema.Int64, required: true))
            .Response("cron_id", Schema.Int64.Description("The cron job's id."));

        VerifyShape("ScalarData", spec, "Operation", "Json");
    }

    [Fact]
    public void Nullable_scalar_data()
    {
        // "null" in the data's type: the method returns long? and a null or missing data is null, not a failure.
        var spec = new SpecBuilder("jobv3", "count_cron_runs")
            .Request("count_cron_runs_request", o => o.Member("id", Schema.Int64, required: true))
            .Response("run_count", Schema.Int64.Nullable());

        VerifyShape("NullableScalarData", spec, "Operation", "Json");
    }

    [Fact]
    public void List_data()
    {
        // "data": [{...}]: the items' type travels in responses (nullable members), the list is read by the runtime.
        var spec = new SpecBuilder("jobv3", "list_crons")
            .Request("list_crons_request", o => o.Member("bk_biz_id", Schema.Int64, required: true))
            .Response("crons", Schema.ListOf(Schema.Ref("cron")))
            .Object("cron", o => o.Member("id", Schema.Int64, required: true).Member("name", Schema.String));

        VerifyShape("ListData", spec, "Models", "Operation", "Json");
    }

    [Fact]
    public void Nullable_list_data()
    {
        // What CMDB's Go handlers send for "no rows" (a nil slice is null): the method returns IReadOnlyList<Module>?, a null
        // data is null. The item's converter serves the nullable list as it is (no CS8620 for JsonConverter<T> vs T?).
        var spec = new SpecBuilder("cc", "find_module_batch")
            .Request("find_module_batch_request", o => o.Member("bk_biz_id", Schema.Int64, required: true))
            .Response("find_module_batch_data", Schema.ListOf(Schema.Ref("module")).Nullable())
            .Object("module", o => o.Member("bk_module_id", Schema.Int64, required: true));

        VerifyShape("NullableListData", spec, "Operation", "Json");
    }

    [Fact]
    public void Nullable_string_data()
    {
        // CMDB's delete docs show "data": "success" and the server sends null: string? from a reference-type converter.
        var spec = new SpecBuilder("cc", "delete_inst")
            .Request("delete_inst_request", o => o.Member("bk_obj_id", Schema.String, required: true))
            .Response("delete_inst_data", Schema.String.Nullable());

        VerifyShape("NullableStringData", spec, "Json");
    }

    [Fact]
    public void Type_on_both_the_request_and_the_response_side()
    {
        // The host is sent (required, so C# `required` and refused by Validate() when null) and received (so nullable).
        var spec = new SpecBuilder("jobv3", "move_host")
            .Request("move_host_request", o => o.Member("host", Schema.Ref("host"), required: true))
            .Response("move_host_data", o => o.Member("host", Schema.Ref("host")))
            .Object("host", o => o
                .Member("bk_cloud_id", Schema.Int64, required: true)
                .Member("ip", Schema.String.MinLength(1), required: true));

        VerifyShape("RequestAndResponseType", spec, "Models");
    }

    [Fact]
    public void Paging_by_offset_and_limit()
    {
        var spec = new SpecBuilder("jobv3", "get_job_list")
            .Header("idempotent", true)
            .Request("get_job_list_request", o => o
                .Member("start", Schema.Int32)
                .Member("length", Schema.Int32))
            .Response("job_list_data", o => o
                .Member("total", Schema.Int64)
                .Member("data", Schema.ListOf(Schema.Ref("job")).EmptyByDefault()))
            .Object("job", o => o.Member("id", Schema.Int64))
            .Pagination(offset: "start", limit: "length", total: "total", items: "data", maxLimit: 1000);

        VerifyShape("Paging", spec, "Operation");
    }

    [Fact]
    public void Paging_through_a_page_object()
    {
        // CMDB's form: offset and limit are members of the request's optional `page`, built when the caller leaves it out.
        var spec = new SpecBuilder("cc", "list_hosts")
            .Request("list_hosts_request", o => o
                .Member("bk_biz_id", Schema.Int64, required: true)
                .Member("page", Schema.Ref("page")))
            .Response("list_hosts_data", o => o
                .Member("count", Schema.Int32)
                .Member("info", Schema.ListOf(Schema.Ref("host")).EmptyByDefault()))
            .Object("page", o => o
                .Member("start", Schema.Int32)
                .Member("limit", Schema.Int32)
                .Member("sort", Schema.String))
            .Object("host", o => o.Member("bk_host_id", Schema.Int64))
            .Pagination(offset: "page.start", limit: "page.limit", total: "count", items: "info", maxLimit: 500);

        VerifyShape("PagingThroughPageObject", spec, "Operation");
    }

    [Fact]
    public void Paging_with_a_count_request()
    {
        // CMDB's enable_count: a fresh page with the flag set asks for the total alone; every page then asks for items.
        var spec = new SpecBuilder("cc", "list_kube_pod")
            .Request("list_kube_pod_request", o => o
                .Member("bk_biz_id", Schema.Int64, required: true)
                .Member("page", Schema.Ref("page"), required: true))
            .Response("list_kube_pod_data", o => o
                .Member("count", Schema.Int64)
                .Member("info", Schema.ListOf(Schema.Ref("pod")).EmptyByDefault()))
            .Object("page", o => o
                .Member("start", Schema.Int32, required: true)
                .Member("limit", Schema.Int32, required: true)
                .Member("enable_count", Schema.Boolean, required: true)
                .Member("sort", Schema.String))
            .Object("pod", o => o.Member("id", Schema.Int64))
            .Pagination(offset: "page.start", limit: "page.limit", total: "count", items: "info", maxLimit: 500, countFlag: "page.enable_count");

        VerifyShape("PagingWithCountRequest", spec, "Operation");
    }

    [Fact]
    public void Chunking_a_request_list()
    {
        var spec = new SpecBuilder("cc", "delete_hosts")
            .Request("delete_hosts_request", o => o.Member("bk_host_ids", Schema.ListOf(Schema.Int64).MaxItems(500), required: true))
            .Response("delete_hosts_data", o => o.Member("deleted", Schema.Int64))
            .Chunk("bk_host_ids");

        VerifyShape("Chunking", spec, "Operation");
    }

    [Fact]
    public void Chunking_by_either_of_two_request_lists()
    {
        var spec = new SpecBuilder("cc", "transfer_modules")
            .Request("transfer_modules_request", o => o
                .Member("bk_set_ids", Schema.ListOf(Schema.Int64).MaxItems(100))
                .Member("bk_module_ids", Schema.ListOf(Schema.Int64).MaxItems(200)))
            .Response("transfer_modules_data", o => o.Member("moved", Schema.Int64))
            .Chunk("bk_set_ids", "bk_module_ids");

        VerifyShape("ChunkingByTwoLists", spec, "Operation");
    }

    [Fact]
    public void Operation_the_gateway_verifies_app_and_user_for()
    {
        // bk-job's resources.yaml authConfig, as the importer carries it: one flag on the descriptor, nothing per call.
        var spec = new SpecBuilder("jobv3", "get_job_instance_status")
            .Auth(app: true, user: true)
            .Request("get_job_instance_status_request", o => o.Member("job_instance_id", Schema.Int64, required: true))
            .Response("job_instance_status_data", o => o.Member("finished", Schema.Boolean));

        VerifyShape("VerifiedAppAndUser", spec, "Operation");
    }

    [Fact]
    public void Callback_payload()
    {
        // bk-job's callback_protocol: a body bk-job POSTs to the caller's callback_url. No client method: the payload type,
        // its converter and context, and a static Parse / ParseAsync over the generated metadata.
        VerifyShape("Callback", CallbackSpec(), "Models", "Json", "Callback");
    }

    /// <summary>
    /// What bk-job's sender really posts (JobListener.callback → CallbackListener: Jackson over <c>JobCallbackDTO</c>,
    /// <c>NON_NULL</c>, members in declaration order, <c>step_instances</c> whatever the doc calls it), read by the generated
    /// <c>Parse(ReadOnlySpan&lt;byte&gt;)</c> the way a receiver would call it.
    /// </summary>
    [Fact]
    public void Callback_payload_parses_the_body_bk_job_sends()
    {
        var callback = CallbackPayload.Value.CallStatic("Receiver", "Parse", """{"job_instance_id":12345,"status":3,"step_instances":[{"step_instance_id":16271,"status":3},{"step_instance_id":16272,"status":4}]}"""u8.ToArray())!;

        Assert.Equal(12345L, GeneratedAssembly.Property(callback, "JobInstanceId"));
        Assert.Equal("Success", GeneratedAssembly.Property(callback, "Status")!.ToString());
        var steps = ((System.Collections.IEnumerable)GeneratedAssembly.Property(callback, "StepInstances")!).Cast<object>().ToList();
        Assert.Equal([16271L, 16272L], steps.Select(s => (long)GeneratedAssembly.Property(s, "StepInstanceId")!));
        Assert.Equal(["Success", "Fail"], steps.Select(s => GeneratedAssembly.Property(s, "Status")!.ToString()));
    }

    [Theory]
    [InlineData("""{"job_instance_id": 7, "status": null}""")] // a member sent as null
    [InlineData("""{"job_instance_id": 7, "step_instances": null}""")] // the list null, the status absent
    [InlineData("""{"job_instance_id": 7, "status": 99, "step_instance_list": []}""")] // a status newer than the spec; the doc's name of the list
    public void Callback_payload_reads_null_absent_and_unknown_members(string body)
    {
        var callback = CallbackPayload.Value.CallStatic("Receiver", "Parse", System.Text.Encoding.UTF8.GetBytes(body))!;

        Assert.Equal(7L, GeneratedAssembly.Property(callback, "JobInstanceId"));
        var status = GeneratedAssembly.Property(callback, "Status");
        Assert.True(status is null || Convert.ToInt64(status, System.Globalization.CultureInfo.InvariantCulture) == 99);
        Assert.Empty((System.Collections.IEnumerable)GeneratedAssembly.Property(callback, "StepInstances")!);
    }

    [Theory]
    [InlineData("", "the body is empty.")]
    [InlineData("null", "the body is JSON null.")]
    [InlineData("""{"job_instance_id": {"id": 1}}""", "job_callback_payload.job_instance_id")]
    [InlineData("""{"job_instance_id": 1, "status": 3""", "")]
    public void Callback_payload_refuses_a_body_that_is_not_the_payload(string body, string problem)
    {
        var ex = Assert.Throws<BkApiGen.Runtime.Errors.BkInvalidCallbackException>(() => CallbackPayload.Value.CallStatic("Receiver", "Parse", System.Text.Encoding.UTF8.GetBytes(body)));

        Assert.Equal("jobv3.job_callback", ex.Callback);
        Assert.Contains(problem, ex.Problem, StringComparison.Ordinal);
        Assert.StartsWith("jobv3.job_callback: invalid callback body: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Callback_payload_parses_a_stream()
    {
        using var body = new MemoryStream("""{"status":4,"job_instance_id":9}"""u8.ToArray());

        var task = (ValueTask<object>)CallbackPayload.Value.CallStatic("Receiver", "ParseAsync", body)!;
        var callback = await task;

        Assert.Equal(9L, GeneratedAssembly.Property(callback, "JobInstanceId"));
        Assert.Equal("Fail", GeneratedAssembly.Property(callback, "Status")!.ToString());
    }

    // The callback spec compiled with a receiver that calls Parse as a user's code does (a span cannot go through reflection).
    private static readonly Lazy<GeneratedAssembly> CallbackPayload = new(() => GeneratedAssembly.Load(CallbackSpec(), "JobCallbackJsonContext", """
        namespace Consumer
        {
            public static class Receiver
            {
                public static object Parse(byte[] body) => Consumer.JobV3.JobCallbackPayload.Parse(body);

                public static async System.Threading.Tasks.ValueTask<object> ParseAsync(System.IO.Stream body) => await Consumer.JobV3.JobCallbackPayload.ParseAsync(body);
            }
        }
        """));

    private static SpecBuilder CallbackSpec()
        => SpecBuilder.Callback("jobv3", "job_callback")
            .Payload("job_callback_payload", o => o
                .Member("job_instance_id", Schema.Int64.Description("The job instance."), required: true)
                .Member("status", Schema.Ref("run_status"), required: true)
                .Member("step_instances", Schema.ListOf(Schema.Ref("step_status")).EmptyByDefault().With("x-aliases", new System.Text.Json.Nodes.JsonArray("step_instance_list")), required: true))
            .Object("step_status", o => o
                .Member("step_instance_id", Schema.Int64, required: true)
                .Member("status", Schema.Ref("run_status"), required: true))
            .IntEnum("run_status", (1, "Blank"), (2, "Running"), (3, "Success"), (4, "Fail"));

    /// <summary>
    /// A union <c>ip_logs</c> read by <c>log_type</c> (1: script, 2: file), with one member every case shares, declared
    /// before or after the discriminator; the example is bk-job's doc's (it puts the discriminator last).
    /// </summary>
    private static SpecBuilder UnionSpec(bool discriminatorFirst)
        => new SpecBuilder("jobv3", "get_ip_logs")
            .Request("get_ip_logs_request", o => o.Member("step_instance_id", Schema.Int64, required: true))
            .ResponseIs("ip_logs")
            .Union("ip_logs", "log_type", u =>
            {
                if (discriminatorFirst)
                {
                    u.Member("log_type", Schema.Ref("log_type"), required: true);
                }

                u.Member("step_instance_id", Schema.Int64);
                if (!discriminatorFirst)
                {
                    u.Member("log_type", Schema.Ref("log_type"), required: true);
                }

                u.Case("1", "script_ip_logs").Case("2", "file_ip_logs").Example("""{"step_instance_id": 7, "script_output": "ok", "log_type": 1}""");
            })
            .Object("script_ip_logs", o => o.Member("script_output", Schema.String))
            .Object("file_ip_logs", o => o.Member("file_count", Schema.Int32))
            .IntEnum("log_type", (1, "Script"), (2, "File"));

    /// <summary>
    /// Generates the spec alone (namespace <c>Consumer</c>), requires no diagnostic from the generator or the compiler,
    /// and compares each named file (<c>Models</c>, <c>Json</c>, <c>Operation</c> or the client's name) with its snapshot.
    /// </summary>
    private static void VerifyShape(string name, SpecBuilder spec, params string[] parts)
    {
        var (result, output, _) = GeneratorHarness.Run([GeneratorHarness.Spec(spec.Path, spec.ToJson())]);

        Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics));
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        var generated = result.Results.Single().GeneratedSources;
        var specFile = Assert.Single(generated, s => !s.HintName.EndsWith(".Client.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        foreach (var part in parts)
        {
            Snapshot.Verify($"Shape.{name}#{part}", SpecFileParts.Part(specFile, part));
        }
    }
}
