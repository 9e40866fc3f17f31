// `joblogs demo`: the same query against the embedded fake BlueKing gateway (BkApiGen.FakeGateway) on 127.0.0.1,
// and `joblogs demo serve`: the fake alone, until stopped, for scripts (aot-smoke.sh) and measurements.
// Left out of builds with -p:JobLogsDemo=false (then no Kestrel is linked in).
#if !JOBLOGS_NO_DEMO
using System.CommandLine;
using System.Globalization;
using BkApiGen.FakeGateway;

namespace BkApiGen.JobLogs.Cli;

internal static class Demo
{
    public static Command BuildCommand(IJobLogsBackend backend)
    {
        var demo = new Command("demo", "Runs the query against an embedded fake BlueKing gateway on 127.0.0.1 (no credentials needed). Defaults: --biz 1 --job 100 --step 200 --host 0:10.0.0.1 --host 0:10.0.0.2.");
        var query = new JobLogsCli.QueryOptions(demo: true);
        query.AddTo(demo);
        demo.SetAction(async (parse, cancellationToken) =>
        {
            var defaults = new FakeBkGatewayOptions();
            var gateway = await FakeBkGateway.StartAsync(defaults, cancellationToken).ConfigureAwait(false);
            await using (gateway.ConfigureAwait(false))
            {
                var esb = query.IsEsb(parse);
                Console.Error.WriteLine($"{JobLogsCli.ToolName} demo: fake BlueKing {(esb ? "ESB" : "API gateway")} on {(esb ? gateway.EsbBaseAddress : gateway.GatewayBaseAddress)}");
                var credentials = new ApiCredentials(defaults.AppCode, defaults.AppSecret, token: null, username: defaults.Usernames[0]);
                return await JobLogsCli.RunQueryAsync(
                    parse,
                    query,
                    backend,
                    () => query.Connection(parse, esb ? gateway.EsbBaseAddress : gateway.GatewayBaseAddress, credentials),
                    cancellationToken).ConfigureAwait(false);
            }
        });

        var serve = new Command("serve", "Runs the fake gateway on 127.0.0.1 until SIGINT/SIGTERM, for scripts: point joblogs at it with --base-url and the BK_* variables it prints.");
        var portFile = new Option<string?>("--port-file") { HelpName = "FILE", Description = "Write the port to FILE once the gateway accepts connections." };
        serve.Options.Add(portFile);
        serve.SetAction(async (parse, cancellationToken) =>
        {
            var defaults = new FakeBkGatewayOptions();
            var gateway = await FakeBkGateway.StartAsync(defaults, cancellationToken).ConfigureAwait(false);
            await using (gateway.ConfigureAwait(false))
            {
                // A small bk-job that runs scripts (fast_execute_script, status, logs, terminate) and a CMDB with 12 hosts.
                FakeJobEngine.Attach(gateway);
                FakeCmdb.Attach(gateway, 12, bizId: 1);
                Console.WriteLine($"Fake BlueKing gateway on {gateway.BaseAddress} until stopped.");
                Console.WriteLine($"  --base-url {gateway.GatewayBaseAddress}   (--auth gateway)");
                Console.WriteLine($"  --base-url {gateway.EsbBaseAddress}   (--auth esb)");
                Console.WriteLine($"  BK_APP_CODE={defaults.AppCode} BK_APP_SECRET={defaults.AppSecret} BK_USERNAME={defaults.Usernames[0]} (or BK_TOKEN={defaults.Tokens[0]}): the fake's own test credentials");
                Console.WriteLine("  job 100: step 200 (script), step 201 (file); hosts 0:10.0.0.1 (id 101), 0:10.0.0.2 (id 102)");
                Console.WriteLine("  step 202: a file step from a file source to host id 103, which has no IP (as bk-job answers it: no src_ip, no ip, a host entry of nulls)");
                Console.WriteLine("  run: scripts finish over 3 status queries (one containing \"sleep infinity\" never does); CMDB (ESB) business 1 has hosts 1-12 (10.0.0.1-12), host n in module n");
                if (parse.GetValue(portFile) is { } path)
                {
                    // Written whole then renamed, so a script polling for the file never reads half of it.
                    var temporary = path + ".tmp";
                    await File.WriteAllTextAsync(temporary, gateway.BaseAddress.Port.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
                    File.Move(temporary, path, overwrite: true);
                }

                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // SIGINT/SIGTERM: System.CommandLine cancels the token; dispose the gateway and exit 0.
                }

                return ExitCodes.Ok;
            }
        });
        demo.Subcommands.Add(serve);
        return demo;
    }
}
#endif
