using System;
using System.Globalization;
using System.Threading;
using Seedream.Batch.Running;
using Seedream.Cli.Output;

namespace Seedream.Cli.Commands;

/// <summary>Prints a batch's progress to standard error: one line at most every <see cref="Interval"/>, and the last one always.</summary>
internal sealed class BatchProgressPrinter : IProgress<BatchProgress>
{
    /// <summary>The least time between two progress lines.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly CliOutput _output;
    private readonly object _gate = new();
    private long _lastPrinted = long.MinValue;
    private BatchProgress? _last;

    /// <summary>Creates the printer.</summary>
    /// <param name="output">Where the lines go.</param>
    public BatchProgressPrinter(CliOutput output)
    {
        _output = output;
    }

    /// <summary>Formats one progress line: <c>batch: 120/200 done (118 saved, 2 failed), 8 running, 0 ambiguous, ETA 0:00:42</c>.</summary>
    /// <param name="progress">The snapshot.</param>
    public static string Format(BatchProgress progress)
    {
        var done = progress.Saved + progress.Failed;
        var eta = progress.EstimatedRemaining is TimeSpan left ? left.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : "unknown";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"batch: {done}/{progress.Total} done ({progress.Saved} saved, {progress.Failed} failed), {progress.Running} running, {progress.Ambiguous} ambiguous, ETA {eta}");
    }

    /// <inheritdoc />
    public void Report(BatchProgress value)
    {
        var now = Environment.TickCount64;
        lock (_gate)
        {
            _last = value;
            if (now - _lastPrinted < (long)Interval.TotalMilliseconds)
            {
                return;
            }

            _lastPrinted = now;
            _output.Message(Format(value));
        }
    }

    /// <summary>Prints the last snapshot, whether or not it was printed already.</summary>
    public void Flush()
    {
        lock (_gate)
        {
            if (_last is not null)
            {
                _output.Message(Format(_last));
            }

            Interlocked.Exchange(ref _lastPrinted, Environment.TickCount64);
        }
    }
}
