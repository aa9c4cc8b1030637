using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Linq;
using Seedream.Logging;

namespace Seedream.Cli.Output;

/// <summary>
/// The one JSON document (<see cref="TaskJsonWriter"/>) a command given <c>--json</c> owes standard output, however it
/// ends: completed, failed, timed out, interrupted, refused. The command records what it learns — the task's id, the task
/// as last seen, the files saved, why it did not succeed — and the document is written exactly once: when the command
/// returns (<see cref="Write"/>), or, when a second Ctrl+C or the grace period ends the process first, as it exits, from
/// <see cref="TaskWhereabouts"/>. Safe to use from the signal handler's thread.
/// </summary>
internal sealed class JsonResult
{
    private readonly object _gate = new();
    private readonly CliOutput _output;
    private readonly TaskWhereabouts _whereabouts;
    private readonly SecretRedactor _redactor;
    private string? _taskId;
    private SeedreamTask? _task;
    private IReadOnlyList<SeedreamSavedImage> _saved = Array.Empty<SeedreamSavedImage>();
    private JsonError? _error;
    private bool _mayHaveCreatedTask;
    private bool _written;

    /// <summary>Creates the document, not yet owed.</summary>
    /// <param name="output">Where it is written, and where failures are said.</param>
    /// <param name="whereabouts">Where the command's task stands, for a forced stop.</param>
    /// <param name="apiKey">The API key the command uses, cleared from every value of the document; <see langword="null"/> when none is set.</param>
    public JsonResult(CliOutput output, TaskWhereabouts whereabouts, string? apiKey)
    {
        _output = output;
        _whereabouts = whereabouts;
        _redactor = new SecretRedactor(apiKey);
    }

    /// <summary>Whether the command was given <c>--json</c>, so the document is owed (and saved paths are not printed).</summary>
    public bool Requested { get; private set; }

    /// <summary>Owes the document when the parsed command has a <c>--json</c> option and it was given (help aside), and has a forced stop write it.</summary>
    /// <param name="parseResult">The command line, parsed, with or without errors.</param>
    public void Expect(ParseResult parseResult)
    {
        var json = parseResult.CommandResult.Command.Options.OfType<Option<bool>>().FirstOrDefault(option => option.Name == "--json");
        if (json is null || parseResult.Action is HelpAction || parseResult.GetResult(json) is not { Implicit: false } given || given.Errors.Any() || !parseResult.GetValue(json))
        {
            return;
        }

        Requested = true;

        // A forced stop ends the process with Environment.Exit, which runs this and nothing of the command's.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => WriteStopped();
    }

    /// <summary>The command's task is <paramref name="taskId"/>.</summary>
    /// <param name="taskId">The task's id.</param>
    public void Task(string taskId)
    {
        lock (_gate)
        {
            _taskId = taskId;
        }
    }

    /// <summary>The task as last seen.</summary>
    /// <param name="task">Its state.</param>
    public void Seen(SeedreamTask task)
    {
        lock (_gate)
        {
            _task = task;
        }
    }

    /// <summary>The images the command saved.</summary>
    /// <param name="images">The saved files.</param>
    public void Saved(IReadOnlyList<SeedreamSavedImage> images)
    {
        lock (_gate)
        {
            _saved = images;
        }
    }

    /// <summary>Says on standard error why the command ends, and records it as the document's error (the first one recorded is kept).</summary>
    /// <param name="kind">One of the kinds <see cref="JsonError"/> lists.</param>
    /// <param name="message">What happened and what to do next.</param>
    /// <param name="mayHaveCreatedTask">Whether a create got no answer, so a task may exist (and be billed) that no id names.</param>
    public void Fail(string kind, string message, bool mayHaveCreatedTask = false)
    {
        _output.Message(message);
        Record(new JsonError(kind, null, message), mayHaveCreatedTask, null);
    }

    /// <summary>
    /// Runs <paramref name="report"/>, which writes a failure's words to the output it is given (<see cref="FailureReport"/>,
    /// <see cref="ParseErrorReport"/>): they reach standard error as they would, and become the document's error.
    /// </summary>
    /// <param name="report">Writes the words and returns the exit code.</param>
    /// <param name="kind">One of the kinds <see cref="JsonError"/> lists.</param>
    /// <param name="cause">The client's error, when it is one: its API code, task id and <see cref="SeedreamException.MayHaveCreatedTask"/> go into the document.</param>
    /// <returns>The exit code <paramref name="report"/> returned.</returns>
    public int Report(Func<CliOutput, int> report, string kind, SeedreamException? cause)
    {
        if (!Requested)
        {
            return report(_output);
        }

        using var words = new StringWriter { NewLine = _output.Messages.NewLine };
        var exitCode = report(new CliOutput(_output.Results, words, _output.MessagesOnTerminal));
        _output.Messages.Write(words.ToString());
        Record(new JsonError(kind, cause?.ApiCode, words.ToString().TrimEnd()), cause?.MayHaveCreatedTask ?? false, cause?.TaskId);
        return exitCode;
    }

    /// <summary>Writes the document on standard output when it is owed and not yet written.</summary>
    public void Write()
    {
        lock (_gate)
        {
            if (!Requested || _written)
            {
                return;
            }

            _written = true;
            _output.Result(TaskJsonWriter.Write(_redactor, _taskId, _task, _saved, _error, _mayHaveCreatedTask));
            _output.Results.Flush();
        }
    }

    private void Record(JsonError error, bool mayHaveCreatedTask, string? taskId)
    {
        lock (_gate)
        {
            _error ??= error;
            _mayHaveCreatedTask |= mayHaveCreatedTask;
            _taskId ??= taskId;
        }
    }

    private void WriteStopped()
    {
        Record(
            new JsonError(JsonError.Interrupted, null, ("Stopped before the command ended. " + _whereabouts.Describe()).TrimEnd()),
            _whereabouts.CreateUnanswered,
            _whereabouts.TaskId);
        Write();
    }
}
