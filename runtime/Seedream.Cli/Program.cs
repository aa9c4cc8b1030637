using System;
using System.CommandLine;
using System.IO;
using Seedream.Cli;
using Seedream.Cli.Connection;
using Seedream.Cli.Output;

var output = CliOutput.FromConsole();
var whereabouts = new TaskWhereabouts();
var creates = new InFlightCreates();
var result = new JsonResult(output, whereabouts, Environment.GetEnvironmentVariable(ApiConnection.ApiKeyVariable));
var root = SeedreamCommandLine.Create(output, whereabouts, creates, result);
var parseResult = root.Parse(args);
result.Expect(parseResult);
if (parseResult.Errors.Count > 0)
{
    var refused = result.Report(words => ParseErrorReport.Write(parseResult, words), JsonError.InvalidInput, null);
    result.Write();
    return refused;
}

if ((StopGrace.Problem ?? EmbeddedEmulator.Processing.Problem) is { } problem)
{
    result.Fail(JsonError.InvalidInput, problem);
    result.Write();
    return ExitCodes.BadInput;
}

using var interrupt = new InterruptSignal(output, whereabouts, creates);

// System.CommandLine writes only the help here; it is finished (HelpText) before it is shown.
using var help = new StringWriter();
var configuration = new InvocationConfiguration { ProcessTerminationTimeout = null, Output = help };
var exitCode = await parseResult.InvokeAsync(configuration, interrupt.Token);
result.Write();
output.Results.Write(HelpText.Finish(help.ToString(), root));
return exitCode;
