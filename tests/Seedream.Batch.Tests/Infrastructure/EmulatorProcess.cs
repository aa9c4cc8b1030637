using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace Seedream.Batch.Tests.Infrastructure;

/// <summary>The standalone emulator (<c>Seedream.Emulator.dll</c>) running as its own process on a free loopback port.</summary>
internal sealed class EmulatorProcess : IDisposable
{
    public const string ApiKey = "sk-batch-emulator";

    private readonly ChildProcess _process;

    private EmulatorProcess(ChildProcess process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Starts it with <paramref name="settings"/> as <c>--Emulator:Name=value</c> options, and waits until it listens.</summary>
    public static async Task<EmulatorProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var arguments = new List<string> { "--urls", "http://127.0.0.1:0", "--Emulator:ApiKey=" + ApiKey };
        arguments.AddRange(settings.Select(s => $"--Emulator:{s.Key}={s.Value}"));
        var process = ChildProcess.Start("Seedream.Emulator.dll", new Dictionary<string, string>(), arguments.ToArray());
        try
        {
            var line = await process.LineContainingAsync("listening on ", TimeSpan.FromSeconds(60));
            var address = line.Split("listening on ", StringSplitOptions.None)[1].Split(' ')[0];
            return new EmulatorProcess(process, new Uri(address));
        }
        catch (TimeoutException)
        {
            process.Dispose();
            throw new InvalidOperationException("The emulator did not start: " + process.Output);
        }
    }

    public void Dispose() => _process.Dispose();
}
