using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;
using Xunit;

namespace Seedream.Client.Tests.Infrastructure;

/// <summary>
/// Listens to the client's <see cref="ActivitySource"/> and <see cref="Meter"/> for one test: activities of the
/// test's own trace (a parent activity started here) and every measurement of the client's instruments.
/// Tests that use it run in <see cref="TelemetryCollection"/>, alone, because instruments are process-wide.
/// </summary>
internal sealed class TelemetryCapture : IDisposable
{
    private readonly ActivityListener _activityListener;
    private readonly MeterListener _meterListener;
    private readonly Activity _parent;
    private readonly ConcurrentQueue<Activity> _activities = new ConcurrentQueue<Activity>();
    private readonly ConcurrentQueue<Measurement> _measurements = new ConcurrentQueue<Measurement>();

    public TelemetryCapture()
    {
        _activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SeedreamTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == _parent!.TraceId)
                {
                    _activities.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_activityListener);
        _meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == SeedreamTelemetry.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.Start();
        _parent = new Activity("telemetry-test").Start();
    }

    public Activity Parent => _parent;

    public IReadOnlyList<Activity> Activities => _activities.ToList();

    public IReadOnlyList<Measurement> Measurements => _measurements.ToList();

    /// <summary>The one stopped activity named <paramref name="name"/>.</summary>
    public Activity Single(string name) => Assert.Single(_activities, activity => activity.DisplayName == name);

    /// <summary>The measurements of the instrument named <paramref name="instrument"/>.</summary>
    public IReadOnlyList<Measurement> Of(string instrument) => _measurements.Where(m => m.Instrument == instrument).ToList();

    /// <summary>Every tag value of every activity, event and measurement, as text.</summary>
    public IEnumerable<string> AllTagValues() =>
        _activities.SelectMany(a => a.TagObjects.Concat(a.Events.SelectMany(e => e.Tags)))
            .Concat(_measurements.SelectMany(m => m.Tags))
            .Select(tag => tag.Key + "=" + Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture))
            .Concat(_activities.Select(a => a.DisplayName + " " + a.StatusDescription));

    public void Dispose()
    {
        _parent.Stop();
        _meterListener.Dispose();
        _activityListener.Dispose();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        _measurements.Enqueue(new Measurement(instrument.Name, instrument.Unit, value, tags.ToArray().ToDictionary(tag => tag.Key, tag => tag.Value)));

    /// <summary>One recorded value.</summary>
    public sealed record Measurement(string Instrument, string? Unit, double Value, IReadOnlyDictionary<string, object?> Tags);
}

/// <summary>Tests that listen to the client's process-wide instruments run alone.</summary>
[CollectionDefinition(nameof(TelemetryCollection), DisableParallelization = true)]
public sealed class TelemetryCollection
{
}
