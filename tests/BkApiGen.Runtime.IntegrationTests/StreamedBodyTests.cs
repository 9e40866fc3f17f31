using System.Diagnostics;
using System.Net;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Errors;
using BkApiGen.Runtime.IntegrationTests.JobV3;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace BkApiGen.Runtime.IntegrationTests;

/// <summary>Bodies that arrive slowly, stop, or are cut: reading stops promptly with the right outcome.</summary>
public sealed class StreamedBodyTests
{
    private static JobV3Client Client(Uri baseAddress, TimeSpan? timeout = null, long? maxResponseBytes = null) => new(
        new HttpClient { Timeout = TimeSpan.FromSeconds(30) },
        new BkApiClientOptions
        {
            BaseAddress = baseAddress,
            Credentials = BkCredentials.ForUser(Secrets.AppCode, Secrets.AppSecret, Secrets.Username),
            Timeout = timeout,
            MaxResponseBytes = maxResponseBytes ?? 1L << 30,
        });

    /// <summary>Headers at once, then the start of a large log, then 1 KB every 20 ms for ever (until the client goes).</summary>
    private static async Task TrickleForeverAsync(HttpContext context, TaskCompletionSource? bodyStarted = null)
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers["X-Bkapi-Request-Id"] = "trickle-req-1";
        await context.Response.WriteAsync("""{"result":true,"code":0,"job_request_id":"trickle-jr-1","data":{"log_type":1,"script_task_logs":[{"ip":"10.0.0.1","bk_cloud_id":0,"log_content":" """.TrimEnd(), context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        bodyStarted?.TrySetResult();
        var chunk = new string('x', 1024);
        try
        {
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.WriteAsync(chunk, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(20, context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    [Fact]
    public async Task Cancelling_while_the_body_streams_stops_reading_promptly()
    {
        var bodyStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var serverSawAbort = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.RequestAborted.Register(() => serverSawAbort.TrySetResult());
            await TrickleForeverAsync(context, bodyStarted);
        });
        using var cts = new CancellationTokenSource();
        var call = Client(server.BaseAddress).BatchGetJobInstanceIpLogAsync(Requests.ScriptStep(), cts.Token);
        await bodyStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(200);

        var cancelledAt = Stopwatch.GetTimestamp();
        await cts.CancelAsync();
        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.Equal(cts.Token, ex.CancellationToken);
        Assert.True(Stopwatch.GetElapsedTime(cancelledAt) < TimeSpan.FromSeconds(1), $"took {Stopwatch.GetElapsedTime(cancelledAt)}");
        await serverSawAbort.Task.WaitAsync(TimeSpan.FromSeconds(5)); // the connection was given up, not drained
    }

    [Fact]
    public async Task A_body_that_never_ends_times_out_with_the_request_id_read_so_far()
    {
        await using var server = await LoopbackServer.StartAsync(context => TrickleForeverAsync(context));
        var started = Stopwatch.GetTimestamp();

        var ex = await Assert.ThrowsAsync<BkTransportException>(
            () => Client(server.BaseAddress, timeout: TimeSpan.FromMilliseconds(1500)).BatchGetJobInstanceIpLogAsync(Requests.ScriptStep()));

        // 1.5 s: long enough for the headers even on a busy CI machine, so that the body is what stalls.
        Assert.InRange(Stopwatch.GetElapsedTime(started), TimeSpan.FromMilliseconds(1400), TimeSpan.FromSeconds(5));
        Assert.Contains("timed out", ex.Message, StringComparison.Ordinal);
        Assert.Contains("while the response was read", ex.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Equal("trickle-jr-1", ex.RequestId); // from the body, read before the stall
        Assert.IsAssignableFrom<OperationCanceledException>(ex.InnerException);
    }

    [Fact]
    public async Task A_connection_cut_mid_body_is_a_transport_exception_with_the_header_request_id()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = 10_000;
            context.Response.Headers["X-Bkapi-Request-Id"] = "cut-req-1";
            await context.Response.WriteAsync("""{"result":true,"code":0,"data":{"log_type":1,"script_task_logs":[""");
            await context.Response.Body.FlushAsync();
            await Task.Delay(300); // the client has the headers and waits in the body: a reset now discards nothing it had
            context.Abort();
        });

        var ex = await Assert.ThrowsAsync<BkTransportException>(() => Client(server.BaseAddress).BatchGetJobInstanceIpLogAsync(Requests.ScriptStep()));

        Assert.Contains("connection failed while the response was read", ex.Message, StringComparison.Ordinal);
        Assert.Equal("cut-req-1", ex.RequestId);
        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
    }

    [Fact]
    public async Task A_body_larger_than_MaxResponseBytes_is_refused_without_reading_the_rest()
    {
        await using var server = await LoopbackServer.StartAsync(context => TrickleForeverAsync(context));

        var ex = await Assert.ThrowsAsync<BkInvalidResponseException>(
            () => Client(server.BaseAddress, maxResponseBytes: 20_000).BatchGetJobInstanceIpLogAsync(Requests.ScriptStep()));

        Assert.Contains("larger than MaxResponseBytes (20000 bytes)", ex.Problem, StringComparison.Ordinal);
        Assert.Equal("trickle-jr-1", ex.RequestId);
        Assert.StartsWith("{\"result\":true", ex.BodyPreview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_sent_one_byte_at_a_time_is_read_correctly()
    {
        var json = Bytes.Utf8(
            "{\"job_request_id\":\"slow-1\",\"data\":{\"script_task_logs\":[{\"ip\":\"10.0.0.1\",\"bk_cloud_id\":0,\"log_content\":\"第一行\\n"
            + new string('y', 3000) + "\"}],\"log_type\":1},\"code\":0,\"result\":true}");
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Features.Get<IHttpResponseBodyFeature>()!.DisableBuffering();
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = json.Length;
            for (var i = 0; i < json.Length; i += 7)
            {
                await context.Response.Body.WriteAsync(json.AsMemory(i, Math.Min(7, json.Length - i)));
                await context.Response.Body.FlushAsync();
            }
        });

        var logs = Assert.IsType<ScriptIpLogs>(await Client(server.BaseAddress).BatchGetJobInstanceIpLogAsync(Requests.ScriptStep()));

        Assert.Equal("第一行\n" + new string('y', 3000), Assert.Single(logs.ScriptTaskLogs).LogContent);
    }
}
