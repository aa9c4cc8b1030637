using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Soak.Soak;
using Xunit;
using Xunit.Abstractions;

namespace Seedream.Soak;

/// <summary>
/// The CI soak: 100 tasks at once against the emulator with 20% of its API answers faulted. The
/// 1,000-task run is <c>dotnet run -c Release --project tests/Seedream.Soak -- soak --tasks 1000</c>.
/// </summary>
public sealed class SoakTests : IDisposable
{
    private readonly ITestOutputHelper _output;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "seedream-soak-" + Guid.NewGuid().ToString("N"));

    public SoakTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task HundredTasksUnderTwentyPercentFaults_AllSaveCompleteImages_NoneIsCreatedTwice_AndTheKeyIsInNoLog()
    {
        // A submit whose answer was lost waits this long for its task's webhook before it is sent again; a webhook later
        // than that would count its task as created twice, so the wait is generous for a busy machine (the webhook comes
        // about a second after the task's creation; a task that was never created costs this wait once).
        var report = await SoakRunner.RunAsync(new SoakSettings(Tasks: 100, Concurrency: 100, FaultRate: 0.2, Seed: 7, _directory, WebhookPatience: TimeSpan.FromSeconds(30)), default);

        _output.WriteLine(report.ToMarkdown());
        Assert.Empty(report.Problems());
        Assert.Equal(100, report.Completed);
        Assert.Equal(110, report.ImagesVerified);
        Assert.True(report.Faults.Values.Sum() > 0, "No fault was injected: the soak proved nothing.");
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
