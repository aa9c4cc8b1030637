using System;
using Seedream.Polling;
using Xunit;

namespace Seedream.Client.Tests;

public class CompletionEstimatorTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(60)]
    [InlineData(240)]
    public void LinearProgress_EstimatesTheFinish_WithinOnePercentOfTheTaskTime(int taskSeconds)
    {
        var estimator = new CompletionEstimator();
        var duration = TimeSpan.FromSeconds(taskSeconds);

        // The default backoff's poll times: 2, 5, 9.5, then every 5 s, while the task runs.
        for (var at = TimeSpan.FromSeconds(2); at < duration; at += Backoff(at))
        {
            estimator.Observe(at, WholePercent(at, duration));
        }

        Assert.NotNull(estimator.EstimatedCompletion);
        Assert.InRange(estimator.EstimatedCompletion!.Value.TotalSeconds, taskSeconds * 0.99, taskSeconds * 1.01);
    }

    [Fact]
    public void LinearProgress_GivesAnEstimate_OnlyFromTheSecondRisingAnswer()
    {
        var estimator = new CompletionEstimator();

        estimator.Observe(TimeSpan.Zero, 0);
        Assert.Null(estimator.EstimatedCompletion);
        estimator.Observe(TimeSpan.FromSeconds(2), 20);
        Assert.Null(estimator.EstimatedCompletion);
        estimator.Observe(TimeSpan.FromSeconds(5), 50);
        Assert.Equal(10, estimator.EstimatedCompletion!.Value.TotalSeconds, 3);
    }

    [Fact]
    public void NoisyProgress_IsAveragedOver_TheLatestAnswers()
    {
        var estimator = new CompletionEstimator();
        var noise = new Random(7);
        var duration = TimeSpan.FromSeconds(60);

        // ±3 points of noise on a task that gains about 8 points between polls 5 s apart.
        for (var at = TimeSpan.FromSeconds(5); at < TimeSpan.FromSeconds(45); at += TimeSpan.FromSeconds(5))
        {
            estimator.Observe(at, WholePercent(at, duration) + noise.Next(-3, 4));
        }

        Assert.InRange(estimator.EstimatedCompletion!.Value.TotalSeconds, 57, 63);
    }

    [Fact]
    public void StepProgress_0_50_100_NeverGivesAnEstimate()
    {
        var estimator = new CompletionEstimator();
        var duration = TimeSpan.FromSeconds(30);

        for (var at = TimeSpan.Zero; at < duration; at += TimeSpan.FromSeconds(2))
        {
            estimator.Observe(at, at.Ticks * 2 >= duration.Ticks ? 50 : 0);
            Assert.Null(estimator.EstimatedCompletion);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(null)]
    public void ProgressThatSaysNothingUntilDone_NeverGivesAnEstimate(int? reported)
    {
        var estimator = new CompletionEstimator();

        for (var seconds = 0; seconds < 60; seconds += 5)
        {
            estimator.Observe(TimeSpan.FromSeconds(seconds), reported);
            Assert.Null(estimator.EstimatedCompletion);
        }
    }

    [Fact]
    public void StalledProgress_DropsTheEstimate_UntilTwoAnswersRiseAgain_ThenFollowsTheNewPace()
    {
        var estimator = new CompletionEstimator();
        estimator.Observe(TimeSpan.FromSeconds(2), 10);
        estimator.Observe(TimeSpan.FromSeconds(4), 20);
        Assert.Equal(20, estimator.EstimatedCompletion!.Value.TotalSeconds, 3);

        estimator.Observe(TimeSpan.FromSeconds(6), 20);
        Assert.Null(estimator.EstimatedCompletion);
        estimator.Observe(TimeSpan.FromSeconds(8), 20);
        Assert.Null(estimator.EstimatedCompletion);

        // Resumes at 10 points per second: 20 % at 8 s, 40 % at 10 s, so 100 % at 16 s.
        estimator.Observe(TimeSpan.FromSeconds(10), 40);
        Assert.Equal(16, estimator.EstimatedCompletion!.Value.TotalSeconds, 3);
    }

    [Fact]
    public void ProgressGoingBackwards_DropsTheEstimate()
    {
        var estimator = new CompletionEstimator();
        estimator.Observe(TimeSpan.FromSeconds(2), 30);
        estimator.Observe(TimeSpan.FromSeconds(4), 60);
        Assert.NotNull(estimator.EstimatedCompletion);

        estimator.Observe(TimeSpan.FromSeconds(6), 40);

        Assert.Null(estimator.EstimatedCompletion);
    }

    [Fact]
    public void AnEstimate_IsNeverInThePast()
    {
        var estimator = new CompletionEstimator();
        estimator.Observe(TimeSpan.FromSeconds(2), 10);
        estimator.Observe(TimeSpan.FromSeconds(4), 95);

        // The line through the two answers reaches 100 % at about 4.1 s; a noisy third answer lags it.
        estimator.Observe(TimeSpan.FromSeconds(30), 99);

        Assert.True(estimator.EstimatedCompletion >= TimeSpan.FromSeconds(30), $"estimate {estimator.EstimatedCompletion} is before the last answer");
    }

    private static int WholePercent(TimeSpan at, TimeSpan duration) => (int)Math.Clamp(100 * at.Ticks / duration.Ticks, 1, 99);

    private static TimeSpan Backoff(TimeSpan at) =>
        at < TimeSpan.FromSeconds(5) ? TimeSpan.FromSeconds(3) : at < TimeSpan.FromSeconds(9.5) ? TimeSpan.FromSeconds(4.5) : TimeSpan.FromSeconds(5);
}
