using System;
using Seedream.Cli.Connection;

namespace Seedream.Cli.Output;

/// <summary>
/// Turns a failure into a clear message on standard error, in the CLI's own words (<see cref="FailureWording"/>), and the
/// exit code that says what kind of failure it was. Both are decided from the error's data, never from its message.
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
            case SeedreamOptionsException refused:
                output.Message(ApiConnection.Refused(refused));
                return ExitCodes.BadInput;
            case SeedreamValidationException validation:
                output.Message(ValidationWording.Describe(validation, null));
                return ExitCodes.BadInput;
            case SeedreamException failure:
                output.Message(FailureWording.Describe(failure));
                return ExitCode(failure);
            default:
                output.Message($"Unexpected error in seedream (please report it with this message): {TerminalText.Escape(exception.Message)}");
                return ExitCodes.Unexpected;
        }
    }

    /// <summary>The exit code of a failure of the client, by its kind.</summary>
    /// <param name="failure">The client's error.</param>
    public static int ExitCode(SeedreamException failure) => failure.Kind switch
    {
        // A request the client refused before sending has no status: bad input, nothing was sent.
        SeedreamErrorKind.InvalidRequest when failure.StatusCode is null => ExitCodes.BadInput,
        SeedreamErrorKind.RequestTimeout or SeedreamErrorKind.WaitTimeout => ExitCodes.Timeout,
        SeedreamErrorKind.TaskFailed or SeedreamErrorKind.ImageNotSaved => ExitCodes.TaskFailed,
        _ => ExitCodes.ApiError,
    };
}
