namespace Seedream.Transport;

/// <summary>
/// The task statuses the API documents. <see cref="SeedreamTask.Status"/> is a string on purpose:
/// any other value may appear and means "still running".
/// </summary>
public static class SeedreamTaskStatus
{
    private static readonly string[] Known = { Queued, Processing, Completed, Failed, Cancelled };

    /// <summary>Waiting to start; the only status that can be cancelled.</summary>
    public const string Queued = "queued";

    /// <summary>Running; <c>progress</c> rises towards 100.</summary>
    public const string Processing = "processing";

    /// <summary>Finished; <c>result.images</c> holds the images.</summary>
    public const string Completed = "completed";

    /// <summary>Failed; <c>error</c> says why.</summary>
    public const string Failed = "failed";

    /// <summary>Cancelled while queued; the quota was refunded.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>
    /// A documented status in its documented spelling whatever its letter case and surrounding space
    /// (<c>" Completed "</c> is <see cref="Completed"/>); any other value unchanged.
    /// </summary>
    /// <param name="status">A status as sent by the API.</param>
    public static string? Normalize(string? status)
    {
        var trimmed = status?.Trim();
        foreach (var known in Known)
        {
            if (string.Equals(trimmed, known, System.StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return status;
    }

    /// <summary>Whether <paramref name="status"/> is final (completed, failed or cancelled). Unknown values are not.</summary>
    /// <param name="status">A status as sent by the API.</param>
    public static bool IsTerminal(string? status) =>
        Normalize(status) is Completed or Failed or Cancelled;
}
