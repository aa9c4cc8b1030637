using System;
using System.Threading;

namespace Seedream.Cli.Running;

/// <summary>
/// The one deadline of a command's <c>--timeout</c>: the submit, the wait and the saving all stop when it passes, so a
/// create or a poll that stalls never holds the command past it (the client's per-request limit is 30 s).
/// </summary>
internal sealed class CommandDeadline : IDisposable
{
    private readonly CancellationTokenSource _timer;

    /// <summary>Starts the deadline <paramref name="limit"/> from now.</summary>
    /// <param name="limit">The command's <c>--timeout</c> (at most a day, <see cref="Duration.Maximum"/>).</param>
    public CommandDeadline(TimeSpan limit)
    {
        Limit = limit;
        _timer = new CancellationTokenSource(limit);
    }

    /// <summary>The command's <c>--timeout</c>.</summary>
    public TimeSpan Limit { get; }

    /// <summary>Whether the deadline has passed.</summary>
    public bool HasPassed => _timer.IsCancellationRequested;

    /// <summary>A token cancelled when the deadline passes or <paramref name="stop"/> is cancelled, for one step of the command's work.</summary>
    /// <param name="stop">What else stops the step: Ctrl+C, or a second Ctrl+C for a submit.</param>
    /// <returns>The source of the token; dispose it when the step ends.</returns>
    public CancellationTokenSource Or(CancellationToken stop) => CancellationTokenSource.CreateLinkedTokenSource(stop, _timer.Token);

    /// <summary>Stops the timer.</summary>
    public void Dispose() => _timer.Dispose();
}
