using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace Seedream.Emulator.Tests;

public class StandaloneEmulatorTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Standalone_ListensOnTheGivenUrlWhateverTheEnvironmentSays_BindsOptions_AndStopsOnSigint()
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        using var process = StartEmulator(
            $"--urls {url} --Emulator:ApiKey=sk-standalone --Emulator:Quota=0",
            ("Kestrel__Endpoints__Http__Url", $"http://127.0.0.1:{FreePort()}"),
            ("ASPNETCORE_URLS", $"http://127.0.0.1:{FreePort()}"));

        string? banner;
        HttpStatusCode created;
        string farewell;
        try
        {
            banner = await process.StandardOutput.ReadLineAsync().WaitAsync(Patience);
            using var http = new HttpClient { BaseAddress = new Uri(url) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sk-standalone");
            using var create = await http.PostAsync("v1/tasks", new StringContent("""{"model":"seedream-5.0","prompt":"x"}""", Encoding.UTF8, "application/json"));
            created = create.StatusCode;
            Signal(process, "INT");
            await process.WaitForExitAsync().WaitAsync(Patience);
            farewell = await process.StandardOutput.ReadToEndAsync();
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }

        Assert.Equal($"Seedream emulator listening on {url}/ (API key: sk-standalone). Ctrl+C stops it.", banner);
        Assert.Equal(HttpStatusCode.PaymentRequired, created);
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("Seedream emulator stopped after 0 task(s).", farewell);
    }

    [Fact]
    public async Task Standalone_ListeningBeyondLoopbackWithTheDefaultKey_WarnsOnStandardError()
    {
        using var process = StartEmulator($"--urls http://0.0.0.0:{FreePort()}");

        string? warning;
        try
        {
            warning = await process.StandardError.ReadLineAsync().WaitAsync(Patience);
            Signal(process, "INT");
            await process.WaitForExitAsync().WaitAsync(Patience);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }

        Assert.StartsWith("Warning: the emulator listens beyond this machine (http://0.0.0.0:", warning, StringComparison.Ordinal);
        Assert.EndsWith("(--Emulator:ApiKey=<key>, or --urls http://127.0.0.1:<port>)", warning, StringComparison.Ordinal);
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task Standalone_WithOptionsOutOfRange_ExitsWith2AndSaysWhich()
    {
        using var process = StartEmulator("--urls http://127.0.0.1:0 --Emulator:TaskFailureRate=3");

        var error = await process.StandardError.ReadToEndAsync().WaitAsync(Patience);
        await process.WaitForExitAsync().WaitAsync(Patience);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("TaskFailureRate is 3; it must be between 0 and 1.", error);
    }

    private static Process StartEmulator(string arguments, params (string Name, string Value)[] environment)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Seedream.Emulator.dll");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

        // A test run started in the background (CI, a script) ignores SIGINT and a child inherits that;
        // env --default-signal gives the emulator the Ctrl+C disposition a terminal would (env execs, so the pid is the emulator's).
        var start = new ProcessStartInfo("env", $"--default-signal=INT \"{dotnet}\" \"{dll}\" {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("The emulator process did not start.");
    }

    private static void Signal(Process process, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", $"-{signal} {process.Id}") { UseShellExecute = false })!;
        kill.WaitForExit();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
