using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Cli.Connection;
using Seedream.Cli.Output;

namespace Seedream.Cli.Running;

/// <summary>
/// Follows a task to the end with a progress display, saves its images and prints their paths; on
/// Ctrl+C stops cleanly, cancelling the task first when asked to and it is still queued.
/// </summary>
internal sealed class TaskFollower
{
    private static readonly TimeSpan CancelTimeLimit = TimeSpan.FromSeconds(10);

    private readonly ApiConnection _connection;
    private readonly CliOutput _output;

    /// <summary>Creates a follower.</summary>
    /// <param name="connection">The API the task lives on.</param>
    /// <param name="output">Where progress, paths and messages go.</param>
    public TaskFollower(ApiConnection connection, CliOutput output)
    {
        _connection = connection;
        _output = output;
    }

    /// <summary>Waits for the task, saves its images into <paramref name="directory"/> and prints each saved path.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="knownStatus">The task's status when the wait begins, when known (the submit's answer).</param>
    /// <param name="wait">How to wait for it.</param>
    /// <param name="directory">Where the images are written; created when missing.</param>
    /// <param name="cancelIfQueued">Whether Ctrl+C cancels the task when it is still queued (the task this command created).</param>
    /// <param name="interrupt">Cancelled by Ctrl+C.</param>
    /// <returns>The exit code: <see cref="ExitCodes.Success"/>, or <see cref="ExitCodes.Cancelled"/> after Ctrl+C.</returns>
    /// <exception cref="SeedreamException">The wait or the saving failed; images saved before the failure are printed first.</exception>
    public async Task<int> FollowAsync(string taskId, SeedreamTaskStatus? knownStatus, WaitForTask wait, string directory, bool cancelIfQueued, CancellationToken interrupt)
    {
        var lastStatus = knownStatus;
        var fullDirectory = Path.GetFullPath(directory);
        IReadOnlyList<SavedImage> saved;
        try
        {
            saved = await TaskProgressDisplay.For(_output).ShowAsync(taskId, async view =>
            {
                var progress = new SynchronousProgress<SeedreamTaskUpdate>(update =>
                {
                    lastStatus = update.Status;
                    view.Update(update);
                });
                var result = await wait(progress, interrupt).ConfigureAwait(false);
                view.Saving(result.Images.Count);
                return await result.SaveImagesAsync(fullDirectory, interrupt).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            await StopAsync(taskId, lastStatus, cancelIfQueued).ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (SeedreamImagesNotSavedException exception)
        {
            PrintPaths(exception.Saved);
            throw;
        }

        PrintPaths(saved);
        return ExitCodes.Success;
    }

    private async Task StopAsync(string taskId, SeedreamTaskStatus? lastStatus, bool cancelIfQueued)
    {
        if (lastStatus == SeedreamTaskStatus.Completed)
        {
            _output.Message(_connection.UsesEmbeddedEmulator
                ? $"Cancelled while saving the images of task {taskId}; the built-in emulator stops with this command, so they are gone."
                : $"Cancelled while saving the images of task {taskId}; `seedream wait {taskId}` saves them (their links expire after 24 hours).");
            return;
        }

        if (!cancelIfQueued || lastStatus != SeedreamTaskStatus.Queued)
        {
            _output.Message($"Cancelled: stopped waiting for task {taskId} ({(lastStatus is { } known ? known.Value : "status unknown")}); {WhatHappensNext(taskId)}");
            return;
        }

        using var limit = new CancellationTokenSource(CancelTimeLimit);
        try
        {
            await _connection.Client.CancelAsync(taskId, limit.Token).ConfigureAwait(false);
            _output.Message($"Cancelled: task {taskId} was still queued, so it was cancelled and its quota refunded.");
        }
        catch (SeedreamInvalidRequestException)
        {
            _output.Message($"Cancelled: stopped waiting for task {taskId}, which had already started and can no longer be cancelled; {WhatHappensNext(taskId)}");
        }
        catch (Exception exception) when (exception is SeedreamException or OperationCanceledException)
        {
            _output.Message($"Cancelled: stopped waiting for task {taskId}, but cancelling it failed ({exception.Message}); {WhatHappensNext(taskId)}");
        }
    }

    private string WhatHappensNext(string taskId) =>
        _connection.UsesEmbeddedEmulator
            ? "the built-in emulator stops with this command, so the task ends here."
            : $"it goes on at the provider: `seedream wait {taskId}` picks it up and saves its images.";

    private void PrintPaths(IReadOnlyList<SavedImage> images)
    {
        foreach (var image in images)
        {
            _output.Result(image.Path);
        }
    }
}
