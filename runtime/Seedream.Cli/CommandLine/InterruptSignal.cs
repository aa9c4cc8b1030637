using System;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Cli.Output;

namespace Seedream.Cli;

/// <summary>
/// Turns the first Ctrl+C (SIGINT) or SIGTERM into a cancelled <see cref="Token"/>, so a command can stop
/// cleanly (and cancel a queued task). The process ends within <see cref="StopGrace.Period"/> of that first
/// signal whatever the command is doing, and at once on a second signal; either forced stop says, from
/// <see cref="Whereabouts"/>, whether the task may still be queued or running.
/// </summary>
internal sealed class InterruptSignal : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly CliOutput _output;
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;
    private int _signals;
    private int _ended;

    /// <summary>Starts listening for SIGINT and SIGTERM.</summary>
    /// <param name="output">Where a forced stop is explained.</param>
    /// <param name="whereabouts">Where the command's task stands, kept up to date by the command.</param>
    public InterruptSignal(CliOutput output, TaskWhereabouts whereabouts)
    {
        _output = output;
        Whereabouts = whereabouts;
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    /// <summary>Cancelled when the first signal arrives.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>Where the command's task stands.</summary>
    public TaskWhereabouts Whereabouts { get; }

    /// <summary>The command has ended: no forced stop happens any more. Later signals get their default behaviour after <see cref="Dispose"/>.</summary>
    public void Dispose()
    {
        Interlocked.Exchange(ref _ended, 1);
        _interrupt.Dispose();
        _terminate.Dispose();
        _source.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        if (Volatile.Read(ref _ended) != 0)
        {
            return;
        }

        if (Interlocked.Increment(ref _signals) > 1)
        {
            ForceStop("Stopped at once (second Ctrl+C).");
            return;
        }

        // Cancelling runs the token's callbacks; off the signal handler's thread, so a second signal is never held up by them.
        _ = Task.Run(CancelCommand);
        _ = Task.Delay(StopGrace.Period).ContinueWith(_ => ForceStop("Stopped: the command did not stop cleanly in time after Ctrl+C."), TaskScheduler.Default);
    }

    private void CancelCommand()
    {
        try
        {
            _source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The command ended between the signal and this call: nothing is left to cancel.
        }
    }

    private void ForceStop(string what)
    {
        if (Interlocked.Exchange(ref _ended, 1) != 0)
        {
            return;
        }

        _output.Message($"{what} {Whereabouts.Describe()}");
        _output.Messages.Flush();
        Environment.Exit(ExitCodes.Cancelled);
    }
}
