using System;

namespace Seedream.Http;

/// <summary>
/// An API exchange a handler of the API chain refuses to hand on: the answer redirected elsewhere, its body is
/// larger than <see cref="SeedreamClientOptions.MaxAnswerBytes"/>, or a handler outside the client sent a create a
/// second time. A handler can only answer or throw; <see cref="Failures.FailureClassifier"/> turns this into a
/// <see cref="Failures.Failure"/> once (never retried; for a create, one that says the task may exist).
/// </summary>
internal sealed class UnusableAnswerException : Exception
{
    public UnusableAnswerException(string reason, int? statusCode, string? partialBody = null)
        : base(reason)
    {
        StatusCode = statusCode;
        PartialBody = partialBody;
    }

    /// <summary>The answer's HTTP status code, when one arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>What of the body arrived before reading stopped, as text; a create's task id may be read from it.</summary>
    public string? PartialBody { get; }
}
