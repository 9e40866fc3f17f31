// The hand-written client of joblogs-baseline: validation, both auth modes, the envelope and the error cases, written
// against HttpClient and the STJ context in Api.cs. Same failures and exit codes as the generated client's.
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using BkApiGen.JobLogs.Cli;

namespace BkApiGen.JobLogs.Baseline;

internal sealed class HandWrittenBackend : IJobLogsBackend
{
    private const string GatewayPath = "api/v3/batch_get_job_instance_ip_log";
    private const string EsbPath = "api/c/compapi/v2/jobv3/batch_get_job_instance_ip_log/";

    public async Task<StepLogs> FetchAsync(JobLogsQuery query, ApiConnection connection, CancellationToken cancellationToken)
    {
        var credentials = connection.Credentials;
        var request = new IpLogRequest
        {
            AppCode = connection.Esb ? credentials.AppCode : null,
            AppSecret = connection.Esb ? credentials.AppSecret : null,
            Token = connection.Esb ? credentials.Token : null,
            Username = connection.Esb ? credentials.Username : null,
            BizId = query.BizId,
            ScopeType = query.ScopeType,
            ScopeId = query.ScopeId,
            JobInstanceId = query.JobInstanceId,
            StepInstanceId = query.StepInstanceId,
            HostIdList = query.HostIds.Count > 0 ? query.HostIds : null,
            IpList = query.Hosts.Count > 0 ? query.Hosts.Select(h => new HostIp(null, h.CloudId, h.Ip)).ToArray() : null,
        };
        Validate(request);

        using var http = new HttpClient { Timeout = connection.Timeout };
        var root = connection.BaseAddress.AbsoluteUri;
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(root.EndsWith('/') ? root : root + "/"), connection.Esb ? EsbPath : GatewayPath))
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(request, BaselineJsonContext.Default.IpLogRequest)),
        };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (!connection.Esb)
        {
            var authorization = new GatewayAuthorization(credentials.AppCode, credentials.AppSecret, credentials.Token, credentials.Username);
            message.Headers.TryAddWithoutValidation("X-Bkapi-Authorization", JsonSerializer.Serialize(authorization, BaselineJsonContext.Default.GatewayAuthorization));
        }

        if (connection.Language is { Length: > 0 } language)
        {
            message.Headers.TryAddWithoutValidation("blueking-language", language);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new JobLogsFailure(ExitCodes.Transport, "transport error", $"the request could not be sent ({ex.Message})");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new JobLogsFailure(ExitCodes.Transport, "transport error", "the request timed out");
        }

        using (response)
        {
            var headerRequestId = Header(response, "X-Bkapi-Request-Id");
            if (!response.IsSuccessStatusCode)
            {
                throw await HttpErrorAsync(response, headerRequestId, cancellationToken).ConfigureAwait(false);
            }

            Envelope<IpLogs>? envelope;
            try
            {
                var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using (body.ConfigureAwait(false))
                {
                    envelope = await JsonSerializer.DeserializeAsync(body, BaselineJsonContext.Default.EnvelopeIpLogs, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (JsonException ex)
            {
                throw new JobLogsFailure(ExitCodes.InvalidResponse, "invalid response", ex.Message) { RequestId = headerRequestId };
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException)
            {
                throw new JobLogsFailure(ExitCodes.Transport, "transport error", $"the connection failed while the response was read ({ex.Message})");
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new JobLogsFailure(ExitCodes.Transport, "transport error", "the response timed out");
            }

            var requestId = envelope?.RequestId ?? envelope?.JobRequestId ?? headerRequestId;
            if (envelope?.Result is not { } result)
            {
                throw new JobLogsFailure(ExitCodes.InvalidResponse, "invalid response", "the body is not a BlueKing envelope (no 'result' member)") { RequestId = requestId };
            }

            if (!result)
            {
                throw new JobLogsFailure(ExitCodes.ApiError, "API error", envelope.Message ?? string.Empty)
                {
                    Code = envelope.Code,
                    CodeName = envelope.CodeName,
                    RequestId = requestId,
                };
            }

            return envelope.Data is { } data
                ? Map(data)
                : throw new JobLogsFailure(ExitCodes.InvalidResponse, "invalid response", "result is true but data is missing or null") { RequestId = requestId };
        }
    }

    private static void Validate(IpLogRequest request)
    {
        var errors = new List<string>();
        if (request.BizId is < 1)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"bk_biz_id: must be at least 1, was {request.BizId}"));
        }

        if (request.ScopeId is { Length: 0 })
        {
            errors.Add("bk_scope_id: must not be empty");
        }

        if (request.JobInstanceId < 1)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"job_instance_id: must be at least 1, was {request.JobInstanceId}"));
        }

        if (request.StepInstanceId < 1)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"step_instance_id: must be at least 1, was {request.StepInstanceId}"));
        }

        var hostIds = request.HostIdList ?? [];
        if (hostIds.Count > 500)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"host_id_list: must have at most 500 items, had {hostIds.Count}"));
        }

        for (var i = 0; i < hostIds.Count; i++)
        {
            if (hostIds[i] < 1)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"host_id_list[{i}]: must be at least 1, was {hostIds[i]}"));
            }
        }

        var hosts = request.IpList ?? [];
        if (hosts.Count > 500)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"ip_list: must have at most 500 items, had {hosts.Count}"));
        }

        for (var i = 0; i < hosts.Count; i++)
        {
            if (hosts[i].CloudId < 0)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"ip_list[{i}].bk_cloud_id: must be at least 0, was {hosts[i].CloudId}"));
            }

            if (!IsIp(hosts[i].Ip))
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"ip_list[{i}].ip: must be an IPv4 or IPv6 address, was '{hosts[i].Ip}'"));
            }
        }

        if (errors.Count > 0)
        {
            throw new JobLogsFailure(ExitCodes.Usage, "invalid request", "the API's rules refuse it") { Details = errors };
        }

        static bool IsIp(string ip)
            => IPAddress.TryParse(ip, out var address)
               && (address.AddressFamily == AddressFamily.InterNetworkV6 || ip.Count(c => c == '.') == 3);
    }

    private static async Task<JobLogsFailure> HttpErrorAsync(HttpResponseMessage response, string? headerRequestId, CancellationToken cancellationToken)
    {
        long? code = long.TryParse(Header(response, "X-Bkapi-Error-Code"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) ? c : null;
        var message = Header(response, "X-Bkapi-Error-Message");
        string? codeName = null;
        string? requestId = null;
        string text;
        try
        {
            text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            text = string.Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                if (root.TryGetProperty("code", out var codeElement) && codeElement.ValueKind == JsonValueKind.Number && codeElement.TryGetInt64(out var bodyCode))
                {
                    code = bodyCode;
                }

                codeName = String(root, "code_name");
                message = String(root, "message") ?? message;
                requestId = String(root, "request_id");
            }
        }
        catch (JsonException)
        {
            message ??= text.Length > 200 ? $"body starts with: {text[..200]}" : $"body: {text}";
        }

        return new JobLogsFailure(ExitCodes.HttpError, "HTTP error", message ?? string.Empty)
        {
            HttpStatus = (int)response.StatusCode,
            Code = code,
            CodeName = codeName,
            RequestId = requestId ?? headerRequestId,
        };

        static string? String(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
    }

    private static string? Header(HttpResponseMessage response, string name)
        => response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static StepLogs Map(IpLogs logs) => logs switch
    {
        ScriptIpLogs script => new StepLogs(
            script.JobInstanceId ?? script.TaskInstanceId,
            script.StepInstanceId,
            1,
            script.ScriptTaskLogs.Select(h => new HostLogs(h.HostId, h.CloudId, h.Ip, h.IpV6, h.LogContent ?? string.Empty, null)).ToArray(),
            null),
        FileIpLogs file => new StepLogs(
            file.JobInstanceId ?? file.TaskInstanceId,
            file.StepInstanceId,
            2,
            file.FileTaskLogs.Select(h => new HostLogs(h.HostId, h.CloudId, h.Ip, null, null, (h.FileLogs ?? []).Select(Map).ToArray())).ToArray(),
            null),
        _ => throw new JobLogsFailure(ExitCodes.InvalidResponse, "invalid response", $"unexpected log type {logs.GetType().Name}"),
    };

    private static FileEntry Map(FileLog f) => new(
        f.Mode,
        f.Status,
        f.SrcIp is null ? null : new HostRef(f.SrcIp.HostId, f.SrcIp.CloudId, f.SrcIp.Ip),
        f.SrcPath,
        f.DestIp is null ? null : new HostRef(f.DestIp.HostId, f.DestIp.CloudId, f.DestIp.Ip),
        f.DestPath,
        f.Size,
        f.Speed,
        f.Process,
        f.LogContent);
}
