namespace Seedream.Emulator;

/// <summary>Where a task is in its life at a given moment.</summary>
/// <param name="Status">One of the <see cref="SeedreamTaskStatus"/> values the API documents.</param>
/// <param name="Progress">0–100: 0 while queued, failed or cancelled; rising while processing; 100 when completed.</param>
internal readonly record struct TaskPhase(SeedreamTaskStatus Status, int Progress);
