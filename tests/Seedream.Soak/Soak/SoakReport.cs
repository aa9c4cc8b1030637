using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Seedream.Emulator;

namespace Seedream.Soak.Soak;

/// <summary>What a soak run did and measured, and which of its promises it broke.</summary>
internal sealed record SoakReport(
    SoakSettings Settings,
    IReadOnlyList<TaskOutcome> Tasks,
    long TasksCreatedByEmulator,
    IReadOnlyDictionary<FaultKind, long> Faults,
    long Polls,
    int LogLines,
    int LogLinesWithKey,
    int UnhandledExceptions,
    TimeSpan WallTime,
    TimeSpan CpuTime,
    long PeakWorkingSetBytes,
    long AllocatedBytes)
{
    public int Completed => Tasks.Count(task => task.Failure is null);

    public int ImagesSaved => Tasks.Sum(task => task.ImagesSaved);

    public int ImagesVerified => Tasks.Sum(task => task.ImagesVerified);

    public int SubmitCalls => Tasks.Sum(task => task.Submits.Count);

    public int RecoveredByWebhook => Tasks.Count(task => task.RecoveredByWebhook);

    public int TasksCreatedOnWire => Tasks.Sum(task => task.TasksCreatedOnWire);

    public int CreatedTwice => Tasks.Count(task => task.TasksCreatedOnWire > 1);

    public int UnsafeResends => Tasks.Sum(task => task.UnsafeResends);

    public int WireCreates(WireOutcome outcome) => Tasks.Sum(task => task.Submits.Sum(submit => submit.Outcomes.Count(seen => seen == outcome)));

    /// <summary>Every broken promise, in words; empty when the run passed.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var task in Tasks.Where(task => task.Failure is not null).Take(5))
        {
            problems.Add($"task {task.Task} ({task.TaskId ?? "no id"}): {task.Failure}");
        }

        if (Completed != Tasks.Count)
        {
            problems.Add($"{Tasks.Count - Completed} of {Tasks.Count} tasks did not end with their images saved");
        }

        if (ImagesVerified != ImagesSaved)
        {
            problems.Add($"{ImagesSaved - ImagesVerified} saved images do not decode or differ from the served file");
        }

        if (CreatedTwice > 0)
        {
            problems.Add($"{CreatedTwice} logical tasks were created more than once");
        }

        if (UnsafeResends > 0)
        {
            problems.Add($"{UnsafeResends} submits sent a create again after an answer that may have created a task");
        }

        if (TasksCreatedByEmulator != TasksCreatedOnWire || TasksCreatedByEmulator != Tasks.Count)
        {
            problems.Add($"the emulator created {TasksCreatedByEmulator} tasks; the wire shows {TasksCreatedOnWire}; there are {Tasks.Count} logical tasks");
        }

        if (Tasks.Any(task => task.Unexpected) || UnhandledExceptions > 0)
        {
            problems.Add($"{Tasks.Count(task => task.Unexpected)} tasks ended in an exception that is not a SeedreamException; {UnhandledExceptions} unhandled or unobserved exceptions");
        }

        if (LogLinesWithKey > 0)
        {
            problems.Add($"the API key is in {LogLinesWithKey} log lines");
        }

        return problems;
    }

    /// <summary>The figures as a Markdown table, for BENCHMARKS.md.</summary>
    public string ToMarkdown()
    {
        string N(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
        var text = new StringBuilder()
            .AppendLine("| soak figure | value |")
            .AppendLine("|---|---|")
            .AppendLine($"| tasks (concurrency) | {N(Tasks.Count)} ({N(Settings.Concurrency)}) |")
            .AppendLine($"| faulted share of API answers (seed) | {Settings.FaultRate:P0} ({Settings.Seed}) |")
            .AppendLine($"| faults injected | {N(Faults.Values.Sum())}: {string.Join(", ", Faults.Where(pair => pair.Value > 0).Select(pair => $"{pair.Key} {N(pair.Value)}"))} |")
            .AppendLine($"| tasks completed with every image saved | {N(Completed)} |")
            .AppendLine($"| images saved / decoded completely and equal to the served file | {N(ImagesSaved)} / {N(ImagesVerified)} |")
            .AppendLine($"| tasks generated through POST /v1/tasks/sync | {N(Tasks.Count(task => SoakRunner.UsesSyncEndpoint(task.Task)))} |")
            .AppendLine($"| submit calls / create requests on the wire | {N(SubmitCalls)} / {N(Tasks.Sum(task => task.Submits.Sum(submit => submit.Outcomes.Count)))} |")
            .AppendLine($"| create answers: 2xx / 429+503 (re-sent by the client) / 500 / connection dropped | {N(WireCreates(WireOutcome.Answered))} / {N(WireCreates(WireOutcome.RateLimitedOrUnavailable))} / {N(WireCreates(WireOutcome.ServerError))} / {N(WireCreates(WireOutcome.BrokeAfterHandling))} |")
            .AppendLine($"| ambiguous submits: resolved by the task's webhook / no webhook, so submitted again | {N(RecoveredByWebhook)} / {N(Tasks.Sum(task => task.SilentAmbiguousSubmits))} |")
            .AppendLine($"| tasks created by the emulator / created twice / unsafe re-sends | {N(TasksCreatedByEmulator)} / {N(CreatedTwice)} / {N(UnsafeResends)} |")
            .AppendLine($"| polls answered | {N(Polls)} |")
            .AppendLine($"| unexpected or unhandled exceptions | {N(Tasks.Count(task => task.Unexpected) + UnhandledExceptions)} |")
            .AppendLine($"| log lines / with the API key | {N(LogLines)} / {N(LogLinesWithKey)} |")
            .AppendLine($"| wall time | {WallTime.TotalSeconds:F1} s |")
            .AppendLine($"| CPU time (client, emulator and harness in one process) | {CpuTime.TotalSeconds:F1} s |")
            .AppendLine($"| peak working set | {PeakWorkingSetBytes / (1024.0 * 1024):F0} MiB |")
            .AppendLine($"| allocated | {AllocatedBytes / (1024.0 * 1024):F0} MiB |");
        return text.ToString();
    }
}
