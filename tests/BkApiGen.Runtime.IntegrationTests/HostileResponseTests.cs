using System.Text;
using BkApiGen.FakeGateway;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Errors;
using BkApiGen.Runtime.IntegrationTests.JobV3;

namespace BkApiGen.Runtime.IntegrationTests;

/// <summary>
/// Hostile or broken HTTP 200 bodies through the generated client. Each case has the outcome documented in
/// docs/errors.md ("Hostile and malformed responses"): a typed exception naming the problem, or a lenient read.
/// </summary>
public sealed class HostileResponseTests : IAsyncLifetime
{
    private const string Log = "[2024-05-17 10:00:00][PID:1] job_start\n";
    private FakeBkGateway _gateway = null!;

    public async Task InitializeAsync() => _gateway = await FakeBkGateway.StartAsync(Secrets.GatewayOptions());

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    private Task<IpLogs> Call(byte[] body)
    {
        _gateway.MapOperation(FakeBkGateway.BatchGetJobInstanceIpLogGatewayPath, _ => FakeResponse.Bytes(200, "application/json", body).WithHeader("X-Bkapi-Request-Id", "hostile-hdr"));
        var client = new JobV3Client(new HttpClient(), new BkApiClientOptions
        {
            BaseAddress = _gateway.GatewayBaseAddress,
            Credentials = BkCredentials.ForUser(Secrets.AppCode, Secrets.AppSecret, Secrets.Username),
            Timeout = TimeSpan.FromSeconds(60),
        });
        return client.BatchGetJobInstanceIpLogAsync(Requests.ScriptStep());
    }

    private Task<IpLogs> Call(string body) => Call(Encoding.UTF8.GetBytes(body));

    private static string Envelope(string data, string extra = "") => $$"""{"result":true,"code":0,"message":"",{{extra}}"data":{{data}},"job_request_id":"jr-hostile"}""";

    private static string Script(string host = """{"bk_host_id":101,"ip":"10.0.0.1","bk_cloud_id":0,"log_content":"ok"}""", string before = "")
        => $$"""{{{before}}"log_type":1,"job_instance_id":100,"step_instance_id":200,"script_task_logs":[{{host}}]}""";

    private async Task<BkInvalidResponseException> Invalid(string body, string problem)
    {
        var ex = await Assert.ThrowsAsync<BkInvalidResponseException>(() => Call(body));
        Assert.Contains(problem, ex.Problem, StringComparison.Ordinal);
        Assert.NotNull(ex.RequestId);
        return ex;
    }

    // ---------------- Nesting, size, encoding ----------------

    [Theory]
    [InlineData("data")]
    [InlineData("unknown member")]
    public async Task Deeply_nested_json_is_refused_at_depth_64(string where)
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);
        var body = where == "data" ? Envelope(deep) : Envelope(Script(), extra: $"\"trace\":{deep},");

        var ex = await Invalid(body, "maximum configured depth of 64");

        // Found while streaming, before the body's job_request_id (it comes after data): the header's id.
        Assert.Equal("hostile-hdr", ex.RequestId);
    }

    [Fact]
    public async Task A_huge_log_string_is_read_whole()
    {
        var huge = new string('a', 48 * 1024 * 1024) + "尾";

        var logs = Assert.IsType<ScriptIpLogs>(await Call(Envelope(Script($$"""{"ip":"10.0.0.1","bk_cloud_id":0,"log_content":"{{huge}}"}"""))));

        Assert.Equal(huge, Assert.Single(logs.ScriptTaskLogs).LogContent);
    }

    [Theory]
    [InlineData("long log")]
    [InlineData("short ip")]
    public async Task Invalid_utf8_in_a_string_that_is_read_is_an_invalid_response(string where)
    {
        var prefix = Encoding.UTF8.GetBytes(Envelope(Script(where == "long log"
            ? """{"ip":"10.0.0.1","bk_cloud_id":0,"log_content":"@@@"}"""
            : """{"ip":"10.0.@@@","bk_cloud_id":0,"log_content":"ok"}""")));
        var text = Encoding.UTF8.GetString(prefix);
        var at = text.IndexOf("@@@", StringComparison.Ordinal);
        var bad = where == "long log" ? [.. Enumerable.Repeat((byte)'x', 400), 0xC3, 0x28, .. Enumerable.Repeat((byte)'y', 400)] : new byte[] { 0xFF, 0xFE };
        byte[] body = [.. prefix.AsSpan(0, at), .. bad, .. prefix.AsSpan(at + 3)];

        var ex = await Assert.ThrowsAsync<BkInvalidResponseException>(() => Call(body));

        Assert.Equal("a string in the body is not valid UTF-8", ex.Problem);
        // A long string is decoded while streaming (before job_request_id arrives); a short one by the converter, after it.
        Assert.Equal(where == "long log" ? "hostile-hdr" : "jr-hostile", ex.RequestId);
    }

    [Fact]
    public async Task Invalid_utf8_in_a_member_the_client_does_not_read_is_ignored()
    {
        var prefix = Encoding.UTF8.GetBytes(Envelope(Script(), extra: "\"note\":\"@@@\","));
        var at = Encoding.UTF8.GetString(prefix).IndexOf("@@@", StringComparison.Ordinal);
        byte[] body = [.. prefix.AsSpan(0, at), 0xFF, .. prefix.AsSpan(at + 3)];

        Assert.IsType<ScriptIpLogs>(await Call(body));
    }

    [Fact]
    public async Task A_utf8_byte_order_mark_is_accepted()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Envelope(Script()))];

        Assert.IsType<ScriptIpLogs>(await Call(body));
    }

    // ---------------- Duplicates ----------------

    [Fact]
    public async Task Duplicate_envelope_members_the_last_one_wins()
    {
        var body = $$"""{"result":false,"data":{{Script(before: "\"x\":1,")}},"result":true,"code":1,"code":0,"data":{{Script("""{"ip":"10.0.0.2","bk_cloud_id":0,"log_content":"second"}""")}}}""";

        var logs = Assert.IsType<ScriptIpLogs>(await Call(body));

        Assert.Equal("second", Assert.Single(logs.ScriptTaskLogs).LogContent);
    }

    [Fact]
    public async Task Duplicate_data_members_the_last_one_wins_but_the_first_log_type_picks_the_case()
    {
        var data = """{"log_type":1,"log_type":2,"script_task_logs":[],"script_task_logs":[{"ip":"10.0.0.1","bk_cloud_id":0,"log_content":"a","log_content":"b"}]}""";

        var logs = Assert.IsType<ScriptIpLogs>(await Call(Envelope(data)));

        Assert.Equal("b", Assert.Single(logs.ScriptTaskLogs).LogContent);
    }

    // ---------------- Wrong types, nulls, strings for numbers ----------------

    public static TheoryData<string, string> WrongEnvelopeTypes => new()
    {
        { """{"result":"true","data":{}}""", "response.result: expected true or false, found a string" },
        { """{"result":true,"code":{},"data":{}}""", "response.code: expected an integer, found an object" },
        { """{"result":true,"code":1.5,"data":{}}""", "response.code: expected an integer, found the number 1.5" },
        { """{"result":true,"message":true,"data":{}}""", "response.message: expected a string, found a boolean" },
        { """{"result":true,"data":"logs"}""", "ip_logs: expected a JSON object, found a string" },
        { """{"result":true,"data":[]}""", "ip_logs: expected a JSON object, found an array" },
    };

    [Theory]
    [MemberData(nameof(WrongEnvelopeTypes))]
    public Task Envelope_members_of_the_wrong_type_are_invalid_responses_naming_the_member(string body, string problem) => Invalid(body, problem);

    public static TheoryData<string, string> WrongDataTypes => new()
    {
        { """{"log_type":"script","script_task_logs":[]}""", "ip_logs.log_type: expected an integer, found a string" },
        { """{"log_type":1.5,"script_task_logs":[]}""", "ip_logs.log_type: expected an integer, found the number 1.5" },
        { """{"log_type":1,"job_instance_id":"abc","script_task_logs":[]}""", "script_ip_logs.job_instance_id: expected an integer, found a string" },
        { """{"log_type":1,"step_instance_id":true,"script_task_logs":[]}""", "script_ip_logs.step_instance_id: expected an integer, found a boolean" },
        { """{"log_type":1,"script_task_logs":{}}""", "script_ip_logs.script_task_logs: expected a JSON array, found an object" },
        { """{"log_type":1,"script_task_logs":[1]}""", "script_task_log: expected a JSON object, found the number 1" },
        { """{"log_type":1,"script_task_logs":[null]}""", "script_ip_logs.script_task_logs[0]: must not be null" },
        { """{"log_type":1,"script_task_logs":[{"bk_host_id":"x","ip":"10.0.0.1","bk_cloud_id":0,"log_content":""}]}""", "script_task_log.bk_host_id: expected an integer, found a string" },
        { """{"log_type":1,"script_task_logs":[{"ip":[],"bk_cloud_id":0,"log_content":""}]}""", "script_task_log.ip: expected a string, found an array" },
        { """{"log_type":1,"script_task_logs":[{"ip":"10.0.0.1","bk_cloud_id":0,"log_content":true}]}""", "script_task_log.log_content: expected a string, found a boolean" },
    };

    [Theory]
    [MemberData(nameof(WrongDataTypes))]
    public Task Data_members_of_the_wrong_type_are_invalid_responses_naming_the_member(string data, string problem) => Invalid(Envelope(data), problem);

    [Fact]
    public async Task Lenient_members_numbers_as_strings_strings_as_numbers_and_messages_of_other_types()
    {
        var data = """{"log_type":"1","job_instance_id":"100","step_instance_id":"200","script_task_logs":[{"bk_host_id":"101","ip":1234,"bk_cloud_id":"0","log_content":"ok"}]}""";
        var body = $$"""{"result":true,"code":"0","message":{"zh":"成功"},"job_request_id":987654321,"data":{{data}}}""";

        var logs = Assert.IsType<ScriptIpLogs>(await Call(body));

        Assert.Equal(100, logs.JobInstanceId);
        var host = Assert.Single(logs.ScriptTaskLogs);
        Assert.Equal(101, host.HostId);
        Assert.Equal("1234", host.Ip);
        Assert.Equal(0, host.CloudId);
    }

    [Theory]
    [InlineData("""{"result":true,"code":0,"data":null,"job_request_id":"jr-null"}""")]
    [InlineData("""{"result":true,"code":0,"job_request_id":"jr-null"}""")]
    public async Task Null_or_missing_data_is_an_invalid_response(string body)
    {
        var ex = await Invalid(body, "result is true but data is missing or null");

        Assert.Equal("jr-null", ex.RequestId);
    }

    // ---------------- The discriminator ----------------

    [Fact]
    public async Task Null_or_absent_members_decode_and_keep_the_rest_of_the_batch()
    {
        // What bk-job's Java beans can send: a file pulled from a file source has no src_ip; a host entry whose logs were
        // not found has nothing set; a script host asked for by host id, IPv6-only, has no ip and no bk_cloud_id.
        var file = Assert.IsType<FileIpLogs>(await Call(Envelope("""
            {"log_type":2,"job_instance_id":100,"step_instance_id":201,"file_task_logs":[
              {"bk_host_id":101,"bk_cloud_id":0,"ip":"10.0.0.1","file_logs":[{"mode":0,"src_path":"testbucket/a.txt","status":0}]},
              {"bk_host_id":null,"bk_cloud_id":null,"ip":null,"file_logs":null}]}
            """)));
        Assert.Null(Assert.Single(file.FileTaskLogs[0].FileLogs).SrcIp);
        Assert.Null(file.FileTaskLogs[1].Ip);
        Assert.Empty(file.FileTaskLogs[1].FileLogs);

        var script = Assert.IsType<ScriptIpLogs>(await Call(Envelope("""{"log_type":1,"script_task_logs":[{"bk_host_id":103,"ipv6":"fd00::3","log_content":null}]}""")));
        var host = Assert.Single(script.ScriptTaskLogs);
        Assert.Equal(103, host.HostId);
        Assert.Null(host.Ip);
        Assert.Null(host.CloudId);
        Assert.Null(host.LogContent);
    }

    [Fact]
    public async Task A_missing_log_type_keeps_the_object_as_the_unknown_case()
    {
        // bk-job sets log_type only for script and file steps.
        var unknown = Assert.IsType<UnknownIpLogs>(await Call(Envelope("""{"job_instance_id":100,"script_task_logs":[]}""")));

        Assert.Null(unknown.LogType);
        Assert.Equal(100, unknown.JobInstanceId);
        Assert.Equal(0, unknown.Raw.GetProperty("script_task_logs").GetArrayLength());
    }

    [Fact]
    public async Task A_null_log_type_is_a_missing_one()
    {
        var unknown = Assert.IsType<UnknownIpLogs>(await Call(Envelope("""{"log_type":null,"script_task_logs":[]}""")));

        Assert.Null(unknown.LogType);
    }

    [Fact]
    public async Task An_unknown_log_type_keeps_the_whole_object_long_logs_included()
    {
        var longLog = string.Concat(Enumerable.Repeat(Log, 200));
        var data = $$"""{"log_type":3,"job_instance_id":100,"step_instance_id":200,"container_logs":[{"ip":"10.0.0.1","log_content":"{{longLog.Replace("\n", "\\n", StringComparison.Ordinal)}}"}]}""";

        var unknown = Assert.IsType<UnknownIpLogs>(await Call(Envelope(data)));

        Assert.Equal((LogType)3, unknown.LogType);
        Assert.Equal(100, unknown.JobInstanceId);
        Assert.Equal(longLog, unknown.Raw.GetProperty("container_logs")[0].GetProperty("log_content").GetString());
    }

    [Fact]
    public async Task Log_type_after_megabytes_of_logs_is_still_found()
    {
        var longLog = string.Concat(Enumerable.Repeat(Log, 50_000));
        var escaped = longLog.Replace("\n", "\\n", StringComparison.Ordinal);
        var data = $$"""{"script_task_logs":[{"ip":"10.0.0.1","bk_cloud_id":0,"log_content":"{{escaped}}"},{"ip":"10.0.0.2","bk_cloud_id":0,"log_content":"{{escaped}}"}],"job_instance_id":100,"log_type":1}""";

        var logs = Assert.IsType<ScriptIpLogs>(await Call(Envelope(data)));

        Assert.All(logs.ScriptTaskLogs, l => Assert.Equal(longLog, l.LogContent));
    }

    // ---------------- Not JSON, not an envelope ----------------

    [Theory]
    [InlineData("", "The input does not contain any JSON tokens")]
    [InlineData("null", "not a BlueKing envelope")]
    [InlineData("""{"result":true,"data":{"log_type":1}} trailing""", "is invalid after a single JSON value")]
    [InlineData("""{"result":true,"data":{"log_type":1,"script_task_logs":[""", "Expected depth to be zero")]
    public async Task Bodies_that_are_not_one_envelope_are_invalid_responses(string body, string problem)
    {
        var ex = await Assert.ThrowsAsync<BkInvalidResponseException>(() => Call(body));

        Assert.Contains(problem, ex.Problem, StringComparison.Ordinal);
        Assert.Equal("hostile-hdr", ex.RequestId);
    }
}
