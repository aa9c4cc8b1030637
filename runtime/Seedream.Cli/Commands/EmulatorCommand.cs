using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Cli.Connection;
using Seedream.Cli.ModelTables;
using Seedream.Cli.Output;
using Seedream.Emulator;

namespace Seedream.Cli.Commands;

/// <summary><c>seedream emulator [--urls …]</c>: runs the emulator of the task API in the foreground until Ctrl+C.</summary>
internal sealed class EmulatorCommand : Command
{
    private static readonly TimeSpan DefaultQueueDuration = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan DefaultProcessingDuration = TimeSpan.FromSeconds(4);

    private readonly CliOutput _output;
    private readonly Option<string> _urls = new("--urls") { HelpName = "URL", Description = "Where to listen, as an http URL with a port (port 0 picks a free port). Loopback by default; another address lets other machines in.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
    private readonly Option<string> _apiKey = new("--api-key") { HelpName = "KEY", Description = "The API key it accepts (any text without spaces).", DefaultValueFactory = _ => EmulatorOptions.DefaultApiKey };
    private readonly Option<TimeSpan?> _queueSeconds = Duration("--queue-seconds", "How long a task stays queued (the only status that can be cancelled)", DefaultQueueDuration);
    private readonly Option<TimeSpan?> _processingSeconds = Duration("--processing-seconds", "How long a task is processing before it completes", DefaultProcessingDuration);
    private readonly Option<string[]> _modelTables = ModelTableOption.Create();

    /// <summary>Creates the command.</summary>
    /// <param name="output">Where the emulator's address goes.</param>
    public EmulatorCommand(CliOutput output)
        : base("emulator", "Run the emulator of the Seedream task API in the foreground until Ctrl+C (exit code 0), to follow tasks across commands: " +
                           "set SEEDREAM_API_KEY and SEEDREAM_BASE_URL in another shell as it prints.")
    {
        _output = output;
        _urls.Validators.Add(OptionParsers.Accepting(
            "--urls",
            "an absolute http URL with a port, such as http://127.0.0.1:5080 (port 0 picks a free port)",
            text => Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttp));
        _apiKey.Validators.Add(OptionParsers.Accepting(
            "--api-key",
            "a key without spaces, such as sk-emulator",
            text => text.Length > 0 && !text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))));
        Add(_urls);
        Add(_apiKey);
        Add(_queueSeconds);
        Add(_processingSeconds);
        Add(_modelTables);
        SetAction(GuardedAction.For(output, RunAsync));
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken interrupt)
    {
        var models = ModelTableOption.Read(parseResult, _modelTables);
        var options = new EmulatorOptions
        {
            Url = parseResult.GetValue(_urls)!,
            ApiKey = parseResult.GetValue(_apiKey)!,
            QueueDuration = parseResult.GetValue(_queueSeconds) ?? DefaultQueueDuration,
            ProcessingDuration = parseResult.GetValue(_processingSeconds) ?? DefaultProcessingDuration,
            ModelTables = models.Added.ToList(),
        };
        SeedreamEmulator emulator;
        try
        {
            emulator = await SeedreamEmulator.StartAsync(options, interrupt).ConfigureAwait(false);
        }
        catch (ArgumentException exception)
        {
            throw new CommandInputException(TerminalText.Escape(exception.Message.Replace($" (Parameter '{exception.ParamName}')", string.Empty, StringComparison.Ordinal))!);
        }
        catch (IOException exception)
        {
            throw new CommandInputException($"The emulator cannot listen on {TerminalText.Escape(options.Url)}: {TerminalText.Escape(exception.Message)} Choose another address with --urls.");
        }

        await using (emulator.ConfigureAwait(false))
        {
            _output.Message($"Seedream emulator listening on {emulator.BaseAddress} (API key: {emulator.ApiKey}). Ctrl+C stops it.");
            if (emulator.ExposureWarning is string warning)
            {
                _output.Message(warning + " (--api-key, or --urls http://127.0.0.1:<port>)");
            }

            _output.Message($"Use it from another shell: export {ApiConnection.ApiKeyVariable}={emulator.ApiKey} {ApiConnection.BaseUrlVariable}={emulator.BaseAddress}");
            if (models.Given.Count > 0)
            {
                var files = string.Join(Path.PathSeparator, models.Given.Select(given => Path.GetFullPath(given.Path)));
                _output.Message(
                    $"It serves your models too ({string.Join(", ", models.Added.Select(table => table.Id))}); commands that send them need their tables: " +
                    $"export {ModelTableOption.Variable}={TerminalText.Escape(files)}");
            }

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

    private static Option<TimeSpan?> Duration(string name, string description, TimeSpan defaultValue) => new(name)
    {
        HelpName = "DURATION",
        Description = $"{description}: {Cli.Duration.Forms}. Default: {Cli.Duration.Describe(defaultValue)}",
        CustomParser = OptionParsers.Duration(name, allowZero: true),
    };
}
