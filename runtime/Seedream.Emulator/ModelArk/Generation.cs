using System;
using System.Collections.Generic;
using System.Linq;

namespace Seedream.Emulator;

/// <summary>
/// An upstream images request the emulator accepted, with everything decided about it up front: its images in the order
/// made, each one's outcome, and when each is ready. Item <c>i</c> is ready at <see cref="AcceptedAt"/> + (<c>i</c> + 1) x
/// <see cref="ModelArkOptions.ImageDuration"/>: the schedule is absolute, so waiting by a fake clock never drifts.
/// </summary>
internal sealed class Generation
{
    private readonly TimeSpan _imageDuration;

    /// <summary>Creates the generation.</summary>
    /// <param name="request">The validated request.</param>
    /// <param name="acceptedAt">When it was accepted.</param>
    /// <param name="imageDuration">How long each image takes.</param>
    /// <param name="items">Its images, in the order made; the last is the one an internal error stopped the set at, if any.</param>
    /// <param name="linkLifetime">How long its links answer after it finished.</param>
    public Generation(ValidatedGeneration request, DateTimeOffset acceptedAt, TimeSpan imageDuration, IReadOnlyList<GeneratedItem> items, TimeSpan linkLifetime)
    {
        Request = request;
        AcceptedAt = acceptedAt;
        Items = items;
        _imageDuration = imageDuration;
        LinksExpireAt = FinishedAt + linkLifetime;
    }

    /// <summary>The validated request.</summary>
    public ValidatedGeneration Request { get; }

    /// <summary>When it was accepted.</summary>
    public DateTimeOffset AcceptedAt { get; }

    /// <summary>Its images, in the order made.</summary>
    public IReadOnlyList<GeneratedItem> Items { get; }

    /// <summary>The images made (billed, <c>usage.generated_images</c>).</summary>
    public int Made => Items.Count(item => item.Outcome == ItemOutcome.Made);

    /// <summary>When its last image is ready, and a JSON answer is given.</summary>
    public DateTimeOffset FinishedAt => ReadyAt(Items.Count - 1);

    /// <summary>When its result links stop answering (410 after that).</summary>
    public DateTimeOffset LinksExpireAt { get; }

    /// <summary>When item <paramref name="index"/> is ready.</summary>
    /// <param name="index">The item's index.</param>
    public DateTimeOffset ReadyAt(int index) => AcceptedAt + TimeSpan.FromTicks(_imageDuration.Ticks * (index + 1));
}
