using System.Text;
using System.Text.Json;
using BkApiGen.Runtime.Serialization;

namespace BkApiGen.Runtime.Tests;

public class BkApiResponseConverterTests
{
    [Fact]
    public void Reads_a_successful_envelope()
    {
        var r = TestJson.Read("""{"result":true,"code":0,"message":"success","data":{"job_instance_id":42,"name":"backup"},"job_request_id":"jr-1"}""", TestJson.JobEnvelope);

        Assert.True(r.HasResult);
        Assert.True(r.Result);
        Assert.Equal(0, r.Code);
        Assert.Equal("success", r.Message);
        Assert.Equal(new JobData(42, "backup"), r.Data);
        Assert.Equal("jr-1", r.JobRequestId);
        Assert.Null(r.RequestId);
        Assert.Null(r.Permission);
        Assert.Null(r.CodeName);
    }

    [Theory]
    [InlineData("""{"data":{"job_instance_id":7},"message":null,"job_request_id":"x","code":0,"result":true}""")]
    [InlineData("""{"code":0,"data":{"name":null,"job_instance_id":"7"},"result":true}""")]
    [InlineData("""{"result":true,"data":{"job_instance_id":7}}""")]
    [InlineData("""{"message":"ok","data":{"extra":{"data":{"result":false}},"job_instance_id":7},"trace":[1,{"result":false}],"result":true}""")]
    public void Members_may_come_in_any_order_and_data_before_result(string json)
    {
        var r = TestJson.Read(json, TestJson.JobEnvelope);

        Assert.True(r.HasResult);
        Assert.True(r.Result);
        Assert.Equal(7, r.Data!.JobInstanceId);
    }

    [Theory]
    [InlineData("""{"result":false,"code":1240003,"message":"bad","data":[1,2,3]}""")]
    [InlineData("""{"data":[1,2,3],"result":false,"code":1240003,"message":"bad"}""")]
    [InlineData("""{"data":"not an object","code":1240003,"message":"bad","result":false}""")]
    [InlineData("""{"data":{"job_instance_id":"not a number"},"code":1240003,"message":"bad","result":false}""")]
    [InlineData("""{"result":false,"data":{"unexpected":true},"code":1240003,"message":"bad"}""")]
    public void An_error_with_data_of_another_shape_never_calls_the_data_converter(string json)
    {
        var dataConverter = new JobDataConverter();

        var r = TestJson.Read(json, TestJson.Envelope(dataConverter));

        Assert.True(r.HasResult);
        Assert.False(r.Result);
        Assert.Equal(1240003, r.Code);
        Assert.Equal("bad", r.Message);
        Assert.Null(r.Data);
        Assert.Equal(0, dataConverter.Calls);
    }

    [Theory]
    [InlineData("""{"result":true,"data":{"job_instance_id":"abc"}}""")]
    [InlineData("""{"data":{"job_instance_id":"abc"},"result":true}""")]
    public void Success_with_data_of_the_wrong_shape_fails_naming_the_member(string json)
    {
        var ex = Assert.Throws<JsonException>(() => TestJson.Read(json, TestJson.JobEnvelope));

        Assert.Contains("data.job_instance_id", ex.Message, StringComparison.Ordinal);
        Assert.Contains("expected an integer", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Request_id_and_job_request_id_are_kept_apart()
    {
        var esb = TestJson.Read(Samples.Esb1306000, TestJson.ElementEnvelope);
        var job = TestJson.Read(Samples.Job1244006, TestJson.ElementEnvelope);
        var both = TestJson.Read("""{"result":true,"data":1,"request_id":"r","job_request_id":"j"}""", TestJson.ElementEnvelope);

        Assert.Equal("0f6c5a1e9b2d4c7f8a3e6d1b2c4f5a6e", esb.RequestId);
        Assert.Null(esb.JobRequestId);
        Assert.Equal("jr-1244006-cc", job.JobRequestId);
        Assert.Null(job.RequestId);
        Assert.Equal("r", both.RequestId);
        Assert.Equal("j", both.JobRequestId);
    }

    [Fact]
    public void Request_id_sent_as_a_number_is_kept_as_text()
    {
        var r = TestJson.Read("""{"result":false,"code":1,"request_id":12345678901234567890}""", TestJson.ElementEnvelope);

        Assert.Equal("12345678901234567890", r.RequestId);
    }

    [Fact]
    public void Reads_the_real_9900403_permission_object()
    {
        // The REAL sample carries no "result": it is read, but flagged as not a complete envelope.
        var r = TestJson.Read(Samples.CmdbPermission9900403, TestJson.ElementEnvelope);

        Assert.False(r.HasResult);
        Assert.Equal(9900403, r.Code);
        var permission = Assert.IsType<BkPermission>(r.Permission);
        Assert.Equal("bk_cmdb", permission.SystemId);
        Assert.Equal("配置平台", permission.SystemName);
        var action = Assert.Single(permission.Actions);
        Assert.Equal("find_business_resource", action.Id);
        Assert.Equal("业务访问", action.Name);
        var resourceType = Assert.Single(action.RelatedResourceTypes);
        Assert.Equal("bk_cmdb", resourceType.SystemId);
        Assert.Equal("biz", resourceType.Type);
        Assert.Equal("业务", resourceType.TypeName);
        var path = Assert.Single(resourceType.Instances);
        var instance = Assert.Single(path);
        Assert.Equal("36", instance.Id);
        Assert.Equal("biz", instance.Type);
        Assert.Equal("abc", instance.Name);
        Assert.Equal(JsonValueKind.Object, permission.Raw.ValueKind);
        Assert.Contains("find_business_resource", permission.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_bk_job_9900403_error_with_its_permission()
    {
        var r = TestJson.Read(Samples.Job9900403, TestJson.JobEnvelope);

        Assert.True(r.HasResult);
        Assert.False(r.Result);
        Assert.Equal(9900403, r.Code);
        Assert.Equal("jr-9900403-dd", r.JobRequestId);
        Assert.StartsWith("用户(admin)权限不足", r.Message, StringComparison.Ordinal);
        var permission = r.Permission!;
        Assert.Equal("bk_job", permission.SystemId);
        Assert.Equal("作业平台", permission.SystemName);
        var action = Assert.Single(permission.Actions);
        Assert.Equal("view_job_instance", action.Id);
        var resourceType = Assert.Single(action.RelatedResourceTypes);
        Assert.Equal("job_instance", resourceType.Type);
        var instance = Assert.Single(Assert.Single(resourceType.Instances));
        Assert.Equal("1001", instance.Id);
        Assert.Equal("nightly-backup", instance.Name);
    }

    [Fact]
    public void Permission_null_is_no_permission()
    {
        var r = TestJson.Read("""{"result":false,"code":1,"permission":null}""", TestJson.ElementEnvelope);

        Assert.Null(r.Permission);
    }

    [Fact]
    public void Permission_object_of_unexpected_shape_reads_as_empty()
    {
        var r = TestJson.Read("""{"result":false,"code":9900403,"permission":{"actions":"none","system_id":7}}""", TestJson.ElementEnvelope);

        Assert.NotNull(r.Permission);
        Assert.Null(r.Permission.SystemId);
        Assert.Empty(r.Permission.Actions);
    }

    [Fact]
    public void A_symbolic_string_code_becomes_the_code_name()
    {
        var r = TestJson.Read("""{"result":false,"code":"INVALID_ARGUMENT","message":"请求参数[bk_scope_type]不合法"}""", TestJson.ElementEnvelope);

        Assert.Equal("INVALID_ARGUMENT", r.CodeName);
        Assert.NotEqual(0, r.Code);
        Assert.False(r.Result);
    }

    [Fact]
    public void An_explicit_code_name_wins_over_a_symbolic_code()
    {
        var before = TestJson.Read("""{"code_name":"NAMED","code":"SYMBOL","result":false}""", TestJson.ElementEnvelope);
        var after = TestJson.Read("""{"code":"SYMBOL","code_name":"NAMED","result":false}""", TestJson.ElementEnvelope);

        Assert.Equal("NAMED", before.CodeName);
        Assert.Equal("NAMED", after.CodeName);
    }

    [Fact]
    public void A_numeric_string_code_is_a_number()
    {
        var r = TestJson.Read("""{"result":false,"code":"1240003"}""", TestJson.ElementEnvelope);

        Assert.Equal(1240003, r.Code);
        Assert.Null(r.CodeName);
    }

    [Fact]
    public void Gateway_code_name_is_read()
    {
        var r = TestJson.Read(Samples.GatewayAppNoPermission, TestJson.ElementEnvelope);

        Assert.Equal(1640301, r.Code);
        Assert.Equal("APP_NO_PERMISSION", r.CodeName);
        Assert.Equal("App has no permission to the resource", r.Message);
        Assert.False(r.Result);
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"code":0,"data":{"job_instance_id":1},"message":"ok"}""")]
    [InlineData("""{"foo":1,"bar":[true]}""")]
    public void Missing_result_means_HasResult_false(string json)
    {
        var dataConverter = new JobDataConverter();

        var r = TestJson.Read(json, TestJson.Envelope(dataConverter));

        Assert.False(r.HasResult);
        Assert.False(r.Result);
        Assert.Null(r.Data);
        Assert.Equal(0, dataConverter.Calls);
    }

    [Fact]
    public void Unknown_members_of_every_kind_are_skipped()
    {
        const string json = """
            {"trace_id":"5ddb","extra":{"result":false,"code":99,"data":{"job_instance_id":0}},
             "list":[{"message":"inner"},[1,2],null,"s"],"n":1.5e10,"t":true,"z":null,
             "result":true,"code":0,"message":"outer","data":{"job_instance_id":3},"after":{"a":[{}]}}
            """;

        var r = TestJson.Read(json, TestJson.JobEnvelope);

        Assert.True(r.Result);
        Assert.Equal(0, r.Code);
        Assert.Equal("outer", r.Message);
        Assert.Equal(3, r.Data!.JobInstanceId);
    }

    [Fact]
    public void Message_of_another_type_does_not_fail_the_envelope()
    {
        var r = TestJson.Read("""{"result":false,"code":1,"message":{"zh":"错误","en":"error"}}""", TestJson.ElementEnvelope);

        Assert.Null(r.Message);
        Assert.Equal(1, r.Code);
    }

    [Fact]
    public void Element_data_is_kept_as_is()
    {
        var r = TestJson.Read("""{"data":[{"ip":"10.0.0.1"},null,3],"result":true}""", TestJson.ElementEnvelope);

        Assert.Equal(JsonValueKind.Array, r.Data.ValueKind);
        Assert.Equal("10.0.0.1", r.Data[0].GetProperty("ip").GetString());
        Assert.Equal(3, r.Data.GetArrayLength());
    }

    [Fact]
    public void Data_presence_is_recorded()
    {
        Assert.True(TestJson.Read("""{"result":true,"data":0}""", TestJson.ElementEnvelope).HasData);
        Assert.True(TestJson.Read("""{"data":false,"result":true}""", TestJson.ElementEnvelope).HasData);
        Assert.False(TestJson.Read("""{"result":true,"data":null}""", TestJson.ElementEnvelope).HasData);
        Assert.False(TestJson.Read("""{"data":null,"result":true}""", TestJson.ElementEnvelope).HasData);
        Assert.False(TestJson.Read("""{"result":true}""", TestJson.ElementEnvelope).HasData);
        Assert.False(TestJson.Read("""{"result":false,"data":{"a":1}}""", TestJson.ElementEnvelope).HasData);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("42")]
    public void A_body_that_is_not_an_object_is_a_JsonException(string json)
    {
        var ex = Assert.Throws<JsonException>(() => TestJson.Read(json, TestJson.ElementEnvelope));

        Assert.Contains("expected a JSON object", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Result_of_the_wrong_type_is_a_JsonException_naming_it()
    {
        var ex = Assert.Throws<JsonException>(() => TestJson.Read("""{"result":"yes"}""", TestJson.ElementEnvelope));

        Assert.Contains("response.result", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_then_read_gives_the_same_envelope()
    {
        var original = TestJson.Read(Samples.Job9900403, TestJson.JobEnvelope);

        var json = JsonSerializer.Serialize(original, TestJson.JobEnvelope);
        var again = TestJson.Read(json, TestJson.JobEnvelope);

        Assert.Equal(original.Result, again.Result);
        Assert.Equal(original.Code, again.Code);
        Assert.Equal(original.Message, again.Message);
        Assert.Equal(original.JobRequestId, again.JobRequestId);
        Assert.True(JsonElement.DeepEquals(original.Permission!.Raw, again.Permission!.Raw));

        var success = new BkApiResponse<JobData> { HasResult = true, Result = true, Data = new JobData(5, "n"), RequestId = "r" };
        var read = TestJson.Read(JsonSerializer.Serialize(success, TestJson.JobEnvelope), TestJson.JobEnvelope);
        Assert.Equal(success.Data, read.Data);
        Assert.Equal("r", read.RequestId);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(17)]
    public async Task Streams_in_small_chunks_with_data_before_result_and_large_unknown_members(int chunk)
    {
        var padding = new string('x', 70_000);
        var json = $$"""{"padding":"{{padding}}","data":{"name":"{{padding}}","job_instance_id":9},"nested":{"deep":[{"data":1}]},"result":true,"code":0}""";
        var stream = new TrickleStream(Encoding.UTF8.GetBytes(json), chunk);

        var r = await JsonSerializer.DeserializeAsync(stream, TestJson.JobEnvelope);

        Assert.True(r!.Result);
        Assert.Equal(9, r.Data!.JobInstanceId);
        Assert.Equal(padding, r.Data.Name);
    }
}
