using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace Seedream.Soak.Polling;

/// <summary>
/// The CI version of the polling figures: 40 seeded samples per row instead of 200 (the full run is
/// <c>dotnet run -c Release --project tests/Seedream.Soak -- polling</c>), every polling target checked.
/// </summary>
public sealed class PollingTargetTests
{
    private readonly ITestOutputHelper _output;

    public PollingTargetTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task FollowingProgress_NoticesLinearTasksWithinFivePercent_IsNeverLaterThanTheBackoffOnOtherShapes_AndNeverPollsMore()
    {
        var (markdown, missed) = await PollingBenchmark.CompareSchedulesAsync(40);

        _output.WriteLine(markdown);
        Assert.Empty(missed);
    }
}
