namespace Seedream.Emulator;

/// <summary>The faults drawn for one request.</summary>
/// <param name="Delay">Whether to add <see cref="FaultOptions.Latency"/> first.</param>
/// <param name="Status">An error status to answer instead of handling the request (500, 503 or 429), if any.</param>
/// <param name="Body">A fault of the answer's body after the request was handled (dropped connection or truncated body, or a stream's stall), if any.</param>
internal readonly record struct FaultPlan(bool Delay, FaultKind? Status, FaultKind? Body);
