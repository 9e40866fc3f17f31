// The BkApiGen demo: the client generated at build time from specs/jobv3/batch_get_job_instance_ip_log.bkapi.json,
// talking to an embedded fake BlueKing gateway on 127.0.0.1. No BlueKing installation needed.
using BkApiGen.Demo.JobV3;
using BkApiGen.FakeGateway;
using BkApiGen.Runtime;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Errors;

await using var gateway = await FakeBkGateway.StartAsync();
using var http = new HttpClient();
Console.WriteLine($"Fake BlueKing gateway listening on {gateway.BaseAddress}");

// The same credentials the fake expects; a real app reads them from its secret store.
var credentials = BkCredentials.ForUser("demo-app", "demo-secret", "admin");
IJobV3Client viaGateway = new JobV3Client(http, new BkApiClientOptions { BaseAddress = gateway.GatewayBaseAddress, Credentials = credentials, Language = "en" });
IJobV3Client viaEsb = new JobV3Client(http, new BkApiClientOptions { BaseAddress = gateway.EsbBaseAddress, Credentials = credentials, AuthMode = BkAuthMode.Esb });

Host[] hosts = [new() { CloudId = 0, Ip = "10.0.0.1" }, new() { CloudId = 0, Ip = "10.0.0.2" }];

Console.WriteLine();
Console.WriteLine("== Script step (API gateway, X-Bkapi-Authorization header) ==");
Print(await viaGateway.BatchGetJobInstanceIpLogAsync(new BatchGetJobInstanceIpLogRequest
{
    ScopeType = ScopeType.Biz,
    ScopeId = "1",
    JobInstanceId = 100,
    StepInstanceId = 200,
    IpList = hosts,
}));

Console.WriteLine();
Console.WriteLine("== File step (legacy ESB, credentials in the body) ==");
Print(await viaEsb.BatchGetJobInstanceIpLogAsync(new BatchGetJobInstanceIpLogRequest
{
    BizId = 1,
    JobInstanceId = 100,
    StepInstanceId = 201,
    IpList = hosts,
}));

Console.WriteLine();
Console.WriteLine("== Typed errors ==");
try
{
    await viaGateway.BatchGetJobInstanceIpLogAsync(new BatchGetJobInstanceIpLogRequest
    {
        BizId = 1,
        JobInstanceId = 100,
        StepInstanceId = 0,
        IpList = [new() { CloudId = 0, Ip = "10.0.0.300" }],
    });
}
catch (BkApiValidationException ex)
{
    Console.WriteLine($"Refused before sending: {ex.Message}");
}

try
{
    await viaGateway.BatchGetJobInstanceIpLogAsync(new BatchGetJobInstanceIpLogRequest { BizId = 1, JobInstanceId = 100, StepInstanceId = 999, HostIdList = [101] });
}
catch (BkApiErrorException ex)
{
    Console.WriteLine($"API error {ex.Code}: {ex.ErrorMessage} (request id {ex.RequestId})");
}

static void Print(IpLogs logs)
{
    switch (logs)
    {
        case ScriptIpLogs script:
            foreach (var host in script.ScriptTaskLogs)
            {
                Console.WriteLine($"--- {host.Ip ?? $"host {host.HostId}"} (cloud {host.CloudId}, host id {host.HostId}) ---");
                Console.Write(host.LogContent);
            }

            break;
        case FileIpLogs file:
            foreach (var host in file.FileTaskLogs)
            {
                Console.WriteLine($"--- {host.Ip ?? $"host {host.HostId}"} (cloud {host.CloudId}, host id {host.HostId}) ---");
                foreach (var entry in host.FileLogs)
                {
                    var route = entry.Mode == FileLogMode.Download
                        ? $"{entry.SrcIp?.Ip ?? "file source"}:{entry.SrcPath} -> {entry.DestIp?.Ip}:{entry.DestPath}"
                        : $"upload {entry.SrcIp?.Ip ?? "file source"}:{entry.SrcPath}";
                    Console.WriteLine($"{entry.Mode,-8} {entry.Status,-8} {route}");
                    Console.WriteLine($"  {entry.LogContent}");
                }
            }

            break;
        case UnknownIpLogs unknown:
            Console.WriteLine($"log_type {(unknown.LogType is { } type ? (int)type : "(none)")} is new to this client; raw data: {unknown.Raw}");
            break;
    }
}
