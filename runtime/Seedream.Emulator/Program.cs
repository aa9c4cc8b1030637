using System;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Seedream.Emulator;

// The standalone emulator: dotnet run --project runtime/Seedream.Emulator -- --urls http://127.0.0.1:5080
// Options bind from the "Emulator" section: --Emulator:ApiKey=sk-test, or Emulator__ApiKey in the environment.
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

await using var emulator = await SeedreamEmulator.StartAsync(options, stop.Token);
Console.WriteLine($"Seedream emulator listening on {emulator.BaseAddress} (API key: {emulator.ApiKey}). Ctrl+C stops it.");
await Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
Console.WriteLine("Seedream emulator stopped.");

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}
