using System;
using Seedream.Cli.Connection;

namespace Seedream.Cli.Output;

/// <summary>Turns a failure into one clear message on standard error and the exit code that says what kind of failure it was.</summary>
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
            case CommandInputException or SeedreamValidationException:
                output.Message(exception.Message);
                return ExitCodes.BadInput;
            case SeedreamWaitTimeoutException timeout:
                output.Message(timeout.Message + (timeout.TaskId is { } id ? $" From the command line: seedream wait {id}" : string.Empty));
                return ExitCodes.Timeout;
            case SeedreamTaskFailedException or SeedreamImagesNotSavedException:
                output.Message(exception.Message);
                return ExitCodes.TaskFailed;
            case SeedreamAuthenticationException:
                output.Message($"{exception.Message} The CLI reads the key from {ApiConnection.ApiKeyVariable}.");
                return ExitCodes.ApiError;
            case SeedreamNotFoundException when ApiConnection.EmbeddedEmulatorSelected:
                output.Message(
                    $"{exception.Message} No {ApiConnection.ApiKeyVariable} is set, so this command used a built-in emulator that started empty: " +
                    $"to follow tasks across commands, run `seedream emulator` and set {ApiConnection.ApiKeyVariable} and {ApiConnection.BaseUrlVariable} as it says.");
                return ExitCodes.ApiError;
            case SeedreamException:
                output.Message(exception.Message);
                return ExitCodes.ApiError;
            default:
                output.Message($"Unexpected error ({exception.GetType().FullName}): {exception.Message}");
                return ExitCodes.Unexpected;
        }
    }
}
