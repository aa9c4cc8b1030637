using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.Batch.Tests.Infrastructure;

/// <summary>
/// A program built with the tests (<c>dotnet &lt;dll&gt; …</c>) run as its own process, its output collected;
/// killed with SIGKILL on request or when the test ends. SEEDREAM_* variables are never inherited.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly List<(string Text, TaskCompletionSource<string> Found)> _watches = new();

    private ChildProcess(Process process)
    {
        _process = process;
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public int ExitCode => _process.ExitCode;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts <c>dotnet <paramref name="dll"/></c> from the tests' output folder.</summary>
    public static ChildProcess Start(string dll, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, dll));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("SEEDREAM_API_KEY");
        start.Environment.Remove("SEEDREAM_BASE_URL");
        start.Environment[Seedream.Testing.Cli.CliProcess.StopGraceVariable] = Seedream.Testing.Cli.CliProcess.PatientStopGrace;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var child = new ChildProcess(new Process { StartInfo = start });
        child._process.OutputDataReceived += (_, e) => child.Receive(e.Data);
        child._process.ErrorDataReceived += (_, e) => child.Receive(e.Data);
        child._process.Start();
        child._process.StandardInput.Close();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    /// <summary>The first output line containing <paramref name="text"/>, already written or still to come.</summary>
    public Task<string> LineContainingAsync(string text, TimeSpan patience)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_output)
        {
            foreach (var line in _output.ToString().Split('\n'))
            {
                if (line.Contains(text, StringComparison.Ordinal))
                {
                    found.TrySetResult(line.TrimEnd('\r'));
                }
            }

            _watches.Add((text, found));
        }

        return found.Task.WaitAsync(patience);
    }

    /// <summary>Ends the process at once, as <c>kill -9</c> does: no handler runs, nothing is flushed.</summary>
    public void KillHard()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It had ended by itself.
        }
    }

    public async Task WaitForExitAsync(TimeSpan patience)
    {
        using var limit = new CancellationTokenSource(patience);
        await _process.WaitForExitAsync(limit.Token);
    }

    public void Dispose()
    {
        KillHard();
        _process.Dispose();
    }

    private void Receive(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
            foreach (var (text, found) in _watches)
            {
                if (line.Contains(text, StringComparison.Ordinal))
                {
                    found.TrySetResult(line);
                }
            }
        }
    }
}
