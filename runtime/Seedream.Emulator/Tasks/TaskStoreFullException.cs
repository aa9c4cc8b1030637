using System;
using System.Globalization;

namespace Seedream.Emulator;

/// <summary>The emulator holds <see cref="EmulatorOptions.MaxRetainedTasks"/> tasks and none has ended; a create answers 429 until the oldest ends.</summary>
internal sealed class TaskStoreFullException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="held">How many tasks are held.</param>
    /// <param name="untilOldestEnds">How long until the oldest task ends and can give way.</param>
    public TaskStoreFullException(int held, TimeSpan untilOldestEnds)
        : base(string.Create(
            CultureInfo.InvariantCulture,
            $"Too many tasks: the emulator holds {held} (EmulatorOptions.MaxRetainedTasks) and none has finished; retry after the oldest finishes."))
    {
        RetryAfterSeconds = (int)Math.Max(1, Math.Ceiling(untilOldestEnds.TotalSeconds));
    }

    /// <summary>Whole seconds until the oldest task ends, at least 1: the answer's <c>Retry-After</c>.</summary>
    public int RetryAfterSeconds { get; }
}
