using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Cli.Connection;
using Seedream.Cli.Output;
using Seedream.Emulator;

namespace Seedream.Cli.Commands;

/// <summary><c>seedream emulator [--urls …]</c>: runs the emulator of the task API in the foreground until Ctrl+C.</summary>
internal sealed class EmulatorCommand : Command
{
    private readonly CliOutput _output;
    private readonly Option<string> _urls = new("--urls") { HelpName = "URL", Description = "Where to listen (port 0 picks a free port).", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
    private readonly Option<string> _apiKey = new("--api-key") { HelpName = "KEY", Description = "The API key it accepts.", DefaultValueFactory = _ => "sk-emulator" };
    private readonly Option<double> _queueSeconds = new("--queue-seconds") { HelpName = "SECONDS", Description = "How long a task stays queued (the only status that can be cancelled).", DefaultValueFactory = _ => 1 };
    private readonly Option<double> _processingSeconds = new("--processing-seconds") { HelpName = "SECONDS", Description = "How long a task is processing before it completes.", DefaultValueFactory = _ => 4 };

    /// <summary>Creates the command.</summary>
    /// <param name="output">Where the emulator's address goes.</param>
    public EmulatorCommand(CliOutput output)
        : base("emulator", "Run the emulator of the Seedream task API in the foreground until Ctrl+C (exit code 0), to follow tasks across commands: " +
                           "set SEEDREAM_API_KEY and SEEDREAM_BASE_URL in another shell as it prints.")
    {
        _output = output;
        Add(_urls);
        Add(_apiKey);
        Add(_queueSeconds);
        Add(_processingSeconds);
        SetAction(GuardedAction.For(output, RunAsync));
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken interrupt)
    {
        var options = new EmulatorOptions
        {
            Url = parseResult.GetValue(_urls)!,
            ApiKey = parseResult.GetValue(_apiKey)!,
            QueueDuration = Seconds(parseResult.GetValue(_queueSeconds), "--queue-seconds"),
            ProcessingDuration = Seconds(parseResult.GetValue(_processingSeconds), "--processing-seconds"),
        };
        SeedreamEmulator emulator;
        try
        {
            emulator = await SeedreamEmulator.StartAsync(options, interrupt).ConfigureAwait(false);
        }
        catch (ArgumentException exception)
        {
            throw new CommandInputException(exception.Message.Replace($" (Parameter '{exception.ParamName}')", string.Empty, StringComparison.Ordinal));
        }
        catch (IOException exception)
        {
            throw new CommandInputException($"The emulator cannot listen on {options.Url}: {exception.Message} Choose another address with --urls.");
        }

        await using (emulator.ConfigureAwait(false))
        {
            _output.Message($"Seedream emulator listening on {emulator.BaseAddress} (API key: {emulator.ApiKey}). Ctrl+C stops it.");
            _output.Message($"Use it from another shell: export {ApiConnection.ApiKeyVariable}={emulator.ApiKey} {ApiConnection.BaseUrlVariable}={emulator.BaseAddress}");
            try
            {
                await Task.Delay(Timeout.Infinite, interrupt).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
            {
                _output.Message($"Seedream emulator stopped after {emulator.Counters.TasksCreated} task(s).");
            }
        }

        return ExitCodes.Success;
    }

    private static TimeSpan Seconds(double value, string option) =>
        value >= 0 && double.IsFinite(value)
            ? TimeSpan.FromSeconds(value)
            : throw new CommandInputException($"{option} is {value}; it must be 0 or more seconds.");
}
