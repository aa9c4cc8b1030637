namespace Seedream;

/// <summary>Why a task, or one image of a set, failed: the API's code and message.</summary>
public sealed class SeedreamTaskError
{
    /// <summary>Creates an error.</summary>
    /// <param name="code">The API's error code, e.g. <c>task_failed</c>, when given.</param>
    /// <param name="message">The API's error message, when given.</param>
    internal SeedreamTaskError(string? code, string? message)
    {
        Code = code;
        Message = message;
    }

    /// <summary>The API's error code, e.g. <c>task_failed</c>, when given.</summary>
    public string? Code { get; }

    /// <summary>The API's error message, when given.</summary>
    public string? Message { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Code ?? "no code"}: {Message ?? "no message"}";
}
