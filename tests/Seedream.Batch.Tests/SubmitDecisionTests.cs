using System.Linq;
using Seedream.Batch.Client;
using Xunit;

namespace Seedream.Batch.Tests;

/// <summary>What a failed create means for a batch job is decided from the error's data, never from its message.</summary>
public class SubmitDecisionTests
{
    private static readonly string[] Messages =
    {
        "x",
        "The API key is missing or invalid (HTTP 401): the task may exist; rate limited; try again later.",
    };

    [Theory]
    [InlineData(SeedreamErrorKind.Authentication, nameof(SubmitResult.Fatal))]
    [InlineData(SeedreamErrorKind.InsufficientBalance, nameof(SubmitResult.Fatal))]
    [InlineData(SeedreamErrorKind.RateLimited, nameof(SubmitResult.RetryLater))]
    [InlineData(SeedreamErrorKind.Server, nameof(SubmitResult.RetryLater))]
    [InlineData(SeedreamErrorKind.Network, nameof(SubmitResult.RetryLater))]
    [InlineData(SeedreamErrorKind.RequestTimeout, nameof(SubmitResult.RetryLater))]
    [InlineData(SeedreamErrorKind.InvalidRequest, nameof(SubmitResult.Rejected))]
    [InlineData(SeedreamErrorKind.NotFound, nameof(SubmitResult.Rejected))]
    public void TheResult_FollowsTheKind_WhateverTheMessageSays(SeedreamErrorKind kind, string expected)
    {
        var results = Messages.Select(message => BatchClientAdapter.SubmitResultOf(new SeedreamException(kind, message, null)));

        Assert.All(results, result => Assert.Equal(expected, result.ToString()));
    }

    [Theory]
    [InlineData(SeedreamErrorKind.Server)]
    [InlineData(SeedreamErrorKind.Network)]
    [InlineData(SeedreamErrorKind.RequestTimeout)]
    [InlineData(SeedreamErrorKind.InvalidResponse)]
    public void ACreateThatMayHaveCreatedATask_IsAmbiguous_WhateverItsKind(SeedreamErrorKind kind)
    {
        var failure = new SeedreamException(kind, "x", 502, null, null, null, mayHaveCreatedTask: true, null, null);

        Assert.Equal(SubmitResult.Ambiguous, BatchClientAdapter.SubmitResultOf(failure));
    }
}
