using System;
using System.Linq;
using Seedream.Cli.Connection;

namespace Seedream.Cli.Output;

/// <summary>
/// Turns a failure into a clear message on standard error, in the CLI's own words (the environment
/// variables and options the user controls, images numbered from 1, server text escaped), and the exit
/// code that says what kind of failure it was.
/// </summary>
internal static class FailureReport
{
    /// <summary>Writes what went wrong and what to do about it, and returns the exit code.</summary>
    /// <param name="exception">The failure.</param>
    /// <param name="output">Where the message goes.</param>
    /// <returns>One of <see cref="ExitCodes"/>.</returns>
    public static int Write(Exception exception, CliOutput output)
    {
        switch (exception)
        {
            case CommandInputException:
                output.Message(exception.Message);
                return ExitCodes.BadInput;
            case SeedreamValidationException validation:
                output.Message(ValidationWording.Describe(validation, null));
                return ExitCodes.BadInput;
            case SeedreamWaitTimeoutException timeout:
                output.Message(TimedOut(timeout));
                return ExitCodes.Timeout;
            case SeedreamRequestTimeoutException:
                output.Message(ClientWording.Rephrase(exception.Message));
                return ExitCodes.Timeout;
            case SeedreamImagesNotSavedException notSaved:
                WriteNotSaved(notSaved, output);
                return ExitCodes.TaskFailed;
            case SeedreamTaskFailedException:
                output.Message(ClientWording.Rephrase(exception.Message));
                return ExitCodes.TaskFailed;
            case SeedreamAuthenticationException authentication:
                output.Message($"The API refused the key{Said(authentication)}: set {ApiConnection.ApiKeyVariable} to a valid API key.");
                return ExitCodes.ApiError;
            case SeedreamNotFoundException when ApiConnection.EmbeddedEmulatorSelected:
                output.Message(
                    $"{ClientWording.Rephrase(exception.Message)} No {ApiConnection.ApiKeyVariable} is set, so this command used a built-in emulator that started empty: " +
                    $"to follow tasks across commands, run `seedream emulator` and set {ApiConnection.ApiKeyVariable} and {ApiConnection.BaseUrlVariable} as it says.");
                return ExitCodes.ApiError;
            case SeedreamException:
                output.Message(ClientWording.Rephrase(exception.Message));
                return ExitCodes.ApiError;
            default:
                output.Message($"Unexpected error in seedream (please report it with this message): {TerminalText.Escape(exception.Message)}");
                return ExitCodes.Unexpected;
        }
    }

    private static string TimedOut(SeedreamWaitTimeoutException timeout)
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

    private static void WriteNotSaved(SeedreamImagesNotSavedException exception, CliOutput output)
    {
        if (exception.Failures.SingleOrDefault(f => f.ImageIndex == SeedreamImageSaveException.WholeSet) is { } wholeSet)
        {
            output.Message(ClientWording.Rephrase(wholeSet.Message));
            return;
        }

        var total = exception.Saved.Count + exception.Failures.Count;
        output.Message($"{exception.Failures.Count} of {total} images of task {TerminalText.Escape(exception.TaskId)} were not saved:");
        foreach (var failure in exception.Failures.OrderBy(f => f.ImageIndex))
        {
            var prefix = $"Image {failure.ImageIndex} of task {failure.TaskId} was not saved: ";
            var reason = failure.Message.StartsWith(prefix, StringComparison.Ordinal) ? failure.Message[prefix.Length..] : failure.Message;
            output.Message($"- image {failure.ImageIndex + 1}: {ClientWording.Rephrase(reason)}");
        }
    }

    private static string Said(SeedreamException exception) =>
        (exception.ApiCode, exception.ApiMessage) switch
        {
            (null, null) => string.Empty,
            (var code, null) => $" ({TerminalText.Escape(code)})",
            (null, var message) => $" ({TerminalText.Escape(message)})",
            var (code, message) => $" ({TerminalText.Escape(code)}: {TerminalText.Escape(message)})",
        };
}
