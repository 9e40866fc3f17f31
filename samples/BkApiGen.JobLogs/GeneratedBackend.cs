// The client side of joblogs: the generated JobV3Client over BkApiGen.Runtime. Everything else is in Shared/.
using BkApiGen.JobLogs.Cli;
using BkApiGen.JobLogs.JobV3;
using BkApiGen.Runtime;
using BkApiGen.Runtime.Auth;

namespace BkApiGen.JobLogs;

internal sealed class GeneratedBackend : IJobLogsBackend
{
    public async Task<StepLogs> FetchAsync(JobLogsQuery query, ApiConnection connection, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = connection.Timeout };
        var credentials = connection.Credentials;
        IJobV3Client client = new JobV3Client(http, new BkApiClientOptions
        {
            BaseAddress = connection.BaseAddress,
            AuthMode = connection.Esb ? BkAuthMode.Esb : BkAuthMode.Gateway,
            Credentials = BkCredentials.Create(credentials.AppCode, credentials.AppSecret, credentials.Token, credentials.Username),
            Language = connection.Language,
        });
        var request = new BatchGetJobInstanceIpLogRequest
        {
            BizId = query.BizId,
            ScopeType = query.ScopeType is null ? null : new ScopeType(query.ScopeType),
            ScopeId = query.ScopeId,
            JobInstanceId = query.JobInstanceId,
            StepInstanceId = query.StepInstanceId,
            HostIdList = query.HostIds.Count > 0 ? query.HostIds : null,
            IpList = query.Hosts.Count > 0 ? query.Hosts.Select(h => new Host { CloudId = h.CloudId, Ip = h.Ip }).ToArray() : null,
        };

        try
        {
            return Map(await client.BatchGetJobInstanceIpLogAsync(request, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (ApiFailures.From(ex) is { } failure)
        {
            throw failure;
        }
    }

    private static StepLogs Map(IpLogs logs) => logs switch
    {
        ScriptIpLogs script => new StepLogs(
            script.JobInstanceId,
            script.StepInstanceId,
            (int?)script.LogType,
            script.ScriptTaskLogs.Select(h => new HostLogs(h.HostId, h.CloudId, h.Ip, h.IpV6, h.LogContent, null)).ToArray(),
            null),
        FileIpLogs file => new StepLogs(
            file.JobInstanceId,
            file.StepInstanceId,
            (int?)file.LogType,
            file.FileTaskLogs.Select(h => new HostLogs(h.HostId, h.CloudId, h.Ip, null, null, h.FileLogs.Select(Map).ToArray())).ToArray(),
            null),
        UnknownIpLogs unknown => new StepLogs(unknown.JobInstanceId, unknown.StepInstanceId, (int?)unknown.LogType, [], unknown.Raw.GetRawText()),
        _ => throw new InvalidOperationException($"Unexpected IpLogs case {logs.GetType().Name}."),
    };

    private static FileEntry Map(FileLog f) => new(
        (int?)f.Mode,
        (int?)f.Status,
        f.SrcIp is null ? null : Map(f.SrcIp),
        f.SrcPath,
        f.DestIp is null ? null : Map(f.DestIp),
        f.DestPath,
        f.Size,
        f.Speed,
        f.Process,
        f.LogContent);

    private static HostRef Map(Host host) => new(host.HostId, host.CloudId, host.Ip);
}
