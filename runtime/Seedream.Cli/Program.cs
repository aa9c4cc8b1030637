using System.CommandLine;
using Seedream.Cli;
using Seedream.Cli.Output;

var output = CliOutput.FromConsole();
var whereabouts = new TaskWhereabouts();
var root = SeedreamCommandLine.Create(output, whereabouts);
var parseResult = root.Parse(args);
if (parseResult.Errors.Count > 0)
{
    return ParseErrorReport.Write(parseResult, output);
}

using var interrupt = new InterruptSignal(output, whereabouts);
var configuration = new InvocationConfiguration { ProcessTerminationTimeout = null };
return await parseResult.InvokeAsync(configuration, interrupt.Token);
