using System.CommandLine;
using Seedream.Cli;
using Seedream.Cli.Output;

var output = CliOutput.FromConsole();
var root = SeedreamCommandLine.Create(output);
var parseResult = root.Parse(args);
if (parseResult.Errors.Count > 0)
{
    foreach (var error in parseResult.Errors)
    {
        output.Message(error.Message);
    }

    var command = parseResult.CommandResult.Command;
    output.Message(command == root ? "See 'seedream --help'." : $"See 'seedream {command.Name} --help'.");
    return ExitCodes.BadInput;
}

using var interrupt = new InterruptSignal();
var configuration = new InvocationConfiguration { ProcessTerminationTimeout = null };
return await parseResult.InvokeAsync(configuration, interrupt.Token);
