using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.IntegrationTests.JobV3;
using BkApiGen.Runtime.Serialization;
using Microsoft.AspNetCore.Http;
using Xunit.Abstractions;

namespace BkApiGen.Runtime.IntegrationTests;

/// <summary>Tests that measure the process (memory, sockets): they run alone, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasuredCollection
{
    public const string Name = "Measured (runs alone)";
}

[Collection(MeasuredCollection.Name)]
public sealed class LargeResponseTests(ITestOutputHelper output)
{
    private const int HostCount = 500;

    /// <summary>
    /// 500 hosts with about 420 KB of script log each (ASCII lines and Chinese text, newlines escaped as on the wire):
    /// over 200 MB of log text in one response, streamed by a loopback server that never holds it. The peak of managed
    /// memory while the generated client reads it must stay within 1.5x the decoded log text (the strings the caller gets,
    /// 2 bytes per char): the body is never buffered whole, each log's UTF-8 exists only while its token is parsed.
    /// </summary>
    [Fact]
    [Trait("Category", "Large")]
    public async Task A_response_of_200_MB_of_script_logs_is_read_within_one_and_a_half_times_its_decoded_size()
    {
        var log = LogTemplate(targetUtf8Bytes: 420_000);
        var escaped = JsonEncodedText.Encode(log, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).EncodedUtf8Bytes.ToArray();
        long bodyBytes = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            bodyBytes = await WriteScriptLogsAsync(context, escaped);
        });

        var result = await MeasureAsync(server, info: null);

        var logs = Assert.IsType<ScriptIpLogs>(result.Logs);
        Assert.Equal(HostCount, logs.ScriptTaskLogs.Count);
        for (var i = 0; i < HostCount; i += 97)
        {
            var host = logs.ScriptTaskLogs[i];
            Assert.Equal(Ip(i), host.Ip);
            Assert.Equal(log, host.LogContent);
        }

        long decodedChars = logs.ScriptTaskLogs.Sum(l => (long)l.LogContent!.Length);
        var decodedBytes = decodedChars * 2;
        var logUtf8 = (long)Encoding.UTF8.GetByteCount(log) * HostCount;
        output.WriteLine($"body {Mb(bodyBytes)}, log text {Mb(logUtf8)} as UTF-8, decoded {Mb(decodedBytes)} ({decodedChars:N0} chars)");
        output.WriteLine($"streaming: peak managed memory above baseline {Mb(result.PeakAboveBaseline)} = {(double)result.PeakAboveBaseline / decodedBytes:F2}x the decoded text; {result.Elapsed.TotalSeconds:F1} s; allocated {Mb(result.Allocated)}");
        Assert.True(logUtf8 >= 200L * 1000 * 1000, $"only {Mb(logUtf8)} of log text");
        Assert.True(
            result.PeakAboveBaseline <= decodedBytes * 3 / 2,
            $"peak {Mb(result.PeakAboveBaseline)} above baseline exceeds 1.5 x the decoded {Mb(decodedBytes)}");

        if (Environment.GetEnvironmentVariable("BKAPIGEN_COMPARE_BUFFERED") == "1")
        {
            // For the record only: the same response through JsonSerializer.DeserializeAsync, which buffers the whole
            // value for a custom converter before converting it (what the transport did before).
            result = default;
            logs = null;
            var buffered = await MeasureAsync(server, BufferedEnvelope());
            output.WriteLine($"buffered (for comparison): peak above baseline {Mb(buffered.PeakAboveBaseline)} = {(double)buffered.PeakAboveBaseline / decodedBytes:F2}x; {buffered.Elapsed.TotalSeconds:F1} s");
        }
    }

    private static async Task<Measurement> MeasureAsync(LoopbackServer server, JsonTypeInfo<BkApiResponse<IpLogs>>? info)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        var transport = new Http.BkApiTransport(http, new BkApiClientOptions
        {
            BaseAddress = server.BaseAddress,
            Credentials = BkCredentials.ForUser(Secrets.AppCode, Secrets.AppSecret, Secrets.Username),
        });
        var request = new BatchGetJobInstanceIpLogRequest
        {
            ScopeType = ScopeType.Biz,
            ScopeId = "2",
            JobInstanceId = 100,
            StepInstanceId = 200,
            IpList = Enumerable.Range(0, HostCount).Select(i => new JobV3.Host { CloudId = 0, Ip = Ip(i) }).ToList(),
        };

        // Warm up (JIT, connection) so that the baseline holds what the measured call does not allocate itself.
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long peak = baseline;
        using var stop = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var now = GC.GetTotalMemory(forceFullCollection: false);
                if (now > Volatile.Read(ref peak))
                {
                    Volatile.Write(ref peak, now);
                }

                Thread.Sleep(1);
            }
        })
        { IsBackground = true, Priority = ThreadPriority.AboveNormal };
        sampler.Start();
        var started = Stopwatch.GetTimestamp();
        IpLogs logs;
        try
        {
            logs = await transport.SendAsync(
                JobV3Client.BatchGetJobInstanceIpLogOperation,
                request,
                BatchGetJobInstanceIpLogJsonContext.Default.BatchGetJobInstanceIpLogRequest,
                info ?? BatchGetJobInstanceIpLogJsonContext.Default.BatchGetJobInstanceIpLogResponse);
        }
        finally
        {
            await stop.CancelAsync();
            sampler.Join();
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var last = GC.GetTotalMemory(forceFullCollection: false);
        peak = Math.Max(peak, last);
        return new Measurement(logs, peak - baseline, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore, elapsed);
    }

    private static async Task<long> WriteScriptLogsAsync(HttpContext context, byte[] escapedLog)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        var body = context.Response.Body;
        long written = 0;
        async Task Write(ReadOnlyMemory<byte> bytes)
        {
            await body.WriteAsync(bytes, context.RequestAborted);
            written += bytes.Length;
        }

        await Write("""{"result":true,"code":0,"message":"","data":{"log_type":1,"job_instance_id":100,"step_instance_id":200,"script_task_logs":["""u8.ToArray());
        for (var i = 0; i < HostCount; i++)
        {
            var head = $$"""{{(i == 0 ? "" : ",")}}{"bk_host_id":{{1000 + i}},"ip":"{{Ip(i)}}","bk_cloud_id":0,"log_content":" """.TrimEnd();
            await Write(Encoding.UTF8.GetBytes(head));
            await Write(escapedLog);
            await Write("\"}"u8.ToArray());
        }

        await Write("""]},"job_request_id":"large-0001"}"""u8.ToArray());
        return written;
    }

    /// <summary>A script log: timestamped lines of ASCII output with some Chinese, about <paramref name="targetUtf8Bytes"/> as UTF-8.</summary>
    private static string LogTemplate(int targetUtf8Bytes)
    {
        var text = new StringBuilder();
        var line = 0;
        while (Encoding.UTF8.GetByteCount(text.ToString()) < targetUtf8Bytes - 200)
        {
            for (var i = 0; i < 100; i++, line++)
            {
                text.Append("[2024-05-17 10:").Append((line / 60 % 60).ToString("00")).Append(':').Append((line % 60).ToString("00"))
                    .Append("][PID:56875] ").Append(line % 7 == 0 ? "同步文件 /data/app/releases/完成 \"ok\"\t" : "rsync: sent 4096 bytes  received 35 bytes  8262.00 bytes/sec")
                    .Append(" line ").Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Ip(int i) => $"10.{i / 250}.{i % 250}.{1 + i % 200}";

    private static string Mb(long bytes) => $"{bytes / 1048576.0:F1} MiB";

    /// <summary>The generated envelope metadata behind a converter the transport does not recognise: the buffered path.</summary>
    private static JsonTypeInfo<BkApiResponse<IpLogs>> BufferedEnvelope()
    {
        var inner = (JsonConverter<BkApiResponse<IpLogs>>)BatchGetJobInstanceIpLogJsonContext.Default.BatchGetJobInstanceIpLogResponse.Converter;
        return JsonMetadataServices.CreateValueInfo<BkApiResponse<IpLogs>>(new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine() }, new Wrapping(inner));
    }

    private sealed class Wrapping(JsonConverter<BkApiResponse<IpLogs>> inner) : JsonConverter<BkApiResponse<IpLogs>>
    {
        public override BkApiResponse<IpLogs>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => inner.Read(ref reader, typeToConvert, options);

        public override void Write(Utf8JsonWriter writer, BkApiResponse<IpLogs> value, JsonSerializerOptions options) => inner.Write(writer, value, options);
    }

    private readonly record struct Measurement(IpLogs Logs, long PeakAboveBaseline, long Allocated, TimeSpan Elapsed);
}
