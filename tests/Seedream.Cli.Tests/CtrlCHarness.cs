using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace Seedream.Cli.Tests;

/// <summary>
/// Times the CLI's promise that Ctrl+C ends a command within a second: runs every case of <see cref="InterruptTests"/>
/// with the CLI's shipped grace period, times each from the signal to the process's exit, and prints a table of
/// the median and slowest times per case. Meant for a quiet machine: a loaded one stretches every time.
/// </summary>
internal static class CtrlCHarness
{
    /// <summary>What the README promises.</summary>
    private static readonly TimeSpan Promise = TimeSpan.FromSeconds(1);

    /// <summary>Runs each case <paramref name="runs"/> times, one after another.</summary>
    /// <param name="runs">Runs per case, at least 1.</param>
    /// <returns>0 when every run passed its test's assertions within <see cref="Promise"/>; 1 otherwise.</returns>
    public static async Task<int> RunAsync(int runs)
    {
        var broken = 0;
        Console.WriteLine($"| phase at Ctrl+C ({runs} runs each) | median | slowest |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (name, method, arguments) in Cases())
        {
            var times = new List<TimeSpan>();
            for (var run = 0; run < runs; run++)
            {
                try
                {
                    await (Task)method.Invoke(new InterruptTests(new Silent(), times.Add), arguments)!;
                }
                catch (Exception exception)
                {
                    broken++;
                    Console.Error.WriteLine($"{name}, run {run + 1}: {(exception as TargetInvocationException)?.InnerException?.Message ?? exception.Message}");
                }
            }

            broken += times.Count(time => time > Promise);
            var sorted = times.OrderBy(time => time).ToList();
            Console.WriteLine(sorted.Count == 0
                ? $"| {name} | — | — |"
                : $"| {name} | {Milliseconds(sorted[sorted.Count / 2])} | {Milliseconds(sorted[^1])} |");
        }

        Console.WriteLine(broken == 0 ? $"Every run ended within {Promise.TotalSeconds:0} s of Ctrl+C." : $"{broken} runs failed or took longer than {Promise.TotalSeconds:0} s.");
        return broken == 0 ? 0 : 1;
    }

    private static IEnumerable<(string Name, MethodInfo Method, object?[] Arguments)> Cases() =>
        typeof(InterruptTests).GetMethods()
            .Where(method => method.GetCustomAttribute<FactAttribute>() is not null)
            .SelectMany(method =>
            {
                var data = method.GetCustomAttributes<InlineDataAttribute>().SelectMany(inline => inline.GetData(method)).ToList();
                return data.Count == 0
                    ? new[] { (method.Name, method, Array.Empty<object?>()) }
                    : data.Select(arguments => ($"{method.Name}({string.Join(", ", arguments)})", method, arguments));
            });

    private static string Milliseconds(TimeSpan time) => time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";

    private sealed class Silent : ITestOutputHelper
    {
        public void WriteLine(string message)
        {
        }

        public void WriteLine(string format, params object[] args)
        {
        }
    }
}
