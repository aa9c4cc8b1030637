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
            throw new ArgumentException($"Polling.InitialDelay must be positive; it is {InitialDelay}.", "options");
        }

        if (MaxDelay < InitialDelay)
        {
            throw new ArgumentException($"Polling.MaxDelay ({MaxDelay}) must not be shorter than Polling.InitialDelay ({InitialDelay}).", "options");
        }

        if (Multiplier < 1 || double.IsNaN(Multiplier) || double.IsInfinity(Multiplier))
        {
            throw new ArgumentException($"Polling.Multiplier must be a finite number of at least 1; it is {Multiplier}.", "options");
        }

        if (JitterRatio < 0 || JitterRatio >= 1 || double.IsNaN(JitterRatio))
        {
            throw new ArgumentException($"Polling.JitterRatio must be at least 0 and below 1; it is {JitterRatio}.", "options");
        }

        if (Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentException($"Polling.Timeout must be positive; it is {Timeout}.", "options");
        }
    }
}
