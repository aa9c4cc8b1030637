using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace Seedream.Testing.Time;

/// <summary>
/// A fake clock that <see cref="DriveAsync(IReadOnlyCollection{Task}, TimeSpan?)"/> moves only while the code under
/// test waits for it, so a test gives the same answer however slowly the machine runs that code.
/// </summary>
/// <remarks>
/// It tells the timers it hands out apart by their state. A delay's timer holds the delay's <see cref="Task"/>
/// (<c>Task.Delay</c> with a <see cref="TimeProvider"/>, <c>TimeProvider.Delay</c>, Polly's retry delays), so the flow
/// that set it waits for it. Any other timer, such as a <see cref="CancellationTokenSource"/>'s time limit, only limits
/// work under way and is never a reason to move the clock. A request that nothing but a time limit ends (a server
/// that never answers) counts as a wait while it is held (<see cref="HoldUntilCancelled"/>).
/// </remarks>
public sealed class WatchedClock : FakeTimeProvider
{
    /// <summary>How long, in real time, <see cref="DriveAsync(Task, TimeSpan?)"/> lets the code run before it calls it hung: 1 minute.</summary>
    public static readonly TimeSpan DefaultHangGuard = TimeSpan.FromMinutes(1);

    private readonly object _gate = new object();
    private readonly HashSet<WatchedTimer> _armed = new HashSet<WatchedTimer>();
    private TaskCompletionSource _changed = NewSignal();
    private int _held;

    /// <summary>A clock at 2000-01-01 00:00 UTC, as <see cref="FakeTimeProvider()"/>.</summary>
    public WatchedClock()
    {
    }

    /// <summary>A clock at <paramref name="start"/>.</summary>
    public WatchedClock(DateTimeOffset start)
        : base(start)
    {
    }

    /// <summary>
    /// Counts a request the code under test awaits as a wait until <paramref name="cancellationToken"/> is cancelled
    /// (by the code's own time limit, which the clock then reaches, or by its caller).
    /// </summary>
    public void HoldUntilCancelled(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _held);
        Pulse();
        cancellationToken.Register(() =>
        {
            Interlocked.Decrement(ref _held);
            Pulse();
        });
    }

    /// <summary>Moves the clock whenever <paramref name="flow"/> waits for it, until it ends; see <see cref="DriveAsync(IReadOnlyCollection{Task}, TimeSpan?)"/>.</summary>
    /// <exception cref="TimeoutException">The flow neither ended nor waited for the clock within <paramref name="hangGuard"/> of real time.</exception>
    public Task DriveAsync(Task flow, TimeSpan? hangGuard = null) => DriveAsync(new[] { flow }, hangGuard);

    /// <summary>
    /// Moves the clock until every one of <paramref name="flows"/> has ended. Whenever each flow still running waits
    /// for the clock (the delays set and the requests held are at least as many as those flows), it moves the clock to
    /// the earliest armed timer's due time, which fires that timer; at any other moment the clock stands still, however
    /// long the flows take. Does not observe the flows' outcomes: await them afterwards.
    /// </summary>
    /// <param name="flows">Independent flows of the code under test, each awaiting at most one delay or request at a time.</param>
    /// <param name="hangGuard">Real time without an end of all flows after which the code is called hung; <see cref="DefaultHangGuard"/> by default. Only a guard: no test result depends on it.</param>
    /// <exception cref="TimeoutException">The flows neither ended nor all waited for the clock within <paramref name="hangGuard"/>; the message says what they were waiting for.</exception>
    public async Task DriveAsync(IReadOnlyCollection<Task> flows, TimeSpan? hangGuard = null)
    {
        var guard = hangGuard ?? DefaultHangGuard;
        var began = GetUtcNow();
        foreach (var flow in flows)
        {
            _ = flow.ContinueWith(_ => Pulse(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        using var hung = new CancellationTokenSource(guard);
        var hangs = Task.Delay(Timeout.Infinite, hung.Token);
        while (true)
        {
            if (hung.IsCancellationRequested)
            {
                throw Hung();
            }

            var changed = _changed.Task;
            var running = flows.Count(flow => !flow.IsCompleted);
            if (running == 0)
            {
                return;
            }

            if (NextWakeUp(running) is TimeSpan wait)
            {
                Advance(wait);
                continue;
            }

            await Task.WhenAny(changed, hangs).ConfigureAwait(false);
        }

        TimeoutException Hung() => new TimeoutException(
            $"{flows.Count(flow => !flow.IsCompleted)} of {flows.Count} flows under test neither ended nor all waited for the clock within {guard.TotalSeconds:0.###} s of real time " +
            $"(the fake clock moved {(GetUtcNow() - began).TotalSeconds:0.###} s; now {Describe()}).");
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new WatchedTimer(this, isDelay: state is Task);
        timer.Arm(dueTime, period);
        timer.Inner = base.CreateTimer(
            s =>
            {
                timer.Fired();
                callback(s);
            },
            state,
            dueTime,
            period);
        return timer;
    }

    private static TaskCompletionSource NewSignal() => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How far to move the clock when the <paramref name="running"/> flows all wait for it, else <see langword="null"/>.</summary>
    private TimeSpan? NextWakeUp(int running)
    {
        lock (_gate)
        {
            var delays = _armed.Count(timer => timer.IsDelay);
            if (delays + Volatile.Read(ref _held) < running || _armed.Count == 0)
            {
                return null;
            }

            var due = _armed.Min(timer => timer.Due);
            var now = GetUtcNow();
            return due > now ? due - now : TimeSpan.Zero;
        }
    }

    private string Describe()
    {
        lock (_gate)
        {
            var delays = _armed.Count(timer => timer.IsDelay);
            return $"{delays} delays and {_armed.Count - delays} time limits armed, {Volatile.Read(ref _held)} requests held";
        }
    }

    private void Pulse() => Interlocked.Exchange(ref _changed, NewSignal()).TrySetResult();

    /// <summary>One timer of the clock, with its due time while it is armed.</summary>
    private sealed class WatchedTimer : ITimer
    {
        private readonly WatchedClock _clock;
        private TimeSpan _period;

        public WatchedTimer(WatchedClock clock, bool isDelay)
        {
            _clock = clock;
            IsDelay = isDelay;
        }

        /// <summary>Whether a flow awaits this timer (a delay), rather than limiting the work it does.</summary>
        public bool IsDelay { get; }

        public DateTimeOffset Due { get; private set; }

        public ITimer? Inner { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Arm(dueTime, period);
            return Inner!.Change(dueTime, period);
        }

        public void Arm(TimeSpan dueTime, TimeSpan period)
        {
            lock (_clock._gate)
            {
                _period = period;
                if (dueTime == Timeout.InfiniteTimeSpan)
                {
                    _clock._armed.Remove(this);
                }
                else
                {
                    Due = _clock.GetUtcNow() + dueTime;
                    _clock._armed.Add(this);
                }
            }

            _clock.Pulse();
        }

        public void Fired()
        {
            lock (_clock._gate)
            {
                if (_period == Timeout.InfiniteTimeSpan || _period == TimeSpan.Zero)
                {
                    _clock._armed.Remove(this);
                }
                else
                {
                    Due += _period;
                }
            }

            _clock.Pulse();
        }

        public void Dispose()
        {
            Disarm();
            Inner?.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Disarm();
            return Inner?.DisposeAsync() ?? ValueTask.CompletedTask;
        }

        private void Disarm()
        {
            lock (_clock._gate)
            {
                _clock._armed.Remove(this);
            }

            _clock.Pulse();
        }
    }
}
