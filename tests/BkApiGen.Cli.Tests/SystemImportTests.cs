using System.Text.Json.Nodes;
using BkApiGen.Cli.Import.Sets;
using BkApiGen.Cli.Tests.Infrastructure;
using BkApiGen.Tests.Shared;

namespace BkApiGen.Cli.Tests;

/// <summary>
/// <c>bkapigen import DIR -o OUTDIR</c> on the whole-system fixtures (Fixtures/systems, see its README): an ESB component
/// folder with one hand-damaged doc, and an API gateway definition with j2 partials.
/// </summary>
public sealed class SystemImportTests
{
    private static string Esb => Fixtures.PathOf("systems/jobv3");

    private static string Gateway => Fixtures.PathOf("systems/bk-job-apigw");

    [Fact]
    public void Esb_folder_writes_a_spec_per_doc_and_refuses_the_damaged_doc_at_its_line()
    {
        using var output = new TempFolder();
        var (code, summary, error) = CheckTests.Run("import", Esb, "-o", output.Path);

        Assert.Equal(2, code);
        Assert.Contains("error: zh_hans/delete_script.md:16: '定义见owner' refers to 'owner'", error, StringComparison.Ordinal);
        Assert.Equal(
            new[] { "batch_get_job_instance_ip_log", "check_script", "common", "fast_execute_script", "fast_execute_sql", "get_job_instance_ip_log", "update_script_basic" },
            output.Specs().Keys.Order(StringComparer.Ordinal));
        Assert.Matches(@"^6 imported, 1 refused, \d+ warnings\n$", summary);
        var warnings = error.Split('\n').Count(l => l.StartsWith("WARNING ", StringComparison.Ordinal));
        Assert.EndsWith($", {warnings} warnings\n", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Esb_registry_gives_paths_and_methods_and_both_languages_give_descriptions()
    {
        using var output = new TempFolder();
        CheckTests.Run("import", Esb, "-o", output.Path);
        var specs = output.Specs();

        var api = specs["fast_execute_script"]["x-bkapi"]!;
        Assert.Equal("jobv3", api["system"]!.GetValue<string>());
        Assert.Equal("POST", api["method"]!.GetValue<string>());
        Assert.Equal("/api/c/compapi/v2/jobv3/fast_execute_script/", api["esbPath"]!.GetValue<string>());
        Assert.Equal("快速执行SQL脚本 / Quick execution of SQL scripts", specs["fast_execute_sql"]["description"]!.GetValue<string>());

        // The file has a trailing space in its name; the registry entry does not.
        Assert.Equal("/api/c/compapi/v2/jobv3/update_script_basic/", specs["update_script_basic"]["x-bkapi"]!["esbPath"]!.GetValue<string>());
    }

    [Fact]
    public void Registry_entries_without_a_doc_and_docs_without_an_entry_are_warnings()
    {
        using var output = new TempFolder();
        var (_, _, error) = CheckTests.Run("import", Esb, "-o", output.Path);

        Assert.Contains("WARNING job.yaml:21: 'get_job_instance_status' is registered but has no doc in zh_hans/: no spec written.", error, StringComparison.Ordinal);
        Assert.Contains("WARNING zh_hans/check_script.md: no registry entry names 'check_script'", error, StringComparison.Ordinal);
        // Still imported, with the path the single-doc importer derives for an ESB template.
        Assert.Equal("/api/c/compapi/v2/jobv3/check_script/", output.Specs()["check_script"]["x-bkapi"]!["esbPath"]!.GetValue<string>());
    }

    [Fact]
    public void Gateway_folder_takes_operation_method_and_path_from_resources_yaml_and_v4_paths_speak_v4()
    {
        using var output = new TempFolder();
        var (code, summary, error) = CheckTests.Run("import", Gateway, "-o", output.Path, "--system", "jobv3");

        Assert.True(code == 0, error);
        Assert.StartsWith("5 imported, 0 refused, ", summary, StringComparison.Ordinal);
        Assert.Contains("WARNING resources.yaml:150: 'get_step_instance_status' is registered but has no doc in apidocs/zh/", error, StringComparison.Ordinal);
        var specs = output.Specs();
        var status = specs["get_job_instance_status"]["x-bkapi"]!;
        Assert.Equal("GET", status["method"]!.GetValue<string>());
        Assert.Equal("/api/v3/get_job_instance_status", status["gatewayPath"]!.GetValue<string>());
        Assert.Null(status["protocol"]);

        // operationId v4_batch_get_job_instance_execute_object_log: no v3 operation of that name here, so the prefix goes.
        var v4 = specs["batch_get_job_instance_execute_object_log"]["x-bkapi"]!;
        Assert.Equal("/api/v4/batch_get_job_instance_execute_object_log", v4["gatewayPath"]!.GetValue<string>());
        Assert.Equal("v4", v4["protocol"]!.GetValue<string>());
    }

    [Fact]
    public void Gateway_authConfig_becomes_x_bkapi_auth_and_a_resource_without_one_gets_none()
    {
        using var copy = TempFolder.CopyOf(Gateway);
        var resources = Path.Combine(copy.Path, "resources.yaml");
        var lines = File.ReadAllLines(resources);
        int Line(string operationId, string key) => Array.FindIndex(lines, Array.FindIndex(lines, l => l.Trim() == "operationId: " + operationId), l => l.Trim().StartsWith(key, StringComparison.Ordinal));
        lines[Line("fast_execute_sql", "userVerifiedRequired:")] = "          userVerifiedRequired: false";
        var maybe = Line("get_job_instance_ip_log", "appVerifiedRequired:");
        lines[maybe] = "          appVerifiedRequired: maybe";
        var status = Line("get_job_instance_status", "authConfig:");
        for (var i = status; i < status + 4; i++)
        {
            lines[i] = "        # no authConfig"; // the same line count: the other tests' line numbers hold
        }

        File.WriteAllLines(resources, lines);
        using var output = new TempFolder();

        var (code, _, error) = CheckTests.Run("import", copy.Path, "-o", output.Path, "--system", "jobv3");

        Assert.True(code == 0, error);
        var specs = output.Specs();
        JsonNode? Auth(string operation) => specs[operation]["x-bkapi"]!["auth"];
        Assert.Equal("""{"app":true,"user":true}""", Auth("batch_get_job_instance_ip_log")!.ToJsonString());
        Assert.Equal("""{"app":true,"user":false}""", Auth("fast_execute_sql")!.ToJsonString());
        Assert.Null(Auth("get_job_instance_status"));
        // A value that is not a boolean is left out (unknown), with a warning at its line; what is stated stays.
        Assert.Equal("""{"user":true}""", Auth("get_job_instance_ip_log")!.ToJsonString());
        Assert.Contains($"WARNING resources.yaml:{maybe + 1}: authConfig.appVerifiedRequired is neither true nor false", error, StringComparison.Ordinal);
        // resourcePermissionRequired is not carried: the client cannot check what the app was granted.
        Assert.DoesNotContain(specs.Values, spec => spec.ToJsonString().Contains("ermission", StringComparison.Ordinal));
        // Written where the generator reads it, before request and response.
        var keys = specs["fast_execute_sql"]["x-bkapi"]!.AsObject().Select(p => p.Key).ToList();
        Assert.True(keys.IndexOf("auth") < keys.IndexOf("request"), string.Join(", ", keys));
    }

    [Fact]
    public void An_esb_folder_with_its_gateway_definition_takes_the_gateway_path_and_method()
    {
        using var output = new TempFolder();
        CheckTests.Run("import", Esb, "-o", output.Path, "--gateway", Gateway);
        var specs = output.Specs();

        // The ESB registry says POST (the ESB is always called with POST); the gateway serves it with GET.
        var log = specs["get_job_instance_ip_log"]["x-bkapi"]!;
        Assert.Equal("GET", log["method"]!.GetValue<string>());
        Assert.Equal("/api/v3/get_job_instance_ip_log", log["gatewayPath"]!.GetValue<string>());
        Assert.Equal("/api/c/compapi/v2/jobv3/get_job_instance_ip_log/", log["esbPath"]!.GetValue<string>());
        Assert.Equal("POST", specs["fast_execute_sql"]["x-bkapi"]!["method"]!.GetValue<string>());
        // The gateway's authConfig comes with its path; an ESB registry states nothing of the kind.
        Assert.Equal("""{"app":true,"user":true}""", log["auth"]!.ToJsonString());
        using (var esbOnly = new TempFolder())
        {
            CheckTests.Run("import", Esb, "-o", esbOnly.Path);
            var esbSpecs = esbOnly.Specs();
            Assert.NotEmpty(esbSpecs);
            Assert.All(esbSpecs.Values, spec => Assert.Null(spec["x-bkapi"]!["auth"]));
        }

        var (code, _, error) = CheckTests.Run("import", Esb, "-o", output.Path, "--gateway", Fixtures.PathOf("esb_zh"));
        Assert.Equal(2, code);
        Assert.Contains("--gateway: no resources.yaml in this folder.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Gateway_folder_needs_the_system_name()
    {
        using var output = new TempFolder();
        var (code, _, error) = CheckTests.Run("import", Gateway, "-o", output.Path);

        Assert.Equal(2, code);
        Assert.Contains("error: resources.yaml: an API gateway definition does not name the BlueKing system", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_a_registry_is_refused_with_what_was_expected()
    {
        using var output = new TempFolder();
        var (code, _, error) = CheckTests.Run("import", Fixtures.PathOf("esb_zh"), "-o", output.Path);

        Assert.Equal(2, code);
        Assert.Contains("neither an API gateway folder (resources.yaml) nor an ESB component folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_defect_in_an_included_partial_is_reported_at_the_partial_line_for_each_doc_that_includes_it()
    {
        using var copy = TempFolder.CopyOf(Gateway);
        var partial = Path.Combine(copy.Path, "apidocs/zh/_generic_server.md.j2");
        var lines = File.ReadAllLines(partial).ToList();
        var row = lines.FindIndex(l => l.StartsWith("| host_id_list", StringComparison.Ordinal));
        Assert.True(row > 0);
        lines[row] = "| host_id_list | array |";
        File.WriteAllLines(partial, lines);
        using var output = new TempFolder();

        var (code, summary, error) = CheckTests.Run("import", copy.Path, "-o", output.Path, "--system", "jobv3");

        Assert.Equal(2, code);
        Assert.Contains($"error: apidocs/zh/_generic_server.md.j2:{row + 1}: ", error, StringComparison.Ordinal);
        Assert.Contains("(included by apidocs/zh/fast_execute_sql.md.j2)", error, StringComparison.Ordinal);
        Assert.StartsWith("4 imported, 1 refused, ", summary, StringComparison.Ordinal);
        Assert.False(output.Specs().ContainsKey("fast_execute_sql"));
    }

    [Fact]
    public void A_missing_partial_is_an_error_at_the_include_line()
    {
        using var copy = TempFolder.CopyOf(Gateway);
        File.Delete(Path.Combine(copy.Path, "apidocs/zh/_generic_server.md.j2"));
        var doc = File.ReadAllLines(Path.Combine(copy.Path, "apidocs/zh/fast_execute_sql.md.j2"));
        var line = Array.FindIndex(doc, l => l.Contains("_generic_server.md.j2", StringComparison.Ordinal)) + 1;
        using var output = new TempFolder();

        var (code, _, error) = CheckTests.Run("import", copy.Path, "-o", output.Path, "--system", "jobv3");

        Assert.Equal(2, code);
        Assert.Contains($"error: apidocs/zh/fast_execute_sql.md.j2:{line}: the included '_generic_server.md.j2' does not exist beside the doc.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("systems/jobv3", null)]
    [InlineData("systems/bk-job-apigw", "jobv3")]
    public void The_whole_set_generates_code_that_compiles_in_one_namespace(string folder, string? system)
    {
        using var output = new TempFolder();
        var args = new List<string> { "import", Fixtures.PathOf(folder), "-o", output.Path };
        if (system is not null)
        {
            args.AddRange(new[] { "--system", system });
        }

        CheckTests.Run(args.ToArray());
        var specs = Directory.EnumerateFiles(output.Path, "*.bkapi.json").Order(StringComparer.Ordinal).Select(p => (p, File.ReadAllText(p))).ToList();
        Assert.True(specs.Count >= 6);

        var (generator, compiler, hints) = GeneratorHarness.Compile(specs);

        Assert.True(generator.Count == 0, string.Join("\n", generator));
        Assert.True(compiler.Count == 0, string.Join("\n", compiler.Take(20)));
        Assert.NotEmpty(hints);
    }

    [Theory]
    [InlineData("systems/jobv3", null)]
    [InlineData("systems/bk-job-apigw", "jobv3")]
    public void Rerunning_on_an_unchanged_set_rewrites_byte_identical_files(string folder, string? system)
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        var extra = system is null ? Array.Empty<string>() : new[] { "--system", system };
        CheckTests.Run(new[] { "import", Fixtures.PathOf(folder), "-o", first.Path }.Concat(extra).ToArray());
        var before = first.Bytes();
        CheckTests.Run(new[] { "import", Fixtures.PathOf(folder), "-o", first.Path }.Concat(extra).ToArray());
        CheckTests.Run(new[] { "import", Fixtures.PathOf(folder), "-o", second.Path }.Concat(extra).ToArray());

        Assert.Equal(before.Keys, first.Bytes().Keys);
        foreach (var (name, bytes) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(first.Bytes()[name]), name + " changed on the second run");
            Assert.True(bytes.AsSpan().SequenceEqual(second.Bytes()[name]), name + " differs in another output folder");
        }
    }

    [Fact]
    public void Shared_types_are_declared_once_in_common_and_referenced_from_the_specs()
    {
        using var output = new TempFolder();
        CheckTests.Run("import", Esb, "-o", output.Path);
        var specs = output.Specs();
        var common = specs["common"];

        Assert.Equal("definitions", common["x-bkapi"]!["role"]!.GetValue<string>());
        Assert.Equal("jobv3", common["x-bkapi"]!["system"]!.GetValue<string>());
        var shared = common["definitions"]!.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        // Every script doc describes scope_type the same way; fast_execute_script and fast_execute_sql share server.
        Assert.Contains("scope_type", shared);
        Assert.Contains("server", shared);
        foreach (var (operation, spec) in specs.Where(s => s.Key != "common"))
        {
            var local = spec["definitions"]!.AsObject().Select(p => p.Key).ToList();
            Assert.Empty(local.Intersect(shared));
        }

        foreach (var operation in new[] { "batch_get_job_instance_ip_log", "fast_execute_script", "fast_execute_sql", "get_job_instance_ip_log", "update_script_basic" })
        {
            Assert.Equal("common.bkapi.json#/definitions/scope_type", specs[operation]["definitions"]![operation + "_request"]!["properties"]!["bk_scope_type"]!["$ref"]!.GetValue<string>());
        }

        // One C# type name per type across the whole set.
        var typeNames = specs.SelectMany(s => s.Value["definitions"]!.AsObject().Select(p => TypeNames.Of(p.Key, p.Value!.AsObject()))).ToList();
        Assert.Equal(typeNames.Count, typeNames.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_registry_that_is_not_yaml_is_an_error_at_its_line()
    {
        using var copy = TempFolder.CopyOf(Esb);
        File.WriteAllText(Path.Combine(copy.Path, "job.yaml"), "- path: /v2/jobv3/x/\n  name: [unclosed\n");
        using var output = new TempFolder();

        var (code, _, error) = CheckTests.Run("import", copy.Path, "-o", output.Path);

        Assert.Equal(2, code);
        Assert.Matches(@"^error: job\.yaml:\d+: not valid YAML: ", error);
        Assert.Empty(Directory.EnumerateFiles(output.Path));
    }

    [Fact]
    public void Hand_written_specs_in_the_output_folder_are_kept_and_their_common_definitions_reused_or_appended_to()
    {
        using var output = new TempFolder();
        CheckTests.Run("import", Esb, "-o", output.Path);
        // Make two of the imported files hand-written: drop the importer's mark, and edit them as a person would.
        var handSpec = output.Specs()["fast_execute_sql"];
        handSpec.Remove("$comment");
        handSpec["description"] = "hand-written";
        File.WriteAllText(Path.Combine(output.Path, "fast_execute_sql.bkapi.json"), Cli.Serialize(handSpec));
        var handCommon = output.Specs()["common"];
        handCommon.Remove("$comment");
        var handDefinitions = handCommon["definitions"]!.AsObject();
        var server = handDefinitions["server"]!.DeepClone();
        handDefinitions.Remove("server");
        handDefinitions["server"] = server; // another order than the import's
        var commonPath = Path.Combine(output.Path, "common.bkapi.json");
        File.WriteAllText(commonPath, Cli.Serialize(handCommon).Replace("\n", "\r\n", StringComparison.Ordinal));
        var handText = File.ReadAllBytes(commonPath);
        var handSpecText = File.ReadAllBytes(Path.Combine(output.Path, "fast_execute_sql.bkapi.json"));

        var (code, summary, error) = CheckTests.Run("import", Esb, "-o", output.Path);

        Assert.Equal(2, code);
        Assert.EndsWith(", 1 kept\n", summary, StringComparison.Ordinal);
        Assert.Contains("kept fast_execute_sql.bkapi.json: written by hand", error, StringComparison.Ordinal);
        Assert.Equal(handSpecText, File.ReadAllBytes(Path.Combine(output.Path, "fast_execute_sql.bkapi.json")));
        // Nothing new to share: the hand-written common file is left byte for byte, and the specs still use its types.
        Assert.Equal(handText, File.ReadAllBytes(commonPath));
        Assert.Equal("common.bkapi.json#/definitions/scope_type", output.Specs()["fast_execute_script"]["definitions"]!["fast_execute_script_request"]!["properties"]!["bk_scope_type"]!["$ref"]!.GetValue<string>());

        // A type the hand-written common file lacks is appended to it, after every byte that was there.
        handDefinitions.Remove("scope_type");
        var withoutScopeType = Cli.Serialize(handCommon);
        File.WriteAllText(commonPath, withoutScopeType);
        CheckTests.Run("import", Esb, "-o", output.Path);
        var appended = File.ReadAllText(commonPath);
        Assert.StartsWith(withoutScopeType.TrimEnd()[..^"}\n  }\n}".Length].TrimEnd(), appended, StringComparison.Ordinal);
        Assert.NotNull(JsonNode.Parse(appended)!["definitions"]!["scope_type"]);
        var specs = Directory.EnumerateFiles(output.Path, "*.bkapi.json").Order(StringComparer.Ordinal).Select(p => (p, File.ReadAllText(p))).ToList();
        var (generator, compiler, _) = GeneratorHarness.Compile(specs);
        Assert.True(generator.Count == 0 && compiler.Count == 0, string.Join("\n", generator.Concat(compiler).Take(20)));
    }

    [Fact]
    public void A_single_template_doc_reads_its_partials_as_the_folder_import_does_and_is_in_sync_with_it()
    {
        using var output = new TempFolder();
        CheckTests.Run("import", Gateway, "-o", output.Path, "--system", "jobv3");
        var doc = Path.Combine(Gateway, "apidocs/zh/fast_execute_sql.md.j2");

        var (code, json, error) = CheckTests.Run("import", doc, "--system", "jobv3");

        Assert.True(code == 0, error);
        // server and its ip come from _generic_server.md.j2.
        Assert.NotNull(JsonNode.Parse(json)!["definitions"]!["server"]);
        (code, var drift, error) = CheckTests.Run("check", doc, Path.Combine(output.Path, "fast_execute_sql.bkapi.json"));
        Assert.True(code == 0, drift + error);
    }

    [Fact]
    public void A_single_template_doc_tells_a_partial_defect_at_the_partial_line()
    {
        using var copy = TempFolder.CopyOf(Gateway);
        var partial = Path.Combine(copy.Path, "apidocs/zh/_generic_server.md.j2");
        var lines = File.ReadAllLines(partial).ToList();
        var row = lines.FindIndex(l => l.StartsWith("| host_id_list", StringComparison.Ordinal));
        lines[row] = "| host_id_list | array |";
        File.WriteAllLines(partial, lines);

        var (code, _, error) = CheckTests.Run("import", Path.Combine(copy.Path, "apidocs/zh/fast_execute_sql.md.j2"), "--system", "jobv3");

        Assert.Equal(2, code);
        Assert.StartsWith($"error: _generic_server.md.j2:{row + 1}: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_doc_options_are_refused_with_a_folder()
    {
        using var output = new TempFolder();
        var (code, _, error) = CheckTests.Run("import", Esb, "-o", output.Path, "--method", "GET");

        Assert.Equal(2, code);
        Assert.Contains("error: --method: options for a single doc", error, StringComparison.Ordinal);
    }

    /// <summary>A folder under the temp directory, deleted afterwards.</summary>
    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("bkapigen-set-").FullName;

        public static TempFolder CopyOf(string source)
        {
            var folder = new TempFolder();
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = System.IO.Path.Combine(folder.Path, System.IO.Path.GetRelativePath(source, file));
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
                File.Copy(file, target);
                File.SetAttributes(target, FileAttributes.Normal);
            }

            return folder;
        }

        public Dictionary<string, JsonObject> Specs()
            => Directory.EnumerateFiles(Path, "*.bkapi.json")
                .ToDictionary(p => System.IO.Path.GetFileName(p)[..^".bkapi.json".Length], p => JsonNode.Parse(File.ReadAllText(p))!.AsObject(), StringComparer.Ordinal);

        public SortedDictionary<string, byte[]> Bytes()
            => new(Directory.EnumerateFiles(Path).ToDictionary(p => System.IO.Path.GetFileName(p), File.ReadAllBytes), StringComparer.Ordinal);

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
