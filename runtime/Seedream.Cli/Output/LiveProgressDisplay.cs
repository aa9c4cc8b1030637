using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Seedream.Cli.Output;

/// <summary>
/// Progress as a live Spectre.Console bar on the terminal (standard error), fitted to the terminal's width:
/// task id, status, bar, percentage, elapsed time and spinner when there is room; status, a shorter bar and
/// percentage on a medium terminal; below <see cref="NarrowWidth"/> columns, status and percentage only. From
/// <see cref="NarrowWidth"/> columns on, the status is followed by the estimated time left when the client has one
/// (<c>processing, about 12 s left</c>).
/// </summary>
internal sealed class LiveProgressDisplay : TaskProgressDisplay
{
    /// <summary>Below this many columns the bar is left out.</summary>
    public const int NarrowWidth = 60;

    /// <summary>From this many columns on, the task id is shown beside its status.</summary>
    private const int WideWidth = 110;

    /// <summary>Columns kept free of the bar on a medium terminal: status, time left, percentage, elapsed time, spinner.</summary>
    private const int MediumDescription = 50;

    /// <summary>Columns kept free of the bar on a wide terminal: as <see cref="MediumDescription"/>, plus the task id.</summary>
    private const int WideDescription = 80;

    private readonly IAnsiConsole _console;
    private readonly int _width;

    /// <summary>Creates the display.</summary>
    /// <param name="output">Its <see cref="CliOutput.Messages"/> writer is the terminal the bar is drawn on.</param>
    public LiveProgressDisplay(CliOutput output)
    {
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output.Messages),
            Interactive = InteractionSupport.Yes,
        });
        _width = _console.Profile.Width;
    }

    /// <inheritdoc />
    public override Task<T> ShowAsync<T>(string taskId, Func<ITaskProgressView, Task<T>> work)
    {
        var withId = _width >= WideWidth;
        return _console.Progress()
            .AutoClear(false)
            .Columns(Columns(_width, withId))
            .StartAsync(context =>
            {
                var task = context.AddTask(Describe(withId ? taskId : null, "waiting"), maxValue: 100);
                return work(new View(task, withId ? taskId : null, _width >= NarrowWidth));
            });
    }

    private static ProgressColumn[] Columns(int width, bool withId)
    {
        var columns = new List<ProgressColumn> { new TaskDescriptionColumn { Alignment = Justify.Left } };
        if (width >= NarrowWidth)
        {
            columns.Add(new ProgressBarColumn { Width = Math.Clamp(width - (withId ? WideDescription : MediumDescription), 10, 40) });
        }

        columns.Add(new PercentageColumn());
        if (width >= NarrowWidth)
        {
            columns.Add(new ElapsedTimeColumn());
        }

        columns.Add(new SpinnerColumn());
        return columns.ToArray();
    }

    private static string Describe(string? taskId, string what) =>
        Markup.Escape(TerminalText.Escape(taskId is null ? what : $"{taskId} {what}")!);

    private sealed class View : ITaskProgressView
    {
        private readonly ProgressTask _task;
        private readonly string? _taskId;
        private readonly bool _withTimeLeft;

        public View(ProgressTask task, string? taskId, bool withTimeLeft)
        {
            _task = task;
            _taskId = taskId;
            _withTimeLeft = withTimeLeft;
        }

        public void Update(SeedreamTaskUpdate update)
        {
            var status = update.Status.Value.Length == 0 ? "unknown status" : update.Status.Value;
            var timeLeft = _withTimeLeft ? TimeLeftText.Describe(update.EstimatedTimeLeft) : null;
            _task.Description = Describe(_taskId, timeLeft is null ? status : status + ", " + timeLeft);
            if (update.Progress is int percent)
            {
                _task.Value = percent;
            }
        }

        public void Saving(int imageCount)
        {
            _task.Description = Describe(_taskId, "saving " + (imageCount == 1 ? "1 image" : imageCount.ToString(CultureInfo.InvariantCulture) + " images"));
            _task.Value = _task.MaxValue;
        }
    }
}
