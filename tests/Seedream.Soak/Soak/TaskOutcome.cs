using System.Collections.Generic;
using System.Linq;

namespace Seedream.Soak.Soak;

/// <summary>What happened to one logical task of the soak.</summary>
/// <param name="Task">The logical task (0-based).</param>
/// <param name="TaskId">The id of the task that was waited for, if one was found.</param>
/// <param name="Submits">Every <see cref="SeedreamClient.SubmitAsync"/> call made for it, with its wire outcomes.</param>
/// <param name="RecoveredByWebhook">Whether the id came from the webhook after an ambiguous submit.</param>
/// <param name="SilentAmbiguousSubmits">Ambiguous submits whose webhook never came (nothing was created), after which the task was submitted again.</param>
/// <param name="ImagesSaved">Images saved to disk.</param>
/// <param name="ImagesVerified">Saved images that decode completely and equal the served bytes.</param>
/// <param name="Failure">Why the task did not end with its images saved, if it did not.</param>
/// <param name="Unexpected">Whether <paramref name="Failure"/> was an exception other than a <see cref="SeedreamException"/>.</param>
internal sealed record TaskOutcome(
    int Task,
    string? TaskId,
    IReadOnlyList<SubmitAttempt> Submits,
    bool RecoveredByWebhook,
    int SilentAmbiguousSubmits,
    int ImagesSaved,
    int ImagesVerified,
    string? Failure,
    bool Unexpected)
{
    /// <summary>Create requests that reached the handler and so created a task.</summary>
    public int TasksCreatedOnWire => Submits.Sum(submit => submit.Outcomes.Count(outcome => outcome is WireOutcome.Answered or WireOutcome.BrokeAfterHandling));

    /// <summary>Submit calls that put a create on the wire again after an answer other than 429/503.</summary>
    public int UnsafeResends => Submits.Count(submit => submit.Outcomes.Take(submit.Outcomes.Count - 1).Any(outcome => outcome != WireOutcome.RateLimitedOrUnavailable));
}
