using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Cli.Connection;
using Seedream.Cli.Output;

namespace Seedream.Cli.Running;

/// <summary>
/// Follows a task to the end with a progress display, saves its images and prints their paths (or records the task and
/// its files for the JSON document); stops at the command's deadline; on Ctrl+C stops cleanly, cancelling the task first
/// when asked to and it is still queued.
/// </summary>
internal sealed class TaskFollower
{
    private readonly ApiConnection _connection;
    private readonly CliOutput _output;
    private readonly TaskWhereabouts _whereabouts;
    private readonly JsonResult _result;

    /// <summary>Creates a follower.</summary>
    /// <param name="connection">The API the task lives on.</param>
    /// <param name="output">Where progress, paths and messages go.</param>
    /// <param name="whereabouts">Kept up to date with where the task stands.</param>
    /// <param name="result">Kept up to date with the task, its saved files and why the command ends, for <c>--json</c>.</param>
    public TaskFollower(ApiConnection connection, CliOutput output, TaskWhereabouts whereabouts, JsonResult result)
    {
        _connection = connection;
        _output = output;
        _whereabouts = whereabouts;
        _result = result;
    }

    /// <summary>Waits for the task, saves its images into <paramref name="folder"/> and prints each saved path (without <c>--json</c>).</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="knownStatus">The task's status when the wait begins, when known (the submit's answer).</param>
    /// <param name="wait">How to wait for it.</param>
    /// <param name="folder">The full path of the folder the images are written to; created when missing.</param>
    /// <param name="cancelIfQueued">Whether Ctrl+C cancels the task when it is still queued (the task this command created).</param>
    /// <param name="deadline">The command's <c>--timeout</c>, which the wait and the saving end at.</param>
    /// <param name="interrupt">Cancelled by Ctrl+C.</param>
    /// <returns>
    /// The exit code: <see cref="ExitCodes.Success"/>; <see cref="ExitCodes.TaskFailed"/> when the task completed without listing any image,
    /// or when some images were not saved (the saved ones are printed first, then one line per image that was not); <see cref="ExitCodes.Timeout"/> when the deadline passed while the images were being saved; <see cref="ExitCodes.Cancelled"/> after Ctrl+C.
    /// </returns>
    /// <exception cref="SeedreamWaitTimeoutException">The deadline passed before the task finished.</exception>
    /// <exception cref="SeedreamException">The wait failed.</exception>
    public async Task<int> FollowAsync(string taskId, SeedreamTaskStatus? knownStatus, WaitForTask wait, string folder, bool cancelIfQueued, CommandDeadline deadline, CancellationToken interrupt)
    {
        var lastStatus = knownStatus;
        int? lastProgress = null;
        SeedreamTask? completed = null;
        _whereabouts.Following(taskId, knownStatus);
        _result.Task(taskId);
        IReadOnlyList<SavedImage> saved;
        using var stop = deadline.Or(interrupt);
        try
        {
            saved = await TaskProgressDisplay.For(_output).ShowAsync(taskId, async view =>
            {
                var progress = new SynchronousProgress<SeedreamTaskUpdate>(update =>
                {
                    lastStatus = update.Status;
                    lastProgress = update.Progress;
                    _whereabouts.Following(taskId, update.Status);
                    _result.Seen(update.Task);
                    view.Update(update);
                });
                var result = await wait(progress, stop.Token).ConfigureAwait(false);
                completed = result.Task;
                _result.Seen(result.Task);
                _whereabouts.Saving(taskId);
                view.Saving(result.Images.Count);
                return await result.SaveImagesAsync(folder, stop.Token).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            await StopAsync(taskId, lastStatus, cancelIfQueued).ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (OperationCanceledException) when (deadline.HasPassed && completed is null)
        {
            // The same failure as the client's own wait deadline, which the command's deadline comes before.
            throw new SeedreamWaitTimeoutException(
                $"Task {taskId} did not finish within {Duration.Describe(deadline.Limit)} (--timeout).", taskId, deadline.Limit, lastStatus, lastProgress);
        }
        catch (OperationCanceledException) when (deadline.HasPassed)
        {
            var id = TerminalText.Escape(taskId);
            _result.Fail(
                JsonError.ImageNotSaved,
                $"Task {id} completed, but its images were not all saved within {Duration.Describe(deadline.Limit)} (--timeout); " +
                (_connection.UsesEmbeddedEmulator
                    ? "the built-in emulator stops with this command, so they are gone."
                    : $"`seedream wait {id}` saves them (their links expire after 24 hours)."));
            return ExitCodes.Timeout;
        }
        catch (SeedreamImagesNotSavedException exception)
        {
            PrintSaved(exception.Saved);
            return _result.Report(
                words =>
                {
                    foreach (var line in FailureWording.NotSaved(exception, completed))
                    {
                        words.Message(line);
                    }

                    return FailureReport.ExitCode(exception);
                },
                JsonError.Of(exception.Kind),
                exception);
        }

        PrintSaved(saved);
        if (completed!.Images.Count == 0)
        {
            _result.Fail(JsonError.TaskFailed, $"Task {TerminalText.Escape(taskId)} completed, but the API listed no images for it: nothing was saved.");
            return ExitCodes.TaskFailed;
        }

        return ExitCodes.Success;
    }

    private async Task StopAsync(string taskId, SeedreamTaskStatus? lastStatus, bool cancelIfQueued)
    {
        var id = TerminalText.Escape(taskId);
        if (lastStatus == SeedreamTaskStatus.Completed)
        {
            _result.Fail(JsonError.Interrupted, _connection.UsesEmbeddedEmulator
                ? $"Cancelled while saving the images of task {id}; the built-in emulator stops with this command, so they are gone."
                : $"Cancelled while saving the images of task {id}; `seedream wait {id}` saves them (their links expire after 24 hours).");
            return;
        }

        if (!cancelIfQueued || lastStatus != SeedreamTaskStatus.Queued)
        {
            _result.Fail(JsonError.Interrupted, $"Cancelled: stopped waiting for task {id} ({(lastStatus is { } known && !string.IsNullOrWhiteSpace(known.Value) ? TerminalText.Escape(known.Value) : "status unknown")}); {WhatHappensNext(id)}");
            return;
        }

        _whereabouts.Cancelling(taskId);
        using var limit = new CancellationTokenSource(StopGrace.CancelLimit);
        try
        {
            await _connection.Client.CancelAsync(taskId, limit.Token).ConfigureAwait(false);
            _result.Fail(JsonError.Interrupted, $"Cancelled: task {id} was still queued, so it was cancelled and its quota refunded.");
        }
        catch (SeedreamException exception) when (exception.Kind == SeedreamErrorKind.InvalidRequest)
        {
            _result.Fail(JsonError.Interrupted, $"Cancelled: stopped waiting for task {id}, which had already started and can no longer be cancelled; {WhatHappensNext(id)}");
        }
        catch (Exception exception) when (exception is SeedreamException or OperationCanceledException)
        {
            var why = exception is SeedreamException failure ? FailureWording.Describe(failure).TrimEnd('.') : "the API did not answer in time";
            _result.Fail(JsonError.Interrupted, $"Cancelled: stopped waiting for task {id}, but cancelling it failed ({why}); it may still be queued: `seedream cancel {id}` cancels it.");
        }
    }

    private string WhatHappensNext(string? id) =>
        _connection.UsesEmbeddedEmulator
            ? "the built-in emulator stops with this command, so the task ends here."
            : $"it goes on at the provider: `seedream wait {id}` picks it up and saves its images.";

    private void PrintSaved(IReadOnlyList<SavedImage> images)
    {
        _result.Saved(images);
        if (_result.Requested)
        {
            return;
        }

        foreach (var image in images)
        {
            _output.Result(image.Path);
        }
    }
}
