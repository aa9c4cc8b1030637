namespace Seedream.Http;

/// <summary>Which retry rule an API request follows.</summary>
internal enum RequestKind
{
    /// <summary>Safe to send again (status, cancel): retried on 408, 429, 5xx, network errors and timeouts.</summary>
    Repeatable,

    /// <summary>
    /// Creates a task: re-sent only when it certainly created nothing (the connection was refused
    /// before sending, or an explicit 429/503 answer); never after a timeout or a broken connection.
    /// </summary>
    Create,
}
