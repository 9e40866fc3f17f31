namespace BkApiGen.Jobs;

/// <summary>How <see cref="BkJobRunner"/> waits for a job and fetches its logs.</summary>
public sealed class BkJobRunOptions
{
    /// <summary>How long to wait for the job to finish before giving up with <see cref="BkJobTimeoutException"/>; default 30 minutes.</summary>
    public TimeSpan Deadline { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>The wait before the second status query; it doubles after each query up to <see cref="MaxPollInterval"/>; default 1 s.</summary>
    public TimeSpan InitialPollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two status queries; default 10 s.</summary>
    public TimeSpan MaxPollInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Each wait is randomly shortened or lengthened by up to this fraction, so many runners do not poll in step; 0 to 1, default 0.2.</summary>
    public double Jitter { get; init; } = 0.2;

    /// <summary>
    /// When the caller cancels or the deadline passes, also terminate the job on bk-job (<c>operate_job_instance</c>,
    /// code 1) instead of leaving it running; default false.
    /// </summary>
    public bool TerminateWhenAbandoned { get; init; }

    /// <summary>Hosts per log query, 1 to 500; default 500.</summary>
    public int LogBatchSize { get; init; } = 500;

    /// <summary>Log queries running at the same time, at least 1; default 4.</summary>
    public int LogConcurrency { get; init; } = 4;

    internal void Validate()
    {
        if (Deadline <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Deadline), Deadline, "Deadline must be positive.");
        }

        if (InitialPollInterval <= TimeSpan.Zero || MaxPollInterval < InitialPollInterval)
        {
            throw new ArgumentOutOfRangeException(nameof(InitialPollInterval), InitialPollInterval, "InitialPollInterval must be positive and at most MaxPollInterval.");
        }

        if (Jitter is < 0 or > 1 || double.IsNaN(Jitter))
        {
            throw new ArgumentOutOfRangeException(nameof(Jitter), Jitter, "Jitter must be between 0 and 1.");
        }

        if (LogBatchSize is < 1 or > 500)
        {
            throw new ArgumentOutOfRangeException(nameof(LogBatchSize), LogBatchSize, "LogBatchSize must be between 1 and 500.");
        }

        if (LogConcurrency < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(LogConcurrency), LogConcurrency, "LogConcurrency must be at least 1.");
        }
    }
}
