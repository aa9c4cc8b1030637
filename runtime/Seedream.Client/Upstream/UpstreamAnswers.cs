using System;
using System.Collections.Generic;
using System.Linq;
using Seedream.Logging;
using Seedream.Transport.ModelArk;

namespace Seedream.Upstream;

/// <summary>
/// The one place the upstream images API's answers meet the public model: each item, streamed or not, becomes a
/// <see cref="SeedreamImage"/> (a failed one carries its error), a whole answer a completed <see cref="SeedreamTask"/>
/// named by the client's request id, and <c>usage</c> a <see cref="SeedreamUsage"/>. Server text is cleared of the key.
/// </summary>
internal static class UpstreamAnswers
{
    /// <summary>The completed task of a whole answer: its items in order, a failed one with its error.</summary>
    public static SeedreamTask ToTask(ImageGenerationResponse answer, string requestId, SecretRedactor redactor, DateTimeOffset answeredAt)
    {
        var images = (answer.Data ?? new List<GeneratedImage>())
            .Select((item, index) => Image(requestId, index, item?.Url, item?.B64_json, item?.Size, item?.Error, redactor))
            .ToList();
        return Completed(requestId, answer.Model, answer.CreatedAt, answeredAt, images);
    }

    /// <summary>A completed task of <paramref name="images"/>, as a stream delivered them.</summary>
    public static SeedreamTask Completed(string requestId, string? model, DateTimeOffset? createdAt, DateTimeOffset answeredAt, IReadOnlyList<SeedreamImage> images) =>
        new SeedreamTask(requestId, SeedreamTaskStatus.Completed, model, 100, createdAt, answeredAt, images, null);

    /// <summary>The image of a stream's <c>partial_succeeded</c> event (its index the event's, else its place in arrival order).</summary>
    public static SeedreamImage Image(string requestId, int arrival, ImagePartialSucceededEvent item, SecretRedactor redactor) =>
        Image(requestId, item.Image_index ?? arrival, item.Url, item.B64_json, item.Size, null, redactor);

    /// <summary>The failed item of a stream's <c>partial_failed</c> event.</summary>
    public static SeedreamImage Image(string requestId, int arrival, ImagePartialFailedEvent item, SecretRedactor redactor) =>
        Image(requestId, item.Image_index ?? arrival, null, null, null, item.Error ?? new ArkError(), redactor);

    /// <summary>The usage an answer or the <c>completed</c> event gives, or <see langword="null"/>.</summary>
    public static SeedreamUsage? Usage(ImageGenerationUsage? usage) =>
        usage is null ? null : new SeedreamUsage(usage.Generated_images, usage.Output_tokens, usage.Total_tokens);

    private static SeedreamImage Image(string requestId, int index, string? url, string? base64, string? size, ArkError? error, SecretRedactor redactor)
    {
        var link = Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? parsed : null;
        var failure = error is null ? null : new SeedreamTaskError(redactor.Redact(error.Code), redactor.Redact(error.Message));
        return new SeedreamImage(requestId, Math.Max(0, index), failure is null ? link : null, failure is null ? base64 : null, null, size, failure);
    }
}
