using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Soak.Infrastructure;
using Seedream.Soak.Polling;
using Seedream.Soak.Resume;
using Seedream.Soak.Soak;

namespace Seedream.Soak;

/// <summary>
/// The harness by hand: <c>dotnet run -c Release --project tests/Seedream.Soak -- &lt;mode&gt; [options]</c>.
/// <list type="bullet">
/// <item><c>soak [--tasks 1000] [--concurrency N] [--faults 0.2] [--seed 7] [--webhook-patience 15]</c>: the soak; prints its figures, exit code 1 if a promise broke.</item>
/// <item><c>submit --url U --ids FILE --tasks N</c> and <c>resume --url U --ids FILE --out DIR</c> (key in <c>SEEDREAM_API_KEY</c>): the two halves of the kill-and-resume proof (ResumeTests starts them).</item>
/// <item><c>polling [--samples 200]</c> and <c>waits [--tasks 1000] [--seconds 10]</c>: the polling figures of BENCHMARKS.md.</item>
/// </list>
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: Seedream.Soak soak|submit|resume|polling|waits [options]; see Program.cs");
            return 2;
        }

        var options = CommandOptions.Parse(args, 1);
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };

        switch (args[0])
        {
            case "soak":
                return await SoakAsync(options, stop.Token);
            case "submit":
                return await ResumeModes.SubmitAsync(options, stop.Token);
            case "resume":
                return await ResumeModes.ResumeAsync(options, stop.Token);
            case "polling":
                Console.WriteLine(await PollingBenchmark.SchedulesAsync(options.Int("samples", 200)));
                return 0;
            case "waits":
                Console.WriteLine(await PollingBenchmark.ConcurrentWaitsAsync(options.Int("tasks", 1000), TimeSpan.FromSeconds(options.Int("seconds", 10))));
                return 0;
            default:
                Console.Error.WriteLine($"unknown mode '{args[0]}': expected soak, submit, resume, polling or waits");
                return 2;
        }
    }

    private static async Task<int> SoakAsync(CommandOptions options, CancellationToken cancellationToken)
    {
        var tasks = options.Int("tasks", 1000);
        var directory = Path.Combine(Path.GetTempPath(), "seedream-soak-" + Guid.NewGuid().ToString("N"));
        try
        {
            var settings = new SoakSettings(tasks, options.Int("concurrency", tasks), options.Double("faults", 0.2), options.Int("seed", 7), directory, TimeSpan.FromSeconds(options.Int("webhook-patience", 15)));
            var report = await SoakRunner.RunAsync(settings, cancellationToken);
            Console.WriteLine(report.ToMarkdown());
            var problems = report.Problems();
            foreach (var problem in problems)
            {
                Console.WriteLine("PROBLEM: " + problem);
            }

            Console.WriteLine(problems.Count == 0 ? "soak passed" : "soak FAILED");
            return problems.Count == 0 ? 0 : 1;
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
