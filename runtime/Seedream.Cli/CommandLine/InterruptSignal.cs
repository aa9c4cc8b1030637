using System;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Cli.Output;

namespace Seedream.Cli;

/// <summary>
/// Turns the first Ctrl+C (SIGINT) or SIGTERM into a cancelled <see cref="Token"/>, so a command can stop
/// cleanly (and cancel a queued task). The process ends within <see cref="StopGrace.Period"/> of that first
/// signal whatever the command is doing, except while create requests are in flight (<see cref="InFlightCreates"/>):
/// each may create and bill a task that only its answer names, so the grace period starts once none is left, and
/// what is waited for is said. A second signal ends the process at once; with creates in flight, it first has the
/// command give them up and say or record each as unanswered (within <see cref="AbandonPeriod"/>), and a third ends
/// it at once. Every forced stop says, from <see cref="Whereabouts"/>, what may still be queued or running.
/// </summary>
internal sealed class InterruptSignal : IDisposable
{
    /// <summary>How long a command may take, after the second signal, to give up its unanswered creates and record them before the process is ended anyway.</summary>
    public static readonly TimeSpan AbandonPeriod = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _source = new();
    private readonly CliOutput _output;
    private readonly InFlightCreates _creates;
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;
    private int _signals;
    private int _ended;

    /// <summary>Starts listening for SIGINT and SIGTERM.</summary>
    /// <param name="output">Where a forced stop is explained.</param>
    /// <param name="whereabouts">Where the command's task stands, kept up to date by the command.</param>
    /// <param name="creates">The command's create requests in flight, kept up to date by the command.</param>
    public InterruptSignal(CliOutput output, TaskWhereabouts whereabouts, InFlightCreates creates)
    {
        _output = output;
        Whereabouts = whereabouts;
        _creates = creates;
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

        var signal = Interlocked.Increment(ref _signals);
        var creates = _creates.Count;
        if (signal == 1)
        {
            // Off the signal handler's thread, so a second signal is never held up by the token's callbacks or the output.
            _ = Task.Run(() =>
            {
                if (creates > 0)
                {
                    _output.Message(
                        $"Stopping: waiting for the API to answer {CreateRequests(creates)} already sent (at most {Duration.Describe(_creates.TimeLimit)}): " +
                        "a task it creates is billed, and the answer holds its id. Ctrl+C again to stop at once.");
                }

                CancelCommand();
            });
            _ = ForceStopOnceNoCreateIsInFlightAsync();
        }
        else if (signal == 2 && creates > 0)
        {
            _output.Message($"Stopping at once: giving up {CreateRequests(creates)} the API has not answered; a task it creates is billed. Ctrl+C again to end without recording that.");
            _creates.GiveUp();
            _ = Task.Delay(AbandonPeriod).ContinueWith(_ => ForceStop("Stopped: the command did not stop in time after the second Ctrl+C."), TaskScheduler.Default);
        }
        else
        {
            ForceStop(signal == 2 ? "Stopped at once (second Ctrl+C)." : "Stopped at once.");
        }
    }

    private static string CreateRequests(int count) => count == 1 ? "the create request" : $"{count} create requests";

    /// <summary>Ends the process <see cref="StopGrace.Period"/> after the first signal, counted from the moment no create is in flight.</summary>
    private async Task ForceStopOnceNoCreateIsInFlightAsync()
    {
        do
        {
            await _creates.NoneAsync().ConfigureAwait(false);
            await Task.Delay(StopGrace.Period).ConfigureAwait(false);
        }
        while (_creates.Count > 0);

        ForceStop("Stopped: the command did not stop cleanly in time after Ctrl+C.");
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

        _output.Message($"{what} {Whereabouts.Describe()}".TrimEnd());
        _output.Messages.Flush();
        Environment.Exit(ExitCodes.Cancelled);
    }
}
