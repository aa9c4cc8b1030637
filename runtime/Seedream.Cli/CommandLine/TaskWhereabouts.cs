namespace Seedream.Cli;

/// <summary>
/// Where the command's task stands, kept up to date by the command so that a forced stop (a second
/// Ctrl+C, or a first one the command did not finish within its grace period) can say whether the
/// task may still be queued or running. Says nothing about tasks unless the command said where they stand.
/// Safe to read from the signal handler's thread.
/// </summary>
internal sealed class TaskWhereabouts
{
    private readonly object _gate = new();
    private TaskPhase _phase;
    private string? _taskId;
    private string? _status;
    private string? _ledger;
    private bool _embedded;

    /// <summary>The command is talking to the built-in emulator, which stops with the process.</summary>
    public void UsingEmbeddedEmulator()
    {
        lock (_gate)
        {
            _embedded = true;
        }
    }

    /// <summary>The command has sent no create yet: no task of it exists.</summary>
    public void NothingSubmitted() => Set(TaskPhase.NothingSubmitted, null, null);

    /// <summary>The command runs a batch whose every step is recorded in <paramref name="ledger"/>.</summary>
    /// <param name="ledger">The ledger's full path.</param>
    public void RunningBatch(string ledger)
    {
        lock (_gate)
        {
            _ledger = ledger;
            _phase = TaskPhase.RunningBatch;
        }
    }

    /// <summary>A create is on its way: a task may exist without an id yet.</summary>
    public void Submitting() => Set(TaskPhase.Submitting, null, null);

    /// <summary>The command follows <paramref name="taskId"/>, last seen in <paramref name="status"/>.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="status">Its last known status, or <see langword="null"/>.</param>
    public void Following(string taskId, SeedreamTaskStatus? status) => Set(TaskPhase.Following, taskId, status?.Value);

    /// <summary>The task completed and its images are being saved.</summary>
    /// <param name="taskId">The task.</param>
    public void Saving(string taskId) => Set(TaskPhase.Saving, taskId, null);

    /// <summary>The command is cancelling its queued task.</summary>
    /// <param name="taskId">The task.</param>
    public void Cancelling(string taskId) => Set(TaskPhase.Cancelling, taskId, null);

    /// <summary>What a forced stop leaves behind, in one sentence.</summary>
    public string Describe()
    {
        lock (_gate)
        {
            var id = Output.TerminalText.Escape(_taskId);
            if (_embedded)
            {
                return "Nothing goes on: the built-in emulator stops with this command.";
            }

            return _phase switch
            {
                TaskPhase.Submitting => "The submit had not been answered: a task may have been created and may be queued or running (it would show among your provider's tasks).",
                TaskPhase.Following => $"Task {id} may still be queued or running (last seen: {(string.IsNullOrWhiteSpace(_status) ? "status unknown" : Output.TerminalText.Escape(_status))}): `seedream wait {id}` picks it up; `seedream cancel {id}` cancels it while it is queued.",
                TaskPhase.Saving => $"Task {id} has completed but its images were not all saved: `seedream wait {id}` saves them (their links expire after 24 hours).",
                TaskPhase.Cancelling => $"Task {id} may still be queued: cancelling it had not finished. `seedream cancel {id}` cancels it while it is queued.",
                TaskPhase.NothingSubmitted => "No task was created by this command.",
                TaskPhase.RunningBatch =>
                    $"{_ledger} holds every job's last recorded state; a job whose create request was still unanswered is recorded as submitting, " +
                    "and the next run marks it ambiguous (its task may exist, and be billed). Run the same command again to resume.",
                _ => string.Empty,
            };
        }
    }

    private void Set(TaskPhase phase, string? taskId, string? status)
    {
        lock (_gate)
        {
            _phase = phase;
            _taskId = taskId ?? _taskId;
            _status = status;
        }
    }

    private enum TaskPhase
    {
        None,
        NothingSubmitted,
        RunningBatch,
        Submitting,
        Following,
        Saving,
        Cancelling,
    }
}
