using System;
using System.Collections.Generic;
using Seedream.Failures;

namespace Seedream;

/// <summary>
/// A streamed generation on an upstream host ended before it was complete: the stream broke, stalled, carried an error
/// event, or ended without <c>image_generation.completed</c>. <see cref="SeedreamException.Kind"/> says which
/// (<see cref="SeedreamErrorKind.Network"/>, <see cref="SeedreamErrorKind.RequestTimeout"/>, the error event's kind, or
/// <see cref="SeedreamErrorKind.InvalidResponse"/>). The images received are here, and so are the positions that never
/// came. <see cref="SeedreamException.MayHaveCreatedTask"/> is true: the images made were billed, and the request was not
/// sent again; sending it again makes and bills a new set.
/// </summary>
public sealed class SeedreamIncompleteImageSetException : SeedreamException
{
    internal SeedreamIncompleteImageSetException(string message, Failure failure, IReadOnlyList<SeedreamImage> received, IReadOnlyList<int> missing, int requested)
        : base(message, failure)
    {
        ReceivedImages = received;
        MissingIndexes = missing;
        RequestedImages = requested;
    }

    /// <summary>Every item that arrived before the end, in arrival order: images and failed items (save the images now).</summary>
    public IReadOnlyList<SeedreamImage> ReceivedImages { get; }

    /// <summary>The positions (from 0, below <see cref="RequestedImages"/>) of which nothing arrived.</summary>
    public IReadOnlyList<int> MissingIndexes { get; }

    /// <summary>How many images the request asked for (a ceiling: the model may make fewer).</summary>
    public int RequestedImages { get; }
}
