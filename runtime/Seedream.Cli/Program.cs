using System.CommandLine;
using System.IO;
using Seedream.Cli;
using Seedream.Cli.Output;

var output = CliOutput.FromConsole();
var whereabouts = new TaskWhereabouts();
var creates = new InFlightCreates();
var root = SeedreamCommandLine.Create(output, whereabouts, creates);
var parseResult = root.Parse(args);
if (parseResult.Errors.Count > 0)
{
    return ParseErrorReport.Write(parseResult, output);
}

if (StopGrace.Problem is { } problem)
{
    output.Message(problem);
    return ExitCodes.BadInput;
}

using var interrupt = new InterruptSignal(output, whereabouts, creates);

// System.CommandLine writes only the help here; it is finished (HelpText) before it is shown.
using var help = new StringWriter();
var configuration = new InvocationConfiguration { ProcessTerminationTimeout = null, Output = help };
var exitCode = await parseResult.InvokeAsync(configuration, interrupt.Token);
output.Results.Write(HelpText.Finish(help.ToString(), root));
return exitCode;
