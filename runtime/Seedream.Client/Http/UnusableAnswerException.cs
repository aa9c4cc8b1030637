using System;

namespace Seedream.Http;

/// <summary>
/// An API answer that arrived but cannot be used: it redirected elsewhere, it was larger than
/// <see cref="SeedreamClientOptions.MaxAnswerBytes"/>, it cannot be read as a task, or it is about another
/// task than the one asked for. Raised inside the API pipeline; the request runner turns it into a typed
/// <see cref="SeedreamException"/> (for a create: one that says the task may exist).
/// </summary>
internal sealed class UnusableAnswerException : Exception
{
    public UnusableAnswerException(string reason, int? statusCode, bool retryable, string? partialBody = null)
        : base(reason)
    {
        StatusCode = statusCode;
        Retryable = retryable;
        PartialBody = partialBody;
    }

    /// <summary>The answer's HTTP status code, when one arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>Whether asking again may give a usable answer (a repeatable request is retried; a create never is).</summary>
    public bool Retryable { get; }

    /// <summary>What of the body arrived before reading stopped, as text; a create's task id may be read from it.</summary>
    public string? PartialBody { get; }
}
