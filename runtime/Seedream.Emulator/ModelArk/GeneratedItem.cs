namespace Seedream.Emulator;

/// <summary>One image of an upstream request, as decided when the request was accepted.</summary>
/// <param name="Index">Its 0-based index, in the order made (<c>image_index</c>).</param>
/// <param name="Outcome">Whether it was made, refused, or failed by an internal error.</param>
/// <param name="Image">The image when <paramref name="Outcome"/> is <see cref="ItemOutcome.Made"/>, else <see langword="null"/>.</param>
internal sealed record GeneratedItem(int Index, ItemOutcome Outcome, PlannedImage? Image);
