using System;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.Cli;

/// <summary>
/// The create requests a command has sent that the API has not answered yet, kept up to date by the command. Each may
/// create, and bill, a task whose id only its answer gives, so after a first Ctrl+C the process does not end while any
/// is in flight (<see cref="InterruptSignal"/> waits, each create ending within <see cref="TimeLimit"/>); a second one
/// cancels <see cref="Abandon"/>: the command gives them up and says, or records, each as unanswered. Thread-safe.
/// </summary>
internal sealed class InFlightCreates
{
    private readonly object _gate = new();
    private readonly CancellationTokenSource _abandon = new();
    private TaskCompletionSource _none = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _count;

    /// <summary>Starts with none in flight.</summary>
    public InFlightCreates()
    {
        _none.SetResult();
    }

    /// <summary>Cancelled by a second Ctrl+C: the command gives up the creates still unanswered.</summary>
    public CancellationToken Abandon => _abandon.Token;

    /// <summary>How long one create may go unanswered before the client gives it up itself (its request time limit).</summary>
    public TimeSpan TimeLimit { get; set; } = new SeedreamClientOptions().RequestTimeout;

    /// <summary>How many creates are in flight now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    /// <summary>Says how many creates are in flight now.</summary>
    /// <param name="count">The number, 0 or more.</param>
    public void Set(int count)
    {
        lock (_gate)
        {
            if (count > 0 && _count == 0)
            {
                _none = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            else if (count == 0 && _count > 0)
            {
                _none.SetResult();
            }

            _count = count;
        }
    }

    /// <summary>Completes once no create is in flight (at once when none is).</summary>
    public Task NoneAsync()
    {
        lock (_gate)
        {
            return _none.Task;
        }
    }

    /// <summary>Cancels <see cref="Abandon"/>.</summary>
    public void GiveUp() => _abandon.Cancel();
}
