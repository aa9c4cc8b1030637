using System.Collections.Generic;
using System.Threading;

namespace Seedream.Soak.Soak;

/// <summary>
/// One call of <see cref="SeedreamClient.SubmitAsync"/>: every POST the client put on the wire for it,
/// with how each ended. Found by the wire ledger through an <see cref="AsyncLocal{T}"/>, so requests are
/// attributed to the call that made them even when a thousand run at once.
/// </summary>
internal sealed class SubmitAttempt
{
    private static readonly AsyncLocal<SubmitAttempt?> CurrentAttempt = new();
    private readonly List<WireOutcome> _outcomes = new();

    public SubmitAttempt(int task) => Task = task;

    public static SubmitAttempt? Current
    {
        get => CurrentAttempt.Value;
        set => CurrentAttempt.Value = value;
    }

    /// <summary>The logical task (0-based) the call was for.</summary>
    public int Task { get; }

    public IReadOnlyList<WireOutcome> Outcomes
    {
        get
        {
            lock (_outcomes)
            {
                return _outcomes.ToArray();
            }
        }
    }

    public void Record(WireOutcome outcome)
    {
        lock (_outcomes)
        {
            _outcomes.Add(outcome);
        }
    }
}
