using System;
using System.Threading;

namespace Seedream.Http;

/// <summary>
/// An answer's body stopped arriving before the request's time limit (or the caller's token) ran out.
/// Still an <see cref="OperationCanceledException"/>, so cancellation rules apply unchanged; it keeps what
/// of the body did arrive, from which a create's task id may be read.
/// </summary>
internal sealed class StalledAnswerException : OperationCanceledException
{
    public StalledAnswerException(int statusCode, string partialBody, OperationCanceledException innerException)
        : base($"The answer's body (HTTP {statusCode}) stopped arriving after {partialBody.Length} characters.", innerException, innerException.CancellationToken)
    {
        StatusCode = statusCode;
        PartialBody = partialBody;
    }

    /// <summary>The answer's HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>What of the body arrived before reading stopped, as text.</summary>
    public string PartialBody { get; }
}
