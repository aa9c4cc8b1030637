using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Testing.Time;
using Xunit;

namespace Seedream.Client.Tests;

public class ProgressFollowingWaitTests
{
    private static readonly DateTimeOffset Start = new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task WaitForCompletionAsync_OnATaskWithLinearProgress_NoticesTheFinishWithinFivePercentOfItsTime_WithNoExtraPolls_AndReportsTheTimeLeft()
    {
        var clock = new WatchedClock(Start);
        var api = new LinearTaskApi(clock, TimeSpan.FromSeconds(20));
        using var client = new SeedreamClient(new SeedreamClientOptions { ApiKey = "sk-test", BaseUrl = new Uri("https://api.seedream.test/") }, api, clock, null, () => 0.5);
        var updates = new List<SeedreamTaskUpdate>();

        var wait = client.GetOperation("task-1").WaitForCompletionAsync(new Collect(updates));
        await clock.DriveAsync(wait);

        var result = await wait;
        Assert.Equal("task-1", result.TaskId);
        Assert.True((api.PollTimes[^1] - TimeSpan.FromSeconds(20)).TotalSeconds is >= 0 and <= 1.0, "polls at " + string.Join(", ", api.PollTimes));
        Assert.True(api.PollTimes.Count <= 7, $"polled {api.PollTimes.Count} times at {string.Join(", ", api.PollTimes)}; the backoff alone polls 7 times (0, 2, 5, 9.5, 14.5, 19.5, 24.5 s)");
        Assert.Null(updates[0].EstimatedTimeLeft);
        var estimated = updates.Where(u => u.EstimatedTimeLeft is not null && u.Status == SeedreamTaskStatus.Processing).ToList();
        Assert.NotEmpty(estimated);
        Assert.All(estimated, u => Assert.InRange((u.Elapsed + u.EstimatedTimeLeft!.Value).TotalSeconds, 19, 21));
    }

    private sealed class Collect : IProgress<SeedreamTaskUpdate>
    {
        private readonly List<SeedreamTaskUpdate> _updates;

        public Collect(List<SeedreamTaskUpdate> updates) => _updates = updates;

        public void Report(SeedreamTaskUpdate value) => _updates.Add(value);
    }

    /// <summary>One task that started with the clock and gains one percent per hundredth of its duration.</summary>
    private sealed class LinearTaskApi : HttpMessageHandler
    {
        private readonly TimeProvider _clock;
        private readonly TimeSpan _duration;

        public LinearTaskApi(TimeProvider clock, TimeSpan duration)
        {
            _clock = clock;
            _duration = duration;
        }

        public List<TimeSpan> PollTimes { get; } = new List<TimeSpan>();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var elapsed = _clock.GetUtcNow() - Start;
            PollTimes.Add(elapsed);
            var done = elapsed >= _duration;
            var progress = done ? 100 : (int)(100 * elapsed.Ticks / _duration.Ticks);
            var result = done ? ",\"result\":{\"images\":[{\"url\":\"https://cdn.seedream.test/a.png\"}]}" : string.Empty;
            var body = string.Create(CultureInfo.InvariantCulture, $"{{\"task_id\":\"task-1\",\"status\":\"{(done ? "completed" : "processing")}\",\"progress\":{progress}{result}}}");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }
    }
}
