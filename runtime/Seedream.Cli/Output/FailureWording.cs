using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Seedream.Cli.Connection;

namespace Seedream.Cli.Output;

/// <summary>
/// The CLI's own words for a failure of the client, made from the error's data (<see cref="SeedreamException.Kind"/>, the
/// status, the API's code and message, the task id, <c>Retry-After</c>, an image's <see cref="SeedreamImageSaveException.Reason"/>)
/// and never from its message, which is the library's and names what a CLI user does not control. It speaks of the
/// environment variables, options and commands the user has (<c>SEEDREAM_API_KEY</c>, <c>--timeout</c>,
/// <c>seedream wait &lt;id&gt;</c>); text from the server is escaped.
/// </summary>
internal static class FailureWording
{
    /// <summary>What went wrong and what to do about it, in one sentence or two.</summary>
    /// <param name="failure">The client's error.</param>
    public static string Describe(SeedreamException failure)
    {
        if (failure.MayHaveCreatedTask)
        {
            return MayHaveCreated(failure);
        }

        var said = Said(failure);
        return failure.Kind switch
        {
            // The kinds whose exception types carry more data (the task's status, the images) read it from there.
            SeedreamErrorKind.TaskFailed when failure is SeedreamTaskFailedException failed => TaskFailed(failed),
            SeedreamErrorKind.WaitTimeout when failure is SeedreamWaitTimeoutException timedOut => WaitTimedOut(timedOut),
            SeedreamErrorKind.ImageNotSaved when failure is SeedreamImagesNotSavedException notSaved => string.Join(Environment.NewLine, NotSaved(notSaved, null)),
            SeedreamErrorKind.ImageNotSaved when failure is SeedreamImageSaveException image => $"Image {image.ImageIndex + 1} of task {TerminalText.Escape(image.TaskId)} was not saved: {ImageReason(image, null)}",
            SeedreamErrorKind.InvalidRequest when failure.StatusCode == 413 => $"The API refused the request as too large{said}: send reference images as links rather than files or data, or fewer of them.",
            SeedreamErrorKind.InvalidRequest => $"The API refused the request as invalid{said}; sending it again as it is would fail again.",
            SeedreamErrorKind.Authentication => $"The API refused the key{said}: set {ApiConnection.ApiKeyVariable} to a valid API key.",
            SeedreamErrorKind.InsufficientBalance => $"The API refused the request: the account's balance is insufficient{said}. Top up, then try again.",
            SeedreamErrorKind.RateLimited => $"The API is limiting the rate of requests{said}{AskedToWait(failure)}. Try again later.",
            SeedreamErrorKind.NotFound => NotFound(failure, said),
            SeedreamErrorKind.Server => $"The API failed with a server error{said}. Try again later.",
            SeedreamErrorKind.InvalidResponse when failure.StatusCode is >= 300 and < 400 =>
                $"The API answered a redirect{said}, which the CLI does not follow: check {ApiConnection.BaseUrlVariable}.",
            SeedreamErrorKind.InvalidResponse =>
                $"The API's answer{said} could not be used: it was not the task the API documents, or it was too large. Try again later; if it persists, check {ApiConnection.BaseUrlVariable}.",
            SeedreamErrorKind.Network => $"Could not reach the API{Cause(failure)}. Check the network and {ApiConnection.BaseUrlVariable}.",
            SeedreamErrorKind.RequestTimeout when failure.StatusCode == 408 => "The API gave up waiting for the request (HTTP 408). Try again later.",
            SeedreamErrorKind.RequestTimeout => $"The API did not answer{Within(failure)}. Try again later.",
            _ => $"The request failed{said}.",
        };
    }

    /// <summary>The lines that report the images of a task that were not saved: a first line, then one per image, numbered from 1.</summary>
    /// <param name="failure">The client's error.</param>
    /// <param name="task">The completed task, when at hand: an image the API reported an error for is described with that error.</param>
    public static IEnumerable<string> NotSaved(SeedreamImagesNotSavedException failure, SeedreamTask? task)
    {
        var id = TerminalText.Escape(failure.TaskId);
        if (failure.Failures.Any(f => f.ImageIndex == SeedreamImageSaveException.WholeSet))
        {
            var listed = task is null ? "more images than" : $"{task.Images.Count.ToString(CultureInfo.InvariantCulture)} images, over";
            yield return $"Task {id} lists {listed} the limit of {ApiConnection.DownloadLimits.MaxImagesPerTask.ToString(CultureInfo.InvariantCulture)} the CLI saves from one task; none were saved.";
            yield break;
        }

        yield return $"{failure.Failures.Count} of {failure.Saved.Count + failure.Failures.Count} images of task {id} were not saved:";
        foreach (var image in failure.Failures.OrderBy(f => f.ImageIndex))
        {
            yield return $"- image {(image.ImageIndex + 1).ToString(CultureInfo.InvariantCulture)}: {ImageReason(image, task)}";
        }
    }

    private static string MayHaveCreated(SeedreamException failure)
    {
        var said = Said(failure);
        var what = failure.Kind switch
        {
            SeedreamErrorKind.Network => "the connection broke before the answer came",
            SeedreamErrorKind.RequestTimeout => "no answer came" + Within(failure),
            SeedreamErrorKind.InvalidResponse when failure.StatusCode is >= 300 and < 400 => "the API answered a redirect" + said,
            SeedreamErrorKind.InvalidResponse => "the API's answer" + said + " could not be used",
            _ => "the API failed" + said,
        };
        var next = failure.TaskId is { } id
            ? $"The API named task {TerminalText.Escape(id)}: `seedream wait {TerminalText.Escape(id)}` follows it."
            : "Check for the task before running the command again.";
        return $"The request may have reached the server and created a task ({what}), so it was not sent again: that could create and bill a second task. {next}";
    }

    private static string NotFound(SeedreamException failure, string said)
    {
        var task = failure.TaskId is { } id ? " " + TerminalText.Escape(id) : string.Empty;
        var text = $"The API has no such task{task}{said}, or it belongs to another API key.";
        return ApiConnection.EmbeddedEmulatorSelected
            ? $"{text} No {ApiConnection.ApiKeyVariable} is set, so this command used a built-in emulator that started empty: " +
              $"to follow tasks across commands, run `seedream emulator` and set {ApiConnection.ApiKeyVariable} and {ApiConnection.BaseUrlVariable} as it says."
            : text;
    }

    private static string TaskFailed(SeedreamTaskFailedException failed)
    {
        var id = TerminalText.Escape(failed.TaskId);
        return failed.Status == SeedreamTaskStatus.Cancelled
            ? $"Task {id} was cancelled; it produced no images and its quota was refunded."
            : $"Task {id} failed ({TerminalText.Escape(failed.ApiCode ?? "no code")}: {TerminalText.Escape(failed.ApiMessage ?? "no message")}); running the command again creates and bills a new task.";
    }

    private static string WaitTimedOut(SeedreamWaitTimeoutException timeout)
    {
        var id = TerminalText.Escape(timeout.TaskId);
        var known = timeout.LastStatus is { } last && !string.IsNullOrWhiteSpace(last.Value)
            ? $"its last status was {TerminalText.Escape(last.Value)}"
            : "no status was read before the deadline";
        var next = ApiConnection.EmbeddedEmulatorSelected
            ? "The built-in emulator stops with this command, so the task ends here; run `seedream emulator` to follow tasks across commands."
            : $"It may still finish: `seedream wait {id}` picks it up (running generate again would create and bill a new task).";
        return $"Task {id} did not finish within {Cli.Duration.Describe(timeout.Timeout)} (--timeout); {known}. {next}";
    }

    private static string ImageReason(SeedreamImageSaveException image, SeedreamTask? task)
    {
        var limits = ApiConnection.DownloadLimits;
        var status = image.StatusCode is int code ? $" (HTTP {code.ToString(CultureInfo.InvariantCulture)})" : string.Empty;
        return image.Reason switch
        {
            ImageSaveFailureReason.ImageFailed => "the API reported an error for this image" +
                (task?.Images.FirstOrDefault(i => i.Index == image.ImageIndex)?.Error is { } error ? $" ({TerminalText.Escape(error.ToString())})." : "."),
            ImageSaveFailureReason.NoData => "the API sent neither a link nor data for it.",
            ImageSaveFailureReason.LinkExpired => $"its link had expired{status}; links last a limited time (24 hours), so save images soon after the task completes.",
            ImageSaveFailureReason.Refused => $"the download server refused its link{status} although it had not expired.",
            ImageSaveFailureReason.LimitExceeded => $"the task's images together are over the {ByteSize.Describe(limits.MaxBytesPerTask)} the CLI saves from one task.",
            ImageSaveFailureReason.UnsupportedScheme => "its link is not an http or https link.",
            ImageSaveFailureReason.TooLarge => $"the image is over the limit of {ByteSize.Describe(limits.MaxBytes)}.",
            ImageSaveFailureReason.HttpError => $"the download server answered with an error{status}.",
            ImageSaveFailureReason.NetworkError => "the connection to the download server failed or broke.",
            ImageSaveFailureReason.Timeout => $"the download did not finish within {Cli.Duration.Describe(limits.Timeout)}.",
            ImageSaveFailureReason.InvalidData => $"what arrived is not an image (an error page, or another kind of file){status}.",
            ImageSaveFailureReason.WriteFailed => $"the file could not be written{Cause(image)}.",
            _ => "it could not be saved.",
        };
    }

    private static string Within(SeedreamException failure) =>
        failure is SeedreamRequestTimeoutException { Timeout: var limit } && limit > TimeSpan.Zero ? " within " + Cli.Duration.Describe(limit) : " in time";

    private static string AskedToWait(SeedreamException failure) =>
        failure.RetryAfter is TimeSpan wait ? $"; it asked to wait {Cli.Duration.Describe(wait)}" : string.Empty;

    /// <summary>What the API said, as <c> (HTTP 503 code: message)</c>; empty when the error has neither status nor code nor message.</summary>
    private static string Said(SeedreamException failure)
    {
        var parts = new List<string>(3);
        if (failure.StatusCode is int status)
        {
            parts.Add("HTTP " + status.ToString(CultureInfo.InvariantCulture));
        }

        var detail = (failure.ApiCode, failure.ApiMessage) switch
        {
            (null, null) => null,
            (var code, null) => TerminalText.Escape(code),
            (null, var message) => TerminalText.Escape(message),
            var (code, message) => $"{TerminalText.Escape(code)}: {TerminalText.Escape(message)}",
        };
        if (detail is not null)
        {
            parts.Add(detail);
        }

        return parts.Count == 0 ? string.Empty : " (" + string.Join(" ", parts) + ")";
    }

    /// <summary>The cause the system gave (a socket's or a file system's own words), as <c> (Connection refused)</c>.</summary>
    private static string Cause(Exception failure) =>
        failure.InnerException is { Message: { Length: > 0 } message } ? $" ({TerminalText.Escape(message)})" : string.Empty;
}
