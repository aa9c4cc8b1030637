using System;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Seedream.Emulator;

// The standalone emulator: dotnet run --project runtime/Seedream.Emulator -- --urls http://127.0.0.1:5080
// Options bind from the "Emulator" section: --Emulator:ApiKey=sk-test on the command line, or
// Emulator__ApiKey=sk-test in the environment. It listens on loopback unless --urls says otherwise, and warns on
// standard error when it listens beyond this machine with the published default key.
// Exit codes: 0 stopped by Ctrl+C or SIGTERM, 2 bad options.
var configuration = new ConfigurationBuilder()
    .AddEnvironmentVariables()
    .AddCommandLine(args)
    .Build();

var options = new EmulatorOptions();
configuration.GetSection(EmulatorOptions.SectionName).Bind(options);
options.Url = configuration["urls"] ?? options.Url;

using var stop = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

SeedreamEmulator emulator;
try
{
    emulator = await SeedreamEmulator.StartAsync(options, stop.Token);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}

await using (emulator)
{
    Console.WriteLine($"Seedream emulator listening on {emulator.BaseAddress} (API key: {emulator.ApiKey}). Ctrl+C stops it.");
    if (emulator.ExposureWarning is string warning)
    {
        Console.Error.WriteLine(warning + " (--Emulator:ApiKey=<key>, or --urls http://127.0.0.1:<port>)");
    }

    try
    {
        await Task.Delay(Timeout.Infinite, stop.Token);
    }
    catch (OperationCanceledException)
    {
        Console.WriteLine($"Seedream emulator stopped after {emulator.Counters.TasksCreated} task(s).");
    }
}

return 0;

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}
