using System;

namespace Seedream.Polling;

/// <summary>A shared source of jitter for polling and retry waits, safe to call from any thread.</summary>
internal static class ThreadSafeRandom
{
    private static readonly Random Source = new Random();

    public static double NextDouble()
    {
        lock (Source)
        {
            return Source.NextDouble();
        }
    }
}
