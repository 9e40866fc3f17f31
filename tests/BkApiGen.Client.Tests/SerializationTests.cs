using System.Text.Json;
using System.Text.Json.Nodes;
using BkApiGen.Client.Tests.Generated;
using BkApiGen.FakeGateway;
using BkApiGen.Runtime;

namespace BkApiGen.Client.Tests;

/// <summary>
/// The generated types read and written with the generated context only (the JsonTypeInfo overloads: no reflection,
/// exactly what the client does on the wire).
/// </summary>
public sealed class SerializationTests
{
    private static BatchGetJobInstanceIpLogJsonContext Context => BatchGetJobInstanceIpLogJsonContext.Default;

    private const string DownloadLog = "[2021-06-28 11:32:16] FileName: /tmp/1.log FileSize: 9.0 Bytes State: dest agent success download file Speed: 1 KB/s Progress: 100% StatusDesc: dest agent success download file Detail: success";
    private const string UploadLog = "[2021-06-28 11:32:16] FileName: /data/1.log FileSize: 9.0 Bytes State: source agent success upload file Speed: 1 KB/s Progress: 100% StatusDesc: source agent success upload file Detail: success upload";

    private static BkApiResponse<IpLogs> ReadEnvelope(string json)
        => JsonSerializer.Deserialize(json, Context.BatchGetJobInstanceIpLogResponse) ?? throw new InvalidOperationException("null envelope");

    private static IpLogs ReadData(string json)
        => JsonSerializer.Deserialize(json, Context.IpLogs) ?? throw new InvalidOperationException("null data");

    // ---- the seed doc's example (ESB), and the same with log_type last ----

    [Theory]
    [InlineData("seed-file-logs.json")]
    [InlineData("seed-file-logs-log-type-last.json")]
    public void Seed_example_reads_as_file_logs_with_every_field(string fixture)
    {
        var envelope = ReadEnvelope(FakeFixtures.Get(fixture));

        Assert.True(envelope.HasResult);
        Assert.True(envelope.Result);
        Assert.Equal(0, envelope.Code);
        Assert.Equal("", envelope.Message);
        Assert.True(envelope.HasData);
        AssertSeedFileLogs(envelope.Data);
    }

    internal static void AssertSeedFileLogs(IpLogs? data)
    {
        var logs = Assert.IsType<FileIpLogs>(data);
        Assert.Equal(LogType.File, logs.LogType);
        Assert.Equal(100, logs.JobInstanceId); // sent as task_instance_id in this example
        Assert.Equal(200, logs.StepInstanceId);
        Assert.Equal(2, logs.FileTaskLogs.Count);

        var first = logs.FileTaskLogs[0];
        Assert.Equal("10.0.0.1", first.Ip);
        Assert.Equal(0, first.CloudId);
        Assert.Null(first.HostId);
        var download = Assert.Single(first.FileLogs);
        Assert.Equal(FileLogMode.Download, download.Mode);
        Assert.Equal(new Host { CloudId = 0, Ip = "10.0.0.2" }, download.SrcIp);
        Assert.Equal("/data/1.log", download.SrcPath);
        Assert.Equal(new Host { CloudId = 0, Ip = "10.0.0.1" }, download.DestIp);
        Assert.Equal("/tmp/1.log", download.DestPath);
        Assert.Equal(FileLogStatus.Success, download.Status);
        Assert.Equal(DownloadLog, download.LogContent);
        Assert.Null(download.Size);
        Assert.Null(download.Speed);
        Assert.Null(download.Process);

        var second = logs.FileTaskLogs[1];
        Assert.Equal("10.0.0.2", second.Ip);
        Assert.Equal(0, second.CloudId);
        Assert.Null(second.HostId);
        var upload = Assert.Single(second.FileLogs);
        Assert.Equal(FileLogMode.Upload, upload.Mode);
        Assert.Equal(new Host { CloudId = 0, Ip = "10.0.0.2" }, upload.SrcIp);
        Assert.Equal("/data/1.log", upload.SrcPath);
        Assert.Null(upload.DestIp);
        Assert.Null(upload.DestPath);
        Assert.Equal(FileLogStatus.Success, upload.Status);
        Assert.Equal(UploadLog, upload.LogContent);
    }

    [Fact]
    public void Seed_data_alone_reads_with_the_IpLogs_type_info()
        => AssertSeedFileLogs(ReadData(JsonAssert.DataOf(FakeFixtures.SeedFileLogs)));

    // ---- the API-gateway doc's examples ----

    [Fact]
    public void Apigw_script_example_reads_as_script_logs_with_every_field()
    {
        var envelope = ReadEnvelope(FakeFixtures.ApigwScriptLogs);

        Assert.True(envelope.Result);
        Assert.Equal("xxx", envelope.JobRequestId);
        var logs = Assert.IsType<ScriptIpLogs>(envelope.Data);
        Assert.Equal(LogType.Script, logs.LogType);
        Assert.Equal(100, logs.JobInstanceId);
        Assert.Equal(200, logs.StepInstanceId);
        Assert.Collection(
            logs.ScriptTaskLogs,
            h =>
            {
                Assert.Equal(101, h.HostId);
                Assert.Equal("127.0.0.1", h.Ip);
                Assert.Equal(0, h.CloudId);
                Assert.Null(h.IpV6);
                Assert.Equal("[2018-03-15 14:39:30][PID:56875] job_start\n", h.LogContent);
            },
            h =>
            {
                Assert.Equal(102, h.HostId);
                Assert.Equal("127.0.0.2", h.Ip);
                Assert.Equal(0, h.CloudId);
                Assert.Null(h.IpV6);
                Assert.Equal("[2018-03-15 14:39:30][PID:16789] job_start\n", h.LogContent);
            });
    }

    [Fact]
    public void Apigw_file_example_reads_host_ids_size_speed_and_process()
    {
        var envelope = ReadEnvelope(FakeFixtures.ApigwFileLogs);

        var logs = Assert.IsType<FileIpLogs>(envelope.Data);
        Assert.Equal(LogType.File, logs.LogType);
        Assert.Equal(100, logs.JobInstanceId);
        Assert.Equal(200, logs.StepInstanceId);
        Assert.Equal(2, logs.FileTaskLogs.Count);

        var first = logs.FileTaskLogs[0];
        Assert.Equal(101, first.HostId);
        Assert.Equal("127.0.0.1", first.Ip);
        Assert.Equal(0, first.CloudId);
        var download = Assert.Single(first.FileLogs);
        Assert.Equal(FileLogMode.Download, download.Mode);
        Assert.Equal(new Host { HostId = 102, CloudId = 0, Ip = "127.0.0.2" }, download.SrcIp);
        Assert.Equal("/data/1.log", download.SrcPath);
        Assert.Equal(new Host { HostId = 101, CloudId = 0, Ip = "127.0.0.1" }, download.DestIp);
        Assert.Equal("/tmp/1.log", download.DestPath);
        Assert.Equal(FileLogStatus.Success, download.Status);
        Assert.Equal(DownloadLog, download.LogContent);
        Assert.Equal("1.0 Bytes", download.Size);
        Assert.Equal("0 KB/s", download.Speed);
        Assert.Equal("100%", download.Process);

        var second = logs.FileTaskLogs[1];
        Assert.Equal(102, second.HostId);
        Assert.Equal("127.0.0.2", second.Ip);
        var upload = Assert.Single(second.FileLogs);
        Assert.Equal(FileLogMode.Upload, upload.Mode);
        Assert.Equal(new Host { HostId = 102, CloudId = 0, Ip = "127.0.0.2" }, upload.SrcIp);
        Assert.Null(upload.DestIp);
        Assert.Null(upload.DestPath);
        Assert.Equal(FileLogStatus.Success, upload.Status);
        Assert.Equal(UploadLog, upload.LogContent);
        Assert.Equal("1.0 Bytes", upload.Size);
        Assert.Equal("0 KB/s", upload.Speed);
        Assert.Equal("100%", upload.Process);
    }

    [Fact]
    public void Log_type_is_found_wherever_it_stands_and_not_inside_nested_objects()
    {
        // A nested "log_type" before the real one must not be taken for the discriminator.
        const string json = """
            {"job_instance_id":100,"meta":{"log_type":1,"x":[{"log_type":1}]},
             "script_task_logs":[{"bk_cloud_id":0,"ip":"10.0.0.1","log_content":"a"}],"log_type":1}
            """;

        var logs = Assert.IsType<ScriptIpLogs>(ReadData(json));
        Assert.Equal(100, logs.JobInstanceId);
        Assert.Equal("a", Assert.Single(logs.ScriptTaskLogs).LogContent);

        var file = ReadData("""{"meta":{"log_type":1},"file_task_logs":[],"log_type":2}""");
        Assert.IsType<FileIpLogs>(file);
    }

    // When log_type is not first, the union converter guesses the case from the first member only one case has and reads
    // the object once; the discriminator must confirm the guess, otherwise the object is read again the two-pass way.
    // Whatever the order, the outcome must be what log_type-first reading gives.
    public static TheoryData<string, string> LogTypeAfterCaseMembers => new()
    {
        // json -> expected outcome: "Script:<hosts>", "File:<hosts>", "Unknown:<log_type>", or "error:<text in the message>"
        { """{"script_task_logs":[{"bk_cloud_id":0,"ip":"10.0.0.1","log_content":"a"}],"log_type":1}""", "Script:1" },
        { """{"step_instance_id":2,"file_task_logs":[{"bk_cloud_id":0,"ip":"10.0.0.1","file_logs":[]}],"log_type":2}""", "File:1" },
        // the guess is wrong: the member of the other case is skipped, as when log_type comes first
        { """{"script_task_logs":[{"bk_cloud_id":0,"ip":"10.0.0.1","log_content":"a"}],"file_task_logs":[],"log_type":2}""", "File:0" },
        { """{"script_task_logs":[{"ip":"not read by case 2"}],"log_type":2}""", "File:0" },
        { """{"script_task_logs":[],"log_type":3}""", "Unknown:3" },
        // the discriminator's first non-null value decides, as in the look-ahead
        { """{"script_task_logs":[],"log_type":null,"log_type":1}""", "Script:0" },
        { """{"script_task_logs":[],"log_type":1,"log_type":2}""", "Script:0" },
        { """{"file_task_logs":[],"log_type":"2"}""", "File:0" },
        // no log_type (bk-job sends none for a step that is neither script nor file): the unknown case, whatever the guess
        { """{"script_task_logs":[]}""", "Unknown:none" },
        { """{"script_task_logs":[],"log_type":null}""", "Unknown:none" },
        // a host without ip (IPv6-only, or asked for by host id) is read, not an error
        { """{"script_task_logs":[{"bk_cloud_id":0,"log_content":"x"}],"log_type":1}""", "Script:1" },
        // failures: the same messages as log_type-first reading
        { """{"script_task_logs":[],"log_type":"x"}""", "error:log_type" },
        { """{"script_task_logs":[{"bk_cloud_id":"zero","log_content":"x"}],"log_type":1}""", "error:script_task_log.bk_cloud_id" },
        { """{"file_task_logs":{},"log_type":2}""", "error:file_task_logs" },
    };

    [Theory]
    [MemberData(nameof(LogTypeAfterCaseMembers))]
    public void Log_type_after_case_members_reads_as_if_it_came_first(string json, string expected)
    {
        AssertOutcome(expected, json);

        // The same object with its (single) log_type moved first, the look-ahead path, gives the same outcome.
        var at = json.IndexOf("\"log_type\"", StringComparison.Ordinal);
        if (at >= 0 && at == json.LastIndexOf("\"log_type\"", StringComparison.Ordinal))
        {
            var node = JsonNode.Parse(json)!.AsObject();
            var reordered = new JsonObject { ["log_type"] = node["log_type"]?.DeepClone() };
            foreach (var (name, value) in node.Where(m => m.Key != "log_type"))
            {
                reordered[name] = value?.DeepClone();
            }

            AssertOutcome(expected, reordered.ToJsonString());
        }

        static void AssertOutcome(string expected, string json)
        {
            string outcome;
            try
            {
                outcome = ReadData(json) switch
                {
                    ScriptIpLogs s => "Script:" + s.ScriptTaskLogs.Count,
                    FileIpLogs f => "File:" + f.FileTaskLogs.Count,
                    UnknownIpLogs u => "Unknown:" + (u.LogType is { } type ? ((int)type).ToString(System.Globalization.CultureInfo.InvariantCulture) : "none"),
                    var other => other.GetType().Name,
                };
            }
            catch (JsonException ex)
            {
                Assert.StartsWith("error:", expected);
                Assert.Contains(expected["error:".Length..], ex.Message);
                return;
            }

            Assert.Equal(expected, outcome);
        }
    }

    [Fact]
    public void Every_member_order_reads_as_log_type_first_does()
    {
        // Exhaustive over a small member pool: every value of log_type (a case, an unknown one, null, the wrong kind, absent),
        // each case's list valid, of another shape or absent, and every order of the members present. The outcome (the
        // object written back, or the error message) must be exactly the one of the same object with log_type first.
        string?[] logTypes = ["1", "2", "3", "null", "\"x\"", null];
        string?[] scriptLogs = ["""[{"bk_cloud_id":0,"ip":"10.0.0.1","log_content":"a"}]""", """[{"ip":7}]""", null];
        string?[] fileLogs = ["""[{"bk_cloud_id":0,"ip":"10.0.0.2","file_logs":[]}]""", "{}", null];
        string?[] jobIds = ["7", null];
        var checkedOrders = 0;
        foreach (var logType in logTypes)
        {
            foreach (var script in scriptLogs)
            {
                foreach (var file in fileLogs)
                {
                    foreach (var jobId in jobIds)
                    {
                        var members = new List<string>();
                        Add(members, "script_task_logs", script);
                        Add(members, "file_task_logs", file);
                        Add(members, "job_instance_id", jobId);
                        var expected = Outcome(Object(logType is null ? members : [Member("log_type", logType), .. members]));
                        foreach (var order in Orders(logType is null ? members : [.. members, Member("log_type", logType)]))
                        {
                            var json = Object(order);
                            Assert.True(expected == Outcome(json), $"{json}: {Outcome(json)}, but with log_type first: {expected}");
                            checkedOrders++;
                        }
                    }
                }
            }
        }

        Assert.True(checkedOrders >= 800, $"only {checkedOrders} orders checked");

        static void Add(List<string> members, string name, string? value)
        {
            if (value is not null)
            {
                members.Add(Member(name, value));
            }
        }

        static string Member(string name, string value) => $"\"{name}\":{value}";

        static string Object(IEnumerable<string> members) => "{" + string.Join(",", members) + "}";

        static IEnumerable<List<string>> Orders(List<string> items)
        {
            if (items.Count <= 1)
            {
                yield return items;
                yield break;
            }

            for (var i = 0; i < items.Count; i++)
            {
                var rest = items.Where((_, j) => j != i).ToList();
                foreach (var tail in Orders(rest))
                {
                    yield return [items[i], .. tail];
                }
            }
        }

        static string Outcome(string json)
        {
            try
            {
                // An unknown case writes its raw object back, in the order received: compare the members by name.
                var written = JsonNode.Parse(JsonSerializer.Serialize(ReadData(json), Context.IpLogs))!.AsObject();
                return new JsonObject(written.OrderBy(m => m.Key, StringComparer.Ordinal)
                    .Select(m => KeyValuePair.Create(m.Key, m.Value?.DeepClone()))).ToJsonString();
            }
            catch (JsonException ex)
            {
                return "error: " + ex.Message;
            }
        }
    }

    [Fact]
    public void Log_type_after_a_guessed_case_keeps_the_raw_object_of_an_unknown_case()
    {
        var unknown = Assert.IsType<UnknownIpLogs>(ReadData("""{"job_instance_id":7,"script_task_logs":[{"ip":"10.0.0.1"}],"log_type":9}"""));
        Assert.Equal(7, unknown.JobInstanceId);
        Assert.Equal("10.0.0.1", unknown.Raw.GetProperty("script_task_logs")[0].GetProperty("ip").GetString());
    }

    [Fact]
    public void Envelope_with_data_before_result_still_reads_the_data()
    {
        var envelope = ReadEnvelope("""{"data":{"log_type":1,"script_task_logs":[]},"code":0,"result":true}""");
        Assert.True(envelope.HasData);
        Assert.Empty(Assert.IsType<ScriptIpLogs>(envelope.Data).ScriptTaskLogs);
    }

    // ---- unknown log_type ----

    [Fact]
    public void Unknown_log_type_gives_the_unknown_case_with_raw_and_common_members()
    {
        var envelope = ReadEnvelope(FakeFixtures.SeedFileLogsUnknownLogType);

        var unknown = Assert.IsType<UnknownIpLogs>(envelope.Data);
        Assert.Equal((LogType)3, unknown.LogType);
        Assert.Equal(100, unknown.JobInstanceId);
        Assert.Equal(200, unknown.StepInstanceId);
        Assert.Equal(JsonValueKind.Object, unknown.Raw.ValueKind);
        Assert.Equal(3, unknown.Raw.GetProperty("log_type").GetInt32());
        var hosts = unknown.Raw.GetProperty("file_task_logs");
        Assert.Equal(2, hosts.GetArrayLength());
        Assert.Equal("10.0.0.1", hosts[0].GetProperty("ip").GetString());
        Assert.Equal("10.0.0.2", hosts[1].GetProperty("ip").GetString());
    }

    [Fact]
    public void Unknown_case_round_trips_to_equivalent_json()
    {
        var data = JsonAssert.DataOf(FakeFixtures.SeedFileLogsUnknownLogType);
        var unknown = Assert.IsType<UnknownIpLogs>(ReadData(data));

        JsonAssert.Equivalent(data, JsonSerializer.Serialize<IpLogs>(unknown, Context.IpLogs));

        // Inside the envelope too, and Raw outlives the text it was read from.
        var envelope = ReadEnvelope(FakeFixtures.SeedFileLogsUnknownLogType);
        var written = JsonSerializer.Serialize(envelope, Context.BatchGetJobInstanceIpLogResponse);
        JsonAssert.EquivalentNodes(JsonNode.Parse(data), JsonNode.Parse(written)!["data"]);
    }

    [Fact]
    public void Known_cases_round_trip_through_their_own_writer()
    {
        foreach (var fixture in new[] { FakeFixtures.ApigwScriptLogs, FakeFixtures.ApigwFileLogs })
        {
            var data = JsonAssert.DataOf(fixture);
            var written = JsonSerializer.Serialize(ReadData(data), Context.IpLogs);
            JsonAssert.Equivalent(data, written);
        }

        // The seed example says task_instance_id; it is written back under the current name.
        var seed = JsonSerializer.Serialize(ReadData(JsonAssert.DataOf(FakeFixtures.SeedFileLogs)), Context.IpLogs);
        var node = JsonNode.Parse(seed)!;
        Assert.Equal(100, (long)node["job_instance_id"]!);
        Assert.Null(node["task_instance_id"]);
        Assert.Equal(2, (int)node["log_type"]!);
    }

    // ---- failures name what is wrong ----

    [Fact]
    public void Missing_or_null_log_type_keeps_the_object_as_the_unknown_case()
    {
        // bk-job sets log_type only for script and file steps: the object of any other step has none.
        var unknown = Assert.IsType<UnknownIpLogs>(ReadData("""{"job_instance_id":100,"file_task_logs":[{"ip":"10.0.0.1"}]}"""));
        Assert.Null(unknown.LogType);
        Assert.Equal(100, unknown.JobInstanceId);
        Assert.Equal("10.0.0.1", unknown.Raw.GetProperty("file_task_logs")[0].GetProperty("ip").GetString());

        // log_type null counts as missing too, through the envelope as well.
        Assert.Null(Assert.IsType<UnknownIpLogs>(ReadData("""{"log_type":null,"file_task_logs":[]}""")).LogType);
        var envelope = ReadEnvelope("""{"result":true,"code":0,"data":{"step_instance_id":1}}""");
        Assert.Equal(1, Assert.IsType<UnknownIpLogs>(envelope.Data).StepInstanceId);
    }

    [Fact]
    public void Log_type_of_the_wrong_kind_throws_naming_it()
    {
        var ex = Assert.Throws<JsonException>(() => ReadData("""{"log_type":"file","file_task_logs":[]}"""));
        Assert.Contains("log_type", ex.Message);
    }

    // A file log as bk-job can send it: EsbFileLogV3DTO is a bean of boxed types, and src_ip is unset for a file pulled
    // from a third-party file source (status 0). Each one decodes, and the other host of the batch is kept with it.
    public static TheoryData<string> FileLogsWithNullOrAbsentMembers => new()
    {
        """{"mode":1,"src_ip":{"bk_cloud_id":0,"ip":"10.0.0.2"}}""",
        """{"mode":1,"src_ip":{"bk_cloud_id":0,"ip":"10.0.0.2"},"status":null}""",
        """{"src_ip":{"bk_cloud_id":0,"ip":"10.0.0.2"},"status":4}""",
        """{"mode":0,"status":0,"src_path":"bucket/a.txt"}""",
        """{"mode":1,"src_ip":null,"status":4}""",
        """{"mode":1,"src_ip":{"ip":"10.0.0.2"},"status":4}""",
        """{"mode":1,"src_ip":{"bk_cloud_id":0,"ip":null},"status":4}""",
    };

    [Theory]
    [MemberData(nameof(FileLogsWithNullOrAbsentMembers))]
    public void File_log_with_a_null_or_absent_member_decodes_and_keeps_the_batch(string fileLog)
    {
        var json = $$"""{"log_type":2,"file_task_logs":[{"bk_cloud_id":0,"ip":"10.0.0.1","file_logs":[{{fileLog}}]},{"bk_host_id":7,"bk_cloud_id":null,"ip":null,"file_logs":null}]}""";

        var logs = Assert.IsType<FileIpLogs>(ReadData(json));

        Assert.Equal(2, logs.FileTaskLogs.Count);
        var expected = JsonNode.Parse(fileLog)!;
        var entry = Assert.Single(logs.FileTaskLogs[0].FileLogs);
        Assert.Equal((int?)expected["mode"], (int?)entry.Mode);
        Assert.Equal((int?)expected["status"], (int?)entry.Status);
        Assert.Equal((string?)expected["src_ip"]?["ip"], entry.SrcIp?.Ip);
        Assert.Equal((long?)expected["src_ip"]?["bk_cloud_id"], entry.SrcIp?.CloudId);
        var hostWithoutIp = logs.FileTaskLogs[1];
        Assert.Equal(7, hostWithoutIp.HostId);
        Assert.Null(hostWithoutIp.CloudId);
        Assert.Null(hostWithoutIp.Ip);
        Assert.Empty(hostWithoutIp.FileLogs);
    }

    [Fact]
    public void File_log_member_of_the_wrong_type_throws_naming_it()
    {
        var json = """{"log_type":2,"file_task_logs":[{"bk_cloud_id":0,"ip":"10.0.0.1","file_logs":[{"mode":"download","status":4}]}]}""";
        var ex = Assert.Throws<JsonException>(() => ReadData(json));
        Assert.Contains("file_log_mode", ex.Message);
    }

    [Theory]
    [InlineData("""{"log_type":1,"script_task_logs":[{"bk_cloud_id":"zero","ip":"10.0.0.1"}]}""", "script_task_log.bk_cloud_id")]
    [InlineData("""{"log_type":1,"script_task_logs":[{"bk_cloud_id":0,"ip":[]}]}""", "script_task_log.ip")]
    [InlineData("""{"log_type":1,"script_task_logs":[null]}""", "script_task_logs[0]")]
    [InlineData("""{"log_type":1,"script_task_logs":{}}""", "script_task_logs")]
    [InlineData("""{"log_type":1,"job_instance_id":"abc"}""", "job_instance_id")]
    public void Members_and_items_of_the_wrong_shape_are_checked(string json, string path)
    {
        var ex = Assert.Throws<JsonException>(() => ReadData(json));
        Assert.Contains(path, ex.Message);
    }

    [Fact]
    public void Unknown_members_are_skipped_at_every_level()
    {
        const string json = """
            {"result":true,"code":0,"extra":{"a":[1,{"b":null}]},"trace_id":"t",
             "data":{"new_top":[[{}]],"log_type":2,"job_instance_id":100,"step_instance_id":201,
               "file_task_logs":[{"bk_cloud_id":0,"ip":"10.0.0.1","agent_id":"0:abc","file_logs":[
                 {"mode":1,"src_ip":{"bk_cloud_id":0,"ip":"10.0.0.2","bk_agent_id":"x","ipv6":null},"status":4,
                  "file_source_id":7,"nested":{"status":"not this one"}}]}]}}
            """;

        var logs = Assert.IsType<FileIpLogs>(ReadEnvelope(json).Data);
        var host = Assert.Single(logs.FileTaskLogs);
        Assert.Equal("10.0.0.1", host.Ip);
        var entry = Assert.Single(host.FileLogs);
        Assert.Equal(FileLogStatus.Success, entry.Status);
        Assert.Equal(new Host { CloudId = 0, Ip = "10.0.0.2" }, entry.SrcIp);
    }

    [Fact]
    public void Numbers_sent_as_strings_are_accepted()
    {
        const string json = """
            {"result":true,"code":"0","data":{"log_type":"2","job_instance_id":"100","step_instance_id":"201",
              "file_task_logs":[{"bk_host_id":"101","bk_cloud_id":"0","ip":"10.0.0.1","file_logs":[
                {"mode":"1","src_ip":{"bk_host_id":"102","bk_cloud_id":"0","ip":"10.0.0.2"},"status":"4"}]}]}}
            """;

        var logs = Assert.IsType<FileIpLogs>(ReadEnvelope(json).Data);
        Assert.Equal(100, logs.JobInstanceId);
        Assert.Equal(201, logs.StepInstanceId);
        var host = Assert.Single(logs.FileTaskLogs);
        Assert.Equal(101, host.HostId);
        Assert.Equal(0, host.CloudId);
        var entry = Assert.Single(host.FileLogs);
        Assert.Equal(FileLogMode.Download, entry.Mode);
        Assert.Equal(FileLogStatus.Success, entry.Status);
        Assert.Equal(new Host { HostId = 102, CloudId = 0, Ip = "10.0.0.2" }, entry.SrcIp);
    }

    // ---- requests ----

    [Fact]
    public void Request_writes_exactly_the_wire_names_and_omits_unset_members()
    {
        var request = new BatchGetJobInstanceIpLogRequest
        {
            ScopeType = ScopeType.Biz,
            ScopeId = "1",
            JobInstanceId = 100,
            StepInstanceId = 200,
            IpList = [Requests.Host1, new Host { HostId = 102, CloudId = 3, Ip = "10.0.0.2" }],
        };

        var json = JsonSerializer.Serialize(request, Context.BatchGetJobInstanceIpLogRequest);

        JsonAssert.Equivalent(
            """
            {"bk_scope_type":"biz","bk_scope_id":"1","job_instance_id":100,"step_instance_id":200,
             "ip_list":[{"bk_cloud_id":0,"ip":"10.0.0.1"},{"bk_host_id":102,"bk_cloud_id":3,"ip":"10.0.0.2"}]}
            """,
            json);
    }

    [Fact]
    public void Request_with_biz_set_and_host_ids_writes_them()
    {
        var request = new BatchGetJobInstanceIpLogRequest
        {
            ScopeType = ScopeType.BizSet,
            ScopeId = "9991001",
            JobInstanceId = 100,
            StepInstanceId = 201,
            HostIdList = [101, 102],
        };

        JsonAssert.Equivalent(
            """{"bk_scope_type":"biz_set","bk_scope_id":"9991001","job_instance_id":100,"step_instance_id":201,"host_id_list":[101,102]}""",
            JsonSerializer.Serialize(request, Context.BatchGetJobInstanceIpLogRequest));

        // The deprecated bk_biz_id alone, and an unknown scope type kept as is.
        JsonAssert.Equivalent(
            """{"bk_biz_id":1,"job_instance_id":100,"step_instance_id":200,"host_id_list":[]}""",
            JsonSerializer.Serialize(new BatchGetJobInstanceIpLogRequest { BizId = 1, JobInstanceId = 100, StepInstanceId = 200, HostIdList = [] }, Context.BatchGetJobInstanceIpLogRequest));
        Assert.Equal("\"tenant\"", JsonSerializer.Serialize(new ScopeType("tenant"), Context.ScopeType));
    }

    [Fact]
    public void Documented_request_examples_read_and_write_back()
    {
        var apigw = JsonSerializer.Deserialize(FakeFixtures.ApigwRequest, Context.BatchGetJobInstanceIpLogRequest)!;
        Assert.Equal(ScopeType.Biz, apigw.ScopeType);
        Assert.Equal("1", apigw.ScopeId);
        Assert.Null(apigw.BizId);
        Assert.Equal(100, apigw.JobInstanceId);
        Assert.Equal(200, apigw.StepInstanceId);
        Assert.Equal([101L, 102L], apigw.HostIdList);
        Assert.Null(apigw.IpList);
        JsonAssert.Equivalent(FakeFixtures.ApigwRequest, JsonSerializer.Serialize(apigw, Context.BatchGetJobInstanceIpLogRequest));

        // The seed example carries the ESB credentials: they are not members of the request and are dropped.
        var seed = JsonSerializer.Deserialize(FakeFixtures.SeedRequest, Context.BatchGetJobInstanceIpLogRequest)!;
        Assert.Equal(1, seed.BizId);
        Assert.Equal([Requests.Host1, Requests.Host2], seed.IpList);
        var written = JsonNode.Parse(JsonSerializer.Serialize(seed, Context.BatchGetJobInstanceIpLogRequest))!.AsObject();
        Assert.Equal(
            new[] { "bk_biz_id", "ip_list", "job_instance_id", "step_instance_id" },
            written.Select(p => p.Key).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Enums_and_scope_type_read_and_write_their_wire_values()
    {
        Assert.Equal(ScopeType.BizSet, JsonSerializer.Deserialize("\"biz_set\"", Context.ScopeType));
        Assert.Equal("biz_set", ScopeType.BizSet.ToString());
        Assert.Equal(FileLogStatus.Failed, JsonSerializer.Deserialize("5", Context.FileLogStatus));
        Assert.Equal("0", JsonSerializer.Serialize(FileLogMode.Upload, Context.FileLogMode));
        Assert.Equal("2", JsonSerializer.Serialize(LogType.File, Context.LogType));
        Assert.Same(Context.IpLogs, Context.GetTypeInfo(typeof(IpLogs)));
        Assert.Same(Context.BatchGetJobInstanceIpLogResponse, Context.GetTypeInfo(typeof(BkApiResponse<IpLogs>)));
    }
}
