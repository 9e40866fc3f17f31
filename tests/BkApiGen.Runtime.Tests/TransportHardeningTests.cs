using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Errors;
using BkApiGen.Runtime.Http;
using BkApiGen.Runtime.Serialization;

namespace BkApiGen.Runtime.Tests;

/// <summary>The reviewer's findings on the transport, and the streamed reading of long strings.</summary>
public class TransportHardeningTests
{
    private static readonly BkApiOperation Operation = new("jobv3", "get_job_instance_status", HttpMethod.Post, "/api/v3/get_job_instance_status", "/api/c/compapi/v2/jobv3/get_job_instance_status/", IsIdempotent: true);

    private static readonly BkCredentials Credentials = BkCredentials.Create(Secrets.AppCode, Secrets.AppSecret, Secrets.BkToken, Secrets.Username);

    private static BkApiTransport Transport(StubHandler handler, TimeSpan? timeout = null)
        => new(new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) }, new BkApiClientOptions
        {
            BaseAddress = new Uri("https://bkapi.example.com/api/bk-job/prod/"),
            Credentials = Credentials,
            Timeout = timeout,
        });

    private static Task<JobData> SendJob(StubHandler handler, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
        => Transport(handler, timeout).SendAsync(Operation, new TestRequest { JobInstanceId = 1 }, TestJson.Request, TestJson.JobEnvelope, cancellationToken);

    // ---------------- Error bodies ----------------

    [Theory]
    [InlineData("""{"detail":"upstream exploded","trace":"0af3"}""")]
    [InlineData("""{"error":"Service Unavailable"}""")]
    [InlineData("""[{"message":"not an object"}]""")]
    public async Task A_json_error_body_of_an_unknown_shape_keeps_its_preview(string body)
    {
        var handler = StubHandler.Json(HttpStatusCode.ServiceUnavailable, body, r => r.Headers.Add("X-Bkapi-Request-Id", "hdr-1"));

        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => SendJob(handler));

        Assert.Equal(body, ex.BodyPreview);
        Assert.Null(ex.Code);
        Assert.Equal("hdr-1", ex.RequestId);
        Assert.Contains(body, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_body_that_is_not_utf8_keeps_its_code_request_id_and_readable_text()
    {
        // An old ESB answering in GBK: the message bytes are not UTF-8. The error must not be lost (nor become another
        // exception type) because its text cannot be decoded: the code, request id and readable part come through.
        var gbk = new byte[] { 0xD7, 0xF7, 0xD2, 0xB5 }; // "作业" in GBK
        var body = Encoding.UTF8.GetBytes("""{"result":false,"code":1244004,"message":"#job missing","request_id":"body-req-7","permission":{"system_id":"bk_#","actions":[]}}""");
        body = [.. Splice(Splice(body, gbk), gbk)];
        var handler = new StubHandler((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(body) }));

        var ex = await Assert.ThrowsAsync<BkApiErrorException>(() => SendJob(handler));

        Assert.Equal(1244004, ex.Code);
        Assert.Equal("body-req-7", ex.RequestId);
        Assert.Contains("job missing", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.Permission);
        Assert.Contains("bk_", ex.Permission!.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("bk_", ex.Permission.SystemId, StringComparison.Ordinal);
        Assert.NotNull(ex.ToString());

        static byte[] Splice(byte[] text, byte[] bytes)
        {
            var at = Array.IndexOf(text, (byte)'#');
            return [.. text[..at], .. bytes, .. text[(at + 1)..]];
        }
    }

    [Fact]
    public async Task An_error_body_with_a_member_name_that_cannot_be_decoded_keeps_its_code_and_message()
    {
        // Looking a member up decodes every name it passes; half a surrogate pair in one of them threw.
        var handler = StubHandler.Json(
            HttpStatusCode.InternalServerError,
            """{"code":1650300,"message":"upstream down","\ud800x":1,"request_id":"body-req-4","permission":{"system_id":"bk_job","\udc00":2,"actions":[]}}""");

        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => SendJob(handler));

        Assert.Equal(1650300, ex.Code);
        Assert.Equal("body-req-4", ex.RequestId);
        Assert.Contains("upstream down", ex.Message, StringComparison.Ordinal);
        Assert.Equal("bk_job", ex.Permission?.SystemId);
        Assert.Empty(ex.Permission!.Actions);
    }

    [Fact]
    public async Task A_string_with_half_a_surrogate_pair_is_an_invalid_response()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, """{"result":true,"code":0,"message":"","data":{"job_instance_id":1,"name":"\ud800x"}}""", r => r.Headers.Add("X-Bkapi-Request-Id", "hdr-3"));

        var ex = await Assert.ThrowsAsync<BkInvalidResponseException>(() => SendJob(handler));

        Assert.Equal("hdr-3", ex.RequestId);
        Assert.IsType<InvalidOperationException>(ex.InnerException);
    }

    [Fact]
    public async Task An_unknown_error_shape_still_gives_its_request_id()
    {
        var handler = StubHandler.Json(HttpStatusCode.InternalServerError, """{"oops":true,"request_id":"body-req-9"}""", r => r.Headers.Add("X-Bkapi-Request-Id", "hdr-9"));

        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => SendJob(handler));

        Assert.Equal("body-req-9", ex.RequestId);
        Assert.NotNull(ex.BodyPreview);
    }

    [Fact]
    public async Task A_symbolic_code_is_a_code_name_with_no_code_at_200()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, """{"result":false,"code":"INVALID_ARGUMENT","message":"请求参数[bk_scope_type]不合法","job_request_id":"jr-sym"}""");

        var ex = await Assert.ThrowsAsync<BkApiErrorException>(() => SendJob(handler));

        Assert.Null(ex.Code);
        Assert.Equal("INVALID_ARGUMENT", ex.CodeName);
        Assert.Equal("jr-sym", ex.RequestId);
        Assert.DoesNotContain("-1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_symbolic_code_is_a_code_name_with_no_code_at_4xx_even_with_a_numeric_header()
    {
        var handler = StubHandler.Json(HttpStatusCode.BadRequest, Samples.JobV4InvalidArgument, r => r.Headers.Add("X-Bkapi-Error-Code", "1640001"));

        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => SendJob(handler));

        Assert.Null(ex.Code);
        Assert.Equal("INVALID_ARGUMENT", ex.CodeName);
    }

    [Fact]
    public async Task A_bk_job_v4_error_object_rewritten_to_status_200_is_an_api_error()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, Samples.JobV4NoPermission, r => r.Headers.Add("X-Bkapi-Request-Id", "v4-200"));

        var ex = await Assert.ThrowsAsync<BkApiErrorException>(() => SendJob(handler));

        Assert.Null(ex.Code);
        Assert.Equal("NO_PERMISSION", ex.CodeName);
        Assert.StartsWith("用户(张三)权限不足", ex.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal("access_business", Assert.Single(ex.Permission!.Actions).Id);
        Assert.Equal("v4-200", ex.RequestId);
    }

    [Fact]
    public void Retry_after_as_a_date_is_counted_from_now_and_never_negative()
    {
        var now = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        using var past = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        past.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(now.AddMinutes(-5));
        using var future = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        future.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(now.AddSeconds(30));

        Assert.Equal(TimeSpan.Zero, BkApiTransport.RetryAfter(past, now));
        Assert.Equal(TimeSpan.FromSeconds(30), BkApiTransport.RetryAfter(future, now));
    }

    [Fact]
    public async Task A_retry_after_date_in_the_past_gives_zero_on_the_exception()
    {
        var handler = StubHandler.Json(HttpStatusCode.TooManyRequests, Samples.GatewayRateLimitStage, r => r.Headers.TryAddWithoutValidation("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"));

        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => SendJob(handler));

        Assert.Equal(TimeSpan.Zero, ex.RetryAfter);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\t\r\n")]
    public void A_blank_app_secret_is_refused_like_a_blank_app_code(string secret)
    {
        var secretEx = Assert.Throws<ArgumentException>(() => BkCredentials.ForUser("app", secret, "admin"));
        var codeEx = Assert.Throws<ArgumentException>(() => BkCredentials.ForUser(secret, "s3cret", "admin"));

        Assert.Equal("appSecret", secretEx.ParamName);
        Assert.Equal("appCode", codeEx.ParamName);
        Assert.Contains("bk_app_secret must not be empty or blank", secretEx.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_from_the_server_that_echoes_the_secret_or_the_token_is_scrubbed()
    {
        var body = $$"""{"result":false,"code":1306000,"message":"bad secret {{Secrets.AppSecret}} for token {{Secrets.BkToken}}","request_id":"r-{{Secrets.BkToken}}"}""";
        var html = StubHandler.Text(HttpStatusCode.BadGateway, $"<html>{Secrets.AppSecret}</html>", "text/html");

        var apiEx = await Assert.ThrowsAsync<BkApiErrorException>(() => SendJob(StubHandler.Json(HttpStatusCode.OK, body)));
        var gwEx = await Assert.ThrowsAsync<BkGatewayException>(() => SendJob(html));

        Assert.Equal("bad secret *** for token ***", apiEx.ErrorMessage);
        Assert.Equal("r-***", apiEx.RequestId);
        Assert.Equal("<html>***</html>", gwEx.BodyPreview);
        Secrets.AssertAbsent(apiEx.ToString());
        Secrets.AssertAbsent(gwEx.ToString());
    }

    [Fact]
    public async Task A_huge_server_message_is_kept_whole_but_quoted_short_in_the_exception_message()
    {
        var huge = new string('m', 200_000);
        var handler = StubHandler.Json(HttpStatusCode.OK, $$"""{"result":false,"code":1,"message":"{{huge}}"}""");

        var ex = await Assert.ThrowsAsync<BkApiErrorException>(() => SendJob(handler));

        Assert.Equal(huge, ex.ErrorMessage);
        Assert.InRange(ex.Message.Length, 1000, 1200);
    }

    // ---------------- Request ids on every exception ----------------

    [Fact]
    public async Task An_invalid_body_carries_the_request_id_read_before_the_fault()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, """{"result":true,"job_request_id":"jr-before","data":{"job_instance_id":"many"}}""", r => r.Headers.Add("X-Bkapi-Request-Id", "hdr"));

        var ex = await Assert.ThrowsAsync<BkInvalidResponseException>(() => SendJob(handler));

        Assert.Equal("jr-before", ex.RequestId);
    }

    [Fact]
    public async Task A_truncated_body_carries_the_header_request_id()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, """{"result":true,"data":{"job_inst""", r => r.Headers.Add("X-Bkapi-Request-Id", "hdr-trunc"));

        var ex = await Assert.ThrowsAsync<BkInvalidResponseException>(() => SendJob(handler));

        Assert.Equal("hdr-trunc", ex.RequestId);
        Assert.IsType<JsonException>(ex.InnerException, exactMatch: false);
    }

    [Fact]
    public async Task Missing_data_carries_the_body_request_id()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, """{"result":true,"request_id":"esb-77"}""");

        var ex = await Assert.ThrowsAsync<BkInvalidResponseException>(() => SendJob(handler));

        Assert.Equal("esb-77", ex.RequestId);
    }

    // ---------------- Bounded reads ----------------

    [Fact]
    public async Task An_error_body_that_never_ends_still_gives_the_status_in_time()
    {
        var handler = new StubHandler((_, _) =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StreamContent(new EndlessStream("{\"code\":") ) };
            response.Headers.Add("X-Bkapi-Request-Id", "endless");
            return Task.FromResult(response);
        });

        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => SendJob(handler, timeout: TimeSpan.FromMilliseconds(300)));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Equal("endless", ex.RequestId);
    }

    [Fact]
    public async Task A_success_body_that_never_ends_times_out()
    {
        var handler = new StubHandler((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(new EndlessStream("{\"result\":true,\"data\":{\"name\":\"")),
        }));

        var ex = await Assert.ThrowsAsync<BkTransportException>(() => SendJob(handler, timeout: TimeSpan.FromMilliseconds(300)));

        Assert.Contains("timed out after 00:00:00.3000000 while the response was read", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_while_the_body_is_read_reports_the_callers_token()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var handler = new StubHandler((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(new EndlessStream("{\"result\":true,\"data\":{\"name\":\"")),
        }));

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SendJob(handler, timeout: TimeSpan.FromSeconds(30), cancellationToken: cts.Token));

        Assert.Equal(cts.Token, ex.CancellationToken);
    }

    // ---------------- Long strings read while streaming ----------------

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task Long_strings_are_decoded_once_and_handed_to_the_converter(int chunk)
    {
        var name = "日志 \"quoted\" \\ end\n" + new string('n', 5000);
        var json = JsonSerializer.Serialize(new Dictionary<string, object> { ["result"] = true, ["data"] = new Dictionary<string, object> { ["name"] = name, ["job_instance_id"] = 5 } });
        var handler = new StubHandler((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new TrickleStream(Encoding.UTF8.GetBytes(json), chunk)) }));

        var data = await SendJob(handler);

        Assert.Equal(name, data.Name);
        Assert.Equal(5, data.JobInstanceId);
    }

    [Fact]
    public async Task A_long_string_the_converter_skips_or_keeps_as_raw_json_is_not_lost()
    {
        var skipped = new string('s', 3000);
        var kept = new string('k', 3000);
        var body = "{\"result\":true,\"data\":{\"unknown\":\"" + skipped + "\",\"name\":\"" + kept + "\",\"job_instance_id\":1,\"raw\":{\"text\":\"" + kept + "\"}}}";

        var typed = await SendJob(StubHandler.Json(HttpStatusCode.OK, body));
        var element = await Transport(StubHandler.Json(HttpStatusCode.OK, body)).SendAsync(Operation, new TestRequest(), TestJson.Request, TestJson.ElementEnvelope);
        var partial = await Transport(StubHandler.Json(HttpStatusCode.OK, body)).SendAsync(Operation, new TestRequest(), TestJson.Request, TestJson.Envelope(new RawTextConverter()));

        Assert.Equal(kept, typed.Name);
        Assert.Equal(skipped, element.GetProperty("unknown").GetString());
        Assert.Equal(kept, element.GetProperty("raw").GetProperty("text").GetString());
        Assert.Equal(kept, partial.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_long_string_read_as_a_string_and_also_kept_as_raw_json_is_whole_in_both()
    {
        var text = "长日志\n" + new string('r', 2000);
        var body = JsonSerializer.Serialize(new Dictionary<string, object> { ["result"] = true, ["data"] = new Dictionary<string, object> { ["text"] = text } });

        var (raw, read) = await Transport(StubHandler.Json(HttpStatusCode.OK, body)).SendAsync(Operation, new TestRequest(), TestJson.Request, TestJson.Envelope(new RawAndStringConverter()));

        Assert.Equal(text, read);
        Assert.Equal(text, raw.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_server_cannot_forge_a_placeholder()
    {
        var longText = new string('L', 1000);
        var body = "{\"result\":true,\"data\":{\"name\":\"~\",\"job_instance_id\":1,\"x\":\"" + longText + "\"}}";

        var data = await SendJob(StubHandler.Json(HttpStatusCode.OK, body));

        Assert.Equal("~", data.Name);
    }

    /// <summary>A converter that reads data as JSON, then a member of it as a JsonElement (like an Unknown… case keeps Raw).</summary>
    private sealed class RawTextConverter : JsonConverter<JsonElement>
    {
        public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => JsonElement.ParseValue(ref reader).GetProperty("raw").Clone();

        public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options) => value.WriteTo(writer);
    }

    /// <summary>Keeps data as raw JSON (like an Unknown… case) and also reads its member as a string (like a common member).</summary>
    private sealed class RawAndStringConverter : JsonConverter<(JsonElement Raw, string Text)>
    {
        public override (JsonElement Raw, string Text) Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var copy = reader;
            var raw = BkJson.ReadElement(ref copy);
            BkJson.ExpectStartObject(ref reader, "data");
            string? text = null;
            while (true)
            {
                BkJson.ReadValue(ref reader);
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    return (raw, text!);
                }

                BkJson.ReadValue(ref reader);
                text = BkJson.ReadString(ref reader, "data.text");
            }
        }

        public override void Write(Utf8JsonWriter writer, (JsonElement Raw, string Text) value, JsonSerializerOptions options) => value.Raw.WriteTo(writer);
    }

    /// <summary>Gives a prefix, then blocks each read until cancelled (a server that stops sending).</summary>
    private sealed class EndlessStream(string prefix) : Stream
    {
        private readonly byte[] _prefix = Encoding.UTF8.GetBytes(prefix);
        private bool _sent;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!_sent)
            {
                _sent = true;
                _prefix.CopyTo(buffer);
                return _prefix.Length;
            }

            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            return 0;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
