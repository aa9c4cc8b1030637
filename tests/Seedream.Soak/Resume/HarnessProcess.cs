using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.Soak.Resume;

/// <summary>This harness started as a child process in one mode, its output read as it comes.</summary>
internal sealed class HarnessProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _awaitedLine;
    private readonly TaskCompletionSource<bool> _lineSeen = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HarnessProcess(Process process, string awaitedLine)
    {
        _process = process;
        _awaitedLine = awaitedLine;
    }

    /// <summary>Everything the process wrote so far, both streams.</summary>
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

    /// <summary>Starts <c>Seedream.Soak.dll</c> (beside the running tests) with <paramref name="arguments"/> and the environment given.</summary>
    public static HarnessProcess Start(string awaitedLine, (string Name, string Value) environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Seedream.Soak.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[environment.Name] = environment.Value;
        var process = new Process { StartInfo = start };
        var harness = new HarnessProcess(process, awaitedLine);
        process.OutputDataReceived += (_, line) => harness.Receive(line.Data);
        process.ErrorDataReceived += (_, line) => harness.Receive(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return harness;
    }

    /// <summary>Whether the awaited line came before the process ended.</summary>
    public async Task<bool> WaitForLineAsync(CancellationToken cancellationToken)
    {
        var exited = _process.WaitForExitAsync(cancellationToken);
        await Task.WhenAny(_lineSeen.Task, exited).ConfigureAwait(false);
        return _lineSeen.Task.IsCompleted;
    }

    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    public void Kill() => _process.Kill(entireProcessTree: true);

    public void Dispose() => _process.Dispose();

    private void Receive(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (line == _awaitedLine)
        {
            _lineSeen.TrySetResult(true);
        }
    }
}
