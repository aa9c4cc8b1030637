using System;
using System.Collections.Generic;

namespace Seedream.Emulator;

/// <summary>Checks <see cref="EmulatorOptions"/> before the emulator starts, naming every option that is out of range.</summary>
internal static class EmulatorOptionsValidator
{
    /// <summary>Throws when any option is out of range.</summary>
    /// <param name="options">The options to check.</param>
    /// <exception cref="ArgumentException">One or more options are out of range; the message lists each with its value and what is allowed.</exception>
    public static void Validate(EmulatorOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            problems.Add("ApiKey must not be empty.");
        }

        if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttp)
        {
            problems.Add($"Url '{options.Url}' must be an absolute http:// URL such as http://127.0.0.1:0.");
        }

        NotNegative(problems, nameof(options.QueueDuration), options.QueueDuration);
        NotNegative(problems, nameof(options.ProcessingDuration), options.ProcessingDuration);
        NotNegative(problems, nameof(options.SyncWait), options.SyncWait);
        NotNegative(problems, nameof(options.LinkLifetime), options.LinkLifetime);
        NotNegative(problems, nameof(options.TaskRetention), options.TaskRetention);
        if (options.MaxRetainedTasks < 1)
        {
            problems.Add($"MaxRetainedTasks is {options.MaxRetainedTasks}; it must be 1 or more.");
        }

        if (options.MaxRequestBytes < 1)
        {
            problems.Add($"MaxRequestBytes is {options.MaxRequestBytes}; it must be 1 or more.");
        }

        Rate(problems, nameof(options.TaskFailureRate), options.TaskFailureRate);
        Rate(problems, nameof(options.SetItemFailureRate), options.SetItemFailureRate);
        if (options.ImageScaleDown < 1)
        {
            problems.Add($"ImageScaleDown is {options.ImageScaleDown}; it must be 1 or more.");
        }

        if (options.Quota is < 0)
        {
            problems.Add($"Quota is {options.Quota}; it must be 0 or more, or unset for unlimited.");
        }

        var webhook = options.Webhook;
        if (webhook.MaxAttempts < 1)
        {
            problems.Add($"Webhook.MaxAttempts is {webhook.MaxAttempts}; it must be 1 or more.");
        }

        NotNegative(problems, "Webhook.Backoff", webhook.Backoff);
        if (webhook.MaxResponseBytes < 0)
        {
            problems.Add($"Webhook.MaxResponseBytes is {webhook.MaxResponseBytes}; it must be 0 or more.");
        }

        if (webhook.AttemptTimeout <= TimeSpan.Zero)
        {
            problems.Add($"Webhook.AttemptTimeout is {webhook.AttemptTimeout}; it must be positive.");
        }

        var modelArk = options.ModelArk;
        NotNegative(problems, "ModelArk.ImageDuration", modelArk.ImageDuration);
        if (UpstreamModel.Find(modelArk.EndpointModel ?? string.Empty) is null)
        {
            problems.Add($"ModelArk.EndpointModel is '{modelArk.EndpointModel}'; it must be one of {UpstreamModel.KnownIds}.");
        }

        Rate(problems, "ModelArk.RejectedPromptRate", modelArk.RejectedPromptRate);
        Rate(problems, "ModelArk.RejectedImageRate", modelArk.RejectedImageRate);
        Rate(problems, "ModelArk.InternalErrorRate", modelArk.InternalErrorRate);
        Rate(problems, "ModelArk.FewerImagesRate", modelArk.FewerImagesRate);

        var faults = options.Faults;
        Rate(problems, "Faults.ServerErrorRate", faults.ServerErrorRate);
        Rate(problems, "Faults.ServiceUnavailableRate", faults.ServiceUnavailableRate);
        Rate(problems, "Faults.RateLimitRate", faults.RateLimitRate);
        Rate(problems, "Faults.LatencyRate", faults.LatencyRate);
        Rate(problems, "Faults.DropConnectionRate", faults.DropConnectionRate);
        Rate(problems, "Faults.TruncateBodyRate", faults.TruncateBodyRate);
        Rate(problems, "Faults.StallRate", faults.StallRate);
        Rate(problems, "Faults.ServerErrorRate + ServiceUnavailableRate + RateLimitRate", faults.ServerErrorRate + faults.ServiceUnavailableRate + faults.RateLimitRate);
        Rate(problems, "Faults.DropConnectionRate + TruncateBodyRate + StallRate", faults.DropConnectionRate + faults.TruncateBodyRate + faults.StallRate);
        NotNegative(problems, "Faults.Latency", faults.Latency);
        NotNegative(problems, "Faults.Stall", faults.Stall);
        if (faults.RetryAfterSeconds < 0)
        {
            problems.Add($"Faults.RetryAfterSeconds is {faults.RetryAfterSeconds}; it must be 0 or more.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The emulator's options are out of range: " + string.Join(" ", problems), nameof(options));
        }
    }

    private static void Rate(List<string> problems, string name, double value)
    {
        if (double.IsNaN(value) || value < 0 || value > 1)
        {
            problems.Add($"{name} is {value}; it must be between 0 and 1.");
        }
    }

    private static void NotNegative(List<string> problems, string name, TimeSpan value)
    {
        if (value < TimeSpan.Zero)
        {
            problems.Add($"{name} is {value}; it must not be negative.");
        }
    }
}
