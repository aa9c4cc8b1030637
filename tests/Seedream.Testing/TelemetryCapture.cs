using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;

namespace Seedream.Testing;

/// <summary>
/// Listens to one <see cref="ActivitySource"/> and one <see cref="Meter"/> (the client's) for one test: activities of the
/// test's own trace (a parent activity started here, so create the capture in the test method) and every measurement of
/// the meter's instruments, which are process-wide: tests that count measurements run alone.
/// </summary>
public sealed class TelemetryCapture : IDisposable
{
    private readonly ActivityListener _activityListener;
    private readonly MeterListener _meterListener;
    private readonly Activity _parent;
    private readonly ConcurrentQueue<Activity> _activities = new ConcurrentQueue<Activity>();
    private readonly ConcurrentQueue<Measurement> _measurements = new ConcurrentQueue<Measurement>();

    /// <summary>Starts listening, and starts the test's parent activity.</summary>
    /// <param name="activitySourceName">The activity source to listen to, e.g. <c>SeedreamTelemetry.ActivitySourceName</c>.</param>
    /// <param name="meterName">The meter to listen to, e.g. <c>SeedreamTelemetry.MeterName</c>.</param>
    public TelemetryCapture(string activitySourceName, string meterName)
    {
        _activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == activitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                // Listening starts before the parent exists, and another test's activity may stop in between.
                if (_parent is { } parent && activity.TraceId == parent.TraceId)
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
                if (instrument.Meter.Name == meterName)
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

    /// <summary>The test's parent activity: the client's activities are its children.</summary>
    public Activity Parent => _parent;

    /// <summary>The stopped activities of the test's trace.</summary>
    public IReadOnlyList<Activity> Activities => _activities.ToList();

    /// <summary>Every measurement recorded while listening.</summary>
    public IReadOnlyList<Measurement> Measurements => _measurements.ToList();

    /// <summary>The one stopped activity named <paramref name="name"/>.</summary>
    public Activity Single(string name) => _activities.Single(activity => activity.DisplayName == name);

    /// <summary>The measurements of the instrument named <paramref name="instrument"/>.</summary>
    public IReadOnlyList<Measurement> Of(string instrument) => _measurements.Where(m => m.Instrument == instrument).ToList();

    /// <summary>Every tag value of every activity, event and measurement, as text.</summary>
    public IEnumerable<string> AllTagValues() =>
        _activities.SelectMany(a => a.TagObjects.Concat(a.Events.SelectMany(e => e.Tags)))
            .Concat(_measurements.SelectMany(m => m.Tags))
            .Select(tag => tag.Key + "=" + Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture))
            .Concat(_activities.Select(a => a.DisplayName + " " + a.StatusDescription));

    /// <inheritdoc />
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
