using System;
using System.Globalization;
using System.Threading.Tasks;
using Spectre.Console;

namespace Seedream.Cli.Output;

/// <summary>Progress as a live Spectre.Console bar on the terminal (standard error): status, bar, percentage, elapsed time.</summary>
internal sealed class LiveProgressDisplay : TaskProgressDisplay
{
    private readonly IAnsiConsole _console;

    /// <summary>Creates the display.</summary>
    /// <param name="output">Its <see cref="CliOutput.Messages"/> writer is the terminal the bar is drawn on.</param>
    public LiveProgressDisplay(CliOutput output)
    {
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output.Messages),
            Interactive = InteractionSupport.Yes,
        });
    }

    /// <inheritdoc />
    public override Task<T> ShowAsync<T>(string taskId, Func<ITaskProgressView, Task<T>> work) =>
        _console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(context =>
            {
                var task = context.AddTask(Describe(taskId, "waiting"), maxValue: 100);
                return work(new View(task, taskId));
            });

    private static string Describe(string taskId, string what) => Markup.Escape($"{taskId} {what}");

    private sealed class View : ITaskProgressView
    {
        private readonly ProgressTask _task;
        private readonly string _taskId;

        public View(ProgressTask task, string taskId)
        {
            _task = task;
            _taskId = taskId;
        }

        public void Update(SeedreamTaskUpdate update)
        {
            _task.Description = Describe(_taskId, update.Status.Value.Length == 0 ? "unknown status" : update.Status.Value);
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
