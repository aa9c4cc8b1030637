using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Cli.Output;

namespace Seedream.Cli;

/// <summary>Wraps a command's work so every failure becomes a message and an exit code (<see cref="FailureReport"/>), never a stack trace.</summary>
internal static class GuardedAction
{
    /// <summary>The action to give <see cref="Command.SetAction(Func{ParseResult, CancellationToken, Task{int}})"/>.</summary>
    /// <param name="output">Where failures are reported.</param>
    /// <param name="work">The command's work; its token is cancelled by Ctrl+C.</param>
    /// <param name="result">The JSON document of a command that takes <c>--json</c>: a failure becomes its error.</param>
    public static Func<ParseResult, CancellationToken, Task<int>> For(CliOutput output, Func<ParseResult, CancellationToken, Task<int>> work, JsonResult? result = null) =>
        async (parseResult, cancellationToken) =>
        {
            try
            {
                return await work(parseResult, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                if (result is null)
                {
                    output.Message("Cancelled.");
                }
                else
                {
                    result.Fail(JsonError.Interrupted, "Cancelled.");
                }

                return ExitCodes.Cancelled;
            }
            catch (Exception exception)
            {
                return result is null
                    ? FailureReport.Write(exception, output)
                    : result.Report(words => FailureReport.Write(exception, words), JsonError.KindOf(exception), exception as SeedreamException);
            }
        };

    /// <summary>Runs synchronous work (no API call), turning a failure into a message and an exit code.</summary>
    /// <param name="output">Where failures are reported.</param>
    /// <param name="work">The command's work.</param>
    public static int Run(CliOutput output, Func<int> work)
    {
        try
        {
            return work();
        }
        catch (Exception exception)
        {
            return FailureReport.Write(exception, output);
        }
    }
}
