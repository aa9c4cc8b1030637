using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Cli.Connection;
using Seedream.Cli.Output;

namespace Seedream.Cli.Running;

/// <summary>
/// Follows a task to the end with a progress display, saves its images and prints their paths (or the task as JSON); on
/// Ctrl+C stops cleanly, cancelling the task first when asked to and it is still queued.
/// </summary>
internal sealed class TaskFollower
{
    /// <summary>How long cancelling a queued task may take after Ctrl+C, well inside <see cref="InterruptSignal.GracePeriod"/>.</summary>
    private static readonly TimeSpan CancelTimeLimit = TimeSpan.FromMilliseconds(450);

    private readonly ApiConnection _connection;
    private readonly CliOutput _output;
    private readonly TaskWhereabouts _whereabouts;

    /// <summary>Creates a follower.</summary>
    /// <param name="connection">The API the task lives on.</param>
    /// <param name="output">Where progress, paths and messages go.</param>
    /// <param name="whereabouts">Kept up to date with where the task stands.</param>
    public TaskFollower(ApiConnection connection, CliOutput output, TaskWhereabouts whereabouts)
    {
        _connection = connection;
        _output = output;
        _whereabouts = whereabouts;
    }

    /// <summary>Waits for the task, saves its images into <paramref name="folder"/> and prints each saved path, or the task and its saved files as JSON.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="knownStatus">The task's status when the wait begins, when known (the submit's answer).</param>
    /// <param name="wait">How to wait for it.</param>
    /// <param name="folder">The full path of the folder the images are written to; created when missing.</param>
    /// <param name="cancelIfQueued">Whether Ctrl+C cancels the task when it is still queued (the task this command created).</param>
    /// <param name="json">Whether to print the completed task and its saved files as one JSON object (<see cref="TaskJsonWriter"/>) instead of the paths.</param>
    /// <param name="interrupt">Cancelled by Ctrl+C.</param>
    /// <returns>
    /// The exit code: <see cref="ExitCodes.Success"/>; <see cref="ExitCodes.TaskFailed"/> when the task completed without listing any image,
    /// or when some images were not saved (the saved ones are printed first, then one line per image that was not); <see cref="ExitCodes.Cancelled"/> after Ctrl+C.
    /// </returns>
    /// <exception cref="SeedreamException">The wait failed.</exception>
    public async Task<int> FollowAsync(string taskId, SeedreamTaskStatus? knownStatus, WaitForTask wait, string folder, bool cancelIfQueued, bool json, CancellationToken interrupt)
    {
        var lastStatus = knownStatus;
        SeedreamTask? completed = null;
        _whereabouts.Following(taskId, knownStatus);
        IReadOnlyList<SavedImage> saved;
        try
        {
            saved = await TaskProgressDisplay.For(_output).ShowAsync(taskId, async view =>
            {
                var progress = new SynchronousProgress<SeedreamTaskUpdate>(update =>
                {
                    lastStatus = update.Status;
                    _whereabouts.Following(taskId, update.Status);
                    view.Update(update);
                });
                var result = await wait(progress, interrupt).ConfigureAwait(false);
                completed = result.Task;
                _whereabouts.Saving(taskId);
                view.Saving(result.Images.Count);
                return await result.SaveImagesAsync(folder, interrupt).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            await StopAsync(taskId, lastStatus, cancelIfQueued).ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (SeedreamImagesNotSavedException exception)
        {
            PrintSaved(completed!, exception.Saved, json);
            foreach (var line in FailureWording.NotSaved(exception, completed))
            {
                _output.Message(line);
            }

            return FailureReport.ExitCode(exception);
        }

        PrintSaved(completed!, saved, json);
        if (completed!.Images.Count == 0)
        {
            _output.Message($"Task {TerminalText.Escape(taskId)} completed, but the API listed no images for it: nothing was saved.");
            return ExitCodes.TaskFailed;
        }

        return ExitCodes.Success;
    }

    private async Task StopAsync(string taskId, SeedreamTaskStatus? lastStatus, bool cancelIfQueued)
    {
        var id = TerminalText.Escape(taskId);
        if (lastStatus == SeedreamTaskStatus.Completed)
        {
            _output.Message(_connection.UsesEmbeddedEmulator
                ? $"Cancelled while saving the images of task {id}; the built-in emulator stops with this command, so they are gone."
                : $"Cancelled while saving the images of task {id}; `seedream wait {id}` saves them (their links expire after 24 hours).");
            return;
        }

        if (!cancelIfQueued || lastStatus != SeedreamTaskStatus.Queued)
        {
            _output.Message($"Cancelled: stopped waiting for task {id} ({(lastStatus is { } known ? TerminalText.Escape(known.Value) : "status unknown")}); {WhatHappensNext(id)}");
            return;
        }

        _whereabouts.Cancelling(taskId);
        using var limit = new CancellationTokenSource(CancelTimeLimit);
        try
        {
            await _connection.Client.CancelAsync(taskId, limit.Token).ConfigureAwait(false);
            _output.Message($"Cancelled: task {id} was still queued, so it was cancelled and its quota refunded.");
        }
        catch (SeedreamException exception) when (exception.Kind == SeedreamErrorKind.InvalidRequest)
        {
            _output.Message($"Cancelled: stopped waiting for task {id}, which had already started and can no longer be cancelled; {WhatHappensNext(id)}");
        }
        catch (Exception exception) when (exception is SeedreamException or OperationCanceledException)
        {
            var why = exception is SeedreamException failure ? FailureWording.Describe(failure).TrimEnd('.') : "the API did not answer in time";
            _output.Message($"Cancelled: stopped waiting for task {id}, but cancelling it failed ({why}); it may still be queued: `seedream cancel {id}` cancels it.");
        }
    }

    private string WhatHappensNext(string? id) =>
        _connection.UsesEmbeddedEmulator
            ? "the built-in emulator stops with this command, so the task ends here."
            : $"it goes on at the provider: `seedream wait {id}` picks it up and saves its images.";

    private void PrintSaved(SeedreamTask task, IReadOnlyList<SavedImage> images, bool json)
    {
        if (json)
        {
            _output.Result(TaskJsonWriter.Write(task, images));
            return;
        }

        foreach (var image in images)
        {
            _output.Result(image.Path);
        }
    }
}
