using System;

namespace Seedream;

/// <summary>
/// How <see cref="SeedreamOperation.WaitForCompletionAsync(IProgress{SeedreamTaskUpdate}, System.Threading.CancellationToken)"/> polls a task. The defaults follow the provider's advice:
/// poll every 2–5 seconds and give up after about 5 minutes.
/// </summary>
public sealed class SeedreamPollingOptions
{
    /// <summary>The wait before the second poll; later waits grow from it. Default 2 seconds.</summary>
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Each wait is the previous one times this factor, up to <see cref="MaxDelay"/>. Default 1.5.</summary>
    public double Multiplier { get; set; } = 1.5;

    /// <summary>The longest wait between two polls, jitter included (a longer <c>Retry-After</c> still wins). Default 5 seconds.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Each wait is moved at random by up to this fraction of itself, so many clients do not poll in step. Default 0.2; 0 turns jitter off.</summary>
    public double JitterRatio { get; set; } = 0.2;

    /// <summary>
    /// Whether polls follow the progress the task reports. When progress rises steadily, the client
    /// estimates when the task will finish and times a poll just after that (never waiting longer than
    /// <see cref="MaxDelay"/>, never averaging more than one poll per <see cref="InitialDelay"/>); when progress
    /// stays at 0, moves in steps or goes backwards, the backoff alone decides. Default <see langword="true"/>.
    /// </summary>
    public bool FollowProgress { get; set; } = true;

    /// <summary>How long to wait for a task before giving up with a <see cref="SeedreamWaitTimeoutException"/> that carries the task id. Default 5 minutes.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(5);

    internal SeedreamPollingOptions Clone() => (SeedreamPollingOptions)MemberwiseClone();

    /// <summary>A validated copy, for a wait given its own options.</summary>
    internal SeedreamPollingOptions Checked()
    {
        var copy = Clone();
        copy.Validate();
        return copy;
    }

    internal void Validate()
    {
        if (InitialDelay <= TimeSpan.Zero)
        {
            throw new SeedreamOptionsException("Polling.InitialDelay", "a positive time", $"Polling.InitialDelay must be positive; it is {InitialDelay}.");
        }

        if (MaxDelay < InitialDelay)
        {
            throw new SeedreamOptionsException("Polling.MaxDelay", "a time no shorter than Polling.InitialDelay", $"Polling.MaxDelay ({MaxDelay}) must not be shorter than Polling.InitialDelay ({InitialDelay}).");
        }

        if (Multiplier < 1 || double.IsNaN(Multiplier) || double.IsInfinity(Multiplier))
        {
            throw new SeedreamOptionsException("Polling.Multiplier", "a finite number of at least 1", $"Polling.Multiplier must be a finite number of at least 1; it is {Multiplier}.");
        }

        if (JitterRatio < 0 || JitterRatio >= 1 || double.IsNaN(JitterRatio))
        {
            throw new SeedreamOptionsException("Polling.JitterRatio", "a number from 0 up to, not including, 1", $"Polling.JitterRatio must be at least 0 and below 1; it is {JitterRatio}.");
        }

        if (Timeout <= TimeSpan.Zero)
        {
            throw new SeedreamOptionsException("Polling.Timeout", "a positive time", $"Polling.Timeout must be positive; it is {Timeout}.");
        }
    }
}
