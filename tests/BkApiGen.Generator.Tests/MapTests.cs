using System.Text.Json.Nodes;
using BkApiGen.Generator.Tests.Infrastructure;
using BkApiGen.Tests.Shared;
using Microsoft.CodeAnalysis;

namespace BkApiGen.Generator.Tests;

/// <summary>
/// Maps (<c>{"type": "object", "additionalProperties": {...}}</c> → <c>IReadOnlyDictionary&lt;string, T&gt;</c>) wherever a
/// spec may write one: inline with <c>"default": {}</c> (as a list with <c>"default": []</c>), and as a named definition
/// used through <c>$ref</c> (a member, the response's data), which is the map itself and not an empty record.
/// </summary>
public sealed class MapTests
{
    // "host" travels on both sides, "get_labels_request" only in requests, "labels_data" only in responses.
    private static SpecBuilder DefaultEmptySpec() => new SpecBuilder("cc", "get_labels")
        .Request("get_labels_request", o => o
            .Member("labels", Schema.MapOf(Schema.String).EmptyByDefault())
            .Member("host", Schema.Ref("host")))
        .Response("labels_data", o => o
            .Member("counts", Schema.MapOf(Schema.Int64).EmptyByDefault())
            .Member("hosts", Schema.ListOf(Schema.Ref("host")).EmptyByDefault())
            .Member("host", Schema.Ref("host")))
        .Object("host", o => o.Member("tags", Schema.MapOf(Schema.String).EmptyByDefault()));

    // "labels" is a map definition, "id_list" a list definition: both stand for the collection wherever they are referenced.
    private static SpecBuilder MapDefinitionSpec() => new SpecBuilder("cc", "find_hosts")
        .Definition("labels", Schema.MapOf(Schema.String).ToNode())
        .Definition("id_list", Schema.ListOf(Schema.Int64).ToNode())
        .Request("find_hosts_request", o => o
            .Member("match", Schema.Ref("labels"), required: true)
            .Member("bk_host_ids", Schema.Ref("id_list")))
        .Response("find_hosts_data", o => o
            .Member("tags", Schema.Ref("labels"))
            .Member("defaults", Schema.Ref("labels").With("default", new JsonObject()))
            .Member("by_name", Schema.MapOf(Schema.Ref("host_entry")))
            .Member("ids", Schema.Ref("id_list")))
        .Object("host_entry", o => o.Member("bk_host_id", Schema.Int64).Member("tags", Schema.Ref("labels")));

    private static IReadOnlyList<Diagnostic> CompileWith(SpecBuilder spec, string user)
    {
        var compilation = GeneratorHarness.CreateCompilation(user);
        GeneratorHarness.CreateDriver([GeneratorHarness.Spec(spec.Path, spec.ToJson())])
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Assert.True(generatorDiagnostics.IsEmpty, string.Join("\n", generatorDiagnostics));
        return output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
    }

    private static Compilation Generate(SpecBuilder spec)
    {
        var (result, output, _) = GeneratorHarness.Run([GeneratorHarness.Spec(spec.Path, spec.ToJson())]);
        Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics));
        return output;
    }

    [Fact]
    public void A_map_with_default_empty_is_a_non_nullable_member_on_either_side_and_compiles()
    {
        var problems = CompileWith(DefaultEmptySpec(), """
            using System.Collections.Generic;

            namespace Consumer.Cc
            {
                internal static class Use
                {
                    internal static int Read(LabelsData data)
                    {
                        IReadOnlyDictionary<string, long> counts = data.Counts;     // response-only
                        IReadOnlyDictionary<string, string> tags = data.Hosts[0].Tags; // both sides
                        return counts.Count + tags.Count;
                    }

                    // Not required in C#: it starts empty.
                    internal static GetLabelsRequest Empty() => new GetLabelsRequest();

                    internal static GetLabelsRequest Build() => new GetLabelsRequest
                    {
                        Labels = new Dictionary<string, string> { ["env"] = "prod" },
                        Host = new Host(),
                    };

                    internal static int Sent(GetLabelsRequest request) => request.Labels.Count + (request.Host?.Tags.Count ?? 0);
                }
            }
            """);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("GetLabelsRequest", "Labels")]
    [InlineData("LabelsData", "Counts")]
    [InlineData("Host", "Tags")]
    public void A_map_with_default_empty_reads_as_empty_when_absent_or_null(string type, string member)
    {
        var generated = GeneratedAssembly.Load(DefaultEmptySpec(), "GetLabelsJsonContext");
        var wire = type switch { "GetLabelsRequest" => "labels", "LabelsData" => "counts", _ => "tags" };

        var absent = GeneratedAssembly.Property(generated.Read(type, "{}"), member);
        var nulled = GeneratedAssembly.Property(generated.Read(type, $$"""{"{{wire}}": null}"""), member);
        var built = GeneratedAssembly.Property(generated.New(type), member);

        Assert.Empty(Assert.IsAssignableFrom<System.Collections.IDictionary>(absent));
        Assert.Empty(Assert.IsAssignableFrom<System.Collections.IDictionary>(nulled));
        Assert.Empty(Assert.IsAssignableFrom<System.Collections.IDictionary>(built));
    }

    [Fact]
    public void A_map_with_default_empty_reads_its_entries_when_present()
    {
        var generated = GeneratedAssembly.Load(DefaultEmptySpec(), "GetLabelsJsonContext");

        var data = generated.Read("LabelsData", """{"counts": {"a": 1, "b": "2"}, "hosts": [{"tags": {"env": "prod"}}]}""");

        Assert.Equal(new Dictionary<string, long> { ["a"] = 1, ["b"] = 2 }, (IReadOnlyDictionary<string, long>)GeneratedAssembly.Property(data, "Counts")!);
        var host = ((System.Collections.IList)GeneratedAssembly.Property(data, "Hosts")!)[0]!;
        Assert.Equal(new Dictionary<string, string> { ["env"] = "prod" }, (IReadOnlyDictionary<string, string>)GeneratedAssembly.Property(host, "Tags")!);
    }

    [Fact]
    public void A_reference_to_a_map_or_list_definition_is_the_collection_itself_and_no_type_is_emitted()
    {
        var spec = MapDefinitionSpec();
        var problems = CompileWith(spec, """
            using System.Collections.Generic;

            namespace Consumer.Cc
            {
                internal static class Use
                {
                    internal static FindHostsRequest Build() => new FindHostsRequest
                    {
                        Match = new Dictionary<string, string> { ["env"] = "prod" },
                        HostIds = new long[] { 1, 2 },
                    };

                    internal static int Read(FindHostsData data)
                    {
                        IReadOnlyDictionary<string, string>? tags = data.Tags;
                        IReadOnlyDictionary<string, string> defaults = data.Defaults;
                        IReadOnlyDictionary<string, string>? entryTags = data.ByName?["a"].Tags;
                        IReadOnlyList<long>? ids = data.Ids;
                        return (tags?.Count ?? 0) + defaults.Count + (entryTags?.Count ?? 0) + (ids?.Count ?? 0);
                    }
                }
            }
            """);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var output = Generate(spec);
        Assert.Null(output.GetTypeByMetadataName("Consumer.Cc.Labels"));
        Assert.Null(output.GetTypeByMetadataName("Consumer.Cc.IdList"));
    }

    [Fact]
    public void The_entries_of_a_referenced_map_definition_decode()
    {
        var generated = GeneratedAssembly.Load(MapDefinitionSpec(), "FindHostsJsonContext");

        var data = generated.Read("FindHostsData", """
            {"tags": {"env": "prod", "team": "ops"}, "by_name": {"a": {"bk_host_id": 7, "tags": {"rack": "r1"}}}, "ids": [3]}
            """);

        Assert.Equal(new Dictionary<string, string> { ["env"] = "prod", ["team"] = "ops" }, (IReadOnlyDictionary<string, string>)GeneratedAssembly.Property(data, "Tags")!);
        Assert.Empty((IReadOnlyDictionary<string, string>)GeneratedAssembly.Property(data, "Defaults")!);
        var entry = ((System.Collections.IDictionary)GeneratedAssembly.Property(data, "ByName")!)["a"]!;
        Assert.Equal(7L, GeneratedAssembly.Property(entry, "HostId"));
        Assert.Equal("r1", ((IReadOnlyDictionary<string, string>)GeneratedAssembly.Property(entry, "Tags")!)["rack"]);
        Assert.Equal([3L], (IReadOnlyList<long>)GeneratedAssembly.Property(data, "Ids")!);
    }

    [Fact]
    public void A_map_definition_as_the_response_is_the_data_type_of_the_method()
    {
        var spec = new SpecBuilder("cc", "count_labels")
            .Request("count_labels_request", o => o.Member("bk_biz_id", Schema.Int64, required: true))
            .Response("label_counts", Schema.MapOf(Schema.Ref("label_count")))
            .Object("label_count", o => o.Member("count", Schema.Int64));

        var problems = CompileWith(spec, """
            using System.Collections.Generic;
            using System.Threading.Tasks;

            namespace Consumer.Cc
            {
                internal static class Use
                {
                    internal static Task<IReadOnlyDictionary<string, LabelCount>> Call(ICcClient client)
                        => client.CountLabelsAsync(new CountLabelsRequest { BizId = 2 });
                }
            }
            """);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Null(Generate(spec).GetTypeByMetadataName("Consumer.Cc.LabelCounts"));
    }

    [Fact]
    public void A_nullable_map_definition_as_the_response_returns_a_nullable_map()
    {
        var spec = new SpecBuilder("cc", "count_labels")
            .Request("count_labels_request", o => o.Member("bk_biz_id", Schema.Int64, required: true))
            .Response("label_counts", Schema.MapOf(Schema.String.Nullable()).Nullable());

        var problems = CompileWith(spec, """
            using System.Collections.Generic;
            using System.Threading.Tasks;

            namespace Consumer.Cc
            {
                internal static class Use
                {
                    internal static Task<IReadOnlyDictionary<string, string?>?> Call(ICcClient client)
                        => client.CountLabelsAsync(new CountLabelsRequest { BizId = 2 });
                }
            }
            """);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("labels", "BKGEN0503")]  // a list of maps: a collection in a collection
    [InlineData("id_list", "BKGEN0503")] // a list of lists
    public void A_list_of_a_collection_definition_is_refused_at_the_items(string definition, string id)
    {
        var spec = MapDefinitionSpec()
            .Object("find_hosts_data", o => o.Member("rows", Schema.ListOf(Schema.Ref(definition))));

        var diagnostic = Assert.Single(Diagnostics(spec));

        Assert.Equal(id, diagnostic.Id);
        Assert.Contains("find_hosts_data.rows", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_map_of_a_map_definition_is_refused()
    {
        var spec = MapDefinitionSpec()
            .Object("find_hosts_data", o => o.Member("by_group", Schema.MapOf(Schema.Ref("labels"))));

        var diagnostic = Assert.Single(Diagnostics(spec));

        Assert.Equal("BKGEN0504", diagnostic.Id);
        Assert.Contains("find_hosts_data.by_group", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_definition_with_properties_and_additional_properties_is_refused_at_additional_properties()
    {
        var host = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["bk_host_id"] = Schema.Int64.ToNode() },
            ["additionalProperties"] = Schema.String.ToNode(),
        };
        var spec = new SpecBuilder("cc", "get_host")
            .Request("get_host_request", o => o.Member("bk_host_id", Schema.Int64, required: true))
            .ResponseIs("host")
            .Definition("host", host);

        var diagnostic = Assert.Single(Diagnostics(spec));

        Assert.Equal("BKGEN0508", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("'host'", diagnostic.GetMessage(), StringComparison.Ordinal);
        var line = spec.ToJson().Split('\n').Select((text, i) => (text, i)).First(l => l.text.Contains("\"additionalProperties\"", StringComparison.Ordinal)).i;
        Assert.Equal(line, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Theory]
    [InlineData("{}")]    // any value: the same as leaving it out
    [InlineData("false")] // no other member: nothing is dropped
    [InlineData("true")]
    public void Properties_with_an_additional_properties_that_says_nothing_of_the_values_still_compile(string additional)
    {
        var host = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["bk_host_id"] = Schema.Int64.ToNode() },
            ["additionalProperties"] = JsonNode.Parse(additional),
        };
        var spec = new SpecBuilder("cc", "get_host")
            .Request("get_host_request", o => o.Member("bk_host_id", Schema.Int64, required: true))
            .ResponseIs("host")
            .Definition("host", host);

        var problems = CompileWith(spec, "namespace Consumer { internal static class Marker { } }");

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// Values that may be null (<c>["string", "null"]</c>): <c>IReadOnlyDictionary&lt;string, string?&gt;</c>, whose values
    /// (unlike a list's items) do not convert from non-null ones, so the runtime calls name the value type.
    /// </summary>
    private static SpecBuilder NullableValuesSpec() => new SpecBuilder("cc", "get_notes")
        .Request("get_notes_request", o => o
            .Member("notes", Schema.MapOf(Schema.String.Nullable()))
            .Member("extra", Schema.MapOf(Schema.String.Nullable()).EmptyByDefault()))
        .Response("get_notes_data", o => o
            .Member("notes", Schema.MapOf(Schema.String.Nullable()))
            .Member("extra", Schema.MapOf(Schema.String.Nullable()).EmptyByDefault())
            .Member("counts", Schema.MapOf(Schema.Int64.Nullable())));

    [Fact]
    public void A_map_of_nullable_values_compiles_on_either_side_and_as_the_response()
    {
        var problems = CompileWith(NullableValuesSpec(), """
            using System.Collections.Generic;

            namespace Consumer.Cc
            {
                internal static class Use
                {
                    internal static GetNotesRequest Build() => new GetNotesRequest
                    {
                        Notes = new Dictionary<string, string?> { ["a"] = null },
                        Extra = new Dictionary<string, string?> { ["b"] = "x" },
                    };

                    internal static int Read(GetNotesData data)
                    {
                        IReadOnlyDictionary<string, string?>? notes = data.Notes;
                        IReadOnlyDictionary<string, string?> extra = data.Extra;
                        return (notes?.Count ?? 0) + extra.Count;
                    }
                }
            }
            """);
        var data = new SpecBuilder("cc", "get_note_map")
            .Request("get_note_map_request", o => o.Member("bk_biz_id", Schema.Int64))
            .Response("note_map", Schema.MapOf(Schema.String.Nullable()));
        var dataProblems = CompileWith(data, """
            using System.Collections.Generic;
            using System.Threading.Tasks;

            namespace Consumer.Cc
            {
                internal static class Use
                {
                    internal static Task<IReadOnlyDictionary<string, string?>> Call(ICcClient client) => client.GetNoteMapAsync(new GetNoteMapRequest());
                }
            }
            """);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(dataProblems.Count == 0, string.Join("\n", dataProblems));
    }

    [Fact]
    public void A_map_of_nullable_values_keeps_its_null_entries_both_ways()
    {
        var generated = GeneratedAssembly.Load(NullableValuesSpec(), "GetNotesJsonContext");

        var request = generated.Read("GetNotesRequest", """{"notes": {"a": null, "b": "x"}, "extra": null}""");
        var data = generated.Read("GetNotesData", """{"notes": {"a": null}, "counts": {"n": null, "m": 2}}""");

        Assert.Equal(new Dictionary<string, string?> { ["a"] = null, ["b"] = "x" }, (IReadOnlyDictionary<string, string?>)GeneratedAssembly.Property(request, "Notes")!);
        Assert.Empty((IReadOnlyDictionary<string, string?>)GeneratedAssembly.Property(request, "Extra")!);
        Assert.Equal("""{"notes":{"a":null,"b":"x"},"extra":{}}""", generated.Write(request));
        Assert.Equal(new Dictionary<string, string?> { ["a"] = null }, (IReadOnlyDictionary<string, string?>)GeneratedAssembly.Property(data, "Notes")!);
        // Values of a value type stay non-nullable (a map of long): a null one reads as an absent entry, as in any map.
        Assert.Equal(new Dictionary<string, long> { ["m"] = 2 }, (IReadOnlyDictionary<string, long>)GeneratedAssembly.Property(data, "Counts")!);
    }

    [Fact]
    public void A_map_definition_of_a_definitions_file_is_a_map_there_and_refused_from_another_file()
    {
        // Only a definitions file's objects, unions and enums are exported (as its scalar aliases are not): a $ref from
        // another file to its map is an error at that $ref, never the empty record that once dropped the entries.
        const string common = """
            { "x-bkapi": { "system": "cc", "role": "definitions" },
              "definitions": {
                "labels": { "type": "object", "additionalProperties": { "type": "string" } },
                "host": { "type": "object", "properties": { "tags": { "$ref": "#/definitions/labels" } } } } }
            """;
        const string operation = """
            { "x-bkapi": { "system": "cc", "operation": "get_tags", "method": "POST", "gatewayPath": "/api/v3/get_tags",
                "request": { "$ref": "#/definitions/get_tags_request" }, "response": { "$ref": "#/definitions/get_tags_data" } },
              "definitions": {
                "get_tags_request": { "type": "object", "properties": { "host": { "$ref": "common.bkapi.json#/definitions/host" } } },
                "get_tags_data": { "type": "object", "properties": { "tags": { "$ref": "common.bkapi.json#/definitions/labels" } } } } }
            """;

        var (alone, aloneCompiler, _) = GeneratorHarness.Compile([("/p/common.bkapi.json", common)]);
        var (generator, _, _) = GeneratorHarness.Compile([("/p/common.bkapi.json", common), ("/p/get_tags.bkapi.json", operation)]);

        Assert.Empty(alone);
        Assert.Empty(aloneCompiler);
        var diagnostic = Assert.Single(generator);
        Assert.Equal("BKGEN0301", diagnostic.Id);
        Assert.Equal("/p/get_tags.bkapi.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("common.bkapi.json#/definitions/labels", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_map_member_of_a_definitions_file_type_reads_its_entries_in_the_file()
    {
        const string common = """
            { "x-bkapi": { "system": "cc", "role": "definitions" },
              "definitions": {
                "labels": { "type": "object", "additionalProperties": { "type": "string" } },
                "host": { "type": "object", "properties": { "tags": { "$ref": "#/definitions/labels" } } } } }
            """;
        var compilation = GeneratorHarness.CreateCompilation("""
            using System.Collections.Generic;

            namespace Consumer.Cc
            {
                internal static class Use
                {
                    internal static string? Env(Host host) => host.Tags?["env"];
                }
            }
            """);

        GeneratorHarness.CreateDriver([GeneratorHarness.Spec("/p/common.bkapi.json", common)])
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Null(output.GetTypeByMetadataName("Consumer.Cc.Labels"));
    }

    /// <summary>
    /// <c>"additionalProperties": {}</c> (values of any shape) is a map of <c>JsonElement</c>, and <c>true</c> alone (members
    /// of any shape) the <c>JsonElement</c> itself, through a definition as inline; a bare <c>{"type": "object"}</c>
    /// definition stays the empty record of a response without data.
    /// </summary>
    [Fact]
    public void A_definition_of_any_values_or_any_members_keeps_them_and_a_bare_object_stays_a_record()
    {
        var spec = new SpecBuilder("cc", "get_extras")
            .Definition("any_values", new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject() })
            .Definition("any_members", new JsonObject { ["type"] = "object", ["additionalProperties"] = true })
            .Definition("nothing", new JsonObject { ["type"] = "object" })
            .Request("get_extras_request", o => o.Member("bk_biz_id", Schema.Int64))
            .Response("get_extras_data", o => o
                .Member("values", Schema.Ref("any_values"))
                .Member("members", Schema.Ref("any_members"))
                .Member("inline_members", Schema.Any.With("additionalProperties", true))
                .Member("nothing", Schema.Ref("nothing")));

        var output = Generate(spec);
        var members = output.GetTypeByMetadataName("Consumer.Cc.GetExtrasData")!.GetMembers().OfType<IPropertySymbol>()
            .ToDictionary(p => p.Name, p => p.Type.ToDisplayString());
        var generated = GeneratedAssembly.Load(spec, "GetExtrasJsonContext");
        var data = generated.Read("GetExtrasData", """{"values": {"a": [1], "b": "x"}, "members": {"c": 2}}""");

        Assert.Equal("System.Collections.Generic.IReadOnlyDictionary<string, System.Text.Json.JsonElement>?", members["Values"]);
        Assert.Equal("System.Text.Json.JsonElement?", members["Members"]);
        Assert.Equal(members["InlineMembers"], members["Members"]);
        Assert.Equal("Consumer.Cc.Nothing?", members["Nothing"]);
        Assert.Null(output.GetTypeByMetadataName("Consumer.Cc.AnyValues"));
        Assert.Null(output.GetTypeByMetadataName("Consumer.Cc.AnyMembers"));
        Assert.Equal("[1]", ((IReadOnlyDictionary<string, System.Text.Json.JsonElement>)GeneratedAssembly.Property(data, "Values")!)["a"].GetRawText());
        Assert.Equal(2, ((System.Text.Json.JsonElement?)GeneratedAssembly.Property(data, "Members"))!.Value.GetProperty("c").GetInt32());
    }

    /// <summary>Where only an object will do, a map definition is refused as a scalar alias is, never taken for an empty record.</summary>
    [Fact]
    public void A_map_definition_as_the_request_a_union_case_or_a_callback_payload_is_refused()
    {
        var request = new SpecBuilder("cc", "set_labels")
            .Definition("labels", Schema.MapOf(Schema.String).ToNode())
            .Response("set_labels_data", o => o.Member("ok", Schema.Boolean));
        request.Header("request", Schema.Ref("labels").ToNode());
        var union = new SpecBuilder("cc", "get_node")
            .Request("get_node_request", o => o.Member("id", Schema.Int64))
            .Definition("labels", Schema.MapOf(Schema.String).ToNode())
            .Object("host_node", o => o.Member("kind", Schema.Int32).Member("ip", Schema.String))
            .Union("node", "kind", u => u.Case("1", "host_node").Case("2", "labels").Member("kind", Schema.Int32))
            .ResponseIs("node");
        var callback = SpecBuilder.Callback("cc", "labels_changed")
            .Definition("labels", Schema.MapOf(Schema.String).ToNode())
            .Header("payload", Schema.Ref("labels").ToNode());

        Assert.Equal("BKGEN0213", Assert.Single(Diagnostics(request)).Id);
        Assert.Equal("BKGEN0606", Assert.Single(Diagnostics(union)).Id);
        Assert.Equal("BKGEN0220", Assert.Single(Diagnostics(callback)).Id);
    }

    private static IReadOnlyList<Diagnostic> Diagnostics(SpecBuilder spec)
    {
        var (result, _, _) = GeneratorHarness.Run([GeneratorHarness.Spec(spec.Path, spec.ToJson())]);
        Assert.Null(result.Results.Single().Exception);
        return result.Diagnostics;
    }
}
