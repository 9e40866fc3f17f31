using BkApiGen.Jobs.JobV3;

namespace BkApiGen.Jobs;

/// <summary>A started job: what <see cref="BkJobRunner"/> needs to follow it.</summary>
/// <param name="JobInstanceId">bk-job's job instance id.</param>
/// <param name="Name">The job instance name, when bk-job returned one.</param>
/// <param name="ScopeType">The scope the job runs in (with <paramref name="ScopeId"/>), or null with <paramref name="BizId"/>.</param>
/// <param name="ScopeId">The business or business-set id.</param>
/// <param name="BizId">The deprecated business id, when the job was started with it.</param>
public sealed record BkJobInstance(long JobInstanceId, string? Name, ScopeType? ScopeType, string? ScopeId, long? BizId);

/// <summary>Where a job stands, reported after each status query.</summary>
/// <param name="JobInstanceId">The job.</param>
/// <param name="Status">The job's status.</param>
/// <param name="Hosts">Hosts the job runs on (over all steps).</param>
/// <param name="Succeeded">Hosts finished successfully.</param>
/// <param name="Failed">Hosts finished otherwise.</param>
/// <param name="Running">Hosts not finished yet.</param>
/// <param name="Finished">Whether bk-job says the job is over.</param>
public sealed record BkJobProgress(long JobInstanceId, RunStatus? Status, int Hosts, int Succeeded, int Failed, int Running, bool Finished);

/// <summary>One host's outcome in one step, with its log.</summary>
/// <param name="JobInstanceId">The job.</param>
/// <param name="StepInstanceId">The step, when bk-job sent its id.</param>
/// <param name="StepName">The step's name.</param>
/// <param name="HostId">bk_host_id, when the server sent it.</param>
/// <param name="CloudId">bk_cloud_id, when the server sent it.</param>
/// <param name="Ip">The IP, when the server sent it (IPv6-only hosts and hosts named by id may have none).</param>
/// <param name="Status">The host's task status.</param>
/// <param name="ExitCode">The script's exit code, when it ran.</param>
/// <param name="ScriptLog">The script output (script and SQL steps).</param>
/// <param name="FileLogs">The transfer entries (file steps).</param>
/// <param name="LogError">Why the log could not be fetched (the status is still right), or null.</param>
public sealed record BkJobHostResult(
    long JobInstanceId,
    long? StepInstanceId,
    string? StepName,
    long? HostId,
    long? CloudId,
    string? Ip,
    HostTaskStatus? Status,
    int? ExitCode,
    string? ScriptLog,
    IReadOnlyList<FileLog>? FileLogs,
    Exception? LogError)
{
    /// <summary>True when the host finished successfully.</summary>
    public bool Succeeded => Status is HostTaskStatus.Success or HostTaskStatus.LastSuccess;

    /// <summary>The host as a person reads it: its IP (with the cloud area when not 0), else its host id.</summary>
    public string DisplayName => Ip is { Length: > 0 } ip ? (CloudId is null or 0 ? ip : $"{CloudId}:{ip}") : HostId is { } id ? $"host {id}" : "unknown host";
}

/// <summary>The job did not finish before <see cref="BkJobRunOptions.Deadline"/>.</summary>
public sealed class BkJobTimeoutException : TimeoutException
{
    internal BkJobTimeoutException(long jobInstanceId, TimeSpan deadline, bool terminated, Exception? terminateError)
        : base($"Job instance {jobInstanceId} did not finish within {deadline}; " + (terminated ? "it was terminated." : terminateError is null ? "it is still running on bk-job." : $"terminating it failed: {terminateError.Message}"), terminateError)
    {
        JobInstanceId = jobInstanceId;
        Terminated = terminated;
    }

    /// <summary>The job that timed out.</summary>
    public long JobInstanceId { get; }

    /// <summary>Whether the job was terminated on bk-job (see <see cref="BkJobRunOptions.TerminateWhenAbandoned"/>).</summary>
    public bool Terminated { get; }
}
