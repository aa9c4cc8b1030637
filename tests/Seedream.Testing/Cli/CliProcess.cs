using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

namespace Seedream.Testing.Cli;

/// <summary>
/// A running <c>seedream</c> process (<c>dotnet seedream.dll …</c>, built with the tests), with its
/// output collected line by line. The environment's SEEDREAM_* variables are never inherited.
/// </summary>
public sealed class CliProcess : IDisposable
{
    /// <summary>
    /// How long any step may take before the test fails instead of hanging: 3 minutes. A guard against a hang, not a
    /// measure: tests wait for what the process prints, so a busy machine only makes them slower.
    /// </summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <summary>
    /// The stop grace every process gets unless a test sets <c>SEEDREAM_STOP_GRACE</c> itself: 2 minutes, so a command
    /// that a signal stops ends by its own clean-up (and says so), not by the forced exit a busy machine would otherwise
    /// reach after the default 750 ms. Tests of the forced exit set their own.
    /// </summary>
    public const string PatientStopGrace = "2m";

    /// <summary>The CLI's setting for how long it may take to stop cleanly after Ctrl+C or SIGTERM.</summary>
    public const string StopGraceVariable = "SEEDREAM_STOP_GRACE";

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly TaskCompletionSource _outputClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _errorsClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Found)> _watches = new();

    private CliProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Collect(e.Data, _output, _outputClosed);
        _process.ErrorDataReceived += (_, e) => Collect(e.Data, _errors, _errorsClosed);
    }

    /// <summary>Starts <c>seedream</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>, its output redirected.</summary>
    /// <param name="workingDirectory">The current directory of the process.</param>
    /// <param name="environment">Extra environment variables (e.g. SEEDREAM_API_KEY, SEEDREAM_BASE_URL).</param>
    /// <param name="arguments">The command line after <c>seedream</c>.</param>
    public static CliProcess Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        // A test run started in the background (CI, a script) ignores SIGINT, and a child inherits that;
        // env --default-signal gives the CLI the default Ctrl+C disposition a terminal would.
        return OperatingSystem.IsLinux()
            ? Launch(workingDirectory, environment, "env", new[] { "--default-signal=INT", Dotnet, Dll }.Concat(arguments))
            : Launch(workingDirectory, environment, Dotnet, new[] { Dll }.Concat(arguments));
    }

    /// <summary>
    /// Runs <c>seedream</c> to the end on a pseudo-terminal (util-linux <c>script</c>) of <paramref name="columns"/>
    /// columns, as a user at a terminal would; both output streams arrive merged, terminal escapes included, in <see cref="CliRun.Output"/>.
    /// </summary>
    /// <param name="workingDirectory">The current directory of the process.</param>
    /// <param name="columns">The terminal's width (<c>stty cols</c>).</param>
    /// <param name="arguments">The command line after <c>seedream</c>.</param>
    public static Task<CliRun> RunOnTerminalAsync(string workingDirectory, int columns, params string[] arguments) =>
        RunOnTerminalAsync(workingDirectory, columns, null, arguments);

    /// <summary>Runs <c>seedream</c> to the end on a pseudo-terminal <paramref name="columns"/> wide, with extra environment variables.</summary>
    public static async Task<CliRun> RunOnTerminalAsync(string workingDirectory, int columns, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var command = $"stty cols {columns} rows 24; exec " +
                      string.Join(' ', new[] { Dotnet, Dll }.Concat(arguments).Select(argument => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
        using var process = Launch(workingDirectory, environment, "script", new[] { "--quiet", "--return", "--command", command, "/dev/null" });
        return await process.WaitForExitAsync();
    }

    /// <summary>Runs <c>seedream</c> to the end.</summary>
    /// <param name="workingDirectory">The current directory of the process.</param>
    /// <param name="environment">Extra environment variables.</param>
    /// <param name="arguments">The command line after <c>seedream</c>.</param>
    public static async Task<CliRun> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        using var process = Start(workingDirectory, environment, arguments);
        return await process.WaitForExitAsync();
    }

    /// <summary>Completes with the first standard-error line that satisfies <paramref name="match"/> (already written or still to come).</summary>
    /// <param name="match">What the line must look like.</param>
    public Task<string> ErrorLineAsync(Func<string, bool> match)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_watches)
        {
            var seen = _errors.FirstOrDefault(match);
            if (seen is not null)
            {
                found.SetResult(seen);
            }
            else
            {
                _watches.Add((match, found));
            }
        }

        return found.Task.WaitAsync(Patience);
    }

    /// <summary>Sends a POSIX signal, as Ctrl+C (<c>INT</c>) or <c>kill</c> (<c>TERM</c>) would.</summary>
    /// <param name="signal">The signal's name without SIG, e.g. <c>INT</c>.</param>
    public void Signal(string signal)
    {
        // Straight through kill(2): starting the kill program would add its own start-up to every Ctrl+C measured.
        var number = signal switch
        {
            "INT" => 2,
            "TERM" => 15,
            _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "INT or TERM."),
        };
        if (Kill(_process.Id, number) != 0)
        {
            throw new InvalidOperationException($"kill(-{signal}, {_process.Id}) failed with errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    /// <summary>Waits for the process to end and for all its output.</summary>
    public async Task<CliRun> WaitForExitAsync()
    {
        await Task.WhenAll(_process.WaitForExitAsync(), _outputClosed.Task, _errorsClosed.Task).WaitAsync(Patience);
        return new CliRun(_process.ExitCode, _output.ToList(), _errors.ToList());
    }

    /// <summary>Kills the process if a failed test left it running.</summary>
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private static string Dll => Path.Combine(AppContext.BaseDirectory, "seedream.dll");

    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    private static CliProcess Launch(string workingDirectory, IReadOnlyDictionary<string, string>? environment, string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var inherited in start.Environment.Keys.Where(name => name.StartsWith("SEEDREAM_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(inherited);
        }

        start.Environment[StopGraceVariable] = PatientStopGrace;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = new CliProcess(new Process { StartInfo = start });
        process._process.Start();
        process._process.StandardInput.Close();
        process._process.BeginOutputReadLine();
        process._process.BeginErrorReadLine();
        return process;
    }

    private void Collect(string? line, ConcurrentQueue<string> lines, TaskCompletionSource closed)
    {
        if (line is null)
        {
            closed.TrySetResult();
            return;
        }

        lock (_watches)
        {
            lines.Enqueue(line);
            if (ReferenceEquals(lines, _errors))
            {
                foreach (var watch in _watches.Where(w => w.Match(line)).ToList())
                {
                    watch.Found.TrySetResult(line);
                    _watches.Remove(watch);
                }
            }
        }
    }
}
