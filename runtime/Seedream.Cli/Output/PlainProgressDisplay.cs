using System;
using System.Globalization;
using System.Threading.Tasks;

namespace Seedream.Cli.Output;

/// <summary>
/// Progress as one plain line per change, for logs and pipes: <c>task-…: processing 42%</c>, followed by
/// <c>, about 12 s left</c> when the client estimates the time left; server text escaped.
/// </summary>
internal sealed class PlainProgressDisplay : TaskProgressDisplay
{
    private readonly CliOutput _output;

    /// <summary>Creates the display.</summary>
    /// <param name="output">Where the lines go (standard error).</param>
    public PlainProgressDisplay(CliOutput output)
    {
        _output = output;
    }

    /// <inheritdoc />
    public override Task<T> ShowAsync<T>(string taskId, Func<ITaskProgressView, Task<T>> work) => work(new View(_output, taskId));

    private sealed class View : ITaskProgressView
    {
        private readonly CliOutput _output;
        private readonly string _taskId;

        public View(CliOutput output, string taskId)
        {
            _output = output;
            _taskId = taskId;
        }

        public void Update(SeedreamTaskUpdate update)
        {
            var progress = update.Progress is int percent && update.Status != SeedreamTaskStatus.Queued
                ? " " + percent.ToString(CultureInfo.InvariantCulture) + "%"
                : string.Empty;
            var timeLeft = TimeLeftText.Describe(update.EstimatedTimeLeft) is { } estimate ? ", " + estimate : string.Empty;
            _output.Message($"{TerminalText.Escape(_taskId)}: {(update.Status.Value.Length == 0 ? "unknown status" : TerminalText.Escape(update.Status.Value))}{progress}{timeLeft}");
        }

        public void Saving(int imageCount) => _output.Message($"{TerminalText.Escape(_taskId)}: saving {Images(imageCount)}");
    }

    private static string Images(int count) => count == 1 ? "1 image" : count.ToString(CultureInfo.InvariantCulture) + " images";
}
