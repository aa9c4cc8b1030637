using System.Collections.Generic;
using System.Diagnostics.Metrics;

namespace Seedream.Telemetry;

/// <summary>
/// The client's <see cref="Meter"/> (<see cref="SeedreamTelemetry.MeterName"/>) and its instruments, named and
/// with units per the OpenTelemetry metric guidance (dotted lower-case names, UCUM units, <c>{thing}</c> for counts).
/// </summary>
internal static class SeedreamMetrics
{
    private static readonly Meter Meter = new Meter(SeedreamTelemetry.MeterName, typeof(SeedreamMetrics).Assembly.GetName().Version?.ToString());

    private static readonly Histogram<double> TaskDuration = Meter.CreateHistogram<double>(
        "seedream.client.task.duration", "s", "Time from the start of a wait to the answer that showed the task's final status (or to the wait's end), by model and outcome.");

    private static readonly Histogram<int> TaskPolls = Meter.CreateHistogram<int>(
        "seedream.client.task.polls", "{poll}", "Status requests one wait made, by model and outcome.");

    private static readonly Counter<long> ImagesSaved = Meter.CreateCounter<long>(
        "seedream.client.image.saved", "{image}", "Result images saved to disk.");

    private static readonly Counter<long> BytesSaved = Meter.CreateCounter<long>(
        "seedream.client.image.saved.size", "By", "Bytes of result images saved to disk.");

    private static readonly Counter<long> AmbiguousCreates = Meter.CreateCounter<long>(
        "seedream.client.create.ambiguous", "{request}", "Create requests that failed in a way that may have created a task (not re-sent), by reason.");

    private static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "seedream.client.retries", "{retry}", "Requests repeated after a transient failure, by request and reason.");

    /// <summary>Records one finished wait.</summary>
    public static void WaitEnded(string? model, string outcome, double seconds, int polls)
    {
        var tags = new[]
        {
            new KeyValuePair<string, object?>(TelemetryTags.RequestModel, model),
            new KeyValuePair<string, object?>(TelemetryTags.Outcome, outcome),
        };
        TaskDuration.Record(seconds, tags);
        TaskPolls.Record(polls, tags);
    }

    /// <summary>Records one saved image.</summary>
    public static void ImageSaved(string mediaType, long bytes)
    {
        var tag = new KeyValuePair<string, object?>(TelemetryTags.MediaType, mediaType);
        ImagesSaved.Add(1, tag);
        BytesSaved.Add(bytes, tag);
    }

    /// <summary>Records a create that may have created a task although it failed.</summary>
    /// <param name="kind">What kind of failure it was.</param>
    public static void AmbiguousCreate(SeedreamErrorKind kind) =>
        AmbiguousCreates.Add(1, new KeyValuePair<string, object?>(TelemetryTags.Reason, TelemetryReasons.Of(kind)));

    /// <summary>Records a request about to be repeated.</summary>
    /// <param name="request">Which request: create, get, cancel, poll or download.</param>
    /// <param name="reason">One of <see cref="TelemetryReasons"/>' values.</param>
    public static void Retry(string request, string reason) =>
        Retries.Add(1, new KeyValuePair<string, object?>(TelemetryTags.Request, request), new KeyValuePair<string, object?>(TelemetryTags.Reason, reason));
}
