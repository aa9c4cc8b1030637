using System;
using System.Diagnostics;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace Seedream.Fuzz.Tests.Client;

/// <summary>
/// Moves a fake clock forward until an operation ends. While the operation only talks to the scripted
/// handler (which answers at once) the clock may move after every yield; while it writes files
/// (<see cref="Patient"/>), the clock moves only every few hundred yields, so real I/O never looks
/// like a time-out on the fake clock.
/// </summary>
internal sealed class ClockDriver
{
    private const int PatientYields = 300;
    private readonly FakeTimeProvider _clock;
    private readonly TimeSpan _step;

    public ClockDriver(FakeTimeProvider clock, TimeSpan step)
    {
        _clock = clock;
        _step = step;
    }

    /// <summary>Set while the operation does real I/O.</summary>
    public bool Patient { get; set; }

    /// <summary>
    /// Drives the clock until <paramref name="run"/> ends or <paramref name="wallLimit"/> passes in real
    /// time. The fake clock has no limit of its own: under load the operation's next timer may be set
    /// only after many steps, and it must still fire (the client's own deadlines end every wait).
    /// </summary>
    /// <returns>Whether <paramref name="run"/> ended.</returns>
    public async Task<bool> DriveAsync(Task run, TimeSpan wallLimit)
    {
        var wall = Stopwatch.StartNew();
        var yields = 0;
        while (!run.IsCompleted && wall.Elapsed < wallLimit)
        {
            await Task.Yield();
            yields++;
            if (!run.IsCompleted && (!Patient || yields % PatientYields == 0))
            {
                _clock.Advance(_step);
            }
        }

        return run.IsCompleted;
    }
}
