using System;

namespace Seedream.Batch.Running;

/// <summary>What a batch run does; see <see cref="BatchRunner"/>.</summary>
public sealed class BatchRunOptions
{
    /// <summary>The JSON Lines file of requests (see <see cref="Input.BatchFileReader"/>).</summary>
    public string InputPath { get; set; } = string.Empty;

    /// <summary>The output folder: the ledger (<c>batch.sqlite</c>), the images (<c>images/</c>) and the report go here. Created when missing.</summary>
    public string OutputDirectory { get; set; } = "seedream-batch";

    /// <summary>How many jobs are in flight at once (submitting, waiting or saving). Default 8; 1 to 1024.</summary>
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>Whether invalid lines are left out (and listed) instead of stopping the batch before anything is sent. Default false.</summary>
    public bool SkipInvalidLines { get; set; }

    /// <summary>Whether to go on when the input file changed since the ledger was made: new lines become new jobs, recorded jobs carry on. Default false.</summary>
    public bool AcceptChangedInput { get; set; }

    /// <summary>
    /// Whether jobs whose create request may have created a task (ambiguous) are sent again. Each may then exist
    /// twice, and be billed twice: use it only after checking with the provider. Default false.
    /// </summary>
    public bool ResendAmbiguous { get; set; }

    /// <summary>How often, within one run, a job is tried again after a passing failure (rate limit, server busy, network) before it is left for the next run. Default 5.</summary>
    public int AttemptsPerRun { get; set; } = 5;

    /// <summary>The pause before trying a job again after a passing failure, when the API did not say how long. Default 2 seconds.</summary>
    public TimeSpan RetryPause { get; set; } = TimeSpan.FromSeconds(2);

    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(InputPath))
        {
            throw new ArgumentException("BatchRunOptions.InputPath is required: the JSON Lines file of requests.", "options");
        }

        if (string.IsNullOrWhiteSpace(OutputDirectory))
        {
            throw new ArgumentException("BatchRunOptions.OutputDirectory is required.", "options");
        }

        if (MaxConcurrency is < 1 or > 1024)
        {
            throw new ArgumentException($"BatchRunOptions.MaxConcurrency is {MaxConcurrency}; it must be from 1 to 1024.", "options");
        }

        if (AttemptsPerRun < 1)
        {
            throw new ArgumentException($"BatchRunOptions.AttemptsPerRun is {AttemptsPerRun}; it must be 1 or more.", "options");
        }

        if (RetryPause < TimeSpan.Zero)
        {
            throw new ArgumentException($"BatchRunOptions.RetryPause is {RetryPause}; it must not be negative.", "options");
        }
    }
}
