using System.Runtime.CompilerServices;
using BkApiGen.Jobs.JobV3;
using BkApiGen.Runtime.Batching;

namespace BkApiGen.Jobs;

/// <summary>
/// Runs a bk-job job to its end: starts it (<c>fast_execute_script</c>, <c>execute_job_plan</c>, <c>fast_transfer_file</c>),
/// waits for <c>get_job_instance_status</c> to say it finished (backoff with jitter, a deadline), fetches each host's log
/// with <c>batch_get_job_instance_ip_log</c> in batches of up to 500 as soon as that host is done, and streams one
/// <see cref="BkJobHostResult"/> per host and step. Built only on the generated <see cref="IJobV3Client"/>.
/// </summary>
/// <example>
/// <code>
/// var runner = new BkJobRunner(jobs);
/// await foreach (var host in runner.RunScriptAsync(request, progress: new Progress&lt;BkJobProgress&gt;(p =&gt; ...), ct))
///     Console.WriteLine($"{host.DisplayName}: {(host.Succeeded ? "ok" : host.Status)} {host.ScriptLog}");
/// </code>
/// </example>
public sealed class BkJobRunner
{
    private readonly IJobV3Client _client;
    private readonly BkJobRunOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates a runner over a generated bk-job client.</summary>
    /// <param name="client">The client (gateway or ESB).</param>
    /// <param name="options">Deadline, polling and log batching; the defaults when null.</param>
    /// <param name="timeProvider">The clock for the deadline and the waits; <see cref="TimeProvider.System"/> when null.</param>
    public BkJobRunner(IJobV3Client client, BkJobRunOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _options = options ?? new BkJobRunOptions();
        _options.Validate();
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Starts a script on the request's hosts and returns the job to follow.</summary>
    public async Task<BkJobInstance> StartScriptAsync(FastExecuteScriptRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = await _client.FastExecuteScriptAsync(request, cancellationToken).ConfigureAwait(false);
        return Started(started.JobInstanceId, started.JobInstanceName, request.ScopeType, request.ScopeId, request.BizId);
    }

    /// <summary>Starts a job plan and returns the job to follow.</summary>
    public async Task<BkJobInstance> StartPlanAsync(ExecuteJobPlanRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = await _client.ExecuteJobPlanAsync(request, cancellationToken).ConfigureAwait(false);
        return Started(started.JobInstanceId, started.JobInstanceName, request.ScopeType, request.ScopeId, request.BizId);
    }

    /// <summary>Starts a file transfer and returns the job to follow.</summary>
    public async Task<BkJobInstance> StartFileTransferAsync(FastTransferFileRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = await _client.FastTransferFileAsync(request, cancellationToken).ConfigureAwait(false);
        return Started(started.JobInstanceId, started.JobInstanceName, request.ScopeType, request.ScopeId, request.BizId);
    }

    /// <summary>Starts a script and follows it: <see cref="StartScriptAsync"/> then <see cref="FollowAsync"/>.</summary>
    public async IAsyncEnumerable<BkJobHostResult> RunScriptAsync(
        FastExecuteScriptRequest request,
        IProgress<BkJobProgress>? progress = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var job = await StartScriptAsync(request, cancellationToken).ConfigureAwait(false);
        await foreach (var host in FollowAsync(job, progress, cancellationToken).ConfigureAwait(false))
        {
            yield return host;
        }
    }

    /// <summary>
    /// Follows a started job until bk-job says it finished, yielding each host's result (with its log) once the host is
    /// done, in the order hosts finish. Reports progress after every status query.
    /// </summary>
    /// <exception cref="BkJobTimeoutException">The job did not finish within <see cref="BkJobRunOptions.Deadline"/>.</exception>
    /// <exception cref="OperationCanceledException">
    /// <paramref name="cancellationToken"/> was cancelled (the job is terminated first when
    /// <see cref="BkJobRunOptions.TerminateWhenAbandoned"/> is set).
    /// </exception>
    public async IAsyncEnumerable<BkJobHostResult> FollowAsync(
        BkJobInstance job,
        IProgress<BkJobProgress>? progress = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var deadline = _time.GetUtcNow() + _options.Deadline;
        var delay = _options.InitialPollInterval;
        var reported = new HashSet<(long? Step, string Host)>();
        while (true)
        {
            var status = await GuardResultAsync(job, ct => _client.GetJobInstanceStatusAsync(StatusRequest(job), ct), cancellationToken).ConfigureAwait(false);
            var finished = status.Finished == true;
            progress?.Report(JobProgress.Of(job.JobInstanceId, status));

            foreach (var (step, hosts) in JobProgress.NewlyDone(status, finished, reported))
            {
                var results = await GuardResultAsync(job, ct => FetchLogsAsync(job, step, hosts, ct), cancellationToken).ConfigureAwait(false);
                foreach (var result in results)
                {
                    yield return result;
                }
            }

            if (finished)
            {
                yield break;
            }

            if (_time.GetUtcNow() >= deadline)
            {
                throw await TimedOutAsync(job).ConfigureAwait(false);
            }

            await GuardAsync(job, ct => Wait(Jittered(delay), deadline, ct), cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.MaxPollInterval.Ticks));
        }
    }

    /// <summary>Terminates a job on bk-job (<c>operate_job_instance</c>, code 1).</summary>
    public Task TerminateAsync(BkJobInstance job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        return _client.OperateJobInstanceAsync(
            new OperateJobInstanceRequest
            {
                ScopeType = job.ScopeType,
                ScopeId = job.ScopeId,
                BizId = job.BizId,
                JobInstanceId = job.JobInstanceId,
                OperationCode = JobInstanceOperation.Terminate,
            },
            cancellationToken);
    }

    private static BkJobInstance Started(long? jobInstanceId, string? name, ScopeType? scopeType, string? scopeId, long? bizId)
        => new(jobInstanceId ?? throw new InvalidOperationException("bk-job accepted the job but returned no job_instance_id."), name, scopeType, scopeId, bizId);

    private static GetJobInstanceStatusRequest StatusRequest(BkJobInstance job) => new()
    {
        ScopeType = job.ScopeType,
        ScopeId = job.ScopeId,
        BizId = job.BizId,
        JobInstanceId = job.JobInstanceId,
        ReturnIpResult = true,
    };

    private async Task<List<BkJobHostResult>> FetchLogsAsync(BkJobInstance job, StepInstance step, IReadOnlyList<StepIpResult> hosts, CancellationToken cancellationToken)
    {
        var results = new List<BkJobHostResult>(hosts.Count);
        if (step.Type is StepType.ManualConfirmation)
        {
            results.AddRange(hosts.Select(h => HostResult(job, step, h, null, null, null)));
            return results;
        }

        if (step.StepInstanceId is not { } stepInstanceId)
        {
            // Without the step's id its logs cannot be asked for; the hosts' statuses are still known.
            var missing = new InvalidOperationException("bk-job sent this step without step_instance_id, so its logs cannot be fetched.");
            results.AddRange(hosts.Select(h => HostResult(job, step, h, null, null, missing)));
            return results;
        }

        var byKey = hosts.ToDictionary(HostKey);
        var chunkOptions = new BkChunkOptions { ChunkSize = _options.LogBatchSize, MaxConcurrency = _options.LogConcurrency };
        await foreach (var item in BkChunks.RunAsync(hosts, 500, (batch, ct) => _client.BatchGetJobInstanceIpLogAsync(LogRequest(job, stepInstanceId, batch), ct), LogsOf, chunkOptions, cancellationToken).ConfigureAwait(false))
        {
            if (item.Exception is { } error)
            {
                results.AddRange(item.Chunk.Select(h => HostResult(job, step, h, null, null, error)));
                continue;
            }

            var (key, script, files) = item.Result;
            if (byKey.Remove(key, out var host))
            {
                results.Add(HostResult(job, step, host, script, files, null));
            }
        }

        // Hosts the log answer left out still get their status.
        results.AddRange(byKey.Values.Select(h => HostResult(job, step, h, null, null, null)));
        return results;
    }

    private static BatchGetJobInstanceIpLogRequest LogRequest(BkJobInstance job, long stepInstanceId, IReadOnlyList<StepIpResult> batch)
    {
        var byId = batch.All(h => h.HostId is > 0);
        return new BatchGetJobInstanceIpLogRequest
        {
            ScopeType = job.ScopeType,
            ScopeId = job.ScopeId,
            BizId = job.BizId,
            JobInstanceId = job.JobInstanceId,
            StepInstanceId = stepInstanceId,
            HostIdList = byId ? batch.Select(h => (long)h.HostId!).ToList() : null,
            IpList = byId ? null : batch.Select(h => new Host { CloudId = (long?)h.CloudId ?? 0, Ip = h.Ip ?? "" }).ToList(),
        };
    }

    private static IEnumerable<(string Key, string? Script, IReadOnlyList<FileLog>? Files)> LogsOf(IpLogs logs) => logs switch
    {
        ScriptIpLogs script => (script.ScriptTaskLogs ?? []).Select(l => (HostKey(l.HostId, l.CloudId, l.Ip), (string?)l.LogContent, (IReadOnlyList<FileLog>?)null)),
        FileIpLogs file => (file.FileTaskLogs ?? []).Select(l => (HostKey(l.HostId, l.CloudId, l.Ip), (string?)null, (IReadOnlyList<FileLog>?)l.FileLogs)),
        _ => [],
    };

    private static BkJobHostResult HostResult(BkJobInstance job, StepInstance step, StepIpResult host, string? script, IReadOnlyList<FileLog>? files, Exception? error)
        => new(job.JobInstanceId, step.StepInstanceId, step.Name, host.HostId, host.CloudId, host.Ip, host.Status, host.ExitCode, script, files, error);

    internal static string HostKey(StepIpResult host) => HostKey(host.HostId, host.CloudId, host.Ip);

    internal static string HostKey(long? hostId, long? cloudId, string? ip) => hostId is > 0 ? $"#{hostId}" : $"{cloudId ?? 0}:{ip}";

    private async Task<BkJobTimeoutException> TimedOutAsync(BkJobInstance job)
    {
        if (!_options.TerminateWhenAbandoned)
        {
            return new BkJobTimeoutException(job.JobInstanceId, _options.Deadline, false, null);
        }

        var error = await TryTerminateAsync(job).ConfigureAwait(false);
        return new BkJobTimeoutException(job.JobInstanceId, _options.Deadline, error is null, error);
    }

    /// <summary>Runs one step of the loop; when the caller cancels, terminates the job first if asked to.</summary>
    private async Task GuardAsync(BkJobInstance job, Func<CancellationToken, Task> step, CancellationToken cancellationToken)
    {
        try
        {
            await step(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && _options.TerminateWhenAbandoned)
        {
            await TryTerminateAsync(job).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary><see cref="GuardAsync"/> for a step with a result.</summary>
    private async Task<T> GuardResultAsync<T>(BkJobInstance job, Func<CancellationToken, Task<T>> step, CancellationToken cancellationToken)
    {
        Task<T>? running = null;
        await GuardAsync(job, ct => running = step(ct), cancellationToken).ConfigureAwait(false);
        return await running!.ConfigureAwait(false);
    }

    private async Task<Exception?> TryTerminateAsync(BkJobInstance job)
    {
        // The caller's token is cancelled by now: terminating gets a short budget of its own.
        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(30), _time);
        try
        {
            await TerminateAsync(job, budget.Token).ConfigureAwait(false);
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ex;
        }
    }

    /// <summary>Waits <paramref name="delay"/>, but never past the deadline (the loop then reports the timeout).</summary>
    private Task Wait(TimeSpan delay, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var left = deadline - _time.GetUtcNow();
        return Task.Delay(delay < left ? delay : left > TimeSpan.Zero ? left : TimeSpan.Zero, _time, cancellationToken);
    }

    private TimeSpan Jittered(TimeSpan delay)
    {
        var factor = 1 + (_options.Jitter * ((Random.Shared.NextDouble() * 2) - 1));
        return TimeSpan.FromTicks((long)(delay.Ticks * factor));
    }
}
