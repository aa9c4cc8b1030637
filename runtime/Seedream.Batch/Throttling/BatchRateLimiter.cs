using System;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.Batch.Throttling;

/// <summary>
/// The one limiter every request of a batch passes through. A 429 (or 503) closes it until the answer's
/// <c>Retry-After</c> has passed (or, without one, a wait that doubles from 1 s up to 30 s while the refusals go
/// on), and afterwards admits requests one at a time at a spacing: 100 ms after the first refusal, doubled by
/// each further one up to 2 s, and shrunk by a quarter by every answer that is not a refusal, so the whole batch
/// slows down together instead of each job retrying on its own, and speeds up again as the refusals stop. Thread-safe.
/// </summary>
public sealed class BatchRateLimiter
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan FirstSpacing = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxSpacing = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MinSpacing = TimeSpan.FromMilliseconds(5);

    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private DateTimeOffset _nextSlot = DateTimeOffset.MinValue;
    private TimeSpan _spacing = TimeSpan.Zero;
    private TimeSpan _backoff = FirstBackoff;
    private long _throttles;

    /// <summary>Creates an open limiter.</summary>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when omitted.</param>
    public BatchRateLimiter(TimeProvider? timeProvider = null)
    {
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>How many refusals (429/503) the batch has met so far.</summary>
    public long Throttles => Interlocked.Read(ref _throttles);

    /// <summary>The spacing now kept between requests; zero when the batch runs at full speed.</summary>
    public TimeSpan Spacing
    {
        get
        {
            lock (_gate)
            {
                return _spacing;
            }
        }
    }

    /// <summary>Waits until the next request may go.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task WaitAsync(CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var slot = _nextSlot > now ? _nextSlot : now;
            _nextSlot = slot + _spacing;
            wait = slot - now;
        }

        return wait <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, _time, cancellationToken);
    }

    /// <summary>Records a refusal: closes the limiter for <paramref name="retryAfter"/> (or the growing backoff) and spaces later requests.</summary>
    /// <param name="retryAfter">The answer's <c>Retry-After</c>, when it had one.</param>
    public void OnThrottled(TimeSpan? retryAfter)
    {
        Interlocked.Increment(ref _throttles);
        lock (_gate)
        {
            var pause = retryAfter is TimeSpan asked && asked > TimeSpan.Zero ? asked : _backoff;
            _backoff = TimeSpan.FromTicks(Math.Min(_backoff.Ticks * 2, MaxBackoff.Ticks));
            var reopen = _time.GetUtcNow() + pause;
            if (reopen > _nextSlot)
            {
                _nextSlot = reopen;
            }

            _spacing = _spacing < FirstSpacing ? FirstSpacing : TimeSpan.FromTicks(Math.Min(_spacing.Ticks * 2, MaxSpacing.Ticks));
        }
    }

    /// <summary>Records an answer that was not a refusal: the spacing shrinks by a quarter, to none below 5 ms.</summary>
    public void OnAnswered()
    {
        lock (_gate)
        {
            _backoff = FirstBackoff;
            var shrunk = _spacing.Ticks * 3 / 4;
            _spacing = shrunk < MinSpacing.Ticks ? TimeSpan.Zero : TimeSpan.FromTicks(shrunk);
        }
    }
}
