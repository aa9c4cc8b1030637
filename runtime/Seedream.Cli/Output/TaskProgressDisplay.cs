using System;
using System.Threading.Tasks;

namespace Seedream.Cli.Output;

/// <summary>Shows a task's way to the end: a live bar on a terminal, plain lines when standard error is redirected.</summary>
internal abstract class TaskProgressDisplay
{
    /// <summary>The display that fits <paramref name="output"/>.</summary>
    /// <param name="output">Where progress goes (standard error).</param>
    public static TaskProgressDisplay For(CliOutput output) =>
        output.MessagesOnTerminal ? new LiveProgressDisplay(output) : new PlainProgressDisplay(output);

    /// <summary>Runs <paramref name="work"/> while showing the progress it reports; the display is gone when this returns or throws.</summary>
    /// <typeparam name="T">What the work produces.</typeparam>
    /// <param name="taskId">The task being followed.</param>
    /// <param name="work">The wait and save, reporting into the view it is given.</param>
    public abstract Task<T> ShowAsync<T>(string taskId, Func<ITaskProgressView, Task<T>> work);
}
