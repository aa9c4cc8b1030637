using System;

namespace Seedream.Soak.Soak;

/// <summary>What a soak run does: how many tasks, how many at once, how often the emulator faults, and from which seed.</summary>
/// <param name="Tasks">How many logical tasks.</param>
/// <param name="Concurrency">How many run at once.</param>
/// <param name="FaultRate">The share of API answers the emulator faults, from 0 to 1.</param>
/// <param name="Seed">The seed of the emulator's fault draws and task choices.</param>
/// <param name="OutputDirectory">Where images are saved (a folder per task).</param>
/// <param name="WebhookPatience">How long a submit that failed ambiguously waits for its webhook before the task is taken as never created.</param>
internal sealed record SoakSettings(int Tasks, int Concurrency, double FaultRate, int Seed, string OutputDirectory, TimeSpan WebhookPatience)
{
    /// <summary>The API key of the run: distinctive, so a leak into any log line is found.</summary>
    public const string ApiKey = "sk-soak-SECRET-5f3c9a7e21d84b06";
}
