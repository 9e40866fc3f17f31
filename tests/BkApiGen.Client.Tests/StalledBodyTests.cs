using System.Net;
using System.Net.Sockets;
using System.Text;
using BkApiGen.Client.Tests.Generated;
using BkApiGen.Runtime;
using BkApiGen.Runtime.Errors;

namespace BkApiGen.Client.Tests;

/// <summary>
/// A server that sends the headers and then stalls in the middle of the body (a hung upstream behind a proxy).
/// The fake gateway can only delay a whole response, so these tests use a raw socket on 127.0.0.1.
/// </summary>
public sealed class StalledBodyTests
{
    /// <summary>Guards the tests against hanging for ever if the client never gives up; not a timing assertion.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the client waits in all: long enough for the headers to arrive on a loaded 2-core CI machine (500 ms was
    /// not: the call then timed out before the status was known), short enough to keep the tests quick.
    /// </summary>
    private static readonly TimeSpan StallTimeout = TimeSpan.FromSeconds(2);

    private static Task<IpLogs> CallAsync(StallingServer server, HttpClient http, CancellationToken cancellationToken = default)
    {
        var options = new BkApiClientOptions { BaseAddress = server.BaseAddress, Credentials = Secrets.ForToken(), Language = "en" };
        return new JobV3Client(http, options).BatchGetJobInstanceIpLogAsync(Requests.ByIp(200), cancellationToken);
    }

    [Fact]
    public async Task Body_stalling_after_the_headers_times_out_as_a_transport_error()
    {
        await using var server = StallingServer.Start(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Bkapi-Request-Id: 00000000000000000000000000abcdef\r\nContent-Length: 4000\r\n\r\n" +
            """{"result":true,"code":0,"data":{"log_type":1,"script_task_logs":[""");
        using var http = new HttpClient { Timeout = StallTimeout };

        var ex = await Assert.ThrowsAsync<BkTransportException>(() => CallAsync(server, http).WaitAsync(Guard));

        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Equal("00000000000000000000000000abcdef", ex.RequestId);
        Assert.Contains("timed out", ex.Message);
        Assert.IsAssignableFrom<OperationCanceledException>(ex.InnerException);
        Secrets.AssertAbsent(ex);
    }

    [Fact]
    public async Task Error_body_stalling_after_the_headers_still_reports_the_status()
    {
        await using var server = StallingServer.Start(
            "HTTP/1.1 502 Bad Gateway\r\nContent-Type: application/json; charset=utf-8\r\nX-Bkapi-Error-Code: 1650200\r\n" +
            "X-Bkapi-Request-Id: 00000000000000000000000000fedcba\r\nContent-Length: 4000\r\n\r\n{\"data\": null, ");
        using var http = new HttpClient { Timeout = StallTimeout };

        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => CallAsync(server, http).WaitAsync(Guard));

        Assert.Equal(HttpStatusCode.BadGateway, ex.StatusCode);
        Assert.Equal(1650200, ex.Code);
        Assert.Equal("00000000000000000000000000fedcba", ex.RequestId);
        Secrets.AssertAbsent(ex);
    }

    [Fact]
    public async Task Caller_cancellation_while_the_body_stalls_is_a_cancellation()
    {
        await using var server = StallingServer.Start(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n{\"result\":true,");
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var cts = new CancellationTokenSource();

        var call = CallAsync(server, http, cts.Token);
        await server.Responded.WaitAsync(Guard);
        await cts.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Guard));
        Assert.Equal(cts.Token, ex.CancellationToken);
    }

    [Fact]
    public async Task Caller_cancellation_while_an_error_body_stalls_is_a_cancellation()
    {
        await using var server = StallingServer.Start(
            "HTTP/1.1 504 Gateway Timeout\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n{\"code\":");
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var cts = new CancellationTokenSource();

        var call = CallAsync(server, http, cts.Token);
        await server.Responded.WaitAsync(Guard);
        await cts.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Guard));
        Assert.Equal(cts.Token, ex.CancellationToken);
    }

    /// <summary>Accepts one connection, answers with a fixed head and partial body, then keeps the connection open and silent.</summary>
    private sealed class StallingServer : IAsyncDisposable
    {
        private readonly TcpListener _listener;
        private readonly CancellationTokenSource _stop = new();
        private readonly TaskCompletionSource _responded = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Task _serve;

        private StallingServer(string response)
        {
            _listener = new TcpListener(IPAddress.Loopback, 0);
            _listener.Start();
            BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/api/bk-job/prod/");
            _serve = ServeAsync(Encoding.UTF8.GetBytes(response));
        }

        public Uri BaseAddress { get; }

        /// <summary>Completes once the head and partial body were sent.</summary>
        public Task Responded => _responded.Task;

        public static StallingServer Start(string response) => new(response);

        private async Task ServeAsync(byte[] response)
        {
            try
            {
                using var socket = await _listener.AcceptSocketAsync(_stop.Token);
                var buffer = new byte[64 * 1024];
                var received = new StringBuilder();
                while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    var n = await socket.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                    if (n == 0)
                    {
                        return;
                    }

                    received.Append(Encoding.ASCII.GetString(buffer, 0, n));
                }

                await socket.SendAsync(response, SocketFlags.None, _stop.Token);
                _responded.TrySetResult();
                await Task.Delay(Timeout.Infinite, _stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
            catch (SocketException)
            {
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            _listener.Stop();
            await _serve;
            _stop.Dispose();
        }
    }
}
