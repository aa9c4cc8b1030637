using System;

namespace Seedream.Soak.Polling;

/// <summary>How the simulated API reports a running task's progress.</summary>
internal enum ProgressShape
{
    /// <summary>Rises evenly with time: the whole percent of the task's time gone, from 1 to 99.</summary>
    Linear,

    /// <summary>0 for the first half of the task, then 50, then 100 when done.</summary>
    Steps,

    /// <summary>0 until the task is done.</summary>
    None,
}

/// <summary>The progress each <see cref="ProgressShape"/> reports.</summary>
internal static class ProgressShapes
{
    /// <summary>The progress a running task of <paramref name="duration"/> reports <paramref name="elapsed"/> after its create.</summary>
    public static int Progress(this ProgressShape shape, TimeSpan elapsed, TimeSpan duration) => shape switch
    {
        ProgressShape.Linear => (int)Math.Clamp(100 * elapsed.Ticks / duration.Ticks, 1, 99),
        ProgressShape.Steps => elapsed.Ticks * 2 >= duration.Ticks ? 50 : 0,
        _ => 0,
    };

    /// <summary>The name the tables print.</summary>
    public static string Describe(this ProgressShape shape) => shape switch
    {
        ProgressShape.Linear => "linear",
        ProgressShape.Steps => "steps 0/50/100",
        _ => "none until done",
    };
}
