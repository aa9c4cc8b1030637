using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Tasks;
using Seedream.Batch.Ledger;
using Seedream.Batch.Tests.Infrastructure;
using Seedream.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Seedream.Batch.Tests;

/// <summary>
/// The batch's promise at its real boundary: <c>seedream batch run</c> as a process, killed with SIGKILL again and
/// again (after the Nth ledger transition, at seeded N, and at seeded random moments), against the emulator in its
/// own process injecting 20 % faults, with every create's answer a third of a second late (so kills land while creates
/// are on their way), resumed until nothing is left but ambiguous jobs. No file under the output folder holds the key. A proxy in front of the
/// emulator counts the tasks it created per job (each job's prompt carries its tag). CI runs 40 jobs; set
/// SEEDREAM_BATCH_SOAK_JOBS=200 for the full version.
/// </summary>
public sealed class KillResumeTests : IDisposable
{
    private const int Seed = 16;
    private const int KillsAfterTransitions = 5;
    private const int KillsAtRandomMoments = 2;
    private const int MaxRuns = 20;
    private static readonly TimeSpan RunPatience = TimeSpan.FromMinutes(3);

    private readonly TemporaryDirectory _folder = new();
    private readonly ITestOutputHelper _log;

    public KillResumeTests(ITestOutputHelper log)
    {
        _log = log;
    }

    [Fact]
    public async Task BatchKilledAgainAndAgain_UnderFaults_SavesEveryJobOnce_AndNoJobHasTwoTasks()
    {
        var jobCount = int.TryParse(Environment.GetEnvironmentVariable("SEEDREAM_BATCH_SOAK_JOBS"), out var asked) ? asked : 40;
        using var emulator = await EmulatorProcess.StartAsync(new Dictionary<string, string>
        {
            ["QueueDuration"] = "00:00:00.2",
            ["ProcessingDuration"] = "00:00:01",
            ["Seed"] = Seed.ToString(CultureInfo.InvariantCulture),
            ["Faults:Seed"] = Seed.ToString(CultureInfo.InvariantCulture),
            ["Faults:RateLimitRate"] = "0.06",
            ["Faults:ServiceUnavailableRate"] = "0.04",
            ["Faults:ServerErrorRate"] = "0.03",
            ["Faults:DropConnectionRate"] = "0.04",
            ["Faults:TruncateBodyRate"] = "0.03",
            ["Faults:RetryAfterSeconds"] = "1",
        });
        await using var proxy = await RecordingProxy.StartAsync(emulator.BaseAddress);
        proxy.CreateAnswerDelay = TimeSpan.FromMilliseconds(300);
        var input = _folder.WriteBatch("jobs.jsonl", Enumerable.Range(1, jobCount).Select(Line).ToArray());
        var output = _folder.Combine("out");
        var ledgerPath = Path.Combine(output, SqliteBatchLedger.FileName);
        var environment = new Dictionary<string, string> { ["SEEDREAM_API_KEY"] = EmulatorProcess.ApiKey, ["SEEDREAM_BASE_URL"] = proxy.BaseAddress.ToString() };
        var random = new Random(Seed);

        var kills = 0;
        string lastOutput = string.Empty;
        for (var run = 1; ; run++)
        {
            Assert.True(run <= MaxRuns, $"The batch was not done after {MaxRuns} runs. Last output:\n{lastOutput}");
            using var cli = ChildProcess.Start("seedream.dll", environment, "batch", "run", input, "--out", output, "--concurrency", "8");
            bool killed;
            if (kills < KillsAfterTransitions)
            {
                var target = LedgerProbe.Transitions(ledgerPath) + random.Next(3, 16);
                while (!cli.HasExited && LedgerProbe.Transitions(ledgerPath) < target)
                {
                    await Task.Delay(5);
                }

                killed = Kill(cli);
            }
            else if (kills < KillsAfterTransitions + KillsAtRandomMoments)
            {
                await Task.Delay(random.Next(200, 1500));
                killed = Kill(cli);
            }
            else
            {
                await cli.WaitForExitAsync(RunPatience);
                killed = false;
            }

            await cli.WaitForExitAsync(RunPatience);
            lastOutput = cli.Output;
            Assert.Equal("ok", LedgerProbe.IntegrityCheck(ledgerPath));
            using (var ledger = SqliteBatchLedger.Open(ledgerPath))
            {
                var jobs = ledger.ReadJobs();
                _log.WriteLine($"run {run}: {(killed ? "killed" : "exit " + cli.ExitCode)}; " + string.Join(", ", jobs.GroupBy(j => j.State).Select(g => $"{g.Count()} {g.Key}")));
                if (killed)
                {
                    kills++;
                    continue;
                }

                if (!jobs.Any(j => j.State is BatchJobState.Pending or BatchJobState.Submitting or BatchJobState.Submitted))
                {
                    break;
                }
            }
        }

        using var final = SqliteBatchLedger.Open(ledgerPath);
        var finalJobs = final.ReadJobs();
        Assert.Equal(jobCount, finalJobs.Count);

        // No job has two tasks at the emulator, whatever was killed when.
        var doubled = proxy.TasksCreatedPerTag.Where(t => t.Value > 1).ToList();
        Assert.True(doubled.Count == 0, "Jobs with more than one task: " + string.Join(", ", doubled.Select(d => $"{d.Key} ({d.Value})")));

        // Every job that is not ambiguous is saved, exactly once, with the bytes the emulator served.
        var ambiguous = finalJobs.Where(j => j.State == BatchJobState.Ambiguous).ToList();
        Assert.All(finalJobs.Except(ambiguous), job => Assert.Equal(BatchJobState.Saved, job.State));
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", EmulatorProcess.ApiKey);
        foreach (var job in finalJobs.Where(j => j.State == BatchJobState.Saved))
        {
            Assert.Equal(1, proxy.TasksCreatedPerTag.GetValueOrDefault(Tag(job.LineNumber)));
            Assert.Equal(1, LedgerProbe.TimesEntered(ledgerPath, job.Id, "saved"));
            var served = await ServedImagesAsync(http, job.TaskId!);
            Assert.Equal(served.Count, job.Files.Count);
            foreach (var file in job.Files)
            {
                var bytes = await File.ReadAllBytesAsync(Path.Combine(output, file.Path));
                Assert.Equal(file.Size, bytes.Length);
                Assert.Equal(file.Sha256, Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant());
                Assert.Equal(served[file.Index], bytes);
            }
        }

        Assert.Equal(finalJobs.Sum(j => j.Files.Count), Directory.GetFiles(Path.Combine(output, "images")).Length);

        // Every ambiguous job is reported with what to do, and none was sent again (at most the one task it may have).
        foreach (var job in ambiguous)
        {
            Assert.Contains($"line {job.LineNumber} ({job.Name}) ambiguous", lastOutput, StringComparison.Ordinal);
            Assert.Contains("--resend-ambiguous", job.ErrorMessage, StringComparison.Ordinal);
            Assert.True(proxy.TasksCreatedPerTag.GetValueOrDefault(Tag(job.LineNumber)) <= 1);
        }

        Assert.True(kills == KillsAfterTransitions + KillsAtRandomMoments, $"Only {kills} runs were killed before they ended.");
        KeyInFiles.AssertNone(EmulatorProcess.ApiKey, output);
        _log.WriteLine($"{finalJobs.Count(j => j.State == BatchJobState.Saved)} saved, {ambiguous.Count} ambiguous, {proxy.TasksCreatedPerTag.Values.Sum()} tasks created, {kills} kills");
    }

    public void Dispose() => _folder.Dispose();

    private static bool Kill(ChildProcess cli)
    {
        if (cli.HasExited)
        {
            return false;
        }

        cli.KillHard();
        return true;
    }

    private static string Tag(int lineNumber) => "job-" + lineNumber.ToString("D4", CultureInfo.InvariantCulture);

    private static string Line(int lineNumber)
    {
        var set = lineNumber % 5 == 0 ? ", \"n\": 2" : string.Empty;
        return $"{{\"model\": \"seedream-5.0\", \"prompt\": \"{Tag(lineNumber)}: a lighthouse in a storm, variation {lineNumber}\", \"size\": \"1:1\", \"resolution\": \"2K\"{set}, \"name\": \"lighthouse {lineNumber % 7}\"}}";
    }

    /// <summary>The images the emulator serves for a task, asked directly (its faults still apply, so asked until it answers).</summary>
    private static async Task<List<byte[]>> ServedImagesAsync(HttpClient http, string taskId)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var document = JsonDocument.Parse(await http.GetStringAsync("v1/tasks/" + taskId));
                var images = new List<byte[]>();
                foreach (var image in document.RootElement.GetProperty("result").GetProperty("images").EnumerateArray())
                {
                    var url = image.GetProperty("url");
                    images.Add(await http.GetByteArrayAsync(url.ValueKind == JsonValueKind.Array ? url[0].GetString() : url.GetString()));
                }

                return images;
            }
            catch (Exception exception) when (attempt < 20 && exception is HttpRequestException or JsonException or IOException)
            {
                await Task.Delay(100);
            }
        }
    }
}
