using System.Threading;

namespace Seedream.Results;

/// <summary>The bytes a task's images may still write, shared by its concurrent saves (<see cref="SeedreamDownloadOptions.MaxBytesPerTask"/>). Thread-safe.</summary>
internal sealed class ByteBudget
{
    private long _left;

    /// <param name="total">The bytes all saves together may write.</param>
    public ByteBudget(long total)
    {
        Total = total;
        _left = total;
    }

    /// <summary>The bytes all saves together may write.</summary>
    public long Total { get; }

    /// <summary>Takes <paramref name="bytes"/> from what is left; <see langword="false"/> once the budget is overdrawn (and from then on).</summary>
    public bool TryTake(long bytes) => Interlocked.Add(ref _left, -bytes) >= 0;
}
