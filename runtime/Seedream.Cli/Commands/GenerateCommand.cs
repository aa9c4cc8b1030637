using System;
using System.CommandLine;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Cli.Connection;
using Seedream.Cli.Output;
using Seedream.Cli.Running;
using Seedream.Http;

namespace Seedream.Cli.Commands;

/// <summary><c>seedream generate "&lt;prompt&gt;" --model … --size … --resolution …</c>: submits a task, follows it with a progress bar, saves the images and prints their paths.</summary>
internal sealed class GenerateCommand : Command
{
    /// <summary>How long a submit may go unanswered before the CLI says it is still waiting for it.</summary>
    private static readonly TimeSpan SlowSubmit = TimeSpan.FromSeconds(1);

    private readonly CliOutput _output;
    private readonly TaskWhereabouts _whereabouts;
    private readonly InFlightCreates _creates;
    private readonly GenerateOptions _options = new();
    private readonly Option<string> _out = CommonOptions.OutputDirectory();
    private readonly Option<TimeSpan?> _timeout = CommonOptions.Timeout();
    private readonly Option<bool> _json = CommonOptions.Json("the saved paths");

    /// <summary>Creates the command.</summary>
    /// <param name="output">Where progress, paths and messages go.</param>
    /// <param name="whereabouts">Kept up to date with where the task stands.</param>
    /// <param name="creates">Kept up to date with the create request in flight, which a first Ctrl+C waits for.</param>
    public GenerateCommand(CliOutput output, TaskWhereabouts whereabouts, InFlightCreates creates)
        : base("generate", "Generate images from a prompt: submit a task, show its progress, save the images and print their paths. " +
                           "Without SEEDREAM_API_KEY it runs against the built-in emulator. Ctrl+C stops, and cancels the task while it is still queued " +
                           "(during the submit, it first waits for the API's answer, which names the task; a second Ctrl+C stops at once). " + ExitCodes.ShortHelp)
    {
        _output = output;
        _whereabouts = whereabouts;
        _creates = creates;
        _options.AddTo(this);
        Add(_out);
        Add(_timeout);
        Add(_json);
        SetAction(GuardedAction.For(output, RunAsync));
    }

    /// <summary>The prompt argument, for the hint about an unquoted prompt.</summary>
    public Argument<string> Prompt => _options.Prompt;

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken interrupt)
    {
        var request = _options.Request(parseResult);

        var folder = OutputFolder.Resolve(parseResult.GetValue(_out)!);
        WarnAboutPromptLength(parseResult);
        _whereabouts.NothingSubmitted();
        await using var connection = await ApiConnection.OpenAsync(_output, parseResult.GetValue(_timeout), interrupt).ConfigureAwait(false);
        if (connection.UsesEmbeddedEmulator)
        {
            _whereabouts.UsingEmbeddedEmulator();
            _output.Message(EmbeddedEmulator.PlaceholderNotice(_options.Table(parseResult), parseResult.GetValue(_options.Size), parseResult.GetValue(_options.Resolution)));
        }

        // Ctrl+C does not stop the submit: its answer names the task, which can then be cancelled while queued, or followed.
        // Only a second Ctrl+C gives it up.
        string taskId;
        SeedreamTaskStatus? status;
        WaitForTask wait;
        _whereabouts.Submitting();
        _creates.Set(1);
        try
        {
            var submit = connection.Client.SubmitAsync(request, _creates.Abandon);
            if (await Task.WhenAny(submit, Task.Delay(SlowSubmit, interrupt)).ConfigureAwait(false) != submit && !submit.IsCompleted && !interrupt.IsCancellationRequested)
            {
                _output.Message($"Submitting the task to {connection.Host}: waiting for the API to accept it…");
            }

            var operation = await submit.ConfigureAwait(false);
            (taskId, status, wait) = (operation.Id, operation.LastKnownTask?.Status, operation.WaitForCompletionAsync);
            _output.Message($"Submitted task {TerminalText.Escape(taskId)} ({_options.Describe(parseResult)}).");
        }
        catch (OperationCanceledException) when (_creates.Abandon.IsCancellationRequested)
        {
            _output.Message(connection.UsesEmbeddedEmulator
                ? "Stopped before the built-in emulator answered the submit; it stops with this command, so no task goes on."
                : "Stopped at once: create unanswered at forced exit. A task may have been created, and billed (it would show among your provider's tasks).");
            return ExitCodes.Cancelled;
        }
        catch (SeedreamException exception) when (exception.MayHaveCreatedTask && TaskIds.IsAddressable(exception.TaskId))
        {
            // The answer was cut short but named its task: that task is followed, never left to expire or submitted again.
            (taskId, status, wait) = (exception.TaskId!, null, connection.Client.GetOperation(exception.TaskId!).WaitForCompletionAsync);
            _output.Message($"The API's answer to the submit was cut short, but it named task {TerminalText.Escape(taskId)}: following it.");
        }
        finally
        {
            _creates.Set(0);
        }

        var follower = new TaskFollower(connection, _output, _whereabouts);
        return await follower.FollowAsync(taskId, status, wait, folder, cancelIfQueued: true, parseResult.GetValue(_json), interrupt).ConfigureAwait(false);
    }

    private void WarnAboutPromptLength(ParseResult parseResult)
    {
        var table = _options.Table(parseResult);
        // Characters as a person counts them (the API notes speak of Chinese characters): an emoji or an accented
        // letter made of several UTF-16 code units is one.
        var length = new StringInfo(parseResult.GetValue(_options.Prompt)!).LengthInTextElements;
        var recommended = table.Limits.RecommendedPromptLength;
        if (length > recommended)
        {
            _output.Message(
                $"Note: the prompt has {length.ToString(CultureInfo.InvariantCulture)} characters; {table.Id} works best with at most " +
                $"{recommended.ToString(CultureInfo.InvariantCulture)}, and may ignore the rest.");
        }
    }
}
