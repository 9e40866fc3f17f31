using System.Net;
using System.Text;
using BkApiGen.Client.Tests.Generated;
using BkApiGen.FakeGateway;
using BkApiGen.Runtime;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Errors;
using BkApiGen.Tests.Shared;
using CsCheck;

namespace BkApiGen.Client.Tests;

/// <summary>
/// Whatever a server answers, a call ends in a result or in one of the typed <see cref="BkApiException"/>s, with the
/// request id when the server sent one and without a secret: real bodies (script and file logs, an API error, a gateway
/// error) cut, spliced and corrupted byte by byte, under any status and content type, through the generated client.
/// </summary>
public sealed class ResponseRobustnessTests
{
    private const string RequestId = "a1b2c3d4e5f60718293a4b5c6d7e8f90";

    private static readonly byte[][] Bodies =
    [
        Encoding.UTF8.GetBytes(FakeFixtures.ApigwScriptLogs),
        Encoding.UTF8.GetBytes(FakeFixtures.ApigwFileLogs),
        Encoding.UTF8.GetBytes(FakeFixtures.SeedFileLogsLogTypeLast),
        Encoding.UTF8.GetBytes(FakeFixtures.SeedFileLogsUnknownLogType),
        """{"result":false,"code":1244004,"message":"作业实例不存在 / Job instance does not exist","data":null,"request_id":"0f1e2d3c4b5a69788796a5b4c3d2e1f0","permission":{"system_id":"bk_job","actions":[{"id":"view_job_instance"}]}}"""u8.ToArray(),
        """{"code_name":"APP_VERIFY_FAILED","data":null,"code":1640001,"message":"App authentication failed","result":false}"""u8.ToArray(),
    ];

    // Splices that make a JSON parser work: structure, escapes, numbers at the edges, names the reader looks for.
    private static readonly string[] Tokens =
    [
        "{", "}", "[", "]", "\"", ":", ",", "null", "true", "0", "-1", "1e400", "9223372036854775808", "1.5", "\\u00", "\\ud800",
        "\\\"", "\"log_type\":2", "\"log_type\":1", "\"log_type\":\"1\"", "\"data\":", "\"result\":true", "\"code\":0", "[[[[[[[[",
    ];

    private static readonly Gen<byte[]> Insert = Gen.Frequency(
        (3, Gen.OneOf(Tokens).Select(t => Encoding.UTF8.GetBytes(t))),
        (1, Gen.String.Select(s => Encoding.UTF8.GetBytes(s))),
        (1, Gen.Byte.Array[1, 4]));

    private static readonly Gen<Case> Cases = Gen.Select(
        Gen.Int[0, Bodies.Length - 1],
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, 24], Insert).Array[0, 3],
        Gen.OneOf(200, 200, 200, 200, 400, 403, 429, 500, 502),
        Gen.OneOf("application/json", "application/json; charset=utf-8", "text/html", "text/plain; charset=gbk"),
        Gen.Bool,
        (body, cuts, status, contentType, withRequestId) => new Case(Mutate(Bodies[body], cuts), (HttpStatusCode)status, contentType, withRequestId));

    private sealed record Case(byte[] Body, HttpStatusCode Status, string ContentType, bool WithRequestId)
    {
        public override string ToString()
            => $"HTTP {(int)Status} {ContentType}{(WithRequestId ? " with request id" : "")}: {Encoding.UTF8.GetString(Body)}";
    }

    private static byte[] Mutate(byte[] body, (int At, int Length, byte[] Insert)[] cuts)
    {
        var bytes = new List<byte>(body);
        foreach (var (at, length, insert) in cuts)
        {
            var start = bytes.Count == 0 ? 0 : at % bytes.Count;
            bytes.RemoveRange(start, Math.Min(length, bytes.Count - start));
            bytes.InsertRange(start, insert);
        }

        return bytes.ToArray();
    }

    [Fact]
    public void Any_answer_ends_in_a_result_or_a_typed_exception()
    {
        var outcomes = new int[3];
        Cases.Check(c =>
        {
            var outcome = Call(c);
            Interlocked.Increment(ref outcomes[outcome]);
        }, iter: 4000, seed: 0x5EED_0006, print: c => c.ToString());

        // The cases reach every outcome, or the property says little: some mutations leave a valid answer.
        Assert.True(outcomes.All(n => n > 100), $"results {outcomes[0]}, API errors {outcomes[1]}, other typed exceptions {outcomes[2]}");
    }

    /// <summary>0: a result; 1: the API's or the gateway's own error; 2: another typed exception (invalid response...).</summary>
    private static int Call(Case c)
    {
        using var http = new HttpClient(new Answer(c));
        var options = new BkApiClientOptions
        {
            BaseAddress = new Uri("http://bkapi.invalid/api/bk-job/prod/"),
            AuthMode = BkAuthMode.Gateway,
            Credentials = Secrets.ForToken(),
            Timeout = TimeSpan.FromSeconds(30),
        };
        var client = new JobV3Client(http, options);
        try
        {
            var logs = client.BatchGetJobInstanceIpLogAsync(Requests.ByIp(200)).GetAwaiter().GetResult();
            Assert.NotNull(logs);
            Assert.NotNull(logs.ToString());
            Assert.NotNull(System.Text.Json.JsonSerializer.Serialize(logs, BatchGetJobInstanceIpLogJsonContext.Default.IpLogs));
            return 0;
        }
        catch (BkApiException ex)
        {
            Secrets.AssertAbsent(ex, options);
            Assert.NotNull(ex.ToString());
            Assert.False(string.IsNullOrWhiteSpace(ex.Message));
            Assert.IsNotType<BkTransportException>(ex);
            if (c.WithRequestId)
            {
                // The header's, unless the body names one of its own (an envelope's request_id).
                Assert.NotNull(ex.RequestId);
                Assert.True(ex.RequestId == RequestId || BodyHolds(c.Body, ex.RequestId), ex.RequestId);
            }

            return ex is BkApiErrorException or BkGatewayException ? 1 : 2;
        }
    }

    /// <summary>Whether the body has the text, as sent or (escapes decoded) as one of the strings read before any fault.</summary>
    private static bool BodyHolds(byte[] body, string text)
    {
        if (Encoding.UTF8.GetString(body).Contains(text, StringComparison.Ordinal))
        {
            return true;
        }

        var reader = new System.Text.Json.Utf8JsonReader(body);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == System.Text.Json.JsonTokenType.String && Decoded(ref reader) == text)
                {
                    return true;
                }
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // The strings before the fault are all the client could have read.
        }

        return false;

        // A string that cannot be decoded (the client reads such envelope text leniently) is passed over.
        static string? Decoded(ref System.Text.Json.Utf8JsonReader reader)
        {
            try
            {
                return reader.GetString();
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }
    }

    private sealed class Answer(Case c) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(c.Status) { Content = new ByteArrayContent(c.Body), RequestMessage = request };
            response.Content.Headers.TryAddWithoutValidation("Content-Type", c.ContentType);
            if (c.WithRequestId)
            {
                response.Headers.TryAddWithoutValidation("X-Bkapi-Request-Id", RequestId);
            }

            return Task.FromResult(response);
        }
    }
}
