using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.Emulator;

/// <summary>The webhook of one task: the timer that starts it when the task ends, its attempts, and whether it has settled.</summary>
internal sealed class WebhookSubscription
{
    private readonly ConcurrentQueue<WebhookDelivery> _attempts = new();
    private ITimer? _timer;
    private int _started;

    /// <summary>Every attempt so far, oldest first.</summary>
    public IReadOnlyCollection<WebhookDelivery> Attempts => _attempts;

    /// <summary>Completes with the attempts when one was answered 2xx or the last one failed; cancelled when the emulator stops.</summary>
    public TaskCompletionSource<IReadOnlyList<WebhookDelivery>> Settled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Records an attempt.</summary>
    /// <param name="attempt">The attempt made.</param>
    public void Record(WebhookDelivery attempt) => _attempts.Enqueue(attempt);

    /// <summary>Sets the timer that will start the delivery, disposing the one before.</summary>
    /// <param name="timer">The new timer.</param>
    public void Arm(ITimer timer) => Interlocked.Exchange(ref _timer, timer)?.Dispose();

    /// <summary>Claims the start of the delivery: <see langword="true"/> once, for the first caller; stops the timer.</summary>
    public bool TryStart()
    {
        if (Interlocked.Exchange(ref _started, 1) == 1)
        {
            return false;
        }

        Interlocked.Exchange(ref _timer, null)?.Dispose();
        return true;
    }

    /// <summary>Stops a pending start and cancels <see cref="Settled"/> if it has not completed (the emulator is stopping).</summary>
    public void Stop()
    {
        Interlocked.Exchange(ref _timer, null)?.Dispose();
        Settled.TrySetCanceled();
    }
}
