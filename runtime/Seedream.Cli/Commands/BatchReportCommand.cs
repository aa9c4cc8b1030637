using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Batch.Report;
using Seedream.Cli.Connection;
using Seedream.Cli.Output;

namespace Seedream.Cli.Commands;

/// <summary><c>seedream batch report [--out DIR]</c>: writes the batch's HTML contact sheet and JSON summary and prints their paths.</summary>
internal sealed class BatchReportCommand : Command
{
    private readonly CliOutput _output;
    private readonly Option<string> _out = BatchCommand.OutputDirectory();

    /// <summary>Creates the command.</summary>
    /// <param name="output">Where the paths and messages go.</param>
    public BatchReportCommand(CliOutput output)
        : base("report", $"Write {BatchReport.HtmlFileName} (a contact sheet: every image with its prompt, parameters, task and file; every job without images with its reason) " +
                         $"and {BatchReport.JsonFileName} into the batch's folder, from its ledger. Makes no request.")
    {
        _output = output;
        Add(_out);
        SetAction(GuardedAction.For(output, Run));
    }

    private Task<int> Run(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var directory = parseResult.GetValue(_out)!;
        try
        {
            // Whatever a server put into a task id or a message, the key is in neither file.
            var (html, json) = BatchReport.Write(directory, DateTimeOffset.UtcNow, Environment.GetEnvironmentVariable(ApiConnection.ApiKeyVariable));
            _output.Result(html);
            _output.Result(json);
            return Task.FromResult(ExitCodes.Success);
        }
        catch (Exception exception) when (exception is FileNotFoundException or InvalidDataException)
        {
            throw new CommandInputException(TerminalText.Escape(exception.Message)!);
        }
    }
}
