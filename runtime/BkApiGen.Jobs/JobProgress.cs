using BkApiGen.Jobs.JobV3;

namespace BkApiGen.Jobs;

/// <summary>Reads host outcomes out of a <c>get_job_instance_status</c> answer.</summary>
internal static class JobProgress
{
    /// <summary>A host is done once its status is final, or once the job is over whatever its status.</summary>
    public static bool IsDone(StepIpResult host, bool jobFinished)
        => jobFinished || (HostTaskStatus?)host.Status is not (null or HostTaskStatus.Waiting or HostTaskStatus.Running or HostTaskStatus.UnknownError);

    public static bool IsSuccess(StepIpResult host) => host.Status is HostTaskStatus.Success or HostTaskStatus.LastSuccess;

    public static BkJobProgress Of(long jobInstanceId, JobInstanceStatus status)
    {
        int hosts = 0, succeeded = 0, failed = 0;
        foreach (var host in Hosts(status))
        {
            hosts++;
            if (IsDone(host.Host, status.Finished == true))
            {
                if (IsSuccess(host.Host))
                {
                    succeeded++;
                }
                else
                {
                    failed++;
                }
            }
        }

        return new BkJobProgress(jobInstanceId, status.JobInstance?.Status, hosts, succeeded, failed, hosts - succeeded - failed, status.Finished == true);
    }

    /// <summary>The hosts that are done and were not reported before, by step; marks them reported.</summary>
    public static List<(StepInstance Step, List<StepIpResult> Hosts)> NewlyDone(JobInstanceStatus status, bool jobFinished, HashSet<(long? Step, string Host)> reported)
    {
        var result = new List<(StepInstance, List<StepIpResult>)>();
        foreach (var step in status.StepInstanceList ?? [])
        {
            var done = (step.StepIpResultList ?? [])
                .Where(h => IsDone(h, jobFinished) && reported.Add((step.StepInstanceId, BkJobRunner.HostKey(h))))
                .ToList();
            if (done.Count > 0)
            {
                result.Add((step, done));
            }
        }

        return result;
    }

    private static IEnumerable<(StepInstance Step, StepIpResult Host)> Hosts(JobInstanceStatus status)
        => (status.StepInstanceList ?? []).SelectMany(s => (s.StepIpResultList ?? []).Select(h => (s, h)));
}
