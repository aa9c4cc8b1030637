using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.Testing;

/// <summary>Runs a program to its end, collecting what it prints; kills its process tree past a deadline.</summary>
public static class ProcessRunner
{
    /// <summary>
    /// How long a tool the tests start (a build, a pack, <c>dotnet new</c>, the CLI, a linter) may run before it is
    /// called hung and killed: 20 minutes. Only a guard against a hang, never a measure: no test result depends on how
    /// fast a child process runs, so a busy machine only makes it slower.
    /// </summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(20);

    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    /// <param name="fileName">The program.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="workingDirectory">Where it runs.</param>
    /// <param name="timeout">After this the process tree is killed and <see cref="TimeoutException"/> is thrown.</param>
    public static Task<CommandResult> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout) =>
        RunAsync(Prepare(fileName, arguments, workingDirectory), timeout);

    /// <summary>A start description with redirected output, to adjust (e.g. its environment) before <see cref="RunAsync(ProcessStartInfo, TimeSpan)"/>.</summary>
    /// <param name="fileName">The program.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="workingDirectory">Where it runs.</param>
    public static ProcessStartInfo Prepare(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>Runs the process <paramref name="start"/> describes.</summary>
    /// <param name="start">From <see cref="Prepare"/>.</param>
    /// <param name="timeout">After this the process tree is killed and <see cref="TimeoutException"/> is thrown.</param>
    public static async Task<CommandResult> RunAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        var command = start.FileName + " " + string.Join(' ', start.ArgumentList.Select(a => a.Contains(' ') ? $"\"{a}\"" : a));
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"`{command}` in {start.WorkingDirectory} did not finish within {timeout}; it was killed. Output so far:\n{Snapshot(output)}");
        }

        // WaitForExitAsync returns once the redirected streams reached their end.
        return new CommandResult(command, process.ExitCode, Snapshot(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
