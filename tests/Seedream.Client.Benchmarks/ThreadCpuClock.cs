using System.Runtime.InteropServices;
using Perfolizer.Horology;

namespace Seedream.Client.Benchmarks;

/// <summary>
/// Measures the CPU time of the benchmark thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>) instead of wall time,
/// so other processes on a shared machine do not inflate one contender and not another. Every contender's
/// call completes synchronously on the calling thread over the in-memory handler, so its thread time is its CPU cost.
/// </summary>
internal sealed class ThreadCpuClock : IClock
{
    private const int ClockThreadCpuTimeId = 3;

    public string Title => "Thread CPU time";

    public bool IsAvailable => RuntimeInformation.IsOSPlatform(OSPlatform.Linux);

    public Frequency Frequency => Frequency.GHz;

    public long GetTimestamp()
    {
        clock_gettime(ClockThreadCpuTimeId, out var time);
        return (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int clock_gettime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
