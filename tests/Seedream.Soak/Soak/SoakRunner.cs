using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Emulator;
using Seedream.Soak.Infrastructure;
using Seedream.Testing;

namespace Seedream.Soak.Soak;

/// <summary>
/// The soak: N tasks generated at once through <see cref="SeedreamClient"/> against the in-process
/// emulator with a share of its API answers faulted (500, 503, 429 with Retry-After, dropped
/// connections, truncated bodies, added latency). Each task is submitted, waited for and its images
/// saved; a submit that fails ambiguously is never repeated blindly: the task's webhook says whether
/// (and which) task was created, and only when none comes is it submitted again. Every fourth task
/// goes through the synchronous endpoint (which answers <c>processing</c> at once here and falls back to polling).
/// </summary>
internal static class SoakRunner
{
    public static async Task<SoakReport> RunAsync(SoakSettings settings, CancellationToken cancellationToken)
    {
        var unhandled = 0;
        void CountUnhandled(object? sender, UnhandledExceptionEventArgs e) => Interlocked.Increment(ref unhandled);
        void CountUnobserved(object? sender, UnobservedTaskExceptionEventArgs e) => Interlocked.Increment(ref unhandled);
        AppDomain.CurrentDomain.UnhandledException += CountUnhandled;
        TaskScheduler.UnobservedTaskException += CountUnobserved;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        try
        {
            await using var emulator = await SeedreamEmulator.StartAsync(EmulatorOptionsFor(settings), cancellationToken);
            await using var inbox = await WebhookInbox.StartAsync(cancellationToken);
            using var logs = new LogCapture();
            using var handler = new WireLedger(new SocketsHttpHandler { UseProxy = false });
            using var client = new SeedreamClient(ClientOptionsFor(emulator), handler, TimeProvider.System, logs.Factory);
            var syncOptions = ClientOptionsFor(emulator);
            syncOptions.UseSyncEndpoint = true;
            using var syncClient = new SeedreamClient(syncOptions, handler, TimeProvider.System, logs.Factory);
            using var plain = new HttpClient(new SocketsHttpHandler { UseProxy = false });
            using var gate = new SemaphoreSlim(settings.Concurrency);

            var outcomes = await Task.WhenAll(Enumerable.Range(0, settings.Tasks).Select(task =>
                RunTaskAsync(task, settings, UsesSyncEndpoint(task) ? syncClient : client, inbox, plain, gate, cancellationToken)));

            GC.Collect();
            GC.WaitForPendingFinalizers();
            process.Refresh();
            return new SoakReport(
                settings,
                outcomes,
                emulator.Counters.TasksCreated,
                emulator.Counters.FaultsByKind(),
                emulator.Counters.Polls,
                logs.Lines.Count,
                logs.Lines.Count(line => line.Contains(SoakSettings.ApiKey, StringComparison.Ordinal)),
                unhandled,
                clock.Elapsed,
                process.TotalProcessorTime - cpuBefore,
                process.PeakWorkingSet64,
                GC.GetTotalAllocatedBytes() - allocatedBefore);
        }
        finally
        {
            AppDomain.CurrentDomain.UnhandledException -= CountUnhandled;
            TaskScheduler.UnobservedTaskException -= CountUnobserved;
        }
    }

    /// <summary>Short tasks (0.2 s queued, 0.8 s processing), small images, faults split over six kinds.</summary>
    public static EmulatorOptions EmulatorOptionsFor(SoakSettings settings)
    {
        var share = settings.FaultRate / 20;
        return new EmulatorOptions
        {
            ApiKey = SoakSettings.ApiKey,
            QueueDuration = TimeSpan.FromMilliseconds(200),
            ProcessingDuration = TimeSpan.FromMilliseconds(800),
            SyncWait = TimeSpan.Zero,
            Seed = settings.Seed,
            Webhook = new WebhookOptions { MaxAttempts = 5, Backoff = TimeSpan.FromMilliseconds(200) },
            Faults = new FaultOptions
            {
                Seed = settings.Seed,
                ServerErrorRate = 4 * share,
                ServiceUnavailableRate = 3 * share,
                RateLimitRate = 3 * share,
                DropConnectionRate = 3 * share,
                TruncateBodyRate = 3 * share,
                LatencyRate = 4 * share,
                Latency = TimeSpan.FromMilliseconds(200),
                RetryAfterSeconds = 1,
            },
        };
    }

    /// <summary>Fast polling and retries so the soak is quick; everything else is the client's default.</summary>
    public static SeedreamClientOptions ClientOptionsFor(SeedreamEmulator emulator) => new()
    {
        ApiKey = emulator.ApiKey,
        BaseUrl = emulator.BaseAddress,
        RequestTimeout = TimeSpan.FromSeconds(20),
        Polling =
        {
            InitialDelay = TimeSpan.FromMilliseconds(250),
            MaxDelay = TimeSpan.FromSeconds(1),
            Timeout = TimeSpan.FromMinutes(3),
        },
        Retry = { MaxAttempts = 6, BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromSeconds(1) },
        Download = { MaxAttempts = 5 },
    };

    /// <summary>Every fourth task is generated through <c>POST /v1/tasks/sync</c> (<see cref="SeedreamClientOptions.UseSyncEndpoint"/>), the others through submit and wait.</summary>
    public static bool UsesSyncEndpoint(int task) => task % 4 == 3;

    /// <summary>A request for logical task <paramref name="task"/>, its webhook aimed at the inbox.</summary>
    public static SeedreamRequest Request(int task, Uri callback) =>
        SeedreamRequest.ForModel((task % 3) switch { 0 => "seedream-5.0", 1 => "seedream-4.5", _ => "seedream-4.0" })
            .Prompt($"soak task {task}: 一只柴犬穿宇航服站在月球上")
            .Size("16:9")
            .Resolution("2K")
            .ImageCount(task % 10 == 0 ? 2 : 1)
            .Watermark(false)
            .CallbackUrl(callback)
            .Build();

    private static async Task<TaskOutcome> RunTaskAsync(
        int task,
        SoakSettings settings,
        SeedreamClient client,
        WebhookInbox inbox,
        HttpClient plain,
        SemaphoreSlim gate,
        CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        var submits = new List<SubmitAttempt>();
        string? taskId = null;
        SeedreamResult? result = null;
        var recovered = false;
        var silent = 0;
        try
        {
            while (taskId is null)
            {
                if (submits.Count == 10)
                {
                    return new TaskOutcome(task, null, submits, false, silent, 0, 0, "10 submits in a row failed", Unexpected: false);
                }

                var attempt = new SubmitAttempt(task);
                submits.Add(attempt);
                SubmitAttempt.Current = attempt;
                try
                {
                    if (UsesSyncEndpoint(task))
                    {
                        result = await client.GenerateAsync(Request(task, inbox.CallbackFor(task)), null, cancellationToken);
                        taskId = result.TaskId;
                    }
                    else
                    {
                        taskId = (await client.SubmitAsync(Request(task, inbox.CallbackFor(task)), cancellationToken)).Id;
                    }
                }
                catch (SeedreamException failure) when (failure.TaskId is not null)
                {
                    // The sync create made the task and the wait after it failed: resume the wait by id below.
                    taskId = failure.TaskId;
                }
                catch (SeedreamException failure) when (CertainlyNotCreated(failure))
                {
                    // Nothing was created: submitting again is safe.
                }
                catch (SeedreamException)
                {
                    // The task may exist: ask its webhook before submitting again.
                    taskId = await inbox.WaitForAsync(task, settings.WebhookPatience, cancellationToken);
                    recovered = taskId is not null;
                    silent += recovered ? 0 : 1;
                }
                finally
                {
                    SubmitAttempt.Current = null;
                }
            }

            result ??= await client.GetOperation(taskId).WaitForCompletionAsync(null, cancellationToken);
            var saved = await result.SaveImagesAsync(Path.Combine(settings.OutputDirectory, task.ToString(System.Globalization.CultureInfo.InvariantCulture)), cancellationToken);
            var verified = 0;
            foreach (var image in saved)
            {
                var served = await plain.GetByteArrayAsync(result.Images[image.Index].Url, cancellationToken);
                var (width, height) = ImageCheck.Decode(image.Path);
                if (width > 0 && height > 0 && served.AsSpan().SequenceEqual(File.ReadAllBytes(image.Path)))
                {
                    verified++;
                }
            }

            var expected = task % 10 == 0 ? 2 : 1;
            var shortfall = saved.Count == expected ? null : $"{saved.Count} of {expected} images saved";
            return new TaskOutcome(task, taskId, submits, recovered, silent, saved.Count, verified, shortfall, Unexpected: false);
        }
        catch (SeedreamException failure)
        {
            return new TaskOutcome(task, taskId, submits, recovered, silent, 0, 0, failure.GetType().Name + ": " + failure.Message, Unexpected: false);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return new TaskOutcome(task, taskId, submits, recovered, silent, 0, 0, failure.ToString(), Unexpected: true);
        }
        finally
        {
            gate.Release();
        }
    }

    private static bool CertainlyNotCreated(SeedreamException failure) => failure switch
    {
        SeedreamRateLimitException => true,
        SeedreamServerException or SeedreamNetworkException or SeedreamRequestTimeoutException => !failure.MayHaveCreatedTask,
        _ => false,
    };
}
