using System;
using System.Collections.Generic;

namespace Seedream.Polling;

/// <summary>
/// Estimates when a task will reach 100 % from the progress its polls report. Only a rising run is
/// believed: at least <see cref="MinimumRun"/> answers in a row, each with a progress above 0 and above
/// the one before. Progress that is missing, stays at 0, repeats (a stall, or a step), or goes backwards
/// ends the run, and there is no estimate until a new run has formed. The estimate is a least-squares
/// line through the last <see cref="MaximumRun"/> answers of the run, so noise in single answers averages out.
/// </summary>
internal sealed class CompletionEstimator
{
    /// <summary>Answers of one rising run needed before an estimate is given.</summary>
    public const int MinimumRun = 2;

    /// <summary>The latest answers of a run the line is fitted to (older ones may describe another pace).</summary>
    public const int MaximumRun = 6;

    private readonly Queue<(double Seconds, double Progress)> _run = new();
    private int _lastProgress;

    /// <summary>When, counted from the start of the wait, the task should reach 100 %; <see langword="null"/> when progress says nothing.</summary>
    public TimeSpan? EstimatedCompletion { get; private set; }

    /// <summary>Takes the progress of one answer.</summary>
    /// <param name="elapsed">When the answer came, from the start of the wait.</param>
    /// <param name="progress">The progress it reported (0–100), or <see langword="null"/> when it reported none.</param>
    public void Observe(TimeSpan elapsed, int? progress)
    {
        if (progress is not int percent || percent <= 0 || percent >= 100)
        {
            _run.Clear();
            EstimatedCompletion = null;
            return;
        }

        if (_run.Count > 0 && percent <= _lastProgress)
        {
            _run.Clear();
        }

        _lastProgress = percent;
        _run.Enqueue((elapsed.TotalSeconds, percent));
        if (_run.Count > MaximumRun)
        {
            _run.Dequeue();
        }

        EstimatedCompletion = _run.Count >= MinimumRun ? Fit(elapsed.TotalSeconds) : null;
    }

    private TimeSpan? Fit(double now)
    {
        double n = _run.Count, sumT = 0, sumP = 0;
        foreach (var (seconds, progress) in _run)
        {
            sumT += seconds;
            sumP += progress;
        }

        double meanT = sumT / n, meanP = sumP / n, covariance = 0, variance = 0;
        foreach (var (seconds, progress) in _run)
        {
            covariance += (seconds - meanT) * (progress - meanP);
            variance += (seconds - meanT) * (seconds - meanT);
        }

        if (variance <= 0 || covariance <= 0)
        {
            return null;
        }

        var perSecond = covariance / variance;
        var finish = meanT + ((100 - meanP) / perSecond);
        return TimeSpan.FromSeconds(Math.Max(now, finish));
    }
}
