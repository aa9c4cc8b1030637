using System;
using System.Linq;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace Seedream.Emulator.Tests;

/// <summary>Tests that measure the process's managed heap, so they run alone, after the tests that run in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeapMeasuringCollection
{
    public const string Name = "Heap measuring";
}

/// <summary>What the emulator holds for its tasks is bounded: a task keeps what its answers need, and only so many are held.</summary>
[Collection(HeapMeasuringCollection.Name)]
public class MemoryBoundsTests
{
    private readonly ITestOutputHelper _output;

    public MemoryBoundsTests(ITestOutputHelper output) => _output = output;

    /// <summary>Fourteen reference images of 64,000 characters each: a create body of about 900 KB, under the 1 MiB cap.</summary>
    private static readonly string LongReferenceImages =
        "[" + string.Join(",", Enumerable.Range(0, 14).Select(i => $"\"https://img.example/{i}/{new string('a', 64_000)}\"")) + "]";

    [Fact]
    public async Task CreatesWithLongReferenceImageLists_DoNotKeepThem()
    {
        const int Creates = 40;
        await using var harness = await EmulatorHarness.StartAsync();
        var body = $$"""{"model":"seedream-5.0","prompt":"{{new string('p', 10_000)}}","image_urls":{{LongReferenceImages}}}""";
        Assert.Equal(200, (await harness.PostAsync("v1/tasks", body)).Status); // warms up the server's buffers and the code paths

        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < Creates; i++)
        {
            Assert.Equal(200, (await harness.PostAsync("v1/tasks", body)).Status);
        }

        var grown = GC.GetTotalMemory(forceFullCollection: true) - before;
        _output.WriteLine($"The heap grew by {grown:N0} bytes over {Creates} creates of {body.Length:N0} bytes.");

        // Kept, the lists alone would be 40 x 14 x 64,000 characters x 2 bytes, about 72 MB.
        Assert.True(grown < 8 * 1024 * 1024, $"The heap grew by {grown:N0} bytes over {Creates} creates.");
        Assert.Equal(Creates + 1, harness.Counters.TasksCreated);
    }

    [Fact]
    public async Task AtMaxRetainedTasks_TheTasksThatEndedFirstGiveWay_AndWithNoneEnded_ACreateIs429UntilTheOldestEnds()
    {
        await using var harness = await EmulatorHarness.StartAsync(options =>
        {
            options.MaxRetainedTasks = 2;
            options.Quota = 3;
        });
        var first = (await harness.Client.CreateTaskAsync(EmulatorHarness.Request())).Task_id!;
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        var second = (await harness.Client.CreateTaskAsync(EmulatorHarness.Request())).Task_id!;

        var (fullStatus, full) = await harness.PostAsync("v1/tasks", """{"model":"seedream-5.0","prompt":"x"}""");
        harness.Time.Advance(TimeSpan.FromSeconds(4)); // the first task ends; the second is still processing
        var (thirdStatus, third) = await harness.PostAsync("v1/tasks", """{"model":"seedream-5.0","prompt":"x"}""");
        var (firstStatus, _) = await harness.GetAsync("v1/tasks/" + first);
        var (secondStatus, secondTask) = await harness.GetAsync("v1/tasks/" + second);

        Assert.Equal(429, fullStatus);
        Assert.Equal("rate_limited", (string?)full["error"]?["code"]);
        Assert.Contains("MaxRetainedTasks", (string?)full["error"]?["message"]);
        Assert.Equal(200, thirdStatus);
        Assert.Equal("queued", (string?)third["status"]);
        Assert.Equal(404, firstStatus);
        Assert.Equal((200, "processing"), (secondStatus, (string?)secondTask["status"]));
        Assert.Equal(3, harness.Counters.TasksCreated); // the refused create was refunded, or the quota of 3 would not have paid for the third
    }

    [Fact]
    public async Task StoreFull_AnswersRetryAfter_UntilTheOldestTaskEnds()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.MaxRetainedTasks = 1);
        await harness.Client.CreateTaskAsync(EmulatorHarness.Request());
        harness.Time.Advance(TimeSpan.FromSeconds(2));

        using var content = new System.Net.Http.StringContent("""{"model":"seedream-5.0","prompt":"x"}""", System.Text.Encoding.UTF8, "application/json");
        using var answer = await harness.Http.PostAsync("v1/tasks", content);

        Assert.Equal(429, (int)answer.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), answer.Headers.RetryAfter?.Delta);
    }
}
