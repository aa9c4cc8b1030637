using System.Threading;

namespace Seedream.Emulator;

/// <summary>The images the key may still generate (<see cref="EmulatorOptions.Quota"/>); each task costs its <c>n</c>.</summary>
internal sealed class QuotaLedger
{
    private readonly Lock _gate = new();
    private long? _remaining;

    /// <summary>Creates a ledger.</summary>
    /// <param name="quota">The starting quota, or <see langword="null"/> for unlimited.</param>
    public QuotaLedger(long? quota) => _remaining = quota;

    /// <summary>What is left, or <see langword="null"/> when unlimited.</summary>
    public long? Remaining
    {
        get
        {
            lock (_gate)
            {
                return _remaining;
            }
        }
    }

    /// <summary>Takes <paramref name="cost"/> from the quota if enough is left.</summary>
    /// <param name="cost">The images the task will generate.</param>
    /// <returns>Whether the charge was made.</returns>
    public bool TryCharge(long cost)
    {
        lock (_gate)
        {
            if (_remaining is long left)
            {
                if (left < cost)
                {
                    return false;
                }

                _remaining = left - cost;
            }

            return true;
        }
    }

    /// <summary>Gives <paramref name="amount"/> back (a cancelled task is refunded).</summary>
    /// <param name="amount">The images refunded.</param>
    public void Refund(long amount)
    {
        lock (_gate)
        {
            if (_remaining is long left)
            {
                _remaining = left + amount;
            }
        }
    }
}
