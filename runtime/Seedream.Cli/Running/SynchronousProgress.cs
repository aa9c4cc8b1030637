using System;

namespace Seedream.Cli.Running;

/// <summary>
/// An <see cref="IProgress{T}"/> that calls its handler at once, on the reporting thread, so reports are seen
/// in order (<see cref="Progress{T}"/> would queue them to the thread pool, where they can overtake each other).
/// </summary>
/// <typeparam name="T">What is reported.</typeparam>
internal sealed class SynchronousProgress<T> : IProgress<T>
{
    private readonly Action<T> _handler;

    /// <summary>Creates the reporter.</summary>
    /// <param name="handler">Called with each report.</param>
    public SynchronousProgress(Action<T> handler)
    {
        _handler = handler;
    }

    /// <inheritdoc />
    public void Report(T value) => _handler(value);
}
