// A brand-new consumer that knows BkApiGen only from its NuGet packages: the test writes it outside the repository with
// <PackageReference Include="BkApiGen.Generator" Version="..." /> and <BkApiSpec Include="specs/*.bkapi.json" ... />.
// Usage: Consumer GATEWAY_BASE_URL ESB_BASE_URL, credentials in BK_APP_CODE, BK_APP_SECRET, BK_USERNAME.
using System.Text.Json;
using BkApiGen.Runtime;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Errors;
using Consumer.BlueKing.Job;

var credentials = BkCredentials.ForUser(Env("BK_APP_CODE"), Env("BK_APP_SECRET"), Env("BK_USERNAME"));
using var http = new HttpClient();
IJobV3Client viaGateway = new JobV3Client(http, new BkApiClientOptions { BaseAddress = new Uri(args[0]), Credentials = credentials });
IJobV3Client viaEsb = new JobV3Client(http, new BkApiClientOptions { BaseAddress = new Uri(args[1]), Credentials = credentials, AuthMode = BkAuthMode.Esb });
Host[] hosts = [new() { CloudId = 0, Ip = "10.0.0.1" }, new() { CloudId = 0, Ip = "10.0.0.2" }];

var script = await viaGateway.BatchGetJobInstanceIpLogAsync(new BatchGetJobInstanceIpLogRequest
{
    ScopeType = ScopeType.Biz,
    ScopeId = "1",
    JobInstanceId = 100,
    StepInstanceId = 200,
    IpList = hosts,
});
foreach (var host in ((ScriptIpLogs)script).ScriptTaskLogs)
{
    var lines = (host.LogContent ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries);
    Console.WriteLine($"script {host.Ip} host-id={host.HostId} last-line={lines[^1]}");
}

// The generated serialization metadata is usable directly, without reflection.
var json = JsonSerializer.Serialize(script, BatchGetJobInstanceIpLogJsonContext.Default.IpLogs);
Console.WriteLine(json.Contains("\"script_task_logs\"", StringComparison.Ordinal) ? "json-roundtrip ok" : "json-roundtrip MISSING script_task_logs");

var file = await viaEsb.BatchGetJobInstanceIpLogAsync(new BatchGetJobInstanceIpLogRequest { BizId = 1, JobInstanceId = 100, StepInstanceId = 201, IpList = hosts });
foreach (var host in ((FileIpLogs)file).FileTaskLogs)
{
    foreach (var entry in host.FileLogs)
    {
        Console.WriteLine($"file {host.Ip} {entry.Mode} {entry.Status} {entry.SrcIp?.Ip ?? "file source"}:{entry.SrcPath} -> {entry.DestIp?.Ip}:{entry.DestPath}");
    }
}

try
{
    await viaGateway.BatchGetJobInstanceIpLogAsync(new BatchGetJobInstanceIpLogRequest { BizId = 1, JobInstanceId = 100, StepInstanceId = 999, HostIdList = [101] });
    Console.WriteLine("api-error NONE");
}
catch (BkApiErrorException ex)
{
    Console.WriteLine($"api-error {ex.Code} request-id={(ex.RequestId is null ? "missing" : "present")}");
}

try
{
    await viaGateway.BatchGetJobInstanceIpLogAsync(new BatchGetJobInstanceIpLogRequest { BizId = 1, JobInstanceId = 0, StepInstanceId = 200, HostIdList = [101] });
    Console.WriteLine("validation NONE");
}
catch (BkApiValidationException ex)
{
    Console.WriteLine($"validation {ex.Errors[0].Path}");
}

return 0;

static string Env(string name) => Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException($"{name} is not set");
